//! The widget's state: one `Reducible`, changed only by `Action`s. What can be derived (the
//! report, the body, the layout) is computed from it, never stored beside it.

use crate::catalog::Api;
use crate::draft::Saved;
use crate::import::{self, Note};
use crate::{fill, Addr, Mode, Values, APIS};
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone)]
pub struct State {
    pub api: &'static Api,
    /// The index of `api` in `APIS`.
    index: usize,
    /// Per API, in `APIS` order: its mode and values, kept when the user switches to another
    /// API and back. (Plain vectors: five entries need no map, and each map type costs bytes
    /// in the bundle.)
    modes: Vec<Mode>,
    values: Vec<Rc<Values>>,
    /// Paths whose message may show: touched, or everything after an attempt to copy.
    pub touched: Rc<Vec<String>>,
    pub attempted: bool,
    /// Secrets shown in the preview.
    pub reveal: bool,
    /// Path parameters and the endpoint host, by name (never the token).
    target: Vec<(&'static str, String)>,
    /// What the last import said.
    pub notes: Vec<Note>,
    pub import_error: Option<String>,
    /// Values before the last import or example load, for one-step undo.
    pub undo: Option<(Mode, Rc<Values>)>,
    /// A short status line ("Copied ..."), announced politely.
    pub status: String,
    /// Bumped on every change of values, so memoized derivations know when to recompute.
    pub rev: u64,
    /// A request is in flight.
    pub sending: bool,
    /// How the last send went.
    pub sent: Option<super::submit::Sent>,
    /// The "send anyway" confirmation is open.
    pub confirm: bool,
    /// Exports include the token (off unless the user asks).
    pub include_token: bool,
}

pub enum Action {
    PickApi(&'static str),
    PickChoice(&'static str, &'static str),
    Set(Addr, String),
    Touch(String),
    Push(String, bool),
    Remove(String, usize),
    LoadExample(usize),
    FillExample,
    Import(String),
    Undo,
    Reset,
    ToggleReveal,
    Attempted,
    SetTarget(&'static str, String),
    Status(String),
    DismissNotes,
    Confirm(bool),
    SendStarted,
    SendDone(super::submit::Sent),
    IncludeToken(bool),
}

impl State {
    pub fn new(api_id: Option<&str>, mode_id: Option<&str>) -> State {
        let index = api_id.and_then(|id| APIS.iter().position(|a| a.id == id)).unwrap_or(0);
        let api = APIS[index];
        let modes: Vec<Mode> = APIS
            .iter()
            .map(|a| if a.id == api.id { mode_id.and_then(|m| Mode::parse(a, m).ok()) } else { None }.unwrap_or_else(|| Mode::first(a)))
            .collect();
        let values = APIS.iter().zip(&modes).map(|(a, m)| Rc::new(fill::starter(a, m))).collect();
        State {
            api,
            index,
            modes,
            values,
            touched: Rc::new(Vec::new()),
            attempted: false,
            reveal: false,
            target: Vec::new(),
            notes: Vec::new(),
            import_error: None,
            undo: None,
            status: String::new(),
            rev: 0,
            sending: false,
            sent: None,
            confirm: false,
            include_token: false,
        }
    }

    pub fn mode(&self) -> &Mode {
        &self.modes[self.index]
    }

    /// Starts the current API from a body (an embed's `values` attribute). The mode comes
    /// from the body unless the page fixed it.
    pub fn preset(&mut self, body: &str, mode_fixed: bool) {
        let fixed = mode_fixed.then(|| self.mode().clone());
        if let Ok(imp) = import::import(self.api, body, fixed) {
            self.modes[self.index] = imp.mode;
            self.values[self.index] = Rc::new(imp.values);
            self.notes = imp.notes;
        }
    }

    /// Takes back a draft or a shared link: the API it was on (unless the page fixed the
    /// API) and each API's mode and values.
    pub fn restore(&mut self, current: &str, saved: Vec<Saved>, api_fixed: bool) {
        for s in saved {
            if let Some(i) = APIS.iter().position(|a| a.id == s.api.id) {
                if api_fixed && i != self.index {
                    continue;
                }
                self.modes[i] = s.mode;
                self.values[i] = Rc::new(s.values);
            }
        }
        if !api_fixed {
            if let Some(i) = APIS.iter().position(|a| a.id == current) {
                self.index = i;
                self.api = APIS[i];
            }
        }
    }

    /// The draft text (no secrets): every API's mode and values, or only the current API's
    /// for a share link.
    pub fn draft(&self, all: bool) -> String {
        let states: Vec<_> = APIS
            .iter()
            .enumerate()
            .filter(|(i, _)| all || *i == self.index)
            .map(|(i, a)| (*a, &self.modes[i], &*self.values[i]))
            .collect();
        crate::draft::write(self.api, &states)
    }

    pub fn values(&self) -> Rc<Values> {
        self.values[self.index].clone()
    }

    /// An endpoint or path parameter as typed; "" when not given.
    pub fn target(&self, name: &str) -> &str {
        self.target.iter().find(|(n, _)| *n == name).map(|(_, v)| v.as_str()).unwrap_or("")
    }

    fn values_mut(&mut self) -> &mut Values {
        self.rev += 1;
        Rc::make_mut(&mut self.values[self.index])
    }

    fn replace(&mut self, mode: Mode, values: Values) {
        self.undo = Some((self.mode().clone(), self.values()));
        self.modes[self.index] = mode;
        self.values[self.index] = Rc::new(values);
        self.touched = Rc::new(Vec::new());
        self.attempted = false;
        self.rev += 1;
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::PickApi(id) => {
                if let Some(index) = APIS.iter().position(|a| a.id == id) {
                    s.api = APIS[index];
                    s.index = index;
                    s.notes.clear();
                    s.import_error = None;
                    s.undo = None;
                    s.status.clear();
                    s.attempted = false;
                }
            }
            Action::PickChoice(axis, choice) => {
                let api = s.api;
                let mode = s.mode().with(api, axis, choice);
                fill::adapt(api, &mode, s.values_mut());
                s.modes[s.index] = mode;
            }
            Action::Set(addr, text) => s.values_mut().set(&addr, text),
            Action::Touch(path) => {
                if s.touched.contains(&path) {
                    return self;
                }
                Rc::make_mut(&mut s.touched).push(path);
            }
            Action::Push(key, objects) => s.values_mut().push(&key, objects),
            Action::Remove(key, i) => {
                s.values_mut().remove(&key, i);
                // Messages are keyed by path; after a removal the rows below move up.
                let row = format!("{key}[");
                Rc::make_mut(&mut s.touched).retain(|p| !p.starts_with(&row));
            }
            Action::LoadExample(i) => {
                let api = s.api;
                if let Some(ex) = api.examples.get(i) {
                    match import::import(api, ex.json, None) {
                        Ok(imp) => {
                            s.replace(imp.mode, imp.values);
                            s.notes = imp.notes;
                            s.import_error = None;
                            s.status = format!("Loaded the example \"{}\".", ex.title);
                        }
                        Err(e) => s.import_error = Some(e.to_string()),
                    }
                }
            }
            Action::FillExample => {
                let api = s.api;
                let mode = s.mode().clone();
                s.replace(mode.clone(), fill::example(api, &mode));
                s.notes.clear();
                s.status = "Filled every field with an example value.".into();
            }
            Action::Import(text) => {
                let api = s.api;
                match import::import(api, &text, None) {
                    Ok(imp) => {
                        let title = imp.mode.title(api);
                        s.replace(imp.mode, imp.values);
                        s.notes = imp.notes;
                        s.import_error = None;
                        s.status = format!("Imported the body; detected mode: {title}.");
                    }
                    Err(e) => {
                        s.import_error = Some(format!("Not imported: {e}"));
                        s.status = String::new();
                    }
                }
            }
            Action::Undo => {
                if let Some((mode, values)) = s.undo.take() {
                    s.modes[s.index] = mode;
                    s.values[s.index] = values;
                    s.notes.clear();
                    s.rev += 1;
                    s.status = "Restored the form as it was before.".into();
                }
            }
            Action::Reset => {
                let api = s.api;
                let mode = s.mode().clone();
                s.replace(mode.clone(), fill::starter(api, &mode));
                s.notes.clear();
                s.status = "Reset the form and cleared its saved draft. Undo brings the values back.".into();
            }
            Action::ToggleReveal => s.reveal = !s.reveal,
            Action::Attempted => s.attempted = true,
            Action::SetTarget(name, value) => {
                s.target.retain(|(n, _)| *n != name);
                s.target.push((name, value));
            }
            Action::Status(text) => s.status = text,
            Action::DismissNotes => {
                s.notes.clear();
                s.import_error = None;
            }
            Action::Confirm(open) => {
                s.confirm = open;
                s.attempted = true;
            }
            Action::SendStarted => {
                s.sending = true;
                s.confirm = false;
                s.attempted = true;
                s.sent = None;
            }
            Action::SendDone(result) => {
                s.sending = false;
                s.sent = Some(result);
            }
            Action::IncludeToken(on) => s.include_token = on,
        }
        Rc::new(s)
    }
}
