//! Import: a pasted JSON body (read by serde_json) -> values, the mode (detected unless
//! given), and notes on what was converted, dropped or does not belong.
//!
//! Import keeps what the body says. It converts a value to the table's wire type only when
//! the conversion is exact, and says so; it never fills in what the body lacks (the rules
//! report that).

use crate::catalog::{Api, Wire};
use crate::mode::{scalar_text, Mode};
use crate::path::Path;
use crate::report::Issue;
use crate::resolve::{self, resolve, Node, Source, Tree, Widget};
use crate::text::{self, is_json_int, quoted};
use crate::values::Values;
use serde::Serialize;
use serde_json::{Map, Value};

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Note {
    pub path: Path,
    /// `converted`, `dropped_empty`, `unknown_field`, `not_in_mode`, `wrong_type`, `duplicate_key`.
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
            .map(|n| Issue { path: n.path.clone(), code: n.code.into(), message: n.message.clone(), params: Default::default(), rule: "import" })
            .collect()
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    Syntax { line: usize, column: usize, message: String },
    NotAnObject,
    Empty,
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::Syntax { line, column, message } => write!(f, "line {line}, column {column}: {message}"),
            ImportError::NotAnObject => write!(f, "the body must be a JSON object, {{ ... }}"),
            ImportError::Empty => write!(f, "the text is empty; a JSON body, {{ ... }}, was expected"),
        }
    }
}

/// The importer's entry points as plain function pointers. The widget receives them from a
/// chunk of wasm that loads after the form (`ui::lazy`); native code uses `Code::HERE`.
#[derive(Clone, Copy)]
pub struct Code {
    pub import: fn(&'static Api, &str, Option<Mode>) -> Result<Imported, ImportError>,
    pub import_text: fn(&'static Api, &Value, &str, Option<Mode>) -> Imported,
    pub parse: fn(&str) -> Result<Value, ImportError>,
    pub fit: fn(&'static Api, &Value) -> Fit,
    pub judge: fn(&'static Api, &str) -> Result<Value, (String, Option<&'static Api>)>,
}

impl Code {
    pub const HERE: Code = Code { import, import_text, parse, fit, judge };
}

/// One importer is as good as another: a session compares equal with it or without it.
impl PartialEq for Code {
    fn eq(&self, _: &Code) -> bool {
        true
    }
}

impl std::fmt::Debug for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("import::Code")
    }
}

/// Parses pasted text and says whether it is a request body of `api`: the body, or why not
/// ("this body is for RDS, not for GeminiDB: ..."), with the service it belongs to, if one.
pub fn judge(api: &'static Api, text: &str) -> Result<Value, (String, Option<&'static Api>)> {
    let body = parse(text).map_err(|e| (e.to_string(), None))?;
    let unchanged = "The form is unchanged.";
    let few = |names: &[String]| {
        let mut shown: Vec<String> = names.iter().take(3).cloned().collect();
        if names.len() > 3 {
            shown.push(format!("{} more", names.len() - 3));
        }
        shown
    };
    let why = match fit(api, &body) {
        Fit::Here => return Ok(body),
        Fit::Other(other, lacks) => return Err((format!("this body is for {}, not for {}: {} has no field {}. {unchanged}", other.title, api.title, api.title, text::list(&few(&lacks))), Some(other))),
        Fit::Response(names) => format!("this is what a service returns, not a request body: it has {}. Paste the body you send. {unchanged}", text::list_and(&names)),
        Fit::Nothing(names) => format!("this JSON is a request body of none of the five services: {} is a field of none of them. {unchanged}", text::list_and(&few(&names))),
    };
    Err((why, None))
}

/// Reads JSON text that must hold an object.
pub fn parse(text: &str) -> Result<Value, ImportError> {
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    match serde_json::from_str::<Value>(text) {
        Ok(v @ Value::Object(_)) => Ok(v),
        Ok(_) => Err(ImportError::NotAnObject),
        Err(e) => {
            // serde_json says "expected value at line 3 column 3"; the position goes first,
            // then serde_json's words with what they usually mean in a pasted body.
            let full = e.to_string();
            let said = full.rsplit_once(" at line ").map(|(m, _)| m.to_string()).unwrap_or(full);
            let means = match said.as_str() {
                "expected ident" | "expected value" => Some("a value that is not JSON: text needs double quotes, and true, false and null are written in lower case"),
                "key must be a string" => Some("a key that is not in double quotes"),
                "trailing comma" => Some("a comma before } or ], which JSON does not allow"),
                "EOF while parsing an object" | "EOF while parsing a list" | "EOF while parsing a string" | "EOF while parsing a value" => Some("the text ends early: a {, [ or \" is not closed"),
                "expected `,` or `}`" | "expected `,` or `]`" => Some("a comma is missing between two entries"),
                "expected `:`" => Some("a colon is missing after a key"),
                _ => None,
            };
            let message = match means {
                Some(m) => format!("{m} ({said})"),
                None => said,
            };
            Err(ImportError::Syntax { line: e.line(), column: e.column(), message })
        }
    }
}

/// Whose body a pasted object is, judged by its member paths before anything is imported.
#[derive(Clone, Debug, PartialEq)]
pub enum Fit {
    /// The current service has a field at every path, or no other service fits better.
    Here,
    /// Another service has every path (or all but one) where this one lacks several: the
    /// paths this one lacks.
    Other(&'static Api, Vec<String>),
    /// A response or an error a service returns, not a request: the members that say so.
    Response(Vec<String>),
    /// Most of its top-level members are fields of no service: those members.
    Nothing(Vec<String>),
}

/// Top-level members the documents list in responses (instance, job and order ids, error
/// codes), never in a request.
const RESPONSE_ONLY: &[&str] = &["id", "job_id", "order_id", "instance_id", "created", "status", "error_code", "error_msg", "errCode", "externalMessage"];

/// Every member path of a body (`volume.size`; array entries share their array's path),
/// each once.
fn member_paths<'a>(v: &'a Value, prefix: &mut Vec<&'a str>, out: &mut Vec<Vec<&'a str>>) {
    match v {
        Value::Object(m) => {
            for (k, child) in m {
                prefix.push(k);
                if !out.contains(prefix) {
                    out.push(prefix.clone());
                }
                member_paths(child, prefix, out);
                prefix.pop();
            }
        }
        Value::Array(items) => items.iter().for_each(|i| member_paths(i, prefix, out)),
        _ => {}
    }
}

/// Judges whose body `body` is; `current` keeps it unless another service plainly fits.
pub fn fit(current: &'static Api, body: &Value) -> Fit {
    let Some(top) = body.as_object() else { return Fit::Here };
    let mut paths = Vec::new();
    member_paths(body, &mut Vec::new(), &mut paths);
    // Per service, the paths it has no field at.
    let lacks = |api: &'static Api| -> Vec<&Vec<&str>> { paths.iter().filter(|p| !resolve::known(api, p)).collect() };
    let here = lacks(current);
    if here.is_empty() {
        return Fit::Here;
    }
    let mut response = Vec::new();
    let mut strangers = Vec::new();
    for k in top.keys() {
        if !crate::APIS.iter().any(|a| resolve::known(a, &[k])) {
            strangers.push(k.clone());
            if RESPONSE_ONLY.contains(&k.as_str()) {
                response.push(k.clone());
            }
        }
    }
    if !response.is_empty() {
        return Fit::Response(response);
    }
    if strangers.len() * 2 > top.len() {
        return Fit::Nothing(strangers);
    }
    // The other service lacking the fewest paths, if it plainly fits better. Paths are
    // named by their outermost member: `ha`, not also `ha.mode`.
    let mut best: Option<(&'static Api, usize)> = None;
    for a in crate::APIS.iter().filter(|a| !std::ptr::eq(**a, current)) {
        let n = lacks(a).len();
        if best.is_none_or(|(_, m)| n < m) {
            best = Some((a, n));
        }
    }
    match best {
        Some((api, n)) if n == 0 || (n == 1 && here.len() >= 3) => {
            Fit::Other(api, here.iter().filter(|p| !here.iter().any(|q| q.len() < p.len() && p.starts_with(q))).map(|p| p.join(".")).collect())
        }
        _ => Fit::Here,
    }
}

pub fn import(api: &'static Api, text: &str, mode: Option<Mode>) -> Result<Imported, ImportError> {
    Ok(import_text(api, &parse(text)?, text, mode))
}

/// Imports `body`, parsed from `text`: what the value shows, and first what only the text
/// shows (a key given twice, which the parsed value has once).
pub fn import_text(api: &'static Api, body: &Value, text: &str, mode: Option<Mode>) -> Imported {
    let mut imported = import_value(api, body, mode);
    imported.notes.splice(0..0, duplicates(text));
    imported
}

/// A key given twice in one object: serde_json keeps the last, and other JSON readers may keep
/// the first (RFC 8259 leaves it open), so the body does not say one thing. One note a key,
/// a problem: `check` reports it. Text that does not parse has none.
pub fn duplicates(text: &str) -> Vec<Note> {
    use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
    struct Scan<'a> {
        path: Path,
        out: &'a mut Vec<Note>,
    }
    impl<'de> DeserializeSeed<'de> for Scan<'_> {
        type Value = ();
        fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
            d.deserialize_any(self)
        }
    }
    impl<'de> Visitor<'de> for Scan<'_> {
        type Value = ();
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("JSON")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
            // Counts by key, and the keys given more than once in the order they first came.
            let mut seen = std::collections::BTreeMap::<String, usize>::new();
            let mut twice = Vec::new();
            while let Some(key) = map.next_key::<String>()? {
                let mut path = self.path.clone();
                path.push_owned(&key);
                map.next_value_seed(Scan { path, out: &mut *self.out })?;
                let n = seen.entry(key.clone()).or_insert(0);
                *n += 1;
                if *n == 2 {
                    twice.push(key);
                }
            }
            for key in twice {
                let n = seen[&key];
                let mut path = self.path.clone();
                path.push_owned(&key);
                let message = format!("{path} is given {n} times in one object; JSON readers differ on which one counts (this reads the last). Keep one.");
                self.out.push(Note { path, code: "duplicate_key", message, problem: true });
            }
            Ok(())
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
            let mut i = 0;
            while seq.next_element_seed(Scan { path: self.path.index(i), out: &mut *self.out })?.is_some() {
                i += 1;
            }
            Ok(())
        }
        fn visit_bool<E>(self, _: bool) -> Result<(), E> {
            Ok(())
        }
        fn visit_i64<E>(self, _: i64) -> Result<(), E> {
            Ok(())
        }
        fn visit_u64<E>(self, _: u64) -> Result<(), E> {
            Ok(())
        }
        fn visit_f64<E>(self, _: f64) -> Result<(), E> {
            Ok(())
        }
        fn visit_str<E>(self, _: &str) -> Result<(), E> {
            Ok(())
        }
        fn visit_unit<E>(self) -> Result<(), E> {
            Ok(())
        }
    }
    let mut out = Vec::new();
    let mut d = serde_json::Deserializer::from_str(text);
    if (Scan { path: Path::root(), out: &mut out }).deserialize(&mut d).is_err() {
        return Vec::new();
    }
    out
}

/// Imports a JSON object (anything else imports as an empty body).
pub fn import_value(api: &'static Api, body: &Value, mode: Option<Mode>) -> Imported {
    let detected = mode.is_none();
    let mode = mode.unwrap_or_else(|| Mode::detect(api, body));
    let empty = Map::new();
    let members = body.as_object().unwrap_or(&empty);
    let tree = resolve(api, &mode);
    let mut imp = Importer { tree, values: Values::new(), notes: Vec::new(), path: Path::root() };
    imp.object(&tree.roots, members);
    Imported { values: imp.values, mode, detected, notes: imp.notes }
}

struct Importer {
    tree: &'static Tree,
    values: Values,
    notes: Vec<Note>,
    path: Path,
}

impl Importer {
    fn note(&mut self, code: &'static str, problem: bool, message: String) {
        self.notes.push(Note { path: self.path.clone(), code, message, problem });
    }

    /// Walks the body's members in table order, then the ones the mode has no field for, so
    /// notes read like the document whatever order the paste had.
    fn object(&mut self, nodes: &'static [Node], members: &Map<String, Value>) {
        for node in nodes {
            if let Some(value) = members.get(node.name()) {
                self.path.push_key(node.name());
                self.node(node, value);
                self.path.pop();
            }
        }
        for (name, value) in members.iter().filter(|(k, _)| !nodes.iter().any(|n| n.name() == k.as_str())) {
            self.path.push_owned(name);
            self.stray(name, value);
            self.path.pop();
        }
    }

    /// A member the mode has no field for: a field of another mode, or of no mode at all.
    fn stray(&mut self, name: &str, value: &Value) {
        let api = self.tree.api;
        let names = self.path.names();
        let p = self.path.to_string();
        if resolve::known(api, &names) {
            // Sent as written, so reported whatever it holds: an empty string, an empty
            // object, null or a value of the wrong shape (#88).
            let mut carried = vec![names.clone()];
            members(api, &names, value, &mut carried);
            let b = resolve::belongs(api, &self.tree.mode, &carried);
            let message = format!("{p} is not part of a {} request: it is used only with {}. It is not sent; remove it, or choose that.", b.now, b.needs);
            self.note("not_in_mode", true, message);
            return;
        }
        let siblings = resolve::names_at(api, &names[..names.len() - 1]);
        // A name far longer than any field's is no typo of one (and an edit distance on a
        // megabyte-long key takes seconds).
        let hint = siblings
            .iter()
            .filter(|_| name.chars().count() <= 64)
            .map(|s| (strsim::levenshtein(name, s), *s))
            .filter(|(d, _)| *d <= 2)
            .min_by_key(|(d, _)| *d)
            .map(|(_, s)| format!(" Did you mean {s}?"))
            .unwrap_or_default();
        self.note("unknown_field", true, format!("{p} is not a field of the {} API and is not sent.{hint}", api.title));
    }

    fn node(&mut self, node: &'static Node, value: &Value) {
        match (node.widget, value) {
            (Widget::Object, Value::Object(members)) => self.sent_object(node, members),
            (Widget::Rows | Widget::List, Value::Array(items)) => {
                self.values.set_len(self.path.segs(), items.len());
                if items.is_empty() {
                    self.note("dropped_empty", false, format!("{} is an empty array; it is not sent.", self.path));
                }
                for (i, item) in items.iter().enumerate() {
                    self.path.push_index(i);
                    self.item(node, item);
                    self.path.pop();
                }
            }
            // Kept as null: the rules report it (the table's type is not null).
            (Widget::Object | Widget::Rows | Widget::List, Value::Null) => {
                self.values.set_null(self.path.segs());
                self.note("dropped_empty", false, format!("{} is null; it is not sent.", self.path));
            }
            (Widget::Object, _) => self.wrong_type(node, value, "an object { ... }"),
            (Widget::Rows, _) => self.wrong_type(node, value, "an array of objects [ { ... } ]"),
            (Widget::List, _) => self.wrong_type(node, value, "an array of strings [\"...\"]"),
            _ => self.scalar(node, value),
        }
    }

    /// An object the body sent (a member's or a row): a member marks it as sent, an empty
    /// one needs the mark, and is noted as not sent.
    fn sent_object(&mut self, node: &'static Node, members: &Map<String, Value>) {
        if members.is_empty() {
            self.values.set_object(self.path.segs());
            self.note("dropped_empty", false, format!("{} is an empty object; it is not sent.", self.path));
        }
        self.object(&node.children, members);
    }

    /// An element of an array of objects (a row) or of strings.
    fn item(&mut self, node: &'static Node, item: &Value) {
        match (node.widget, item) {
            (Widget::Rows, Value::Object(members)) => self.sent_object(node, members),
            (Widget::Rows, _) => self.wrong_type(node, item, "an object { ... }"),
            (_, Value::String(s)) => self.values.set_sent(self.path.segs(), s.clone()),
            (_, Value::Number(_) | Value::Bool(_)) => {
                let text = scalar_text(item).unwrap_or_default();
                self.note("converted", false, format!("{}: {text} was converted to the string {}.", self.path, quoted(&text)));
                self.values.set(self.path.segs(), text);
            }
            _ => self.wrong_type(node, item, "a string"),
        }
    }

    fn scalar(&mut self, node: &Node, value: &Value) {
        if value.is_null() {
            // Kept as null: the rules say whether the table allows it.
            self.values.set_null(self.path.segs());
            if node.source != Source::Null {
                self.note("dropped_empty", false, format!("{} is null; it is not sent.", self.path));
            }
            return;
        }
        let want = match node.wire() {
            Wire::Int | Wire::Long => "a number",
            Wire::Bool => "true or false",
            _ => "a string",
        };
        // A number where the table says Boolean, or a boolean where it says a number, has no
        // form in the table's type: kept, it would be sent as a string ("1"), a value the
        // body never had. Reported as the array in a scalar's place is, and not imported.
        let Some(text) = scalar_text(value).filter(|_| !matches!((node.wire(), value), (Wire::Bool, Value::Number(_)) | (Wire::Int | Wire::Long, Value::Bool(_)))) else {
            return self.wrong_type(node, value, want);
        };
        if text.is_empty() {
            // Kept as sent: the rules say whether the document allows an empty value.
            self.values.set_sent(self.path.segs(), text);
            self.note("dropped_empty", false, format!("{} is empty; empty values are not sent.", self.path));
            return;
        }
        // A number in exponent form where the table says String: serde_json reads 12E3 as
        // 12e+3, and which string was meant ("12E3", "12000") is not the body's to say.
        if node.wire() == Wire::Str && value.is_number() && text.contains('e') {
            return self.wrong_type(node, value, "a string, quoted as meant (a number with an exponent, such as 12E3, is written back differently by each JSON reader)");
        }
        // Converted only where the result says exactly what the body said.
        let converted = match (node.wire(), value) {
            (Wire::Str, Value::Number(_) | Value::Bool(_)) => Some(format!("the string {}", quoted(&text))),
            (Wire::Int | Wire::Long, Value::String(_)) if is_json_int(&text) => Some(format!("the number {text}")),
            (Wire::Bool, Value::String(_)) if text == "true" || text == "false" => Some(format!("the boolean {text}")),
            _ => None,
        };
        if let Some(to) = converted {
            // The value as the body wrote it (quoted if it was a string).
            let was = if value.is_string() { quoted(&text) } else { text.clone() };
            self.note("converted", false, format!("{}: {was} was converted to {to}, as the table's type says.", self.path));
        }
        self.values.set(self.path.segs(), text);
    }

    fn wrong_type(&mut self, node: &Node, value: &Value, want: &str) {
        let shown = match value {
            Value::Array(a) => format!("an array of {}", a.len()),
            Value::Object(_) => "an object".to_string(),
            Value::String(t) => quoted(&crate::text::clip(t)),
            other => scalar_text(other).unwrap_or_else(|| "null".into()),
        };
        self.note("wrong_type", true, format!("{} ({}) must be {want}; it is {shown}. It was not imported.", node.label(), self.path));
    }
}

/// The known member paths an object value carries, at every depth.
fn members<'a>(api: &'static Api, at: &[&'a str], value: &'a Value, out: &mut Vec<Vec<&'a str>>) {
    if let Value::Object(m) = value {
        for (k, v) in m.iter().filter(|(_, v)| !is_empty(v)) {
            let mut names = at.to_vec();
            names.push(k.as_str());
            if resolve::known(api, &names) {
                members(api, &names, v, out);
                out.push(names);
            }
        }
    }
}

fn is_empty(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        _ => false,
    }
}
