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
    let mut out = Vec::new();
    let walker = Walker { api, mode };
    walker.fields(api.fields, values, "", "", true, &mut out);
    out
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
}

impl Walker<'_> {
    /// `key` prefixes look values up in `scope`; `path` prefixes name them in issues.
    /// `required` is false inside an optional object the user left empty.
    fn fields(&self, fields: &'static [Field], scope: &Values, key: &str, path: &str, required: bool, out: &mut Vec<Issue>) {
        for f in fields.iter().filter(|f| is_input(self.api, self.mode, f)) {
            let k = format!("{key}{}", f.name);
            let p = format!("{path}{}", f.name);
            let mandatory = required && self.mode.satisfies(self.api, &f.mandatory);
            match f.wire {
                Wire::Object => {
                    let prefix = format!("{k}.");
                    let present = scope.iter().any(|(name, _)| name.starts_with(&prefix));
                    self.fields(f.children, scope, &prefix, &format!("{p}."), mandatory || present, out);
                }
                Wire::Objects => {
                    let rows = scope.rows(&k);
                    for (i, row) in rows.iter().enumerate() {
                        if mandatory || !row.is_empty() {
                            self.fields(f.children, row, "", &format!("{p}[{i}]."), true, out);
                        }
                    }
                    let filled = rows.iter().filter(|r| !r.is_empty()).count();
                    // Rows that are there but empty were just reported field by field.
                    let reported = mandatory && !rows.is_empty() && filled == 0;
                    if !reported {
                        self.rules_on_count(f, &p, filled, mandatory, out);
                    }
                }
                Wire::Strings => {
                    let filled = scope.list(&k).iter().filter(|s| !s.is_empty()).count();
                    self.rules_on_count(f, &p, filled, mandatory, out);
                }
                Wire::Str | Wire::Int | Wire::Long | Wire::Bool => {
                    self.scalar(f, fields, scope, key, p, required, mandatory, out);
                }
            }
        }
    }

    /// Count rules on an array; a mandatory array with nothing in it is reported by its count
    /// rule when it has one (with the document's sentence), else as plainly required.
    fn rules_on_count(&self, f: &Field, path: &str, filled: usize, mandatory: bool, out: &mut Vec<Issue>) {
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
                    out.push(Issue { path: path.to_string(), code: "count", message, rule: r.id });
                }
            }
        }
        if filled == 0 && mandatory && !counted {
            let hint = if f.wire == Wire::Objects { "Add a row." } else { "Add at least one entry." };
            out.push(required_issue(f, path.to_string(), "table.mandatory", hint));
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn scalar(&self, f: &Field, siblings: &[Field], scope: &Values, key: &str, path: String, required_here: bool, mandatory: bool, out: &mut Vec<Issue>) {
        let v = scope.text(&format!("{key}{}", f.name));
        let sibling = |name: &str| scope.text(&format!("{key}{name}"));
        let sibling_label = |name: &str| siblings.iter().find(|s| s.name == name).map(|s| s.label).unwrap_or("the other field");
        let options = f.options_in(self.api, self.mode);
        let hint = if options.is_empty() { "Enter a value.".to_string() } else { format!("Choose {}.", list(options)) };
        let active = || f.rules.iter().filter(|r| self.mode.satisfies(self.api, &r.when));

        if v.is_empty() {
            if mandatory {
                out.push(required_issue(f, path, "table.mandatory", &hint));
                return;
            }
            for r in active() {
                let fail = match r.check {
                    Check::Required if required_here => required_fail(f, &hint),
                    Check::Paired(other) if !sibling(other).is_empty() => siblings::paired(f.label, sibling_label(other)),
                    _ => None,
                };
                if let Some(fail) = fail {
                    out.push(Issue { path: path.clone(), code: fail.code, message: fail.message, rule: r.id });
                }
            }
            return;
        }

        let type_fail = match f.wire {
            Wire::Int | Wire::Long if parse_int(v).is_none() => number::not_integer(f.label, v),
            Wire::Bool if v != "true" && v != "false" => Fail::new("not_boolean", format!("{} must be true or false; it is \"{}\".", f.label, number::clip(v))),
            _ => None,
        };
        if let Some(fail) = type_fail {
            out.push(Issue { path, code: fail.code, message: fail.message, rule: "table.type" });
            return;
        }
        let allowed = |o: &&str| if f.ignore_case { o.eq_ignore_ascii_case(v) } else { *o == v };
        if !options.is_empty() && !options.iter().any(allowed) {
            out.push(Issue {
                path,
                code: "not_allowed",
                message: format!("{} must be {}; it is \"{}\".", f.label, list(options), number::clip(v)),
                rule: "table.enum",
            });
            return;
        }
        for r in active() {
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
                Check::NotValue(n) => number::not_value(f.label, v, n, r.quote),
                Check::NoneOf(list) => list.contains(&v).then(|| Fail { code: "not_allowed", message: format!("{} cannot be {v} here: {}", f.label, r.quote) }),
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
                out.push(Issue { path: path.clone(), code: fail.code, message: fail.message, rule: r.id });
            }
        }
    }
}

fn required_fail(f: &Field, hint: &str) -> Option<Fail> {
    Fail::new("required", format!("{} is required. {hint}", f.label))
}

fn required_issue(f: &Field, path: String, rule: &'static str, hint: &str) -> Issue {
    let fail = required_fail(f, hint).expect("required_fail always fails");
    Issue { path, code: fail.code, message: fail.message, rule }
}
