//! Values a form starts from: a blank starter, a full valid example, and the adjustment a
//! mode switch needs.

use crate::catalog::{Api, Check, Field, Wire};
use crate::mode::Mode;
use crate::rules::{is_input, is_required, parse_int};
use crate::values::Values;

/// A blank form: one empty row in each mandatory array, and the mandatory enums that have a
/// single allowed value already chosen.
pub fn starter(api: &Api, mode: &Mode) -> Values {
    let mut v = Values::new();
    adapt(api, mode, &mut v);
    v
}

/// After a mode switch: a mandatory enum with exactly one allowed value takes it when its
/// value is empty or not allowed any more, and mandatory arrays get a row to type in. Every
/// other value stays, so switching back restores it.
pub fn adapt(api: &Api, mode: &Mode, values: &mut Values) {
    adapt_fields(api, mode, api.fields, values, "", true);
}

/// `required`: the enclosing object is sent whatever the user does. Inside an optional object
/// nothing is filled in, or the object would be sent without the user asking for it.
fn adapt_fields(api: &Api, mode: &Mode, fields: &'static [Field], values: &mut Values, key: &str, required: bool) {
    for f in fields.iter().filter(|f| is_input(api, mode, f)) {
        let k = format!("{key}{}", f.name);
        let required = required && is_required(api, mode, f);
        match f.wire {
            Wire::Object => adapt_fields(api, mode, f.children, values, &format!("{k}."), required),
            Wire::Objects => {
                if values.rows(&k).is_empty() && required {
                    values.push(&k, true);
                }
                let mut rows = values.rows(&k).to_vec();
                for row in &mut rows {
                    adapt_fields(api, mode, f.children, row, "", true);
                }
                values.set_rows(&k, rows);
            }
            Wire::Strings => {
                if values.list(&k).is_empty() && required {
                    values.push(&k, false);
                }
            }
            _ => {
                let options = f.options_in(api, mode);
                if options.len() == 1 && required && !options.iter().any(|o| o.eq_ignore_ascii_case(values.text(&k))) {
                    values.set_text(&k, options[0]);
                }
            }
        }
    }
}

/// A complete, valid body's values for the mode: every field with an example, optional ones
/// included. "Fill with example" in the form; the base of many tests.
pub fn example(api: &Api, mode: &Mode) -> Values {
    let mut v = Values::new();
    example_fields(api, mode, api.fields, &mut v, "");
    v
}

fn example_fields(api: &Api, mode: &Mode, fields: &'static [Field], values: &mut Values, key: &str) {
    for f in fields.iter().filter(|f| is_input(api, mode, f)) {
        let k = format!("{key}{}", f.name);
        match f.wire {
            Wire::Object => example_fields(api, mode, f.children, values, &format!("{k}.")),
            Wire::Objects => {
                let mut row = Values::new();
                example_fields(api, mode, f.children, &mut row, "");
                values.set_rows(&k, vec![row]);
            }
            Wire::Strings => values.set_list(&k, vec![example_value(api, mode, f)]),
            _ => {
                let value = example_value(api, mode, f);
                values.set_text(&k, value);
            }
        }
    }
}

/// The field's example, or the nearest value its options and ranges allow in the mode.
fn example_value(api: &Api, mode: &Mode, f: &Field) -> String {
    let options = f.options_in(api, mode);
    if !options.is_empty() {
        let pick = options.iter().find(|o| **o == f.example).unwrap_or(&options[0]);
        return pick.to_string();
    }
    let mut value = f.example.to_string();
    for r in f.rules.iter().filter(|r| mode.satisfies(api, &r.when)) {
        let n = parse_int(&value);
        match r.check {
            Check::Range { min, max } if n.is_some_and(|n| n < min || n > max) => value = min.to_string(),
            Check::Ranges(ranges) if n.is_some_and(|n| !ranges.iter().any(|(a, b)| n >= *a && n <= *b)) => value = ranges[0].0.to_string(),
            _ => {}
        }
    }
    value
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_blank_form_sends_no_optional_object() {
        for api in crate::APIS {
            for mode in Mode::all(api) {
                let body = crate::body::pretty(api, &mode, &starter(api, &mode));
                for optional in ["\"charge_info\": {\n    \"charge_mode\": \"postPaid\"", "backup_strategy", "unchangeable_param", "tags"] {
                    assert!(!body.contains(optional), "{} {}: {body}", api.id, mode.id());
                }
            }
        }
    }
}
