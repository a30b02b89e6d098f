//! The body: (api, mode, values) -> the exact JSON, in table order, with the table's wire
//! types. Empty optional fields are left out; pinned fields carry the mode's choice.

use crate::catalog::{Api, Field, Wire};
use crate::mode::Mode;
use crate::rules::parse_int;
use crate::values::Values;

/// A JSON value that keeps the table's key order and knows which strings are secrets.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// An integer, already in canonical form.
    Num(i64),
    Str { text: String, secret: bool },
    Arr(Vec<Json>),
    Obj(Vec<(&'static str, Json)>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// Two-space indent, `"key": value`.
    Pretty,
    /// No whitespace at all.
    Compact,
}

/// What stands in for a secret in a masked rendering.
pub const MASK: &str = "********";

pub fn build(api: &Api, mode: &Mode, values: &Values) -> Json {
    Json::Obj(object(api, mode, api.fields, values, ""))
}

/// The body as text. With `mask`, secrets show as `MASK`.
pub fn render(json: &Json, style: Style, mask: bool) -> String {
    let mut out = String::with_capacity(1024);
    write(json, style, mask, 0, &mut out);
    out
}

/// The exact body, pretty-printed.
pub fn pretty(api: &Api, mode: &Mode, values: &Values) -> String {
    render(&build(api, mode, values), Style::Pretty, false)
}

fn object(api: &Api, mode: &Mode, fields: &'static [Field], scope: &Values, key: &str) -> Vec<(&'static str, Json)> {
    let mut out = Vec::new();
    for f in fields.iter().filter(|f| mode.satisfies(api, &f.when)) {
        let k = format!("{key}{}", f.name);
        let value = if let Some(axis) = f.pin {
            mode.pick(api, axis).and_then(|c| c.value).map(|v| typed(f, v))
        } else if mode.satisfies(api, &f.null_when) {
            Some(Json::Null)
        } else {
            match f.wire {
                Wire::Object => Some(Json::Obj(object(api, mode, f.children, scope, &format!("{k}.")))),
                Wire::Objects => Some(Json::Arr(
                    scope
                        .rows(&k)
                        .iter()
                        .filter(|r| !r.is_empty())
                        .map(|r| Json::Obj(object(api, mode, f.children, r, "")))
                        .filter(|o| !matches!(o, Json::Obj(kv) if kv.is_empty()))
                        .collect(),
                )),
                Wire::Strings => Some(Json::Arr(
                    scope
                        .list(&k)
                        .iter()
                        .filter(|s| !s.is_empty())
                        .map(|s| Json::Str { text: s.clone(), secret: false })
                        .collect(),
                )),
                Wire::Str | Wire::Int | Wire::Long | Wire::Bool => Some(scope.text(&k)).filter(|t| !t.is_empty()).map(|t| typed(f, t)),
            }
        };
        match value {
            Some(Json::Obj(kv)) if kv.is_empty() => {}
            Some(Json::Arr(items)) if items.is_empty() => {}
            Some(v) => out.push((f.name, v)),
            None => {}
        }
    }
    out
}

/// Text as the table's type. Text that is not of the type stays a string, so nothing typed
/// vanishes from the preview; the report says what is wrong with it.
fn typed(f: &Field, text: &str) -> Json {
    match f.wire {
        Wire::Int | Wire::Long => match parse_int(text) {
            Some(n) => Json::Num(n),
            None => Json::Str { text: text.to_string(), secret: f.secret },
        },
        Wire::Bool => match text {
            "true" => Json::Bool(true),
            "false" => Json::Bool(false),
            _ => Json::Str { text: text.to_string(), secret: f.secret },
        },
        _ => Json::Str { text: text.to_string(), secret: f.secret },
    }
}

fn write(json: &Json, style: Style, mask: bool, depth: usize, out: &mut String) {
    let pretty = style == Style::Pretty;
    let newline = |out: &mut String, depth: usize| {
        if pretty {
            out.push('\n');
            for _ in 0..depth {
                out.push_str("  ");
            }
        }
    };
    match json {
        Json::Null => out.push_str("null"),
        Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Json::Num(n) => out.push_str(&n.to_string()),
        Json::Str { text, secret } => quote(if *secret && mask { MASK } else { text }, out),
        Json::Arr(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(out, depth + 1);
                write(item, style, mask, depth + 1, out);
            }
            if !items.is_empty() {
                newline(out, depth);
            }
            out.push(']');
        }
        Json::Obj(kv) => {
            out.push('{');
            for (i, (k, v)) in kv.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(out, depth + 1);
                quote(k, out);
                out.push_str(if pretty { ": " } else { ":" });
                write(v, style, mask, depth + 1, out);
            }
            if !kv.is_empty() {
                newline(out, depth);
            }
            out.push('}');
        }
    }
}

/// A JSON string literal, escaped as serde_json escapes it.
fn quote(s: &str, out: &mut String) {
    out.push_str(&serde_json::to_string(s).expect("a str always serializes"));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_like_serde_json_pretty() {
        let j = Json::Obj(vec![
            ("a", Json::Str { text: "q\"\\\u{1}é".into(), secret: false }),
            ("b", Json::Arr(vec![Json::Num(3), Json::Bool(true), Json::Null])),
            ("c", Json::Obj(vec![("d", Json::Str { text: "x".into(), secret: true })])),
        ]);
        let text = render(&j, Style::Pretty, false);
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(serde_json::to_string_pretty(&v).unwrap().replace("\"a\"", "\"a\""), text.replace("\r", ""));
        assert_eq!(render(&j, Style::Compact, true), r#"{"a":"q\"\\\u0001é","b":[3,true,null],"c":{"d":"********"}}"#);
    }
}
