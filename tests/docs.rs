//! docs/rules.md is generated from the catalog; this test fails when it is out of date.
//! UPDATE_DOCS=1 cargo test --test docs rewrites it.

use request_builder::catalog::{Api, Check, Cond, Field, Wire};
use request_builder::text::list;
use request_builder::APIS;

fn cond(c: &Cond) -> String {
    match c {
        Cond::Always => "all modes".into(),
        Cond::Never => "no mode".into(),
        Cond::Is(axis, ids) => format!("{axis} = {}", ids.join(" or ")),
        Cond::Not(c) => format!("not ({})", cond(c)),
        Cond::All(cs) => cs.iter().map(cond).collect::<Vec<_>>().join(" and "),
        Cond::Any(cs) => cs.iter().map(cond).collect::<Vec<_>>().join(" or "),
    }
}

/// Where a rule applies: the field's own modes and the rule's, joined.
fn applies(field_when: &[Cond], rule: &Cond) -> String {
    let parts: Vec<String> = field_when.iter().chain(std::iter::once(rule)).filter(|c| !matches!(c, Cond::Always)).map(cond).collect();
    if parts.is_empty() { "all modes".into() } else { parts.join("; ") }
}

fn check(c: &Check) -> String {
    match c {
        Check::Required => "required".into(),
        Check::Length { min, max } => format!("length {min}..={max} characters"),
        Check::StartsWithLetter => "starts with a letter".into(),
        Check::Charset(s) => format!("only {}", s.says),
        Check::NoEdgeSpaces => "no leading or trailing space".into(),
        Check::Password { min, max, classes, specials } => format!("{min}..={max} characters, at least {classes} of 4 classes, specials `{specials}`"),
        Check::Range { min, max } if *max == i64::MAX => format!("integer >= {min}"),
        Check::Range { min, max } => format!("integer {min}..={max}"),
        Check::Ranges(rs) => format!("integer in {}", rs.iter().map(|(a, b)| if a == b { a.to_string() } else { format!("{a}..={b}") }).collect::<Vec<_>>().join(" or ")),
        Check::Step(n) => format!("multiple of {n}"),
        Check::Excluded(l) => format!("not {}", l.iter().map(|n| n.to_string()).collect::<Vec<_>>().join(", ")),
        Check::NoneOf(l) => format!("not {}", l.join(", ")),
        Check::NotEmpty => "not empty".into(),
        Check::NotValue(n) => format!("not {n}"),
        Check::Digits(n) => format!("exactly {n} digits"),
        Check::BackupWindow { minutes } => format!("hh:mm-HH:MM, HH = hh+1 (wraps), mm = MM in {}", list(minutes)),
        Check::CommaList { min, max } => format!("{min}..={max} comma-separated entries"),
        Check::Count { min, .. } => format!("at least {min} entr{}", if *min == 1 { "y" } else { "ies" }),
        Check::Ipv4 => "IPv4 address".into(),
        Check::DiffersFrom(o) => format!("differs from {o}"),
        Check::Paired(o) => format!("set together with {o}"),
        Check::HoursAfter(o, h) => format!("{o} + {h} h"),
        Check::Period { type_field, month_max, year_max } => format!("1..={month_max} if {type_field} = month, 1..={year_max} if year"),
        Check::PerNode { nodes, per_node, max } => format!("{per_node} x {nodes} ..= {max}"),
    }
}

fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('`', "\\`")
}

fn walk(api: &Api, fields: &'static [Field], prefix: &str, whens: &mut Vec<Cond>, rows: &mut Vec<String>, enums: &mut Vec<String>) {
    for f in fields {
        let path = format!("{prefix}{}", f.name);
        whens.push(*f.when);
        for r in f.rules {
            rows.push(format!(
                "| `{}` | {} | {} | {} | {} | `{}` | tests/rules.rs, case `{}` |",
                r.id,
                api.seed,
                cell(r.quote),
                path,
                cell(&check(&r.check)),
                applies(whens, r.when),
                r.id
            ));
        }
        for o in f.options {
            if f.more.pin.is_none() {
                enums.push(format!("| {} | {} | {} | `{}` |{}", api.seed, path, o.values.join(", "), applies(whens, o.when), if f.more.ignore_case { " case-insensitive" } else { "" }));
            }
        }
        match f.wire {
            Wire::Object => walk(api, f.children, &format!("{path}."), whens, rows, enums),
            Wire::Objects => walk(api, f.children, &format!("{path}[]."), whens, rows, enums),
            _ => {}
        }
        whens.pop();
    }
}

fn generate() -> String {
    let mut out = String::from(
        "# Rules\n\nGenerated from the catalog (`src/catalog/`) by `tests/docs.rs`; do not edit by hand \
         (`UPDATE_DOCS=1 cargo test --test docs` rewrites it).\n\n\
         Every constraint sentence of the seeds' request tables is a rule below, or is enforced by the \
         table itself (the last sections), or is listed under \"Sentences not enforced\" with the reason. \
         Every rule is tested with a value that passes and a value that fails: tests/rules.rs holds one case \
         per rule id, and `every_catalog_rule_has_a_case` fails when a rule has none.\n\n\
         Seed 000 lost its en-dashes in extraction; its sentences are quoted with them restored \
         (\"0–35\", \"00:00-01:00\").\n\n",
    );
    let mut enums_all = Vec::new();
    for api in APIS {
        let mut rows = Vec::new();
        let mut enums = Vec::new();
        walk(api, api.fields, "", &mut Vec::new(), &mut rows, &mut enums);
        out.push_str(&format!("## {} (seed {}, {} {})\n\n", api.id, api.seed, api.method, api.path));
        out.push_str("| rule | seed | sentence | field | check | applies in | tested in |\n|---|---|---|---|---|---|---|\n");
        out.push_str(&rows.join("\n"));
        out.push_str("\n\n");
        enums_all.extend(enums);
    }
    out.push_str(
        "## Enumerations (`table.enum`)\n\nThe tables' listed values. A value outside the list for the mode fails with code \
         `not_allowed` (rule `table.enum`); tested in tests/import.rs (`enumerations_follow_the_mode`) and by every \
         mode's example passing (src/catalog/tests.rs).\n\n| seed | field | values | applies in |\n|---|---|---|---|\n",
    );
    out.push_str(&enums_all.join("\n"));
    out.push_str("\n\n");
    out.push_str(include_str!("docs_tail.md"));
    out
}

#[test]
fn rules_md_is_current() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/rules.md");
    let text = generate();
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(path, &text).unwrap();
    }
    let on_disk = std::fs::read_to_string(path).unwrap_or_default();
    assert!(on_disk == text, "docs/rules.md is out of date: run UPDATE_DOCS=1 cargo test --test docs");
}

/// The texts the widget fetches on demand, one file per API: the fields' help, in the
/// catalog's walk order (the wasm build has the same walk, without the text), each with the
/// documented default, and the document's example bodies. UPDATE_DOCS=1 rewrites them.
fn texts_file(api: &Api) -> String {
    let help: Vec<String> = api
        .walk()
        .iter()
        .map(|(_, f)| match f.more.default {
            Some(d) if !f.help.to_lowercase().contains("default") => format!("{} Default: {d}.", f.help),
            _ => f.help.to_string(),
        })
        .collect();
    let examples: Vec<&str> = request_builder::catalog::examples(api).iter().map(|e| e.json).collect();
    // Each rule's phrase for the hint under its field, in request_builder::hint::each_rule's order.
    let rules = request_builder::hint::phrases(api);
    serde_json::to_string_pretty(&serde_json::json!({ "help": help, "examples": examples, "rules": rules })).unwrap() + "\n"
}

#[test]
fn texts_files_are_current() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("static/texts");
    let update = std::env::var_os("UPDATE_DOCS").is_some();
    for api in APIS {
        let path = dir.join(format!("{}.json", api.id));
        let text = texts_file(api);
        if update {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &text).unwrap();
        }
        assert!(std::fs::read_to_string(&path).unwrap_or_default() == text, "{} is out of date: run UPDATE_DOCS=1 cargo test --test docs", path.display());
    }
}
