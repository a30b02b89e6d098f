//! Values a form starts from: a blank starter, a full valid example, and what picking a mode
//! does to the values. Only the form calls these; import and check never fill anything in.

use crate::catalog::{Api, Check, Wire};
use crate::mode::Mode;
use crate::path::Path;
use crate::resolve::{resolve, Node, Source, Widget};
use crate::text::parse_int;
use crate::values::Values;

/// A blank form for the mode: its fixed values and presets, and an empty row in each
/// mandatory array.
pub fn starter(api: &'static Api, mode: &Mode) -> Values {
    let mut v = Values::new();
    enter(api, None, mode, &mut v);
    v
}

/// Picking `mode` (coming from `from`): the values the old mode fixed go, the new mode's
/// fixed values and presets come in, and mandatory arrays get a row to type in. Everything
/// typed stays, so switching back restores it.
pub fn enter(api: &'static Api, from: Option<&Mode>, mode: &Mode, values: &mut Values) {
    if let Some(old) = from {
        let mut path = Path::root();
        clear_fixed(&resolve(api, old).roots, values, &mut path);
    }
    let mut path = Path::root();
    apply(&resolve(api, mode).roots, values, &mut path, true);
}

/// A row just added to the array at `array`: its only-option and preset fields start filled,
/// as a mandatory row's do.
pub fn row(api: &'static Api, mode: &Mode, array: &Path, index: usize, values: &mut Values) {
    let Some(node) = resolve(api, mode).find(&array.names()) else { return };
    if node.widget == Widget::Rows {
        let mut path = array.index(index);
        apply(&node.children, values, &mut path, true);
    }
}

/// Removes what the mode fixed (pinned values and nulls), in every row.
fn clear_fixed(nodes: &[Node], values: &mut Values, path: &mut Path) {
    for node in nodes {
        path.push_key(node.name());
        match node.widget {
            Widget::Object => clear_fixed(&node.children, values, path),
            Widget::Rows => {
                for i in 0..values.len(path.segs()) {
                    path.push_index(i);
                    clear_fixed(&node.children, values, path);
                    path.pop();
                }
            }
            _ if node.source != Source::Typed => values.clear(path.segs()),
            _ => {}
        }
        path.pop();
    }
}

/// `sent`: the enclosing object is sent whatever the user does. Inside an optional object
/// nothing is filled in, or the object would be sent without the user asking for it.
fn apply(nodes: &[Node], values: &mut Values, path: &mut Path, sent: bool) {
    for node in nodes {
        path.push_key(node.name());
        match node.widget {
            Widget::Object => apply(&node.children, values, path, sent && node.is_required()),
            Widget::Rows => {
                if values.len(path.segs()) == 0 && sent && node.is_required() {
                    values.push(path.segs());
                }
                for i in 0..values.len(path.segs()) {
                    path.push_index(i);
                    apply(&node.children, values, path, true);
                    path.pop();
                }
            }
            Widget::List => {
                if values.len(path.segs()) == 0 && sent && node.is_required() {
                    values.push(path.segs());
                }
            }
            _ if !sent => {}
            _ => match node.source {
                Source::Fixed(v) => values.set(path.segs(), v),
                Source::Null => values.set_null(path.segs()),
                Source::Typed => {
                    if let Some(preset) = node.preset.filter(|_| node.is_required()) {
                        let current = values.text(path.segs());
                        if current.is_empty() || !node.options.is_empty() && !node.allows(current) {
                            values.set(path.segs(), preset);
                        }
                    }
                }
            },
        }
        path.pop();
    }
}

/// A complete, valid body's values for the mode: every field with an example, optional ones
/// included. "Fill with example" in the form; the base of many tests.
pub fn example(api: &'static Api, mode: &Mode) -> Values {
    let mut v = Values::new();
    let mut path = Path::root();
    example_nodes(&resolve(api, mode).roots, &mut v, &mut path);
    v
}

fn example_nodes(nodes: &[Node], values: &mut Values, path: &mut Path) {
    for node in nodes {
        path.push_key(node.name());
        match node.widget {
            Widget::Object => example_nodes(&node.children, values, path),
            Widget::Rows => {
                path.push_index(0);
                example_nodes(&node.children, values, path);
                path.pop();
            }
            Widget::List => values.set(path.index(0).segs(), example_value(node)),
            _ => match node.source {
                Source::Fixed(v) => values.set(path.segs(), v),
                Source::Null => values.set_null(path.segs()),
                Source::Typed => values.set(path.segs(), example_value(node)),
            },
        }
        path.pop();
    }
}

/// The field's example, or the nearest value its options and ranges allow in the mode.
fn example_value(node: &Node) -> String {
    if !node.options.is_empty() {
        let pick = node.options.iter().find(|o| **o == node.example).or(node.preset.as_ref()).unwrap_or(&node.options[0]);
        return pick.to_string();
    }
    let mut value = if node.example.is_empty() { node.preset.unwrap_or("").to_string() } else { node.example.to_string() };
    for r in &node.rules {
        let n = parse_int(&value);
        match r.check {
            Check::Range { min, max } if n.is_some_and(|n| n < min || n > max) => value = min.to_string(),
            Check::Ranges(ranges) if n.is_some_and(|n| !ranges.iter().any(|(a, b)| n >= *a && n <= *b)) => value = ranges[0].0.to_string(),
            _ => {}
        }
    }
    if value.is_empty() && node.wire() == Wire::Bool {
        value = "false".into();
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
                for optional in ["\"charge_info\": {\n    \"charge_mode\": \"postPaid\"", "backup_strategy", "unchangeable_param", "tags", "\"bss_param\": {\n    \"charging_mode\": \"postPaid\"", "\"extend_param\": {\n    \"charge_mode\": \"postPaid\""] {
                    assert!(!body.contains(optional), "{} {}: {body}", api.id, mode.id());
                }
            }
        }
    }

    #[test]
    fn picking_a_mode_swaps_fixed_values_and_keeps_typed_ones() {
        let g = crate::api("geminidb").unwrap();
        let prepaid = Mode::parse(g, "cassandra/cluster/prepaid/none").unwrap();
        let mut v = starter(g, &prepaid);
        let name = Path::root().key("name");
        v.set(name.segs(), "kept");
        let charge = Path::parse("charge_info.charge_mode").unwrap();
        assert_eq!(v.text(charge.segs()), "prePaid");
        let postpaid = prepaid.with(g, "billing", "postpaid");
        enter(g, Some(&prepaid), &postpaid, &mut v);
        assert_eq!(v.text(charge.segs()), "", "prePaid belonged to the yearly/monthly choice");
        let dynamo = postpaid.with(g, "engine", "dynamodb");
        enter(g, Some(&postpaid), &dynamo, &mut v);
        let version = Path::parse("datastore.version").unwrap();
        assert!(v.is_null(version.segs()));
        assert_eq!(v.text(Path::root().key("mode").segs()), "Cluster");
        enter(g, Some(&dynamo), &postpaid, &mut v);
        assert_eq!((v.text(version.segs()), v.text(name.segs())), ("3.11", "kept"));
    }
}
