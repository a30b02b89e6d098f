//! A JSON Schema (draft 2020-12) of one mode's body, as far as JSON Schema can say it.
//!
//! The mode is fixed, so every mode condition resolves: pinned fields become `const`,
//! conditional mandatory fields join `required`. Rules that compare two fields are stated in
//! the description (and as `dependentRequired` for pairs).

use crate::catalog::{Api, Charset, Check, Wire};
use crate::mode::Mode;
use crate::resolve::{resolve, Node, Source, Widget};
use crate::text::list;
use serde_json::{json, Map, Value};

pub fn schema(api: &'static Api, mode: &Mode) -> Value {
    let mut root = object(&resolve(api, mode).roots);
    let m = root.as_object_mut().expect("object schema");
    let mut head = Map::new();
    head.insert("$schema".into(), json!("https://json-schema.org/draft/2020-12/schema"));
    head.insert("title".into(), json!(format!("{} {} {} body, mode {}", api.title, api.method, api.path, mode.id())));
    head.insert("description".into(), json!(format!("{} ({}): {}", api.title, api.cloud, mode.title())));
    head.extend(std::mem::take(m));
    Value::Object(head)
}

fn object(nodes: &[Node]) -> Value {
    let mut props = Map::new();
    let mut required = Vec::new();
    let mut pairs = Map::new();
    for n in nodes {
        if n.is_required() {
            required.push(json!(n.name()));
        }
        for r in &n.rules {
            if let Check::Paired(other) = r.check {
                pairs.insert(other.to_string(), json!([n.name()]));
            }
        }
        props.insert(n.name().to_string(), field(n));
    }
    let mut o = json!({"type": "object", "properties": props, "additionalProperties": false});
    if !required.is_empty() {
        o["required"] = Value::Array(required);
    }
    if !pairs.is_empty() {
        o["dependentRequired"] = Value::Object(pairs);
    }
    o
}

fn field(n: &Node) -> Value {
    let f = n.field;
    let mut s = Map::new();
    s.insert("title".into(), json!(f.label));
    if !f.help.is_empty() {
        s.insert("description".into(), json!(f.help));
    }
    match n.source {
        Source::Fixed(v) => {
            s.insert("const".into(), typed(f.wire, v));
            return Value::Object(s);
        }
        Source::Null => {
            s.insert("type".into(), json!("null"));
            return Value::Object(s);
        }
        Source::Typed => {}
    }
    match n.widget {
        Widget::Object => return merge(s, object(&n.children)),
        Widget::Rows => {
            s.insert("type".into(), json!("array"));
            s.insert("items".into(), object(&n.children));
            if n.is_required() {
                s.insert("minItems".into(), json!(1));
            }
        }
        Widget::List => {
            s.insert("type".into(), json!("array"));
            s.insert("items".into(), json!({"type": "string", "minLength": 1}));
            if n.is_required() {
                s.insert("minItems".into(), json!(1));
            }
        }
        _ => match f.wire {
            Wire::Int | Wire::Long => {
                s.insert("type".into(), json!("integer"));
            }
            Wire::Bool => {
                s.insert("type".into(), json!("boolean"));
            }
            _ => {
                s.insert("type".into(), json!("string"));
                s.insert("minLength".into(), json!(1));
            }
        },
    }
    if !n.options.is_empty() {
        if f.more.ignore_case {
            let alts: Vec<String> = n.options.iter().map(|o| case_blind(o)).collect();
            s.insert("pattern".into(), json!(format!("^({})$", alts.join("|"))));
        } else {
            s.insert("enum".into(), Value::Array(n.options.iter().map(|o| typed(f.wire, o)).collect()));
        }
    }
    let example = if n.example.is_empty() { n.preset.unwrap_or("") } else { n.example };
    if !example.is_empty() {
        s.insert("examples".into(), json!([typed(f.wire, example)]));
    }
    if let Some(d) = f.more.default {
        s.insert("default".into(), typed(f.wire, d));
    }
    let mut all_of = Vec::new();
    let mut notes = Vec::new();
    let numeric = matches!(f.wire, Wire::Int | Wire::Long);
    for r in &n.rules {
        match r.check {
            Check::Required | Check::Paired(_) => {}
            Check::Length { min, max } => {
                s.insert("minLength".into(), json!(min));
                s.insert("maxLength".into(), json!(max));
            }
            Check::StartsWithLetter => all_of.push(json!({"pattern": "^[A-Za-z]"})),
            Check::Charset(set) => all_of.push(json!({"pattern": format!("^[{}]*$", class(&set))})),
            Check::NoEdgeSpaces => all_of.push(json!({"pattern": "^(?! ).*(?<! )$"})),
            Check::Password { min, max, classes, specials } => {
                s.insert("minLength".into(), json!(min));
                s.insert("maxLength".into(), json!(max));
                all_of.push(json!({"pattern": format!("^[A-Za-z0-9{}]*$", escape_class(specials))}));
                all_of.push(password_classes(classes, specials));
            }
            Check::Range { min, max } if numeric => {
                s.insert("minimum".into(), json!(min));
                if max != i64::MAX {
                    s.insert("maximum".into(), json!(max));
                }
            }
            Check::Range { min, max } => {
                if max - min <= 100 && min >= 0 {
                    s.insert("enum".into(), Value::Array((min..=max).map(|n| json!(n.to_string())).collect()));
                } else {
                    all_of.push(json!({"pattern": "^-?[0-9]+$"}));
                    notes.push(format!("an integer from {min}{}", if max == i64::MAX { " up".to_string() } else { format!(" to {max}") }));
                }
            }
            Check::Ranges(rs) => {
                let alts: Vec<Value> = rs.iter().map(|(a, b)| json!({"minimum": a, "maximum": b})).collect();
                if numeric {
                    all_of.push(json!({"anyOf": alts}));
                } else {
                    all_of.push(json!({"pattern": "^[0-9]+$"}));
                    notes.push(format!("one of the ranges {rs:?}"));
                }
            }
            Check::Step(n) if numeric => {
                s.insert("multipleOf".into(), json!(n));
            }
            Check::Step(n) => notes.push(format!("a multiple of {n}")),
            Check::Excluded(list) => {
                let vals: Vec<Value> = list.iter().map(|n| if numeric { json!(n) } else { json!(n.to_string()) }).collect();
                all_of.push(json!({"not": {"enum": vals}}));
            }
            Check::NotValue(n) => all_of.push(json!({"not": {"const": if numeric { json!(n) } else { json!(n.to_string()) }}})),
            Check::NoneOf(list) => all_of.push(json!({"not": {"enum": list}})),
            Check::NotEmpty => {
                s.insert("minLength".into(), json!(1));
            }
            Check::Digits(n) if numeric => {
                let low = 10i64.pow(n as u32 - 1);
                s.insert("minimum".into(), json!(low));
                s.insert("maximum".into(), json!(low * 10 - 1));
            }
            Check::Digits(n) => all_of.push(json!({"pattern": format!("^[0-9]{{{n}}}$")})),
            Check::BackupWindow { minutes } => {
                let windows: Vec<Value> = (0..24).flat_map(|h| minutes.iter().map(move |m| json!(format!("{h:02}:{m}-{:02}:{m}", (h + 1) % 24)))).collect();
                s.insert("enum".into(), Value::Array(windows));
            }
            Check::CommaList { min, max } => {
                all_of.push(json!({"pattern": format!("^[^,]+(,[^,]+){{{},{}}}$", min.saturating_sub(1), max.saturating_sub(1))}));
            }
            Check::Count { min, max } => {
                s.insert("minItems".into(), json!(min));
                if max != usize::MAX {
                    s.insert("maxItems".into(), json!(max));
                }
            }
            Check::Ipv4 => {
                s.insert("format".into(), json!("ipv4"));
            }
            Check::DiffersFrom(other) => notes.push(format!("different from {other}")),
            Check::HoursAfter(other, h) => notes.push(format!("{h} hours after {other}")),
            Check::Period { type_field, month_max, year_max } => notes.push(format!("1 to {month_max} when {type_field} is month, 1 to {year_max} when it is year")),
            Check::PerNode { nodes, per_node, max } => notes.push(format!("at least {per_node} x {nodes}, at most {max}")),
        }
    }
    if !all_of.is_empty() {
        s.insert("allOf".into(), Value::Array(all_of));
    }
    if !notes.is_empty() {
        s.insert("$comment".into(), json!(format!("Also: {}.", list(&notes.iter().map(String::as_str).collect::<Vec<_>>()))));
    }
    Value::Object(s)
}

fn merge(mut head: Map<String, Value>, body: Value) -> Value {
    if let Value::Object(b) = body {
        head.extend(b);
    }
    Value::Object(head)
}

fn typed(wire: Wire, v: &str) -> Value {
    match wire {
        Wire::Int | Wire::Long => v.parse::<i64>().map(Value::from).unwrap_or_else(|_| json!(v)),
        Wire::Bool => match v {
            "true" => json!(true),
            "false" => json!(false),
            _ => json!(v),
        },
        _ => json!(v),
    }
}

/// "Ha" -> "[Hh][Aa]".
fn case_blind(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_ascii_alphabetic() { format!("[{}{}]", c.to_ascii_uppercase(), c.to_ascii_lowercase()) } else { escape_class(&c.to_string()) })
        .collect()
}

fn escape_class(s: &str) -> String {
    s.chars().map(|c| if "\\]^-[/".contains(c) { format!("\\{c}") } else { c.to_string() }).collect()
}

fn class(set: &Charset) -> String {
    let mut c = String::new();
    if set.letters {
        c.push_str(if set.unicode { "\\p{L}" } else { "A-Za-z" });
    }
    if set.digits {
        c.push_str(if set.unicode { "\\p{N}" } else { "0-9" });
    }
    if set.space {
        c.push(' ');
    }
    c.push_str(&escape_class(set.extra));
    c
}

/// At least `k` of the four classes, as anyOf over the k-subsets of lookahead patterns.
fn password_classes(k: usize, specials: &str) -> Value {
    let classes = ["[A-Z]".to_string(), "[a-z]".to_string(), "[0-9]".to_string(), format!("[{}]", escape_class(specials))];
    let mut alts = Vec::new();
    for mask in 0u32..16 {
        if mask.count_ones() as usize != k {
            continue;
        }
        let look: String = (0..4).filter(|i| mask & (1 << i) != 0).map(|i| format!("(?=.*{})", classes[i])).collect();
        alts.push(json!({"pattern": format!("^{look}")}));
    }
    json!({"anyOf": alts})
}
