//! The rules: a pure function (api, mode, values) -> issues.
//!
//! It walks the mode's resolved tree in table order. A node's table-level facts (mandatory,
//! fixed value, null, wire type, enumerated values) are checked first, then each catalog
//! rule in force. A required error points at the missing field itself, never at its parent
//! object. Nothing is inferred: a missing mandatory field is reported whatever mode the body
//! was checked against.

mod backup_window;
mod fixed;
mod number;
mod password;
mod siblings;
mod text;

use crate::catalog::{Api, Check, DocText, Wire};
use crate::mode::Mode;
use crate::path::Path;
use crate::report::{fail, Issue, Param};
use crate::resolve::{resolve, Node, Source, Tree, Widget};
use crate::text::{clip, is_json_int, list, parse_int};
use crate::values::Values;
use validator::ValidationError;

pub fn validate(api: &'static Api, mode: &Mode, values: &Values) -> Vec<Issue> {
    let tree = resolve(api, mode);
    let mut walker = Walker { tree, values, path: Path::root(), out: Vec::new() };
    walker.nodes(&tree.roots, true);
    walker.out
}

struct Walker<'a> {
    tree: &'static Tree,
    values: &'a Values,
    /// The current path; reused, this runs on every keystroke.
    path: Path,
    out: Vec<Issue>,
}

impl<'a> Walker<'a> {
    fn issue(&mut self, error: ValidationError, rule: &'static str) {
        self.out.push(Issue::new(self.path.clone(), error, rule));
    }

    /// `sent`: the object holding these nodes is in the body (it is mandatory, or has
    /// something in it). Inside an optional object left empty nothing is required.
    fn nodes(&mut self, nodes: &'static [Node], sent: bool) {
        for node in nodes {
            self.path.push_key(node.name());
            let mandatory = sent && node.is_required();
            // One lookup per node, this runs on every keystroke.
            let (text, null, was_sent) = self.values.at(self.path.segs());
            if null && node.source != Source::Null {
                // A pasted null where the table has a type: neither the type nor "left out".
                self.issue(null_fail(node, mandatory), "table.type");
                self.path.pop();
                continue;
            }
            match node.widget {
                Widget::Object => {
                    let present = self.values.any_under(self.path.segs());
                    self.nodes(&node.children, mandatory || present);
                }
                Widget::Rows => self.rows(node, mandatory),
                Widget::List => self.list(node, mandatory),
                _ => self.scalar(node, nodes, sent, mandatory, text, null, was_sent),
            }
            self.path.pop();
        }
    }

    fn rows(&mut self, node: &'static Node, mandatory: bool) {
        let n = self.values.len(self.path.segs());
        let mut filled = 0;
        for i in 0..n {
            self.path.push_index(i);
            let present = self.values.any_under(self.path.segs());
            filled += usize::from(present);
            if mandatory || present {
                self.nodes(&node.children, true);
            }
            self.path.pop();
        }
        // Rows that are there but empty were just reported field by field.
        if !(mandatory && n > 0 && filled == 0) {
            self.count(node, filled, mandatory);
        }
    }

    /// A list of strings: an entry sent empty is reported where it is; the count rules see
    /// the entries filled in.
    fn list(&mut self, node: &'static Node, mandatory: bool) {
        let n = self.values.len(self.path.segs());
        let mut filled = 0;
        let mut empty = false;
        for i in 0..n {
            self.path.push_index(i);
            let (text, null, sent) = self.values.at(self.path.segs());
            if !text.is_empty() {
                filled += 1;
            } else if sent {
                empty = true;
                let what = if null { "null" } else { "empty" };
                self.issue(fail("empty_entry", format!("{} {} is {what}; fill it in or remove it.", node.label(), i + 1)), "table.type");
            }
            self.path.pop();
        }
        if !empty {
            self.count(node, filled, mandatory);
        }
    }

    /// Count rules on an array; a mandatory array with nothing in it is reported by its count
    /// rule when it has one (with the document's sentence), else as plainly required.
    fn count(&mut self, node: &Node, filled: usize, mandatory: bool) {
        let mut counted = false;
        for r in &node.rules {
            if let Check::Count { min, max } = r.check {
                counted = true;
                if (filled == 0 && !mandatory) || (filled >= min && filled <= max) {
                    continue;
                }
                let message = if filled < min {
                    format!("{} needs at least {min} entr{}; add {}.", node.label(), if min == 1 { "y" } else { "ies" }, min - filled)
                } else {
                    format!("{} can have at most {max} entries; remove {}.", node.label(), filled - max)
                };
                self.issue(fail("count", message).param("min", min).param("count", filled), r.id.text());
            }
        }
        if filled == 0 && mandatory && !counted {
            let hint = if node.widget == Widget::Rows { "Add a row." } else { "Add at least one entry." };
            let error = required(self.tree, node, hint);
            self.issue(error, node.required.unwrap_or("table.mandatory"));
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn scalar(&mut self, node: &'static Node, siblings: &'static [Node], sent: bool, mandatory: bool, text: &'a str, null: bool, was_sent: bool) {
        let tree = self.tree;
        let found = match node.source {
            Source::Fixed(want) => fixed::fixed(tree, node, want, text, null, mandatory).map(|e| (e, "table.fixed")),
            Source::Null => fixed::null(tree, node, text, null, mandatory).map(|e| (e, "table.null")),
            // Empty and not sent; or sent as "" where it is required (then "required" says it).
            Source::Typed if text.is_empty() && (mandatory || !was_sent) => {
                self.empty(node, siblings, sent, mandatory);
                None
            }
            Source::Typed => {
                let found = table(tree, node, text);
                // `007` and `-0` are whole numbers written another way: the field's rules are
                // checked on what they mean too, so the fix the first message names holds.
                if found.as_ref().is_none_or(|(e, _)| e.code == "leading_zero") {
                    if let Some((error, rule)) = found {
                        self.issue(error, rule);
                    }
                    self.checks(node, siblings, text);
                    None
                } else {
                    found
                }
            }
        };
        if let Some((error, rule)) = found {
            let rule = if error.code == "required" { node.required.unwrap_or(rule) } else { rule };
            self.issue(error, rule);
        }
    }

    /// An empty typed field: required, or paired with a sibling that is set.
    fn empty(&mut self, node: &'static Node, siblings: &'static [Node], sent: bool, mandatory: bool) {
        if mandatory {
            let hint = if node.options.is_empty() { "Enter a value.".to_string() } else { format!("Choose {}.", list(node.options)) };
            let error = required(self.tree, node, &hint);
            self.issue(error, node.required.unwrap_or("table.mandatory"));
            return;
        }
        if !sent {
            return;
        }
        for r in &node.rules {
            if let Check::Paired(other) = r.check {
                if !self.sibling(other).is_empty() {
                    let error = siblings::paired(node.label(), sibling_label(siblings, other)).unwrap_err();
                    self.issue(error, r.id.text());
                }
            }
        }
    }

    /// The text of a field beside the current one.
    fn sibling(&self, name: &'static str) -> &'a str {
        let mut p = self.path.clone();
        p.pop();
        p.push_key(name);
        self.values.text(p.segs())
    }

    /// The catalog rules in force, on a value that passed the table's checks.
    fn checks(&mut self, node: &'static Node, siblings: &'static [Node], v: &str) {
        let label = node.label();
        for r in &node.rules {
            let other = |name: &'static str| (self.sibling(name), sibling_label(siblings, name));
            let result = match r.check {
                Check::Required | Check::Paired(_) | Check::Count { .. } => Ok(()),
                Check::Length { min, max } => text::length(label, v, min, max),
                Check::StartsWithLetter => text::starts_with_letter(label, v),
                Check::Charset(set) => text::charset(label, v, &set),
                Check::NoEdgeSpaces => text::no_edge_spaces(label, v),
                Check::Password { min, max, classes, specials } => password::password(label, v, min, max, classes, specials),
                Check::Range { min, max } => number::range(label, v, min, max),
                Check::Ranges(rs) => number::ranges(label, v, rs),
                // Its suggestions inside the field's range, when one is in force.
                Check::Step(s) => number::step(label, v, s, &node.rules),
                Check::Excluded(list) => number::excluded(label, v, list),
                Check::NotValue(n) => number::not_value(label, v, n, &fixed::describe(self.tree, r.when)),
                Check::NoneOf(list) if list.contains(&v) => {
                    Err(fail("not_allowed", format!("{label} cannot be {v} for {}; choose another.", fixed::describe(self.tree, r.when))).param("value", v))
                }
                Check::NoneOf(_) => Ok(()),
                Check::NotEmpty if v.is_empty() => Err(fail("empty", format!("{label} cannot be empty; enter a value or leave it out."))),
                Check::NotEmpty => Ok(()),
                Check::Digits(n) => number::digits(label, v, n),
                Check::BackupWindow { minutes } => backup_window::backup_window(label, v, minutes),
                Check::CommaList { min, max } => siblings::comma_list(label, v, min, max),
                Check::Ipv4 => siblings::ipv4(label, v),
                Check::DiffersFrom(name) => {
                    let (o, l) = other(name);
                    siblings::differs(label, v, o, l)
                }
                Check::HoursAfter(name, h) => {
                    let (o, l) = other(name);
                    siblings::hours_after(label, v, o, l, h)
                }
                Check::Period { type_field, month_max, year_max } => number::period(label, v, other(type_field).0, month_max, year_max),
                Check::PerNode { nodes, per_node, max } => number::per_node(label, v, other(nodes).0, per_node, max),
            };
            if let Err(error) = result {
                self.issue(error, r.id.text());
            }
        }
    }
}

/// The table's own checks on a typed value: its wire type, then its enumerated values.
fn table(tree: &'static Tree, node: &Node, v: &str) -> Option<(ValidationError, &'static str)> {
    let label = node.label();
    // A date where epoch milliseconds belong; read as one only in such a field (on every key).
    if let Some(ms) = (node.wire() == Wire::Long && parse_int(v).is_none()).then(|| crate::epoch::utc_ms(v)).flatten() {
        return Some((number::date_not_ms(label, v, ms).unwrap_err(), "table.type"));
    }
    let type_fail = match node.wire() {
        Wire::Int | Wire::Long if parse_int(v).is_none() => number::not_integer(label, v).err(),
        Wire::Int | Wire::Long if !is_json_int(v) => number::leading_zero(label, v).err(),
        Wire::Bool if v != "true" && v != "false" => Some(fail("not_boolean", format!("{label} must be true or false; it is \"{}\".", clip(v))).param("value", v)),
        _ => None,
    };
    if let Some(e) = type_fail {
        return Some((e, "table.type"));
    }
    if node.options.is_empty() || node.allows(v) {
        return None;
    }
    if let Some(exact) = node.options.iter().find(|o| o.eq_ignore_ascii_case(v)) {
        return Some((fixed::case(label, exact, v), "table.enum"));
    }
    Some((fixed::not_listed(tree, node, node.options, v), "table.enum"))
}

/// `mandatory`: the field must be sent here, so "left out" is no way out.
fn null_fail(node: &Node, mandatory: bool) -> ValidationError {
    let want = match node.widget {
        Widget::Object => "an object",
        Widget::Rows | Widget::List => "an array",
        _ => match node.wire() {
            Wire::Int | Wire::Long => "a number",
            Wire::Bool => "true or false",
            _ => "a string",
        },
    };
    let or = if mandatory { "" } else { ", or left out" };
    fail("null", format!("{} must be {want}{or}; it is null.", node.label()))
}

fn sibling_label(siblings: &[Node], name: &str) -> &'static str {
    siblings.iter().find(|s| s.name() == name).map(|s| s.label()).unwrap_or("the other field")
}

/// "Subscription period is required for “Yearly/monthly”." when a conditional rule requires it.
fn required(tree: &Tree, node: &Node, hint: &str) -> ValidationError {
    let when = node.required_when.map(|c| format!(" for {}", fixed::describe(tree, c))).unwrap_or_default();
    fail("required", format!("{} is required{when}. {hint}", node.label()))
}
