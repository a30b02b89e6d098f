//! The body: (api, mode, values) -> the exact JSON, in table order, with the table's wire
//! types. It writes what the values hold, for the nodes the mode's tree has, and nothing
//! else: empty optional fields are left out, and nothing is filled in. (The form puts the
//! mode's fixed values into the values when a mode is picked; a pasted body keeps its own.)
//!
//! It writes straight into one string (no intermediate tree): this runs on every keystroke.
//! An object or array that turns out empty is cut back out, key and all.

use crate::catalog::{Api, Wire};
use crate::mode::Mode;
use crate::path::Path;
use crate::resolve::{resolve, Node, Source, Widget};
use crate::text::{is_json_number, quote};
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
pub fn render(api: &'static Api, mode: &Mode, values: &Values, style: Style, mask: bool) -> String {
    let tree = resolve(api, mode);
    let mut w = Writer { values, style, mask, out: String::with_capacity(1536), path: Path::root() };
    w.out.push('{');
    if w.nodes(&tree.roots, 1) {
        w.newline(0);
    }
    w.out.push('}');
    w.out
}

/// The exact body, pretty-printed.
pub fn pretty(api: &'static Api, mode: &Mode, values: &Values) -> String {
    render(api, mode, values, Style::Pretty, false)
}

struct Writer<'a> {
    values: &'a Values,
    style: Style,
    mask: bool,
    out: String,
    /// The current path, reused.
    path: Path,
}

impl Writer<'_> {
    fn newline(&mut self, depth: usize) {
        // A line break and the indentation, written as one slice.
        const INDENT: &str = "\n                                ";
        if self.style == Style::Pretty {
            let n = 1 + 2 * depth;
            if n <= INDENT.len() {
                self.out.push_str(&INDENT[..n]);
            } else {
                self.out.push('\n');
                (0..depth).for_each(|_| self.out.push_str("  "));
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
    fn nodes(&mut self, nodes: &[Node], depth: usize) -> bool {
        let mut wrote = false;
        for node in nodes {
            self.path.push_key(node.name());
            let start = self.member(!wrote, depth, node.name());
            let written = match node.widget {
                Widget::Object => self.object(&node.children, depth),
                Widget::Rows => self.rows(node, depth),
                Widget::List => self.list(depth),
                _ => self.scalar(node),
            };
            if written {
                wrote = true;
            } else {
                self.out.truncate(start);
            }
            self.path.pop();
        }
        wrote
    }

    fn object(&mut self, children: &[Node], depth: usize) -> bool {
        self.out.push('{');
        if !self.nodes(children, depth + 1) {
            return false;
        }
        self.newline(depth);
        self.out.push('}');
        true
    }

    /// The rows that have something in them; empty rows are not sent.
    fn rows(&mut self, node: &Node, depth: usize) -> bool {
        let n = self.values.len(self.path.segs());
        self.out.push('[');
        let mut first = true;
        for i in 0..n {
            self.path.push_index(i);
            if self.values.any_under(self.path.segs()) {
                let start = self.out.len();
                if !first {
                    self.out.push(',');
                }
                self.newline(depth + 1);
                if self.object(&node.children, depth + 1) {
                    first = false;
                } else {
                    // Only values for fields this mode does not have.
                    self.out.truncate(start);
                }
            }
            self.path.pop();
        }
        self.close_array(first, depth)
    }

    fn list(&mut self, depth: usize) -> bool {
        let n = self.values.len(self.path.segs());
        self.out.push('[');
        let mut first = true;
        for i in 0..n {
            self.path.push_index(i);
            let values = self.values;
            let item = values.text(self.path.segs());
            if !item.is_empty() {
                if !first {
                    self.out.push(',');
                }
                first = false;
                self.newline(depth + 1);
                quote(item, &mut self.out);
            }
            self.path.pop();
        }
        self.close_array(first, depth)
    }

    fn close_array(&mut self, empty: bool, depth: usize) -> bool {
        if empty {
            return false;
        }
        self.newline(depth);
        self.out.push(']');
        true
    }

    /// Text as the table's type. Text that is not of the type stays a string, so nothing
    /// typed vanishes from the preview and no number is sent that was not checked; the
    /// report says what is wrong with it.
    fn scalar(&mut self, node: &Node) -> bool {
        let values = self.values;
        let (text, null, _) = values.at(self.path.segs());
        if null {
            // Only where the table fixes null; elsewhere a pasted null is reported and left out.
            if node.source != Source::Null {
                return false;
            }
            self.out.push_str("null");
            return true;
        }
        if text.is_empty() {
            return false;
        }
        match (node.wire(), text) {
            // A number stays a number, whole or not (the rules say if it must be whole).
            (Wire::Int | Wire::Long, _) if is_json_number(text) => self.out.push_str(text),
            (Wire::Bool, "true" | "false") => self.out.push_str(text),
            _ if node.field.secret && self.mask => quote(MASK, &mut self.out),
            _ => quote(text, &mut self.out),
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pretty_matches_serde_json_pretty_and_masks_secrets() {
        let rds = crate::api("rds").unwrap();
        let mode = Mode::parse(rds, "mysql/single").unwrap();
        let values = crate::fill::example(rds, &mode);
        let text = pretty(rds, &mode, &values);
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        // serde_json (preserve_order) prints the same layout.
        assert_eq!(serde_json::to_string_pretty(&v).unwrap(), text);
        assert_eq!(serde_json::to_string(&v).unwrap(), render(rds, &mode, &values, Style::Compact, false));
        let masked = render(rds, &mode, &values, Style::Compact, true);
        let password = values.text(Path::root().key("password").segs());
        assert!(masked.contains(&format!("\"password\":\"{MASK}\"")) && !masked.contains(password));
    }

    #[test]
    fn the_number_sent_is_the_number_typed() {
        let g = crate::api("geminidb").unwrap();
        let mode = Mode::parse(g, "cassandra/cluster/prepaid/pitr").unwrap();
        let mut values = crate::fill::example(g, &mode);
        let at = Path::parse("restore_info.restore_time").unwrap();
        values.set(at.segs(), "0160773120000");
        let v: serde_json::Value = serde_json::from_str(&pretty(g, &mode, &values)).unwrap();
        assert_eq!(v["restore_info"]["restore_time"], "0160773120000", "kept as typed, never 160773120000");
        values.set(at.segs(), "1607731200000");
        let v: serde_json::Value = serde_json::from_str(&pretty(g, &mode, &values)).unwrap();
        assert_eq!(v["restore_info"]["restore_time"], 1607731200000i64);
    }
}
