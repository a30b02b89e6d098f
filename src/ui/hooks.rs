//! What the widget does besides showing the form: it keeps the draft as the user types, and
//! tells the page about changes and sends. Each is a hook the app calls once.

use super::embed;
use super::state::State;
use crate::body::{self, Style};
use crate::Issue;
use gloo_timers::callback::Timeout;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::JsValue;
use yew::prelude::*;

/// Saves the draft once typing pauses, and on pagehide. A key costs no timer: a change only
/// notes its time; the one pending timer, when it fires, saves if the pause is complete and
/// else waits for the rest of it. The draft always holds what the form holds: after Reset,
/// the reset form.
pub struct DraftSaver {
    key: String,
    latest: RefCell<Option<UseReducerHandle<State>>>,
    timer: RefCell<Option<Timeout>>,
    /// When the last change came (ms, `Date.now()`).
    last: Cell<f64>,
}

const PAUSE_MS: u32 = 200;

impl DraftSaver {
    fn changed(this: &Rc<Self>) {
        this.last.set(js_sys::Date::now());
        if this.timer.borrow().is_none() {
            Self::arm(this, PAUSE_MS);
        }
    }

    fn arm(this: &Rc<Self>, ms: u32) {
        let saver = this.clone();
        *this.timer.borrow_mut() = Some(Timeout::new(ms, move || Self::due(&saver)));
    }

    /// The timer fired: the pause is complete, or typing went on and the rest of it is waited.
    fn due(this: &Rc<Self>) {
        let idle = js_sys::Date::now() - this.last.get();
        if idle < PAUSE_MS as f64 {
            return Self::arm(this, PAUSE_MS - idle as u32);
        }
        Self::flush(this);
    }

    fn flush(this: &Rc<Self>) {
        if this.timer.borrow_mut().take().is_none() {
            return;
        }
        // The draft's writer (serde_json) comes with the importer's chunk: until it is here,
        // the save waits for the next pause.
        let Some(text) = super::lazy::draft_text() else { return Self::arm(this, PAUSE_MS) };
        if let Some(s) = this.latest.borrow().as_ref() {
            embed::save_draft(&this.key, &text(&s.session, true));
        }
    }
}

#[hook]
pub fn use_draft_autosave(state: &UseReducerHandle<State>, key: &str) {
    let saver = use_memo(key.to_string(), |key| Rc::new(DraftSaver { key: key.clone(), latest: RefCell::default(), timer: RefCell::default(), last: Cell::default() }));
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

/// What the next `rb-change` says: the latest change's. It is sent in a task of its own after
/// the render, so the page's listeners never hold up the form's response to a key; changes
/// that come before it runs make one event, with the latest state.
pub struct Change {
    api: &'static crate::Api,
    mode: crate::Mode,
    values: Rc<crate::Values>,
    issues: Rc<Vec<Issue>>,
    masked: Option<AttrValue>,
}

#[derive(Default)]
pub struct Notifier {
    next: RefCell<Option<Change>>,
    timer: RefCell<Option<Timeout>>,
}

impl Notifier {
    /// Notes the change; the event follows in a task of its own (in the rules' chunk: a
    /// change is only noted once the rules ran).
    pub fn changed(this: &Rc<Self>, host: Option<web_sys::HtmlElement>, change: Change) {
        *this.next.borrow_mut() = Some(change);
        if this.timer.borrow().is_some() {
            return;
        }
        let notifier = this.clone();
        *this.timer.borrow_mut() = Some(Timeout::new(0, move || {
            notifier.timer.borrow_mut().take();
            let Some(c) = notifier.next.borrow_mut().take() else { return };
            embed::emit(&host, "rb-change", &change_detail(c));
        }));
    }
}

/// `rb-change`'s detail (it comes with the rules' chunk).
fn change_detail(c: Change) -> js_sys::Object {
    let masked = c.masked.map(|b| b.to_string()).unwrap_or_else(|| body::render(c.api, &c.mode, &c.values, Style::Pretty, true));
    embed::obj(&[
        ("api", c.api.id.into()),
        ("mode", c.mode.id().into()),
        ("body", masked.into()),
        ("valid", c.issues.is_empty().into()),
        ("issues", (c.issues.len() as u32).into()),
        ("messages", js_sys::Array::from_iter(c.issues.iter().map(|i| JsValue::from(format!("{}: {}", i.path, i.message)))).into()),
    ])
}

/// `rb-send-result`'s detail (it comes with the send chunk).
pub fn sent_detail(sent: &super::submit::Sent) -> js_sys::Object {
    match sent {
        Ok(o) => embed::obj(&[
            ("ok", o.ok.into()),
            ("status", o.status.into()),
            ("body", o.body.clone().into()),
            ("ids", js_sys::Array::from_iter(o.ids.iter().map(|(k, v)| js_sys::Array::of2(&k.into(), &v.into()))).into()),
            ("error", o.error.as_ref().map(|(c, m)| JsValue::from(format!("{c}: {m}"))).unwrap_or(JsValue::NULL)),
        ]),
        Err(f) => embed::obj(&[("ok", false.into()), ("failure", f.kind().into())]),
    }
}

/// `rb-change` after every change (the body with secrets masked, its validity), and
/// `rb-send-result` after every send.
/// `masked`: the preview's body when it masks secrets (the event then costs no second
/// rendering); `None` renders it masked.
#[hook]
pub fn use_host_events(state: &UseReducerHandle<State>, host: Option<web_sys::HtmlElement>, issues: Option<Rc<Vec<Issue>>>, masked: Option<AttrValue>) {
    let s = &state.session;
    let notifier = use_memo((), |_| Rc::new(Notifier::default()));
    {
        let (notifier, host) = ((*notifier).clone(), host.clone());
        let change = issues.map(|issues| Change { api: s.api, mode: s.mode().clone(), values: s.values(), issues, masked });
        // `rev` moves with every change of service, mode or values; the second, when the rules
        // arrive (until then there is nothing to say: `None`).
        use_effect_with((s.rev, change.is_some()), move |_| {
            if let Some(change) = change {
                // `Some` once the rules ran: their chunk notes it.
                if let Ok(rules) = super::lazy::rules() {
                    (rules.notify)(&notifier, host, change)
                }
            }
        });
    }
    let sent = state.sent.clone();
    use_effect_with(state.sends, move |_| {
        // Something was sent: the send chunk is here, and writes the event.
        if let (Some(sent), Ok(code)) = (sent, super::lazy::send_code()) {
            embed::emit(&host, "rb-send-result", &(code.result)(&sent));
        }
    });
}
