//! The report: a flat list of issues, each naming its field, with a machine code, the
//! check's parameters and a message that says how to fix it.
//!
//! Checks fail with validator's `ValidationError` (code, params, message); an issue is that
//! error placed at its path.

use crate::path::Path;
use serde::Serialize;
use std::borrow::Cow;
use std::collections::BTreeMap;
use validator::ValidationError;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Issue {
    /// Where: `name`, `flavor[0].num`, `instance.available_zones`.
    pub path: Path,
    /// What, for machines: `too_short`, `required`, `backup_window`...
    pub code: Cow<'static, str>,
    /// What and how to fix it, for people.
    pub message: String,
    /// The check's parameters (`min`, `max`, `value`...), sorted by name.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub params: BTreeMap<String, serde_json::Value>,
    /// The catalog rule that found it, or `table.mandatory`, `table.type`, `table.enum`,
    /// `table.fixed`, `table.null`, `import` for what the tables themselves say. ("" for
    /// catalog rules in the wasm build, which leaves rule ids out.)
    #[serde(skip)]
    pub rule: &'static str,
}

impl Issue {
    pub fn new(path: Path, error: ValidationError, rule: &'static str) -> Issue {
        let message = error.message.map(Cow::into_owned).unwrap_or_else(|| error.code.to_string());
        // Inserted one by one: a bulk `collect` sorts, which costs the bundle a sort routine.
        let mut params = BTreeMap::new();
        for (k, v) in error.params {
            params.insert(k.into_owned(), v);
        }
        Issue { path, code: error.code, message, params, rule }
    }
}

impl std::fmt::Display for Issue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// A failed check: validator's error with our code and message, and named parameters.
pub fn fail(code: &'static str, message: impl Into<String>) -> ValidationError {
    ValidationError::new(code).with_message(Cow::Owned(message.into()))
}

/// Adds a parameter to a failure: `fail(...).param("max", 64)`. The value goes straight
/// into validator's params map (no serializer: it would cost the bundle one per type).
///
/// Params are for machines: `check --json` prints them. The widget shows messages only, so
/// its build leaves them out (they cost it 2.5 KB gzip; docs/decisions.md #31).
pub trait Param {
    fn param(self, name: &'static str, value: impl Into<serde_json::Value>) -> Self;
}

impl Param for ValidationError {
    #[cfg(not(target_arch = "wasm32"))]
    fn param(mut self, name: &'static str, value: impl Into<serde_json::Value>) -> ValidationError {
        self.params.insert(Cow::Borrowed(name), value.into());
        self
    }

    #[cfg(target_arch = "wasm32")]
    fn param(self, _: &'static str, _: impl Into<serde_json::Value>) -> ValidationError {
        self
    }
}

/// What a check returns.
pub type Check = Result<(), ValidationError>;
