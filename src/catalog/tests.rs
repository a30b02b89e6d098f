//! The catalog checks itself: every reference resolves, every id is unique, and every mode's
//! example values are valid.

use super::*;
use crate::mode::Mode;
use std::collections::HashSet;

fn conds(api: &Api) -> Vec<(String, Cond)> {
    let mut out = Vec::new();
    for axis in api.axes {
        for c in axis.choices {
            out.push((format!("{} choice {}", axis.id, c.id), *c.when));
        }
    }
    for (path, f) in api.walk() {
        out.push((format!("{path}.when"), *f.when));
        out.push((format!("{path}.mandatory"), *f.mandatory));
        out.push((format!("{path}.null_when"), *f.more.null_when));
        for o in f.options {
            out.push((format!("{path}.options"), *o.when));
        }
        for r in f.rules {
            out.push((r.id.to_string(), *r.when));
        }
    }
    out
}

fn check_cond(api: &Api, at: &str, c: &Cond) {
    match c {
        Cond::Is(axis, ids) => {
            let (_, a) = api.axis(axis).unwrap_or_else(|| panic!("{} {at}: no axis {axis}", api.id));
            for id in *ids {
                assert!(a.choices.iter().any(|c| c.id == *id), "{} {at}: axis {axis} has no choice {id}", api.id);
            }
        }
        Cond::Not(c) => check_cond(api, at, c),
        Cond::All(cs) | Cond::Any(cs) => cs.iter().for_each(|c| check_cond(api, at, c)),
        Cond::Always | Cond::Never => {}
    }
}

#[test]
fn every_condition_names_real_axes_and_choices() {
    for api in APIS {
        for (at, c) in conds(api) {
            check_cond(api, &at, &c);
        }
    }
}

#[test]
fn rule_ids_are_unique_and_prefixed_with_the_api() {
    let mut seen = HashSet::new();
    for api in APIS {
        for (_, f) in api.walk() {
            for r in f.rules {
                assert!(seen.insert(r.id), "duplicate rule id {}", r.id);
                assert!(r.id.starts_with(&format!("{}.", api.id)), "{} is in {}", r.id, api.id);
                assert!(!r.quote.is_empty(), "{} has no sentence", r.id);
            }
        }
    }
}

#[test]
fn pins_name_axes_and_sibling_rules_name_siblings() {
    for api in APIS {
        fn fields(api: &Api, list: &'static [Field]) {
            for f in list {
                if let Some(axis) = f.more.pin {
                    assert!(api.axis(axis).is_some(), "{}: {} pins unknown axis {axis}", api.id, f.name);
                }
                for r in f.rules {
                    let sibling = match r.check {
                        Check::DiffersFrom(s) | Check::Paired(s) | Check::HoursAfter(s, _) => Some(s),
                        Check::Period { type_field, .. } => Some(type_field),
                        Check::PerNode { nodes, .. } => Some(nodes),
                        _ => None,
                    };
                    if let Some(s) = sibling {
                        assert!(list.iter().any(|x| x.name == s), "{}: {} names unknown sibling {s}", r.id, f.name);
                    }
                }
                fields(api, f.children);
            }
        }
        fields(api, api.fields);
    }
}

#[test]
fn every_mode_id_parses_back_and_has_a_title() {
    for api in APIS {
        let modes = Mode::all(api);
        assert!(!modes.is_empty(), "{}", api.id);
        let ids: HashSet<String> = modes.iter().map(Mode::id).collect();
        assert_eq!(ids.len(), modes.len(), "{}: duplicate mode ids", api.id);
        for m in &modes {
            assert_eq!(Mode::parse(api, &m.id()).unwrap(), *m);
            assert!(!m.title().is_empty());
        }
    }
}

#[test]
fn mode_counts_are_what_the_documents_define() {
    let count = |id| Mode::all(api(id).unwrap()).len();
    // GeminiDB: cassandra 2 types x 2 billing x 3 restore, mongo 1x2x2, influx 3x2x3 + 1x2x2,
    // redis 4x2x2, dynamodb and hbase 1x2x2 each.
    assert_eq!(count("geminidb"), 12 + 4 + 18 + 4 + 16 + 4 + 4);
    assert_eq!(count("geminidb-cassandra"), 1);
    assert_eq!(count("ddm"), 2);
    assert_eq!(count("rds"), 9);
    assert_eq!(count("rabbitmq"), 8);
}

#[test]
fn mandatory_fields_have_an_example_or_options() {
    for api in APIS {
        for (path, f) in api.walk() {
            let needs = f.mandatory_somewhere() && f.more.pin.is_none() && !f.is_container();
            if needs && f.example.is_empty() && f.options.is_empty() {
                let null_only = matches!(*f.more.null_when, Cond::Never);
                assert!(!null_only, "{}: mandatory {path} has no example", api.id);
            }
        }
    }
}

#[test]
fn every_modes_example_is_valid() {
    for api in APIS {
        for mode in Mode::all(api) {
            let values = crate::fill::example(api, &mode);
            let issues = crate::rules::validate(api, &mode, &values);
            assert!(issues.is_empty(), "{} {}: {:#?}", api.id, mode.id(), issues);
        }
    }
}

#[test]
fn examples_name_valid_modes() {
    for api in APIS {
        for ex in examples(api) {
            Mode::parse(api, ex.mode).unwrap_or_else(|e| panic!("{}: {e}", api.id));
            serde_json::from_str::<serde_json::Value>(ex.json).unwrap();
        }
    }
}

/// Help a person reads under a field says more than its label, names no file of this
/// project, and states a default once.
#[test]
fn help_texts_say_something_the_label_does_not() {
    const FILLER: &[&str] = &["the", "a", "an", "of", "for", "to", "and", "or", "is", "in", "this", "information", "id", "details", "parameter", "value"];
    let words = |s: &str| -> Vec<String> { s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).filter(|w| !FILLER.contains(&w.as_str())).collect() };
    let mut bad = Vec::new();
    for api in APIS {
        for (path, f) in api.walk() {
            if f.help.contains("docs/") || f.help.contains(".md") || f.help.contains("decisions") {
                bad.push(format!("{} {path}: names a project file: {}", api.id, f.help));
            }
            let label = words(f.label);
            let singular = |w: &String| w.strip_suffix('s').map_or(w.clone(), str::to_string);
            if words(f.help).iter().all(|w| label.iter().any(|l| singular(l) == singular(w))) {
                bad.push(format!("{} {path}: help only repeats the label \"{}\": {}", api.id, f.label, f.help));
            }
            if f.help.to_lowercase().matches("default").count() > 1 {
                bad.push(format!("{} {path}: states the default more than once: {}", api.id, f.help));
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}
