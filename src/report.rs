//! The report: a flat list of issues, each naming its field, with a machine code and a
//! message that says how to fix it.

use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Issue {
    /// Where: `name`, `flavor[0].num`, `instance.available_zones`.
    pub path: String,
    /// What, for machines: `too_short`, `required`, `backup_window`...
    pub code: &'static str,
    /// What and how to fix it, for people.
    pub message: String,
    /// The catalog rule that found it, or `table.mandatory`, `table.type`, `table.enum`,
    /// `mode.field`, `body.unknown` for what the tables themselves say. ("" for catalog rules
    /// in the wasm build, which leaves rule ids out.)
    #[serde(skip)]
    pub rule: &'static str,
}

impl std::fmt::Display for Issue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// A failed check before it knows its path: the code and the message.
#[derive(Debug, PartialEq, Eq)]
pub struct Fail {
    pub code: &'static str,
    pub message: String,
}

impl Fail {
    pub fn new(code: &'static str, message: impl Into<String>) -> Option<Fail> {
        Some(Fail { code, message: message.into() })
    }
}
