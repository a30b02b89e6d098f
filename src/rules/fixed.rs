//! Values the mode or the table fixes: a pinned choice (`datastore.type` is "redis" for
//! Redis) and a fixed null (DynamoDB-Compatible `datastore.version`). A body is checked
//! against them, never filled in from them.

use crate::catalog::{Choice, Cond, Wire};
use crate::report::{fail, Param};
use crate::resolve::{self, Node, Tree};
use crate::text::{clip, list};
use validator::ValidationError;

/// A value pinned by the mode's choice on an axis.
pub fn fixed(tree: &'static Tree, node: &Node, want: &str, text: &str, null: bool, mandatory: bool) -> Option<ValidationError> {
    let label = node.label();
    // The choices the document offers on this axis, given the choices on earlier axes.
    let choices: Vec<&'static Choice> = match node.field.more.pin.and_then(|a| tree.api.axis(a)) {
        Some((_, axis)) => tree.mode.before(tree.api, axis.id).available(tree.api, axis).collect(),
        None => Vec::new(),
    };
    let mut values: Vec<&'static str> = choices.iter().filter_map(|c| c.value).collect();
    values.dedup();
    if null {
        return Some(fail("not_null", format!("{label} must be \"{want}\", not null.")).param("expected", want));
    }
    if text.is_empty() {
        if !mandatory {
            return None;
        }
        let also = if values.len() > 1 { format!(" The document's values are {}.", list(&values)) } else { String::new() };
        return Some(fail("required", format!("{label} is required: send \"{want}\" for {}.{also}", chosen(tree, node))).param("expected", want).param("allowed", values));
    }
    if text == want {
        return None;
    }
    if let Some(other) = choices.iter().find(|c| c.value == Some(text)) {
        // Named by its key, not its label: the label may be the axis's own title.
        let axis = node.field.more.pin.and_then(|a| tree.api.axis(a)).map(|(_, a)| a.title).unwrap_or("");
        let (key, got, sends) = (node.name(), json(node, text), json(node, want));
        let message = format!(
            "{key} is {got}, which goes with \u{201c}{}\u{201d} ({axis}), but \u{201c}{}\u{201d} is chosen, which sends {sends}. Choose \u{201c}{}\u{201d} or change the value.",
            other.title,
            chosen(tree, node),
            other.title
        );
        return Some(fail("mode_conflict", message).param("expected", want).param("value", text));
    }
    if let Some(exact) = values.iter().find(|v| v.eq_ignore_ascii_case(text)) {
        return Some(case(label, exact, text));
    }
    // Not this axis's value now: the choices it goes with, if any mode has it.
    Some(not_listed(tree, node, &values, text))
}

/// A value shown as JSON would write it: strings quoted, numbers and booleans not.
pub fn json(node: &Node, v: &str) -> String {
    match node.wire() {
        Wire::Bool if v == "true" || v == "false" => v.to_string(),
        Wire::Int | Wire::Long if crate::text::is_json_number(v) => v.to_string(),
        _ => format!("\"{}\"", clip(v)),
    }
}

/// A value outside the listed ones: the list in force and for what, the choice the value
/// goes with if another mode lists it, and otherwise every value the document has.
pub fn not_listed(tree: &'static Tree, node: &Node, options: &[&'static str], v: &str) -> ValidationError {
    let label = node.label();
    let here = if matches!(node.options_when, Cond::Always) { String::new() } else { format!(" for {}", describe(tree, node.options_when)) };
    let mut message = format!("{label} must be {}{here}; it is {}.", list(options), json(node, v));
    let names = tree_names(tree, node);
    let (modes, all) = resolve::accepting(tree.api, &names, v);
    if !modes.is_empty() {
        let b = resolve::describe(tree.api, &tree.mode, &modes);
        if !b.needs.is_empty() {
            message.push_str(&format!(" {} goes with {}.", json(node, v), b.needs));
        }
    } else if all.len() > options.len() {
        message.push_str(&format!(" The document's values are {}.", list(&all)));
    }
    fail("not_allowed", message).param("allowed", options).param("value", v)
}

/// The member names of a node's place in the tree (found by identity).
fn tree_names(tree: &'static Tree, node: &Node) -> Vec<&'static str> {
    fn go(nodes: &'static [Node], target: &Node, at: &mut Vec<&'static str>) -> bool {
        for n in nodes {
            at.push(n.name());
            if std::ptr::eq(n, target) || go(&n.children, target, at) {
                return true;
            }
            at.pop();
        }
        false
    }
    let mut at = Vec::new();
    go(&tree.roots, node, &mut at);
    at
}

/// A field the table fixes to null.
pub fn null(tree: &Tree, node: &Node, text: &str, null: bool, mandatory: bool) -> Option<ValidationError> {
    let label = node.label();
    let what = describe(tree, node.field.more.null_when);
    if null {
        return None;
    }
    if !text.is_empty() {
        return Some(fail("must_be_null", format!("{label} must be null for {what}, as the document says; it is \"{}\". Send null.", clip(text))).param("value", text));
    }
    if !mandatory {
        return None;
    }
    Some(fail("required", format!("{label} is required: send null for {what}, as the document says.")))
}

/// A value that differs from the document's only in case, where the document does not say
/// it is case-insensitive.
pub fn case(label: &str, exact: &str, text: &str) -> ValidationError {
    fail("case", format!("{label} must be \"{exact}\", written exactly so: the document does not say it is case-insensitive. It is \"{}\".", clip(text))).param("expected", exact).param("value", text)
}

/// The choice that fixes this node, by title ("GeminiDB Redis", "Yearly/monthly").
fn chosen(tree: &Tree, node: &Node) -> &'static str {
    node.field.more.pin.and_then(|a| tree.mode.choice(tree.api, a)).map(|c| c.title).unwrap_or("this request")
}

/// The current choices on the axes a condition reads: "“Microsoft SQL Server · Primary/standby”".
pub fn describe(tree: &Tree, cond: &Cond) -> String {
    let mut axes = Vec::new();
    axes_of(cond, &mut axes);
    let titles: Vec<&str> = tree.api.axes.iter().filter(|a| axes.contains(&a.id)).filter_map(|a| tree.mode.choice(tree.api, a.id)).map(|c| c.title).collect();
    let joined = if titles.is_empty() { tree.mode.title() } else { titles.join(" · ") };
    // Quoted: some titles hold commas ("Cluster, classic storage").
    format!("\u{201c}{joined}\u{201d}")
}

fn axes_of(cond: &Cond, out: &mut Vec<&'static str>) {
    match cond {
        Cond::Is(axis, _) => out.push(axis),
        Cond::Not(c) => axes_of(c, out),
        Cond::All(cs) | Cond::Any(cs) => cs.iter().for_each(|c| axes_of(c, out)),
        Cond::Always | Cond::Never => {}
    }
}
