//! A form session: every API's mode and values, what was touched, the last import's notes,
//! one-step undo, and the status line. It applies edits; the widget only dispatches them and
//! shows the result, so every transition is tested natively.

use crate::catalog::Api;
use crate::draft::Saved;
use crate::import::{self, Note};
use crate::path::Path;
use crate::{fill, Mode, Values, APIS};
use std::rc::Rc;

#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    pub api: &'static Api,
    /// The index of `api` in `APIS`.
    index: usize,
    /// Per API, in `APIS` order: its mode and values, kept when the user switches to another
    /// API and back.
    modes: Vec<Mode>,
    values: Vec<Rc<Values>>,
    /// Paths whose messages may show: touched, or everything after an attempt to copy.
    pub touched: Rc<Vec<Path>>,
    pub attempted: bool,
    /// What the last import said.
    pub notes: Vec<Note>,
    pub import_error: Option<String>,
    /// Mode and values before the last import, example or reset, for one-step undo.
    pub undo: Option<(Mode, Rc<Values>)>,
    /// A short status line ("Imported the body ..."), announced politely.
    pub status: String,
    /// Bumped on every change of service, mode or values, so derived views know when to
    /// recompute (it alone keys them).
    pub rev: u64,
}

/// What a person does to the form.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    PickApi(&'static str),
    PickChoice(&'static str, &'static str),
    Set(Path, String),
    /// Makes a field an explicit null (a fixed null the values lost).
    SetNull(Path),
    Touch(Path),
    /// Appends an empty row or entry to the array at the path.
    Push(Path),
    Remove(Path, usize),
    /// The document's example `index`, with its body (the widget fetches example bodies on
    /// demand; the catalog has them natively).
    LoadExample(usize, String),
    FillExample,
    Import(String),
    Undo,
    Reset,
    Attempted,
    DismissNotes,
    Status(String),
}

impl Session {
    pub fn new(api_id: Option<&str>, mode_id: Option<&str>) -> Session {
        let index = api_id.and_then(|id| APIS.iter().position(|a| a.id == id)).unwrap_or(0);
        let modes: Vec<Mode> = APIS
            .iter()
            .enumerate()
            .map(|(i, a)| if i == index { mode_id.and_then(|m| Mode::parse(a, m).ok()) } else { None }.unwrap_or_else(|| Mode::first(a)))
            .collect();
        let values = APIS.iter().zip(&modes).map(|(a, m)| Rc::new(fill::starter(a, m))).collect();
        Session {
            api: APIS[index],
            index,
            modes,
            values,
            touched: Rc::new(Vec::new()),
            attempted: false,
            notes: Vec::new(),
            import_error: None,
            undo: None,
            status: String::new(),
            rev: 0,
        }
    }

    pub fn mode(&self) -> &Mode {
        &self.modes[self.index]
    }

    pub fn values(&self) -> Rc<Values> {
        self.values[self.index].clone()
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

    /// The draft (no secrets): every API's mode and values, or only the current API's for a
    /// share link.
    pub fn draft(&self, all: bool) -> crate::draft::Draft {
        let states: Vec<_> = APIS.iter().enumerate().filter(|(i, _)| all || *i == self.index).map(|(i, a)| (*a, &self.modes[i], &*self.values[i])).collect();
        crate::draft::draft(self.api, &states)
    }

    fn values_mut(&mut self) -> &mut Values {
        self.rev += 1;
        Rc::make_mut(&mut self.values[self.index])
    }

    /// Replaces the current API's mode and values, keeping the old ones for undo.
    fn replace(&mut self, mode: Mode, values: Values) {
        self.undo = Some((self.mode().clone(), self.values()));
        self.modes[self.index] = mode;
        self.values[self.index] = Rc::new(values);
        self.touched = Rc::new(Vec::new());
        self.attempted = false;
        self.rev += 1;
    }

    /// Applies an edit. Returns false when nothing changed (a repeated touch).
    pub fn apply(&mut self, edit: Edit) -> bool {
        match edit {
            Edit::PickApi(id) => {
                let Some(index) = APIS.iter().position(|a| a.id == id) else { return false };
                self.api = APIS[index];
                self.index = index;
                self.notes.clear();
                self.import_error = None;
                self.undo = None;
                self.status.clear();
                self.attempted = false;
                self.rev += 1;
            }
            Edit::PickChoice(axis, choice) => {
                let (api, old) = (self.api, self.mode().clone());
                let mode = old.with(api, axis, choice);
                fill::enter(api, Some(&old), &mode, self.values_mut());
                self.modes[self.index] = mode;
            }
            Edit::Set(path, text) => self.values_mut().set(path.segs(), text),
            Edit::SetNull(path) => self.values_mut().set_null(path.segs()),
            Edit::Touch(path) => {
                if self.touched.contains(&path) {
                    return false;
                }
                Rc::make_mut(&mut self.touched).push(path);
            }
            Edit::Push(path) => {
                self.values_mut().push(path.segs());
            }
            Edit::Remove(path, i) => {
                self.values_mut().remove(path.segs(), i);
                // Messages are keyed by path; after a removal the rows below move up.
                Rc::make_mut(&mut self.touched).retain(|p| !(p.len() > path.len() && p.starts_with(path.segs())));
            }
            Edit::LoadExample(i, json) => self.load_example(i, &json),
            Edit::FillExample => {
                let mode = self.mode().clone();
                self.replace(mode.clone(), fill::example(self.api, &mode));
                self.notes.clear();
                self.status = "Filled every field with an example value.".into();
            }
            Edit::Import(text) => self.import(&text),
            Edit::Undo => {
                let Some((mode, values)) = self.undo.take() else { return false };
                self.modes[self.index] = mode;
                self.values[self.index] = values;
                self.notes.clear();
                self.rev += 1;
                self.status = "Restored the form as it was before.".into();
            }
            Edit::Reset => {
                let mode = self.mode().clone();
                self.replace(mode.clone(), fill::starter(self.api, &mode));
                self.notes.clear();
                self.status = "Reset the form; its saved draft is the empty form now. Undo brings the values back.".into();
            }
            Edit::Attempted => self.attempted = true,
            Edit::DismissNotes => {
                self.notes.clear();
                self.import_error = None;
            }
            Edit::Status(text) => self.status = text,
        }
        true
    }

    fn load_example(&mut self, i: usize, json: &str) {
        let Some(ex) = self.api.examples.get(i) else { return };
        match import::import(self.api, json, None) {
            Ok(imp) => {
                self.replace(imp.mode, imp.values);
                self.notes = imp.notes;
                self.import_error = None;
                self.status = format!("Loaded the example \"{}\".", ex.title);
            }
            Err(e) => self.import_error = Some(e.to_string()),
        }
    }

    fn import(&mut self, text: &str) {
        match import::import(self.api, text, None) {
            Ok(imp) => {
                let title = imp.mode.title();
                self.replace(imp.mode, imp.values);
                self.notes = imp.notes;
                self.import_error = None;
                self.status = format!("Imported the body; checked as {title}.");
            }
            Err(e) => {
                self.import_error = Some(format!("Not imported: {e}"));
                self.status.clear();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Path {
        Path::parse(s).unwrap()
    }

    #[test]
    fn switching_service_and_mode_and_back_keeps_every_value() {
        let mut s = Session::new(Some("rds"), None);
        s.apply(Edit::Set(p("name"), "keep-me".into()));
        s.apply(Edit::PickChoice("topology", "replica"));
        s.apply(Edit::Set(p("replica_of_id"), "primary-1".into()));
        s.apply(Edit::PickApi("ddm"));
        s.apply(Edit::Set(p("instance.name"), "ddm-1".into()));
        s.apply(Edit::PickApi("rds"));
        s.apply(Edit::PickChoice("topology", "single"));
        assert_eq!(s.values().text(p("name").segs()), "keep-me");
        assert_eq!(s.values().text(p("replica_of_id").segs()), "primary-1", "kept outside its mode");
        assert_eq!(s.values().text(p("datastore.type").segs()), "MySQL", "the mode's fixed value");
        s.apply(Edit::PickApi("ddm"));
        assert_eq!(s.values().text(p("instance.name").segs()), "ddm-1");
    }

    #[test]
    fn import_replaces_and_undo_restores() {
        let mut s = Session::new(Some("geminidb"), None);
        s.apply(Edit::Set(p("name"), "before".into()));
        let rev = s.rev;
        s.apply(Edit::Import(r#"{"name": "pasted", "datastore": {"type": "redis"}}"#.into()));
        assert!(s.rev > rev && s.mode().id().starts_with("redis/"));
        assert_eq!(s.values().text(p("name").segs()), "pasted");
        assert!(s.status.contains("GeminiDB Redis"), "{}", s.status);
        s.apply(Edit::Import("{ oops".into()));
        assert!(s.import_error.as_deref().is_some_and(|e| e.contains("line 1, column 3")), "{:?}", s.import_error);
        assert_eq!(s.values().text(p("name").segs()), "pasted", "a failed import changes nothing");
        assert!(s.apply(Edit::Undo));
        assert_eq!(s.values().text(p("name").segs()), "before");
        assert!(!s.apply(Edit::Undo), "one step only");
    }

    #[test]
    fn touches_are_kept_once_and_rows_below_a_removal_lose_theirs() {
        let mut s = Session::new(Some("rabbitmq"), None);
        assert!(s.apply(Edit::Touch(p("name"))) && !s.apply(Edit::Touch(p("name"))));
        s.apply(Edit::Push(p("tags")));
        s.apply(Edit::Push(p("tags")));
        s.apply(Edit::Set(p("tags[1].key"), "k".into()));
        s.apply(Edit::Touch(p("tags[1].key")));
        s.apply(Edit::Remove(p("tags"), 0));
        assert_eq!(s.values().text(p("tags[0].key").segs()), "k");
        assert_eq!(*s.touched, vec![p("name")]);
    }

    #[test]
    fn reset_fill_and_examples_can_be_undone() {
        let mut s = Session::new(Some("ddm"), None);
        s.apply(Edit::FillExample);
        assert!(crate::rules::validate(s.api, s.mode(), &s.values()).is_empty());
        s.apply(Edit::Reset);
        assert_eq!(s.values().text(p("instance.name").segs()), "");
        s.apply(Edit::Undo);
        assert_eq!(s.values().text(p("instance.name").segs()), "ddm-test-001");
        s.apply(Edit::LoadExample(1, crate::api("ddm").unwrap().examples[1].json.to_string()));
        assert_eq!(s.mode().id(), "prepaid");
        assert!(s.status.starts_with("Loaded the example"));
    }
}
