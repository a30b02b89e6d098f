//! The widget's state: the core's form session, plus what only the page has (the secrets'
//! reveal, where to send, the request in flight). One `Reducible`, changed only by
//! `Action`s; the form's own transitions are the session's (`crate::session`, tested
//! natively).

use super::submit::Sent;
use crate::session::{Edit, Session};
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone)]
pub struct State {
    pub session: Session,
    /// Secrets shown in the preview.
    pub reveal: bool,
    /// Path parameters, the endpoint host, the proxy and the timeout, by name (never the
    /// token: it lives in memory beside this state, which drafts and links serialize).
    target: Vec<(&'static str, String)>,
    /// A request is in flight.
    pub sending: bool,
    /// How the last send went (shared: the state is copied on every action).
    pub sent: Option<Rc<Sent>>,
    /// How many sends have ended (the page hears of each: `rb-send-result`).
    pub sends: u32,
    /// The "send anyway" confirmation is open.
    pub confirm: bool,
    /// Exports include the token (off unless the user asks).
    pub include_token: bool,
    /// The JSON view is being edited (the text area keeps what is typed; the form follows it).
    pub editing: bool,
    /// Moves with every edit but typing in a field's own text control (`Action::Type`): the
    /// form is built again when a value moved that its control does not show yet.
    pub view_rev: u64,
}

pub enum Action {
    Edit(Edit),
    /// Text typed in a field's own control: `Edit::Set`, which the control already shows.
    Type(crate::Path, String),
    ToggleReveal,
    SetTarget(&'static str, String),
    Confirm(bool),
    SendStarted,
    SendDone(Sent),
    IncludeToken(bool),
    /// Starts or ends editing the JSON view.
    EditJson(bool),
}

impl From<Edit> for Action {
    fn from(e: Edit) -> Action {
        Action::Edit(e)
    }
}

impl State {
    pub fn new(session: Session) -> State {
        State { session, reveal: false, target: Vec::new(), sending: false, sent: None, sends: 0, confirm: false, include_token: false, editing: false, view_rev: 0 }
    }

    /// The send panel's inputs, by name (what its view shows).
    pub fn targets(&self) -> &[(&'static str, String)] {
        &self.target
    }

    /// A send-panel input as typed; "" when not given.
    pub fn target(&self, name: &str) -> String {
        self.target.iter().find(|(n, _)| *n == name).map(|(_, v)| v.clone()).unwrap_or_default()
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::Edit(edit) => {
                if !s.session.apply(edit) {
                    return self;
                }
                s.view_rev += 1;
            }
            Action::Type(path, text) => {
                if !s.session.apply(Edit::Set(path, text)) {
                    return self;
                }
            }
            Action::ToggleReveal => s.reveal = !s.reveal,
            Action::SetTarget(name, value) => {
                s.target.retain(|(n, _)| *n != name);
                s.target.push((name, value));
            }
            Action::Confirm(open) => {
                s.confirm = open;
                s.session.attempted = true;
            }
            Action::SendStarted => {
                // The confirmation, if open, stays while sending: its button shows
                // "Sending…" where "Yes, send anyway" was.
                s.sending = true;
                s.session.attempted = true;
                s.sent = None;
            }
            Action::SendDone(result) => {
                s.sending = false;
                s.confirm = false;
                s.sent = Some(Rc::new(result));
                s.sends += 1;
            }
            Action::IncludeToken(on) => s.include_token = on,
            Action::EditJson(on) => {
                s.editing = on;
                s.session.json_error = None;
            }
        }
        Rc::new(s)
    }
}
