//! The rules: a pure function (api, mode, values) -> issues.
//!
//! It walks the mode's fields in table order. A field's table-level facts (mandatory, wire
//! type, enumerated values) are checked first, then each catalog rule that applies in the
//! mode. A required error points at the missing field itself, never at its parent object.

mod backup_window;
mod number;
mod password;
mod siblings;
mod text;

pub use backup_window::list;
pub use number::parse_int;

use crate::catalog::{Api, Check, Field, Wire};
use crate::mode::Mode;
use crate::report::{Fail, Issue};
use crate::values::Values;

pub fn validate(api: &Api, mode: &Mode, values: &Values) -> Vec<Issue> {
    let mut walker = Walker { api, mode, key: String::with_capacity(64), path: String::with_capacity(64), out: Vec::new() };
    walker.fields(api.fields, values, true);
    walker.out
}

/// Whether a field is mandatory in the mode, counting conditional rules (the form's marker).
pub fn is_required(api: &Api, mode: &Mode, field: &Field) -> bool {
    mode.satisfies(api, &field.mandatory)
        || field.rules.iter().any(|r| matches!(r.check, Check::Required) && mode.satisfies(api, &r.when))
}

/// Whether the field is shown and typed in the mode (not pinned, not sent as null).
pub fn is_input(api: &Api, mode: &Mode, field: &Field) -> bool {
    mode.satisfies(api, &field.when) && field.pin.is_none() && !mode.satisfies(api, &field.null_when)
}

struct Walker<'a> {
    api: &'a Api,
    mode: &'a Mode,
    /// The dotted key of the current object within its `Values` scope (rows start afresh).
    key: String,
    /// The path issues name: `flavor[0].num`. Both buffers are reused; this runs per keystroke.
    path: String,
    out: Vec<Issue>,
}

impl Walker<'_> {
    fn issue(&mut self, fail: Fail, rule: &'static str) {
        self.out.push(Issue { path: self.path.clone(), code: fail.code, message: fail.message, rule });
    }

    /// `required` is false inside an optional object the user left empty.
    fn fields(&mut self, fields: &'static [Field], scope: &Values, required: bool) {
        let (key_base, path_base) = (self.key.len(), self.path.len());
        for f in fields.iter().filter(|f| is_input(self.api, self.mode, f)) {
            self.key.truncate(key_base);
            self.key.push_str(f.name);
            self.path.truncate(path_base);
            self.path.push_str(f.name);
            let mandatory = required && self.mode.satisfies(self.api, &f.mandatory);
            match f.wire {
                Wire::Object => {
                    self.key.push('.');
                    self.path.push('.');
                    let present = scope.has_prefix(&self.key);
                    self.fields(f.children, scope, mandatory || present);
                }
                Wire::Objects => {
                    let rows = scope.rows(&self.key);
                    let saved = std::mem::take(&mut self.key);
                    let row_base = self.path.len();
                    for (i, row) in rows.iter().enumerate() {
                        if mandatory || !row.is_empty() {
                            self.path.truncate(row_base);
                            self.path.push_str(&format!("[{i}]."));
                            self.fields(f.children, row, true);
                        }
                    }
                    self.key = saved;
                    self.path.truncate(row_base);
                    let filled = rows.iter().filter(|r| !r.is_empty()).count();
                    // Rows that are there but empty were just reported field by field.
                    let reported = mandatory && !rows.is_empty() && filled == 0;
                    if !reported {
                        self.rules_on_count(f, filled, mandatory);
                    }
                }
                Wire::Strings => {
                    let filled = scope.list(&self.key).iter().filter(|s| !s.is_empty()).count();
                    self.rules_on_count(f, filled, mandatory);
                }
                Wire::Str | Wire::Int | Wire::Long | Wire::Bool => {
                    let prefix = &self.key[..key_base];
                    // Built only when a rule reads a sibling.
                    let sibling = |name: &str| scope.text(&format!("{prefix}{name}"));
                    let fails = self.scalar(f, fields, scope.text(&self.key), &sibling, required, mandatory);
                    for (fail, rule) in fails {
                        self.issue(fail, rule);
                    }
                }
            }
        }
        self.key.truncate(key_base);
        self.path.truncate(path_base);
    }

    /// Count rules on an array; a mandatory array with nothing in it is reported by its count
    /// rule when it has one (with the document's sentence), else as plainly required.
    fn rules_on_count(&mut self, f: &Field, filled: usize, mandatory: bool) {
        let mut counted = false;
        for r in f.rules.iter().filter(|r| self.mode.satisfies(self.api, &r.when)) {
            if let Check::Count { min, max } = r.check {
                counted = true;
                if filled == 0 && !mandatory {
                    continue;
                }
                if filled < min || filled > max {
                    let message = if filled < min {
                        format!("{} needs at least {min} entr{}; add {}.", f.label, if min == 1 { "y" } else { "ies" }, min - filled)
                    } else {
                        format!("{} can have at most {max} entries; remove {}.", f.label, filled - max)
                    };
                    self.issue(Fail { code: "count", message }, r.id);
                }
            }
        }
        if filled == 0 && mandatory && !counted {
            let hint = if f.wire == Wire::Objects { "Add a row." } else { "Add at least one entry." };
            self.issue(required_fail(f, hint), "table.mandatory");
        }
    }

    /// The failures of one scalar, with the rule that found each.
    fn scalar<'s>(&self, f: &Field, siblings: &[Field], v: &str, sibling: &dyn Fn(&str) -> &'s str, required_here: bool, mandatory: bool) -> Vec<(Fail, &'static str)> {
        let mut out = Vec::new();
        let sibling_label = |name: &str| siblings.iter().find(|s| s.name == name).map(|s| s.label).unwrap_or("the other field");
        let options = f.options_in(self.api, self.mode);
        let hint = || if options.is_empty() { "Enter a value.".to_string() } else { format!("Choose {}.", list(options)) };
        let rules = f.rules.iter().filter(|r| self.mode.satisfies(self.api, &r.when));

        if v.is_empty() {
            if mandatory {
                out.push((required_fail(f, &hint()), "table.mandatory"));
                return out;
            }
            for r in rules {
                let fail = match r.check {
                    Check::Required if required_here => Some(required_fail(f, &hint())),
                    Check::Paired(other) if !sibling(other).is_empty() => siblings::paired(f.label, sibling_label(other)),
                    _ => None,
                };
                if let Some(fail) = fail {
                    out.push((fail, r.id));
                }
            }
            return out;
        }

        let type_fail = match f.wire {
            Wire::Int | Wire::Long if parse_int(v).is_none() => number::not_integer(f.label, v),
            Wire::Bool if v != "true" && v != "false" => Fail::new("not_boolean", format!("{} must be true or false; it is \"{}\".", f.label, number::clip(v))),
            _ => None,
        };
        if let Some(fail) = type_fail {
            out.push((fail, "table.type"));
            return out;
        }
        let allowed = |o: &&str| if f.ignore_case { o.eq_ignore_ascii_case(v) } else { *o == v };
        if !options.is_empty() && !options.iter().any(allowed) {
            let message = format!("{} must be {}; it is \"{}\".", f.label, list(options), number::clip(v));
            out.push((Fail { code: "not_allowed", message }, "table.enum"));
            return out;
        }
        for r in rules {
            let fail = match r.check {
                Check::Required | Check::Paired(_) | Check::Count { .. } => None,
                Check::Length { min, max } => text::length(f.label, v, min, max),
                Check::StartsWithLetter => text::starts_with_letter(f.label, v),
                Check::Charset(set) => text::charset(f.label, v, &set),
                Check::NoEdgeSpaces => text::no_edge_spaces(f.label, v),
                Check::Password { min, max, classes, specials } => password::password(f.label, v, min, max, classes, specials),
                Check::Range { min, max } => number::range(f.label, v, min, max),
                Check::Ranges(rs) => number::ranges(f.label, v, rs),
                Check::Step(s) => number::step(f.label, v, s),
                Check::Excluded(list) => number::excluded(f.label, v, list),
                Check::NotValue(n) => number::not_value(f.label, v, n, &self.mode.title(self.api)),
                Check::NoneOf(list) => list.contains(&v).then(|| Fail { code: "not_allowed", message: format!("{} cannot be {v} for {}; choose another.", f.label, self.mode.title(self.api)) }),
                Check::Digits(n) => number::digits(f.label, v, n),
                Check::BackupWindow { minutes } => backup_window::backup_window(f.label, v, minutes),
                Check::CommaList { min, max } => siblings::comma_list(f.label, v, min, max),
                Check::Ipv4 => siblings::ipv4(f.label, v),
                Check::DiffersFrom(other) => siblings::differs(f.label, v, sibling(other), sibling_label(other)),
                Check::HoursAfter(other, h) => siblings::hours_after(f.label, v, sibling(other), sibling_label(other), h),
                Check::Period { type_field, month_max, year_max } => number::period(f.label, v, sibling(type_field), month_max, year_max),
                Check::PerNode { nodes, per_node, max } => number::per_node(f.label, v, sibling(nodes), per_node, max),
            };
            if let Some(fail) = fail {
                out.push((fail, r.id));
            }
        }
        out
    }
}

fn required_fail(f: &Field, hint: &str) -> Fail {
    Fail { code: "required", message: format!("{} is required. {hint}", f.label) }
}
