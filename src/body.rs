//! The body: (api, mode, values) -> the exact JSON, in table order, with the table's wire
//! types. Empty optional fields are left out; pinned fields carry the mode's choice.
//!
//! It writes straight into one string (no intermediate tree): this runs on every keystroke.
//! An object or array that turns out empty is cut back out, key and all.

use crate::catalog::{Api, Field, Wire};
use crate::mode::Mode;
use crate::rules::parse_int;
use crate::values::Values;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// Two-space indent, `"key": value`.
    Pretty,
    /// No whitespace at all.
    Compact,
}

/// What stands in for a secret in a masked rendering.
pub const MASK: &str = "********";

/// The body as text. With `mask`, secrets show as `MASK`.
pub fn render(api: &Api, mode: &Mode, values: &Values, style: Style, mask: bool) -> String {
    let mut w = Writer { api, mode, style, mask, out: String::with_capacity(1536), key: String::with_capacity(64) };
    w.out.push('{');
    let wrote = w.fields(api.fields, values, 1);
    if wrote {
        w.newline(0);
    }
    w.out.push('}');
    w.out
}

/// The exact body, pretty-printed.
pub fn pretty(api: &Api, mode: &Mode, values: &Values) -> String {
    render(api, mode, values, Style::Pretty, false)
}

struct Writer<'a> {
    api: &'a Api,
    mode: &'a Mode,
    style: Style,
    mask: bool,
    out: String,
    /// The dotted key of the current object within its `Values` scope, reused.
    key: String,
}

impl Writer<'_> {
    fn newline(&mut self, depth: usize) {
        if self.style == Style::Pretty {
            self.out.push('\n');
            for _ in 0..depth {
                self.out.push_str("  ");
            }
        }
    }

    /// Starts a member: separator, indentation, key. Returns where it started, to cut back.
    fn member(&mut self, first: bool, depth: usize, name: &str) -> usize {
        let start = self.out.len();
        if !first {
            self.out.push(',');
        }
        self.newline(depth);
        quote(name, &mut self.out);
        self.out.push_str(if self.style == Style::Pretty { ": " } else { ":" });
        start
    }

    /// Writes the members of an object; returns whether it wrote any.
    fn fields(&mut self, fields: &'static [Field], scope: &Values, depth: usize) -> bool {
        let mut wrote = false;
        let base = self.key.len();
        for f in fields.iter().filter(|f| self.mode.satisfies(self.api, &f.when)) {
            self.key.truncate(base);
            self.key.push_str(f.name);
            if let Some(axis) = f.pin {
                if let Some(v) = self.mode.pick(self.api, axis).and_then(|c| c.value) {
                    self.member(!wrote, depth, f.name);
                    self.typed(f, v);
                    wrote = true;
                }
                continue;
            }
            if self.mode.satisfies(self.api, &f.null_when) {
                self.member(!wrote, depth, f.name);
                self.out.push_str("null");
                wrote = true;
                continue;
            }
            match f.wire {
                Wire::Object => {
                    let start = self.member(!wrote, depth, f.name);
                    self.out.push('{');
                    self.key.push('.');
                    if self.fields(f.children, scope, depth + 1) {
                        self.newline(depth);
                        self.out.push('}');
                        wrote = true;
                    } else {
                        self.out.truncate(start);
                    }
                }
                Wire::Objects => {
                    let rows = scope.rows(&self.key);
                    if rows.iter().all(Values::is_empty) {
                        continue;
                    }
                    self.member(!wrote, depth, f.name);
                    self.out.push('[');
                    let saved = std::mem::take(&mut self.key);
                    let mut first = true;
                    for row in rows.iter().filter(|r| !r.is_empty()) {
                        if !first {
                            self.out.push(',');
                        }
                        first = false;
                        self.newline(depth + 1);
                        self.out.push('{');
                        self.key.clear();
                        if self.fields(f.children, row, depth + 2) {
                            self.newline(depth + 1);
                        }
                        self.out.push('}');
                    }
                    self.key = saved;
                    self.newline(depth);
                    self.out.push(']');
                    wrote = true;
                }
                Wire::Strings => {
                    let items = scope.list(&self.key);
                    if items.iter().all(String::is_empty) {
                        continue;
                    }
                    self.member(!wrote, depth, f.name);
                    self.out.push('[');
                    for (i, item) in items.iter().filter(|s| !s.is_empty()).enumerate() {
                        if i > 0 {
                            self.out.push(',');
                        }
                        self.newline(depth + 1);
                        quote(item, &mut self.out);
                    }
                    self.newline(depth);
                    self.out.push(']');
                    wrote = true;
                }
                Wire::Str | Wire::Int | Wire::Long | Wire::Bool => {
                    let text = scope.text(&self.key);
                    if !text.is_empty() {
                        self.member(!wrote, depth, f.name);
                        self.typed(f, text);
                        wrote = true;
                    }
                }
            }
        }
        self.key.truncate(base);
        wrote
    }

    /// Text as the table's type. Text that is not of the type stays a string, so nothing
    /// typed vanishes from the preview; the report says what is wrong with it.
    fn typed(&mut self, f: &Field, text: &str) {
        use std::fmt::Write;
        match (f.wire, parse_int(text), text) {
            (Wire::Int | Wire::Long, Some(n), _) => {
                let _ = write!(self.out, "{n}");
            }
            (Wire::Bool, _, "true" | "false") => self.out.push_str(text),
            _ if f.secret && self.mask => quote(MASK, &mut self.out),
            _ => quote(text, &mut self.out),
        }
    }
}

/// A JSON string literal, escaped as serde_json escapes it: `"` `\` and control characters;
/// everything else, non-ASCII included, as is.
pub fn quote(s: &str, out: &mut String) {
    out.reserve(s.len() + 2);
    out.push('"');
    let mut plain = 0;
    for (i, b) in s.bytes().enumerate() {
        let esc: &str = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(&s[plain..i]);
        if esc.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("\\u00");
            out.push(HEX[(b >> 4) as usize] as char);
            out.push(HEX[(b & 0xf) as usize] as char);
        } else {
            out.push_str(esc);
        }
        plain = i + 1;
    }
    out.push_str(&s[plain..]);
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_escapes_like_serde_json() {
        for s in ["plain", "q\"b\\", "\u{1}\u{1f}\n\r\t\u{8}\u{c}", "é😀\u{202e}<img>", ""] {
            let mut out = String::new();
            quote(s, &mut out);
            assert_eq!(out, serde_json::to_string(s).unwrap());
        }
    }

    #[test]
    fn pretty_matches_serde_json_pretty_and_masks_secrets() {
        let rds = crate::api("rds").unwrap();
        let mode = Mode::parse(rds, "mysql/single").unwrap();
        let values = crate::fill::example(rds, &mode);
        let text = pretty(rds, &mode, &values);
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        // serde_json (preserve_order natively) prints the same layout.
        assert_eq!(serde_json::to_string_pretty(&v).unwrap(), text);
        assert_eq!(serde_json::to_string(&v).unwrap(), render(rds, &mode, &values, Style::Compact, false));
        let masked = render(rds, &mode, &values, Style::Compact, true);
        assert!(masked.contains(&format!("\"password\":\"{MASK}\"")) && !masked.contains(values.text("password")));
    }
}
