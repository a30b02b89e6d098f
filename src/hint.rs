//! The hint under a field: its rules in force, said in a few words ("4 to 64 characters;
//! starts with a letter; letters, digits, hyphens (-) and underscores (_)"), visible without
//! a click. Read off the same rules the checks run, so the hint cannot promise what the
//! rules do not check. The document's full description stays one click away.

use crate::catalog::{Api, Field, Rule, Wire};

/// The hint for a field: the phrases of its rules in force (each once, in order) and its
/// documented default, joined with "; ". The widget gets the phrases from texts/<api>.json
/// (`phrases` writes them), so their wording is not in its build.
pub fn join<'a>(phrases: impl IntoIterator<Item = &'a str>, default: Option<&str>) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for p in phrases {
        if !p.is_empty() && !parts.contains(&p) {
            parts.push(p);
        }
    }
    let default = default.map(|d| format!("default {d}"));
    parts.extend(default.as_deref());
    parts.join("; ")
}

/// Every rule of the API with the fields beside it, in one fixed order: the order of
/// texts/<api>.json's "rules" list.
pub fn each_rule(api: &Api, mut f: impl FnMut(&'static Rule, &'static [Field])) {
    fn go(fields: &'static [Field], f: &mut impl FnMut(&'static Rule, &'static [Field])) {
        for field in fields {
            field.rules.iter().for_each(|r| f(r, fields));
            if matches!(field.wire, Wire::Object | Wire::Objects) {
                go(field.children, f);
            }
        }
    }
    go(api.fields, &mut f);
}

/// The place of a rule in `each_rule`'s order.
pub fn rule_index(api: &Api, rule: &Rule) -> Option<usize> {
    let (mut n, mut found) = (0, None);
    each_rule(api, |r, _| {
        if std::ptr::eq(r, rule) {
            found = Some(n);
        }
        n += 1;
    });
    found
}

/// Each rule's phrase, in `each_rule`'s order ("" for rules a hint does not state).
#[cfg(not(target_arch = "wasm32"))]
pub fn phrases(api: &Api) -> Vec<String> {
    let mut out = Vec::new();
    each_rule(api, |r, siblings| out.push(phrase(r.check, siblings)));
    out
}

/// A rule in a few words. `siblings`: the fields beside it (for "not the same as Primary AZ").
#[cfg(not(target_arch = "wasm32"))]
pub fn phrase(check: crate::catalog::Check, siblings: &[Field]) -> String {
    use crate::catalog::Check;
    use crate::text::list;
    let label = |name: &'static str| siblings.iter().find(|f| f.name == name).map_or(name, |f| f.label);
    match check {
        Check::Length { min, max } if min == max => format!("{min} characters"),
        Check::Length { min: 0, max } => format!("up to {max} characters"),
        Check::Length { min, max } => format!("{min} to {max} characters"),
        Check::StartsWithLetter => "starts with a letter".into(),
        Check::Charset(set) => set.says.to_string(),
        Check::NoEdgeSpaces => "no leading or trailing spaces".into(),
        Check::Password { min, max, classes, specials } => {
            let of = if classes == 4 { "upper and lower case letters, digits and".to_string() } else { format!("at least {classes} of upper case, lower case, digits and") };
            format!("{min} to {max} characters; {of} special characters {specials}")
        }
        Check::Range { min, max } if min == max => format!("exactly {min}"),
        Check::Range { min, max: i64::MAX } => format!("at least {min}"),
        Check::Range { min, max } => format!("{min} to {max}"),
        Check::Ranges(rs) => list(&rs.iter().map(|(a, b)| if a == b { a.to_string() } else { format!("{a} to {b}") }).collect::<Vec<_>>()),
        Check::Excluded(ns) => format!("not {}", list(&ns.iter().map(i64::to_string).collect::<Vec<_>>())),
        Check::NotValue(n) => format!("not {n}"),
        Check::NoneOf(vs) => format!("not {}", list(vs)),
        Check::Step(s) => format!("a multiple of {s}"),
        Check::Digits(n) => format!("{n} digits"),
        Check::BackupWindow { minutes } => format!("hh:mm-HH:MM (UTC), one hour; minutes {}", list(minutes)),
        Check::CommaList { min: 1, max: 1 } => "one AZ ID".into(),
        Check::CommaList { min, max } if min == max => format!("{min} AZ IDs, comma-separated, no spaces"),
        Check::CommaList { min, max } => format!("{min} to {max} AZ IDs, comma-separated, no spaces"),
        Check::Count { min: 1, max: usize::MAX } => "at least one entry".into(),
        Check::Count { min, max } if min == max => format!("{min} entries"),
        Check::Count { min, max } => format!("{min} to {max} entries"),
        Check::Ipv4 => "an IPv4 address".into(),
        Check::DiffersFrom(other) => format!("not the same as {}", label(other)),
        Check::Paired(other) => format!("set together with {}", label(other)),
        Check::HoursAfter(other, h) => format!("{h} hours after {}", label(other)),
        Check::Period { month_max, year_max: 1, .. } => format!("1 to {month_max} months or 1 year"),
        Check::Period { month_max, year_max, .. } => format!("1 to {month_max} months or 1 to {year_max} years"),
        Check::PerNode { per_node, max, .. } => format!("at least {per_node} × brokers, at most {max}"),
        Check::Required | Check::NotEmpty => String::new(),
    }
}

/// The hint of a field with these rules in force, natively (tests, the CLI).
#[cfg(not(target_arch = "wasm32"))]
pub fn hint(field: &Field, rules: &[&Rule], siblings: &[Field]) -> String {
    let phrases: Vec<String> = rules.iter().map(|r| phrase(r.check, siblings)).collect();
    join(phrases.iter().map(String::as_str), field.more.default)
}

#[cfg(test)]
mod tests {
    use crate::resolve::resolve;
    use crate::Mode;

    fn hint_of(api: &str, mode: &str, path: &[&str]) -> String {
        let a = crate::api(api).unwrap();
        resolve(a, &Mode::parse(a, mode).unwrap()).find(path).unwrap().hint.clone()
    }

    #[test]
    fn hints_say_the_rules_in_force() {
        assert_eq!(hint_of("rds", "mysql/single", &["name"]), "4 to 64 characters; starts with a letter; letters, digits, hyphens (-) and underscores (_)");
        assert_eq!(hint_of("rds", "mysql/single", &["port"]), "1024 to 65535; not 12017 or 33071");
        assert_eq!(hint_of("rds", "postgresql/single", &["port"]), "2100 to 9500");
        assert_eq!(hint_of("rds", "mysql/ha", &["availability_zone"]), "2 AZ IDs, comma-separated, no spaces");
        assert_eq!(hint_of("geminidb", "redis/cluster/postpaid/none", &["availability_zone_detail", "secondary_availability_zone"]), "not the same as Primary AZ; one AZ ID");
        assert_eq!(hint_of("geminidb", "cassandra/cluster/postpaid/pitr", &["restore_info", "restore_time"]), "13 digits");
        assert!(hint_of("rds", "sqlserver/single", &["password"]).starts_with("8 to 32 characters; at least 3 of"));
    }
}
