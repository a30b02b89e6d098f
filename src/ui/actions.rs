//! What the buttons around the preview and the send panel do: send and cancel, copy,
//! download, curl and fetch() exports, the share link. Each hook returns callbacks.

use super::state::{Action, State};
use super::{dom, embed, submit};
use crate::body::{self, Style};
use crate::request::Plan;
use crate::session::Edit;
use yew::prelude::*;

/// The exact body, secrets included: what is sent and exported.
fn exact(state: &State) -> String {
    let s = &state.session;
    body::render(s.api, s.mode(), &s.values(), Style::Pretty, false)
}

fn status(d: &UseReducerDispatcher<State>, text: String) {
    d.dispatch(Action::Edit(Edit::Status(text)));
}

/// Send (with `true`: even with issues, after the confirmation) and cancel.
#[hook]
pub fn use_sender(state: &UseReducerHandle<State>, token: &UseStateHandle<String>, plan: &Plan, issues: usize, root: &NodeRef, result_id: String) -> (Callback<bool>, Callback<()>) {
    // Set synchronously on the first click, so rapid clicks cannot start a second request
    // before the button re-renders as disabled.
    let busy = use_mut_ref(|| false);
    let controller = use_mut_ref(|| None::<web_sys::AbortController>);
    let on_send = {
        let (d, state, token, plan, controller, root) = (state.dispatcher(), state.clone(), token.clone(), plan.clone(), controller.clone(), root.clone());
        Callback::from(move |force: bool| {
            if *busy.borrow() {
                return;
            }
            if issues > 0 && !force {
                d.dispatch(Action::Confirm(true));
                return;
            }
            if let Some(why) = &plan.blocked {
                status(&d, why.clone());
                return;
            }
            *busy.borrow_mut() = true;
            d.dispatch(Action::SendStarted);
            let done = {
                let (d, busy, root, result_id) = (d.clone(), busy.clone(), root.clone(), result_id.clone());
                Callback::from(move |sent| {
                    *busy.borrow_mut() = false;
                    d.dispatch(Action::SendDone(sent));
                    // The result takes the focus, scrolled into view, once it is rendered.
                    let (root, id) = (root.cast::<web_sys::Element>(), result_id.clone());
                    gloo_timers::callback::Timeout::new(0, move || dom::focus_in(root, &id)).forget();
                })
            };
            // The send panel, and so its button, shows only once the send chunk is here.
            let started = super::lazy::send_code().ok().and_then(|code| (code.send)(plan.send_url.clone(), exact(&state), (*token).clone(), plan.timeout_s, done.clone()));
            if started.is_none() {
                done.emit(Err(submit::Failure::Network("the browser could not start the request".into())));
            }
            *controller.borrow_mut() = started;
        })
    };
    let on_cancel = Callback::from(move |_| {
        if let Some(c) = controller.borrow_mut().take() {
            c.abort();
        }
    });
    (on_send, on_cancel)
}

pub struct Copying {
    pub on_copy: Callback<()>,
    pub on_download: Callback<()>,
    /// Copy the request as a snippet (curl, fetch(), Python, ...).
    pub on_snippet: Callback<crate::export::Snippet>,
    pub on_link: Callback<()>,
}

/// `shown`: the preview's body as shown (masked unless revealed); `masked`: whether a secret
/// in it is masked.
#[hook]
pub fn use_copying(state: &UseReducerHandle<State>, token: &UseStateHandle<String>, url: &str, shown: AttrValue, masked: bool, issues: Option<usize>) -> Copying {
    let d = state.dispatcher();
    let s = &state.session;
    let on_copy = {
        let (d, shown) = (d.clone(), shown.clone());
        Callback::from(move |_| {
            d.dispatch(Action::Edit(Edit::Attempted));
            let what = describe_copy("Copied the body", masked, issues);
            let d = d.clone();
            dom::copy(shown.to_string(), Callback::from(move |ok: bool| {
                status(&d, if ok { what.clone() } else { "Copying was refused by the browser; select the body and copy it by hand.".into() })
            }));
        })
    };
    let on_download = {
        let (d, api, mode) = (d.clone(), s.api.id, s.mode().id());
        Callback::from(move |_| {
            let name = format!("{api}-{}.json", mode.replace('/', "-"));
            d.dispatch(Action::Edit(Edit::Attempted));
            let Some(download) = super::lazy::download() else { return status(&d, "Still loading; try again in a moment.".into()) };
            download(&name, &shown);
            status(&d, describe_copy(&format!("Downloaded {name}"), masked, issues));
        })
    };
    let on_snippet = {
        let (d, state, token, url) = (d.clone(), state.clone(), token.clone(), url.to_string());
        Callback::from(move |kind| {
            let include = state.include_token;
            let t = include.then(|| (*token).clone());
            let (method, body) = (state.session.api.method, exact(&state));
            // The snippets' buttons are in the send panel, which shows once its chunk is here.
            let Ok(code) = super::lazy::send_code() else { return };
            let (text, what) = (code.snippet)(kind, method, &url, &body, t.as_deref());
            let d = d.clone();
            dom::copy(text, Callback::from(move |ok: bool| status(&d, if ok { what.clone() } else { "The browser refused the clipboard.".into() })));
        })
    };
    let on_link = {
        let state = state.clone();
        Callback::from(move |_| {
            let d = state.dispatcher();
            let Some(text) = super::lazy::draft_text() else { return status(&d, "Still loading; try again in a moment.".into()) };
            let Some(link) = embed::share_link(&text(&state.session, false)) else { return };
            dom::copy(link, Callback::from(move |ok: bool| {
                status(&d, if ok { "Copied a link to this form: service, mode and values, without passwords or the token.".into() } else { "The browser refused the clipboard.".into() })
            }));
        })
    };
    Copying { on_copy, on_download, on_snippet, on_link }
}

/// "Copied the body with secrets masked as ********; ... It still has 2 issues." (`None`: the
/// rules have not run yet.)
fn describe_copy(done: &str, masked: bool, issues: Option<usize>) -> String {
    let mut s = done.to_string();
    if masked {
        s.push_str(&format!(" with secrets masked as {}; choose \"Reveal secrets\" to copy them as they will be sent", body::MASK));
    }
    s.push('.');
    match issues {
        None => s.push_str(" It is not checked yet: the checks are still loading."),
        Some(0) => {}
        Some(n) => s.push_str(&format!(" It still has {n} issue{}.", if n == 1 { "" } else { "s" })),
    }
    s
}
