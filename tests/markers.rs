//! The asterisk means exactly "the rules will report this if it is empty in this mode".
//! For every mode of every API, from the blank form, from the full example and from the
//! example with each optional object emptied in turn, every input's marker is compared with
//! what the rules say when that input (or array) is cleared.

use request_builder::form::{layout, Input, Item};
use request_builder::resolve::{resolve, Widget};
use request_builder::{fill, rules, Mode, Path, Values, APIS};

/// Whether the rules report `path` as missing in these values.
fn reported_missing(api: &'static request_builder::Api, mode: &Mode, values: &Values, path: &Path) -> bool {
    rules::validate(api, mode, values).iter().any(|i| i.path == *path && (i.code == "required" || i.code == "count"))
}

fn cleared(values: &Values, path: &Path) -> Values {
    let mut v = values.clone();
    v.retain(|p, _| !p.starts_with(path.segs()));
    v
}

fn check(api: &'static request_builder::Api, mode: &Mode, values: &Values, what: &str) -> usize {
    let mut n = 0;
    let mut compare = |path: &Path, required: bool| {
        let missing = reported_missing(api, mode, &cleared(values, path), path);
        assert_eq!(required, missing, "{} {} ({what}): {path} is marked {} but the rules {} it when it is empty", api.id, mode.id(), if required { "required" } else { "optional" }, if missing { "report" } else { "do not report" });
        n += 1;
    };
    for section in layout(api, mode, values) {
        for item in section.items {
            match item {
                Item::Input(Input { path, node, required }) if node.widget != Widget::Fixed && node.widget != Widget::Null => compare(&path, required),
                Item::Rows { path, required, rows, .. } => {
                    compare(&path, required);
                    for input in rows.into_iter().flatten() {
                        compare(&input.path, input.required);
                    }
                }
                Item::List { path, required, .. } => compare(&path, required),
                _ => {}
            }
        }
    }
    n
}

#[test]
fn every_marker_is_what_the_rules_report() {
    let mut compared = 0;
    for api in APIS {
        for mode in Mode::all(api) {
            compared += check(api, &mode, &fill::starter(api, &mode), "blank form");
            let example = fill::example(api, &mode);
            compared += check(api, &mode, &example, "full example");
            // Each object of the tree emptied in turn: its mandatory members stop being due.
            for (template, node) in resolve(api, &mode).walk() {
                if node.widget == Widget::Object && !template.contains("[]") {
                    let path = Path::parse(&template).unwrap();
                    compared += check(api, &mode, &cleared(&example, &path), &format!("example without {template}"));
                }
            }
        }
    }
    assert!(compared > 5000, "only {compared} markers compared");
}

#[test]
fn the_cases_the_issue_names() {
    let marked = |api: &str, mode: &str, values: &Values, path: &str| {
        let a = request_builder::api(api).unwrap();
        let m = Mode::parse(a, mode).unwrap();
        layout(a, &m, values).into_iter().flat_map(|s| s.items).find_map(|i| match i {
            Item::Input(x) if x.path == path => Some(x.required),
            _ => None,
        })
    };
    let rds = request_builder::api("rds").unwrap();
    let single = Mode::parse(rds, "mysql/single").unwrap();
    let mut v = fill::starter(rds, &single);
    assert_eq!(marked("rds", "mysql/single", &v, "backup_strategy.start_time"), Some(false), "no backup policy sent");
    v.set(Path::parse("backup_strategy.keep_days").unwrap().segs(), "7");
    assert_eq!(marked("rds", "mysql/single", &v, "backup_strategy.start_time"), Some(true), "a backup policy is sent: its window is due");
    // RDS's only billing mode, in an optional object: marked as it is reported.
    assert_eq!(marked("rds", "mysql/single", &fill::starter(rds, &single), "charge_info.charge_mode"), Some(false));
    let g = request_builder::api("geminidb").unwrap();
    let proxy = Mode::parse(g, "redis/cluster/postpaid/none").unwrap();
    assert_eq!(marked("geminidb", "redis/cluster/postpaid/none", &fill::starter(g, &proxy), "availability_zone_detail.primary_availability_zone"), Some(false));
    // The pay-per-use billing mode only restates the picker: not shown until a body has it.
    assert_eq!(marked("geminidb", "redis/cluster/postpaid/none", &fill::starter(g, &proxy), "charge_info.charge_mode"), None);
}
