//! Import: a pasted JSON body -> values, the mode (detected unless given), and notes on
//! what was converted, dropped or does not belong.

use crate::catalog::{Api, Field, Wire};
use crate::mode::Mode;
use crate::report::Issue;
use crate::rules::parse_int;
use crate::values::{Val, Values};
use crate::json::{self, Json};
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Note {
    pub path: String,
    /// `converted`, `dropped_empty`, `unknown_field`, `not_in_mode`, `mode_conflict`,
    /// `wrong_type`, `null_value`.
    pub code: &'static str,
    pub message: String,
    /// The body is wrong here (not just converted): `check` reports it as an issue.
    #[serde(skip)]
    pub problem: bool,
}

#[derive(Clone, Debug)]
pub struct Imported {
    pub values: Values,
    pub mode: Mode,
    /// Whether the mode was detected from the body rather than given.
    pub detected: bool,
    pub notes: Vec<Note>,
}

impl Imported {
    /// The notes that are problems, as issues.
    pub fn issues(&self) -> Vec<Issue> {
        self.notes
            .iter()
            .filter(|n| n.problem)
            .map(|n| Issue { path: n.path.clone(), code: n.code, message: n.message.clone(), rule: "import" })
            .collect()
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    Syntax { line: usize, column: usize, message: String },
    NotAnObject,
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::Syntax { line, column, message } => write!(f, "line {line}, column {column}: {message}"),
            ImportError::NotAnObject => write!(f, "the body must be a JSON object, {{ ... }}"),
        }
    }
}

pub fn parse(text: &str) -> Result<Json, ImportError> {
    let value = json::parse(text).map_err(|e| ImportError::Syntax { line: e.line, column: e.column, message: e.message.to_string() })?;
    if !matches!(value, Json::Obj(_)) {
        return Err(ImportError::NotAnObject);
    }
    Ok(value)
}

pub fn import(api: &'static Api, text: &str, mode: Option<Mode>) -> Result<Imported, ImportError> {
    let json = parse(text)?;
    Ok(import_value(api, &json, mode))
}

pub fn import_value(api: &'static Api, json: &Json, mode: Option<Mode>) -> Imported {
    let detected = mode.is_none();
    let mode = mode.unwrap_or_else(|| Mode::detect(api, json));
    let mut imp = Importer { api, mode: &mode, notes: Vec::new() };
    let mut values = Values::new();
    if let Json::Obj(members) = json {
        imp.object(api.fields, members, &mut values, "", "");
    }
    let notes = imp.notes;
    Imported { values, mode, detected, notes }
}

struct Importer<'a> {
    api: &'static Api,
    mode: &'a Mode,
    notes: Vec<Note>,
}

impl Importer<'_> {
    fn note(&mut self, path: &str, code: &'static str, problem: bool, message: String) {
        self.notes.push(Note { path: path.to_string(), code, message, problem });
    }

    /// Walks the body's keys in table order (then unknown keys), so notes read like the
    /// document whatever order the paste had.
    fn object(&mut self, fields: &'static [Field], members: &[(String, Json)], into: &mut Values, key: &str, path: &str) {
        let mut names: Vec<&str> = Vec::with_capacity(members.len());
        for f in fields {
            if members.iter().any(|(k, _)| k == f.name) && !names.contains(&f.name) {
                names.push(f.name);
            }
        }
        names.extend(members.iter().map(|(k, _)| k.as_str()).filter(|k| !fields.iter().any(|f| f.name == *k)));
        for name in names {
            let value = &members.iter().find(|(k, _)| k == name).expect("listed from the members").1;
            let p = format!("{path}{name}");
            let k = format!("{key}{name}");
            let in_mode = fields.iter().find(|f| f.name == name && self.mode.satisfies(self.api, &f.when));
            let Some(f) = in_mode.or_else(|| fields.iter().find(|f| f.name == name)) else {
                let hint = closest(name, fields).map(|c| format!(" Did you mean {c}?")).unwrap_or_default();
                self.note(&p, "unknown_field", true, format!("{p} is not a field of the {} API and is not sent.{hint}", self.api.title));
                continue;
            };
            if in_mode.is_none() && !is_empty(value) {
                self.note(
                    &p,
                    "not_in_mode",
                    true,
                    format!("{} ({p}) is not part of {}; it is not sent. Remove it, or pick a mode that has it.", f.label, self.mode.title(self.api)),
                );
            }
            self.field(f, value, into, &k, &p);
        }
    }

    fn field(&mut self, f: &'static Field, value: &Json, into: &mut Values, key: &str, path: &str) {
        if let Some(axis) = f.pin {
            let want = self.mode.pick(self.api, axis).and_then(|c| c.value);
            let got = scalar_text(value);
            let same = matches!((want, &got), (Some(w), Some(g)) if w.eq_ignore_ascii_case(g));
            if !same {
                let want = want.map(|w| format!("\"{w}\"")).unwrap_or_else(|| "left out".to_string());
                self.note(
                    path,
                    "mode_conflict",
                    true,
                    format!("{path} is {} but {} needs it {want}; pick the mode that matches the body, or fix the value.", value.show(), self.mode.title(self.api)),
                );
            }
            return;
        }
        if self.mode.satisfies(self.api, &f.null_when) {
            if *value != Json::Null {
                self.note(path, "null_value", false, format!("{path} is sent as null for this database type; {} was dropped.", value.show()));
            }
            return;
        }
        match f.wire {
            Wire::Object => match value {
                Json::Obj(members) => self.object(f.children, members, into, &format!("{key}."), &format!("{path}.")),
                _ => self.wrong_type(path, f, value, "an object { ... }"),
            },
            Wire::Objects => match value {
                Json::Arr(items) => {
                    let mut rows = Vec::with_capacity(items.len());
                    for (i, item) in items.iter().enumerate() {
                        let mut row = Values::new();
                        match item {
                            Json::Obj(members) => self.object(f.children, members, &mut row, "", &format!("{path}[{i}].")),
                            _ => self.wrong_type(&format!("{path}[{i}]"), f, item, "an object { ... }"),
                        }
                        rows.push(row);
                    }
                    into.set_rows(key, rows);
                }
                _ => self.wrong_type(path, f, value, "an array of objects [ { ... } ]"),
            },
            Wire::Strings => match value {
                Json::Arr(items) => {
                    let mut list = Vec::with_capacity(items.len());
                    for (i, item) in items.iter().enumerate() {
                        let p = format!("{path}[{i}]");
                        match item {
                            Json::Str(s) => list.push(s.clone()),
                            Json::Num(_) | Json::Bool(_) => {
                                let text = scalar_text(item).unwrap_or_default();
                                self.note(&p, "converted", false, format!("{p}: {} was converted to the string \"{text}\".", item.show()));
                                list.push(text);
                            }
                            _ => self.wrong_type(&p, f, item, "a string"),
                        }
                    }
                    into.insert_val(key.to_string(), Val::List(list));
                }
                _ => self.wrong_type(path, f, value, "an array of strings [\"...\"]"),
            },
            Wire::Str | Wire::Int | Wire::Long | Wire::Bool => self.scalar(f, value, into, key, path),
        }
    }

    fn scalar(&mut self, f: &Field, value: &Json, into: &mut Values, key: &str, path: &str) {
        let Some(text) = scalar_text(value) else {
            if *value == Json::Null {
                self.note(path, "dropped_empty", false, format!("{path} is null; it is treated as empty and not sent."));
            } else {
                let want = match f.wire {
                    Wire::Int | Wire::Long => "a number",
                    Wire::Bool => "true or false",
                    _ => "a string",
                };
                self.wrong_type(path, f, value, want);
            }
            return;
        };
        if text.is_empty() {
            self.note(path, "dropped_empty", false, format!("{path} is empty; empty optional fields are not sent."));
            return;
        }
        let converted = match (f.wire, value) {
            (Wire::Str, Json::Num(_) | Json::Bool(_)) => Some(format!("the string \"{text}\"")),
            (Wire::Int | Wire::Long, Json::Str(_)) if parse_int(&text).is_some() => Some(format!("the number {text}")),
            (Wire::Bool, Json::Str(_)) if text == "true" || text == "false" => Some(format!("the boolean {text}")),
            _ => None,
        };
        if let Some(to) = converted {
            self.note(path, "converted", false, format!("{path}: {} was converted to {to}, as the table's type says.", value.show()));
        }
        into.set_text(key, text);
    }

    fn wrong_type(&mut self, path: &str, f: &Field, value: &Json, want: &str) {
        self.note(path, "wrong_type", true, format!("{} ({path}) must be {want}; it is {}. It was not imported.", f.label, value.show()));
    }
}

/// A scalar as the text a form field would hold.
fn scalar_text(v: &Json) -> Option<String> {
    match v {
        Json::Str(s) | Json::Num(s) => Some(s.clone()),
        Json::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

fn is_empty(v: &Json) -> bool {
    match v {
        Json::Null => true,
        Json::Str(s) => s.is_empty(),
        Json::Arr(a) => a.is_empty(),
        Json::Obj(o) => o.is_empty(),
        _ => false,
    }
}

/// The known field name nearest to a misspelt one, if it is close.
fn closest(name: &str, fields: &[Field]) -> Option<&'static str> {
    fields
        .iter()
        .map(|f| (edit_distance(name, f.name), f.name))
        .filter(|(d, _)| *d <= 2)
        .min_by_key(|(d, _)| *d)
        .map(|(_, n)| n)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}
