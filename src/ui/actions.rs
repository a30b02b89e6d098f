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
pub fn use_sender(state: &UseReducerHandle<State>, live: &super::Live, token: &UseStateHandle<String>, plan: &Plan, issues: usize, root: &NodeRef, result_id: String) -> (Callback<bool>, Callback<()>) {
    let request = use_mut_ref(Request::default);
    let on_send = {
        let sender = Sender { d: state.dispatcher(), live: live.clone(), token: token.clone(), plan: plan.clone(), request: request.clone(), root: root.clone(), issues, result_id };
        // The send panel, and so its button, shows only once the send chunk is here.
        Callback::from(move |force: bool| {
            if let Ok(code) = super::lazy::send_code() {
                (code.start)(&sender, force)
            }
        })
    };
    let on_cancel = Callback::from(move |_| {
        if let Some(c) = request.borrow_mut().controller.take() {
            c.abort();
        }
    });
    (on_send, on_cancel)
}

/// The request under way, if one is.
#[derive(Default)]
pub struct Request {
    /// Set synchronously on the first click, so rapid clicks cannot start a second request
    /// before the button re-renders as disabled.
    busy: bool,
    /// Cancel aborts it.
    controller: Option<web_sys::AbortController>,
}

/// What a click on Send needs.
pub struct Sender {
    d: UseReducerDispatcher<State>,
    /// The state when Send is clicked (the panel, and this, may be from an earlier render).
    live: super::Live,
    token: UseStateHandle<String>,
    plan: Plan,
    request: std::rc::Rc<std::cell::RefCell<Request>>,
    root: NodeRef,
    issues: usize,
    result_id: String,
}

/// A click on Send (in the send chunk): asks to confirm a body with issues, says why a request
/// cannot start, or starts it; the result takes the focus once it is rendered.
pub fn start(s: &Sender, force: bool) {
    let d = &s.d;
    if s.request.borrow().busy {
        return;
    }
    if s.issues > 0 && !force {
        d.dispatch(Action::Confirm(true));
        return;
    }
    if let Some(why) = &s.plan.blocked {
        status(d, why.clone());
        return;
    }
    s.request.borrow_mut().busy = true;
    d.dispatch(Action::SendStarted);
    let done = {
        let (d, request, root, result_id) = (d.clone(), s.request.clone(), s.root.clone(), s.result_id.clone());
        Callback::from(move |sent| {
            request.borrow_mut().busy = false;
            d.dispatch(Action::SendDone(sent));
            let (root, id) = (root.cast::<web_sys::Element>(), result_id.clone());
            gloo_timers::callback::Timeout::new(0, move || dom::focus_in(root, &id)).forget();
        })
    };
    let started = super::submit::send(s.plan.send_url.clone(), exact(&s.live.borrow().clone()), (*s.token).clone(), s.plan.timeout_s, done.clone());
    if started.is_none() {
        done.emit(Err(submit::Failure::Network("the browser could not start the request".into())));
    }
    s.request.borrow_mut().controller = started;
}

pub struct Copying {
    pub on_copy: Callback<()>,
    pub on_download: Callback<()>,
    /// Copy the request as a snippet (curl, fetch(), Python, ...).
    pub on_snippet: Callback<crate::export::Snippet>,
    pub on_link: Callback<()>,
}

/// Each callback reads the state when it runs (`live`): the buttons are kept between keys.
#[hook]
pub fn use_copying(live: &super::Live, token: &UseStateHandle<String>, url: &str) -> Copying {
    // The Copy and Download buttons are in the preview, which comes with the rules' chunk: so
    // does what they do.
    let on_copy = {
        let live = live.clone();
        Callback::from(move |_| {
            if let Ok(rules) = super::lazy::rules() {
                (rules.copy)(&live.borrow())
            }
        })
    };
    let on_download = {
        let live = live.clone();
        Callback::from(move |_| {
            if let Ok(rules) = super::lazy::rules() {
                (rules.download)(&live.borrow())
            }
        })
    };
    let on_snippet = {
        let (live, token, url) = (live.clone(), token.clone(), url.to_string());
        // The snippets' buttons are in the send panel, which shows once its chunk is here.
        Callback::from(move |kind| {
            if let Ok(code) = super::lazy::send_code() {
                let state = live.borrow().clone();
                (code.copy_snippet)(kind, &state, &token, &url)
            }
        })
    };
    let on_link = {
        let live = live.clone();
        // "Copy link" is in the tools row, which comes with the importer's chunk.
        Callback::from(move |_| {
            if let Some(copy) = super::lazy::copy_link() {
                let state = live.borrow().clone();
                copy(&state)
            }
        })
    };
    Copying { on_copy, on_download, on_snippet, on_link }
}

/// The body as the preview shows it (secrets masked unless revealed), whether a secret in it
/// is masked, and how many issues the rules report: what Copy and Download take, read from the
/// state when they are clicked (the preview's buttons are kept between keys, #112).
pub fn shown(state: &State) -> (String, bool, usize) {
    let s = &state.session;
    let (api, mode, values) = (s.api, s.mode(), s.values());
    let masked = !state.reveal && crate::form::secrets(&crate::form::layout(api, mode, &values), &values) > 0;
    (body::render(api, mode, &values, Style::Pretty, !state.reveal), masked, crate::rules::validate(api, mode, &values).len())
}

/// "Copy": the body as shown, with the status line that says what was copied (in the rules'
/// chunk, with the preview).
pub fn copy_body(state: &UseReducerHandle<State>) {
    let (d, (shown, masked, issues)) = (state.dispatcher(), shown(state));
    d.dispatch(Action::Edit(Edit::Attempted));
    let what = describe_copy("Copied the body", masked, issues);
    dom::copy(shown, Callback::from(move |ok: bool| {
        status(&d, if ok { what.clone() } else { "Copying was refused by the browser; select the body and copy it by hand.".into() })
    }));
}

/// "Download .json": the body as shown, as `<api>-<mode>.json` (in the rules' chunk, with the
/// preview; the file's writer comes with the importer's).
pub fn download_body(state: &UseReducerHandle<State>) {
    let (d, (shown, masked, issues)) = (&state.dispatcher(), shown(state));
    let name = format!("{}-{}.json", state.session.api.id, state.session.mode().id().replace('/', "-"));
    d.dispatch(Action::Edit(Edit::Attempted));
    let Some(download) = super::lazy::download() else { return status(d, "Still loading; try again in a moment.".into()) };
    download(&name, &shown);
    status(d, describe_copy(&format!("Downloaded {name}"), masked, issues));
}

/// Copies the request as a snippet, with the status line that says what was copied (in the
/// send chunk).
pub fn copy_snippet(kind: crate::export::Snippet, state: &UseReducerHandle<State>, token: &str, url: &str) {
    let d = state.dispatcher();
    let token = state.include_token.then_some(token);
    let text = crate::export::snippet(kind, state.session.api.method, url, &exact(state), token);
    let what = format!(
        "Copied {} with the body as it will be sent (secrets included) and the token {}.",
        kind.what(),
        if token.is_some() { "included" } else { kind.token_from() }
    );
    dom::copy(text, Callback::from(move |ok: bool| status(&d, if ok { what.clone() } else { "The browser refused the clipboard.".into() })));
}

/// Copies a link to this form (in the importer's chunk, with the draft's writer).
pub fn copy_link(state: &UseReducerHandle<State>) {
    let d = state.dispatcher();
    let Some(link) = embed::share_link(&state.session.draft_text(false)) else { return };
    dom::copy(link, Callback::from(move |ok: bool| {
        status(&d, if ok { "Copied a link to this form: service, mode and values, without passwords or the token.".into() } else { "The browser refused the clipboard.".into() })
    }));
}

/// "Copied the body with secrets masked as ********; ... It still has 2 issues." (Copy and
/// Download are in the preview, which comes with the rules: they have run.)
fn describe_copy(done: &str, masked: bool, issues: usize) -> String {
    let mut s = done.to_string();
    if masked {
        s.push_str(&format!(" with secrets masked as {}; choose \"Reveal secrets\" to copy them as they will be sent", body::MASK));
    }
    s.push('.');
    if issues > 0 {
        s.push_str(&format!(" It still has {issues} issue{}.", if issues == 1 { "" } else { "s" }));
    }
    s
}
