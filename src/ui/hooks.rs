//! What the widget does besides showing the form: it keeps the draft as the user types, and
//! tells the page about changes and sends. Each is a hook the app calls once.

use super::embed;
use super::state::State;
use crate::body::{self, Style};
use crate::Issue;
use gloo_timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use yew::prelude::*;

/// Saves the draft once typing pauses, and on pagehide. A new change replaces the pending
/// timer; gloo-timers cancels the old one and frees its closure. The draft always holds what
/// the form holds: after Reset, the reset form.
pub struct DraftSaver {
    key: String,
    latest: RefCell<Option<UseReducerHandle<State>>>,
    timer: RefCell<Option<Timeout>>,
}

const PAUSE_MS: u32 = 200;

impl DraftSaver {
    fn changed(this: &Rc<Self>) {
        let saver = this.clone();
        *this.timer.borrow_mut() = Some(Timeout::new(PAUSE_MS, move || Self::flush(&saver)));
    }

    fn flush(this: &Rc<Self>) {
        if this.timer.borrow_mut().take().is_none() {
            return;
        }
        // The draft's writer (serde_json) comes with the importer's chunk: until it is here,
        // the save waits for the next pause.
        let Some(text) = super::lazy::draft_text() else { return Self::changed(this) };
        if let Some(s) = this.latest.borrow().as_ref() {
            embed::save_draft(&this.key, &text(&s.session, true));
        }
    }
}

#[hook]
pub fn use_draft_autosave(state: &UseReducerHandle<State>, key: &str) {
    let saver = use_memo(key.to_string(), |key| Rc::new(DraftSaver { key: key.clone(), latest: RefCell::default(), timer: RefCell::default() }));
    let saver: Rc<DraftSaver> = (*saver).clone();
    *saver.latest.borrow_mut() = Some(state.clone());
    {
        // A reload right after typing still keeps the draft: a pending save runs on pagehide.
        let saver = saver.clone();
        use_effect_with((), move |_| super::dom::on_pagehide(move || DraftSaver::flush(&saver)));
    }
    {
        // Not at mount: a widget nobody touched keeps no draft (else it would say "Restored"
        // on the next visit).
        let (saver, mounted) = (saver.clone(), use_mut_ref(|| false));
        use_effect_with(state.session.rev, move |_| {
            if mounted.replace(true) {
                DraftSaver::changed(&saver)
            }
        });
    }
}

/// `rb-change` after every change (the body with secrets masked, its validity), and
/// `rb-send-result` after every send.
/// `masked`: the preview's body when it masks secrets (the event then costs no second
/// rendering); `None` renders it masked.
#[hook]
pub fn use_host_events(state: &UseReducerHandle<State>, host: Option<web_sys::HtmlElement>, issues: Rc<Vec<Issue>>, masked: Option<AttrValue>) {
    let s = &state.session;
    let (api, mode) = (s.api, s.mode().clone());
    {
        let (host, values) = (host.clone(), s.values());
        // `rev` moves with every change of service, mode or values.
        use_effect_with(s.rev, move |_| {
            let masked = masked.map(|b| b.to_string()).unwrap_or_else(|| body::render(api, &mode, &values, Style::Pretty, true));
            embed::emit(&host, "rb-change", &embed::obj(&[
                ("api", api.id.into()),
                ("mode", mode.id().into()),
                ("body", masked.into()),
                ("valid", issues.is_empty().into()),
                ("issues", (issues.len() as u32).into()),
                ("messages", js_sys::Array::from_iter(issues.iter().map(|i| JsValue::from(format!("{}: {}", i.path, i.message)))).into()),
            ]));
        });
    }
    use_effect_with(state.sent.clone(), move |sent| {
        let Some(sent) = sent else { return };
        let detail = match sent {
            Ok(o) => embed::obj(&[
                ("ok", o.ok.into()),
                ("status", o.status.into()),
                ("body", o.body.clone().into()),
                ("ids", js_sys::Array::from_iter(o.ids.iter().map(|(k, v)| js_sys::Array::of2(&k.into(), &v.into()))).into()),
                ("error", o.error.as_ref().map(|(c, m)| JsValue::from(format!("{c}: {m}"))).unwrap_or(JsValue::NULL)),
            ]),
            Err(f) => embed::obj(&[("ok", false.into()), ("failure", f.kind().into())]),
        };
        embed::emit(&host, "rb-send-result", &detail);
    });
}
