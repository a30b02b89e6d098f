//! The form's layout for a mode: which inputs it shows, grouped by section, in table order.
//! Pure data, so "the form shows exactly that mode's fields" is tested natively; the UI only
//! renders it.

use crate::catalog::{Api, Field, Section, Wire};
use crate::mode::Mode;
use crate::rules::{is_input, is_required};
use crate::values::{Addr, Values};

#[derive(Clone, Debug, PartialEq)]
pub struct SectionView {
    pub section: Section,
    pub items: Vec<Item>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    /// One input.
    Input(Input),
    /// An array of objects: a row of inputs per entry, with add and remove.
    Rows { key: String, field: &'static Field, required: bool, rows: Vec<Vec<Input>> },
    /// An array of strings: an input per entry, with add and remove.
    List { key: String, field: &'static Field, required: bool, items: Vec<Input> },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Input {
    pub addr: Addr,
    /// As issues name it: `flavor[0].num`.
    pub path: String,
    pub field: &'static Field,
    pub required: bool,
    /// Allowed values in this mode; empty for free text.
    pub options: &'static [&'static str],
}

/// The sections of the mode's form, in order, each with its items; empty sections left out.
pub fn layout(api: &Api, mode: &Mode, values: &Values) -> Vec<SectionView> {
    let mut items: Vec<(Section, Item)> = Vec::new();
    collect(api, mode, values, api.fields, "", true, &mut items);
    Section::ALL
        .iter()
        .map(|s| SectionView { section: *s, items: items.iter().filter(|(sec, _)| sec == s).map(|(_, i)| i.clone()).collect() })
        .filter(|s| !s.items.is_empty())
        .collect()
}

/// `parent_required`: inside an optional object, children's mandatory markers are shown as
/// "required once this group is used"; the marker follows the field's own mandatory flag.
fn collect(api: &Api, mode: &Mode, values: &Values, fields: &'static [Field], prefix: &str, parent_required: bool, out: &mut Vec<(Section, Item)>) {
    for f in fields.iter().filter(|f| is_input(api, mode, f)) {
        let key = format!("{prefix}{}", f.name);
        let required = is_required(api, mode, f);
        match f.wire {
            Wire::Object => collect(api, mode, values, f.children, &format!("{key}."), parent_required && required, out),
            Wire::Objects => {
                let rows = values
                    .rows(&key)
                    .iter()
                    .enumerate()
                    .map(|(i, _)| {
                        f.children
                            .iter()
                            .filter(|c| is_input(api, mode, c) && !c.is_container())
                            .map(|c| {
                                let addr = Addr::Cell(key.clone(), i, c.name.to_string());
                                Input { path: addr.display(), addr, field: c, required: is_required(api, mode, c), options: c.options_in(api, mode) }
                            })
                            .collect()
                    })
                    .collect();
                out.push((f.section, Item::Rows { key, field: f, required, rows }));
            }
            Wire::Strings => {
                let items = (0..values.list(&key).len())
                    .map(|i| {
                        let addr = Addr::Item(key.clone(), i);
                        Input { path: addr.display(), addr, field: f, required: required && i == 0, options: &[] }
                    })
                    .collect();
                out.push((f.section, Item::List { key, field: f, required, items }));
            }
            _ => {
                let addr = Addr::Scalar(key);
                out.push((f.section, Item::Input(Input { path: addr.display(), addr, field: f, required, options: f.options_in(api, mode) })));
            }
        }
    }
}

/// The dotted paths of every input a mode shows (rows' fields as `flavor[].num`).
pub fn input_paths(api: &Api, mode: &Mode) -> Vec<String> {
    let mut v = crate::fill::starter(api, mode);
    // One row in every array, so row fields are listed too.
    for s in layout(api, mode, &v.clone()) {
        for item in s.items {
            match item {
                Item::Rows { key, .. } if v.rows(&key).is_empty() => v.push(&key, true),
                Item::List { key, .. } if v.list(&key).is_empty() => v.push(&key, false),
                _ => {}
            }
        }
    }
    let mut out = Vec::new();
    for s in layout(api, mode, &v) {
        for item in s.items {
            match item {
                Item::Input(i) => out.push(i.path),
                Item::Rows { key, rows, .. } => out.extend(rows[0].iter().map(|i| format!("{key}[].{}", i.field.name))),
                Item::List { key, .. } => out.push(format!("{key}[]")),
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paths(api: &str, mode: &str) -> Vec<String> {
        let a = crate::api(api).unwrap();
        input_paths(a, &Mode::parse(a, mode).unwrap())
    }

    #[test]
    fn a_read_replica_shows_no_password_or_network_ids() {
        let p = paths("rds", "mysql/replica");
        for gone in ["password", "vpc_id", "subnet_id", "security_group_id", "datastore.version", "port"] {
            assert!(!p.contains(&gone.to_string()), "{gone} in {p:?}");
        }
        assert!(p.contains(&"replica_of_id".to_string()));
    }

    #[test]
    fn redis_only_fields_show_only_for_redis() {
        let cass = paths("geminidb", "cassandra/cluster/postpaid/none");
        let redis = paths("geminidb", "redis/cloudnative/prepaid/backup");
        for f in ["port", "product_type", "availability_zone_detail.primary_availability_zone"] {
            assert!(!cass.contains(&f.to_string()) && redis.contains(&f.to_string()), "{f}");
        }
        assert!(redis.contains(&"charge_info.period_num".to_string()) && !cass.contains(&"charge_info.period_num".to_string()));
        assert!(redis.contains(&"restore_info.backup_id".to_string()));
        assert!(redis.contains(&"flavor[].num".to_string()));
    }

    #[test]
    fn pinned_fields_are_not_inputs() {
        let p = paths("geminidb", "redis/cluster/prepaid/none");
        for pinned in ["datastore.type", "mode", "charge_info.charge_mode", "datastore.version"] {
            assert_eq!(p.contains(&pinned.to_string()), pinned == "datastore.version", "{pinned}");
        }
        let dynamo = paths("geminidb", "dynamodb/cluster/postpaid/none");
        assert!(!dynamo.contains(&"datastore.version".to_string()), "sent as null, not typed");
    }

    #[test]
    fn sections_follow_the_document_grouping() {
        let a = crate::api("rabbitmq").unwrap();
        let m = Mode::parse(a, "cluster/prepaid/public").unwrap();
        let sections: Vec<Section> = layout(a, &m, &crate::fill::starter(a, &m)).iter().map(|s| s.section).collect();
        assert_eq!(sections, Section::ALL.iter().copied().filter(|s| *s != Section::Backup).collect::<Vec<_>>());
    }
}
