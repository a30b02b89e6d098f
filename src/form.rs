//! The form's layout for a mode: which inputs it shows, grouped by section, in table order.
//! Pure data read off the resolved tree, so "the form shows exactly that mode's fields" is
//! tested natively; the UI only renders it.

use crate::catalog::{Api, Section};
use crate::mode::Mode;
use crate::path::Path;
use crate::resolve::{resolve, Node, Source, Widget};
use crate::values::Values;

#[derive(Clone, Debug, PartialEq)]
pub struct SectionView {
    pub section: Section,
    pub items: Vec<Item>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    /// One input.
    Input(Input),
    /// An array of objects: a row of inputs per entry, with add and remove. `required`: the
    /// rules report it when it has no entry.
    Rows { path: Path, node: &'static Node, rows: Vec<Vec<Input>>, required: bool },
    /// An array of strings: an input per entry, with add and remove.
    List { path: Path, node: &'static Node, items: Vec<Input>, required: bool },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Input {
    pub path: Path,
    pub node: &'static Node,
    /// The rules report this field if it is empty, given everything else the values hold:
    /// what the asterisk says. A mandatory member of an optional object is required only
    /// while something else in the object is sent (RDS `backup_strategy.start_time`).
    pub required: bool,
}

impl Input {
    pub fn required(&self) -> bool {
        self.required
    }
}

/// The sections of the mode's form, in order, each with its items; empty sections left out.
pub fn layout(api: &'static Api, mode: &Mode, values: &Values) -> Vec<SectionView> {
    let mut items: Vec<(Section, Item)> = Vec::new();
    let mut walk = Walk { values, path: Path::root(), chain: Vec::new(), out: &mut items };
    walk.nodes(&resolve(api, mode).roots);
    Section::ALL
        .iter()
        .map(|s| SectionView { section: *s, items: items.iter().filter(|(sec, _)| sec == s).map(|(_, i)| i.clone()).collect() })
        .filter(|s| !s.items.is_empty())
        .collect()
}

/// Whether a node is shown: typed fields, except one that only restates a picked choice and
/// is not in the values; a value the mode fixes only when the values hold something else (a
/// pasted body), so the user sees what is wrong and can fix it. The mode's pickers already
/// show the fixed choice.
fn shown(node: &Node, values: &Values, path: &Path) -> bool {
    match node.source {
        Source::Typed => !node.field.more.restates || values.at(path.segs()).2,
        Source::Fixed(v) => values.text(path.segs()) != v || values.is_null(path.segs()),
        Source::Null => !values.is_null(path.segs()),
    }
}

struct Walk<'a> {
    values: &'a Values,
    path: Path,
    /// The objects and rows around the current node, outermost first: the length of their
    /// path, and whether they are sent because they are mandatory (given their parent is).
    chain: Vec<(usize, bool)>,
    out: &'a mut Vec<(Section, Item)>,
}

impl Walk<'_> {
    /// Whether the object holding the current node is sent, counting nothing at `except`: the
    /// rules' "sent" (crate::rules), asked as if that field were empty.
    fn sent(&self, except: &[crate::path::Seg]) -> bool {
        let segs = self.path.segs();
        self.chain.iter().fold(true, |sent, &(len, mandatory)| (sent && mandatory) || self.values.any_under_except(&segs[..len], except))
    }

    fn nodes(&mut self, nodes: &'static [Node]) {
        for node in nodes {
            self.path.push_key(node.name());
            self.node(node);
            self.path.pop();
        }
    }

    fn node(&mut self, node: &'static Node) {
        let section = node.field.section;
        let required = |w: &Self| node.is_required() && w.sent(&[]);
        match node.widget {
            Widget::Object => {
                self.chain.push((self.path.len(), node.is_required()));
                self.nodes(&node.children);
                self.chain.pop();
            }
            Widget::Rows => {
                let mut rows = Vec::new();
                for i in 0..self.values.len(self.path.segs()) {
                    self.path.push_index(i);
                    self.chain.push((self.path.len(), node.is_required()));
                    let row = node.children.iter().filter(|c| c.children.is_empty()).filter_map(|c| self.input(c, self.path.key(c.name()))).collect();
                    self.chain.pop();
                    self.path.pop();
                    rows.push(row);
                }
                let item = Item::Rows { path: self.path.clone(), node, rows, required: required(self) };
                self.out.push((section, item));
            }
            Widget::List => {
                let items = (0..self.values.len(self.path.segs())).map(|i| Input { path: self.path.index(i), node, required: false }).collect();
                let item = Item::List { path: self.path.clone(), node, items, required: required(self) };
                self.out.push((section, item));
            }
            _ => {
                if let Some(input) = self.input(node, self.path.clone()) {
                    self.out.push((section, Item::Input(input)));
                }
            }
        }
    }

    /// The input for a scalar node at `path` (in the current object or row), if it is shown.
    /// `sent` reads only the chain's prefixes of the path, so it may end at the node or before.
    fn input(&self, node: &'static Node, path: Path) -> Option<Input> {
        if !shown(node, self.values, &path) {
            return None;
        }
        let required = node.is_required() && self.sent(path.segs());
        Some(Input { path, node, required })
    }
}

/// What tells one layout from another: each item's node and required flag, in order, with each
/// array's entry count and its entries' inputs. The nodes are the mode's own, so equal shapes
/// are the same layout (paths, sections and all); the widget builds the form again only when
/// the shape moved or what it shows did (a key typed in a text field mostly moves neither).
#[inline(never)]
pub fn shape(sections: &[SectionView]) -> Vec<usize> {
    fn mark(out: &mut Vec<usize>, node: &Node, required: bool) {
        out.push(node as *const Node as usize | usize::from(required));
    }
    let mut out = Vec::new();
    for item in sections.iter().flat_map(|s| &s.items) {
        match item {
            Item::Input(x) => mark(&mut out, x.node, x.required),
            Item::Rows { node, rows, required, .. } => {
                mark(&mut out, node, *required);
                out.push(rows.len());
                for x in rows.iter().flatten() {
                    mark(&mut out, x.node, x.required);
                }
            }
            Item::List { node, items, required, .. } => {
                mark(&mut out, node, *required);
                out.push(items.len());
                for x in items {
                    mark(&mut out, x.node, x.required);
                }
            }
        }
    }
    out
}

/// How many secret fields of the sections hold a value (the preview masks them unless they
/// are revealed, and its buttons say so).
pub fn secrets(sections: &[SectionView], values: &Values) -> usize {
    sections.iter().flat_map(|s| &s.items).filter(|i| matches!(i, Item::Input(x) if x.node.field.secret && !values.text(x.path.segs()).is_empty())).count()
}

/// The template paths of every typed input a mode shows (rows' fields as `flavor[].num`).
pub fn input_paths(api: &'static Api, mode: &Mode) -> Vec<String> {
    resolve(api, mode)
        .walk()
        .into_iter()
        .filter(|(_, n)| n.source == Source::Typed && n.widget != Widget::Object && n.widget != Widget::Rows)
        .map(|(p, n)| if n.widget == Widget::List { format!("{p}[]") } else { p })
        .collect()
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
        assert!(dynamo.contains(&"mode".to_string()), "the document lists no mode for DynamoDB: the user's, Cluster preset");
    }

    #[test]
    fn a_fixed_value_shows_only_when_the_values_hold_another() {
        let g = crate::api("geminidb").unwrap();
        let m = Mode::parse(g, "redis/cluster/postpaid/none").unwrap();
        let mut v = crate::fill::starter(g, &m);
        let shown = |v: &Values| layout(g, &m, v).iter().flat_map(|s| s.items.clone()).any(|i| matches!(i, Item::Input(x) if x.path == "datastore.type"));
        assert!(!shown(&v));
        v.set(Path::parse("datastore.type").unwrap().segs(), "Redis");
        assert!(shown(&v));
    }

    #[test]
    fn the_shape_moves_with_the_layout_and_only_with_it() {
        // The widget builds the form again when the shape moved (or a value its controls do
        // not show): typing that changes no field shown, asterisk or entry keeps the shape.
        let a = crate::api("rds").unwrap();
        let m = Mode::parse(a, "mysql/single").unwrap();
        let mut v = crate::fill::starter(a, &m);
        let before = shape(&layout(a, &m, &v));
        v.set(Path::parse("name").unwrap().segs(), "db-one");
        assert_eq!(shape(&layout(a, &m, &v)), before, "a name typed");
        // A retention period makes the backup window required: an asterisk moves.
        v.set(Path::parse("backup_strategy.keep_days").unwrap().segs(), "7");
        assert_ne!(shape(&layout(a, &m, &v)), before, "backup_strategy.start_time required now");
        // Another mode's form is another shape.
        let ha = Mode::parse(a, "mysql/ha").unwrap();
        assert_ne!(shape(&layout(a, &ha, &crate::fill::starter(a, &ha))), before);
        // A row added is a shape of its own.
        let g = crate::api("geminidb").unwrap();
        let gm = Mode::parse(g, "cassandra/cluster/postpaid/none").unwrap();
        let mut gv = crate::fill::starter(g, &gm);
        let one = shape(&layout(g, &gm, &gv));
        gv.set(Path::parse("flavor[1].num").unwrap().segs(), "3");
        assert_ne!(shape(&layout(g, &gm, &gv)), one, "a second flavor row");
    }

    #[test]
    fn sections_follow_the_document_grouping() {
        let a = crate::api("rabbitmq").unwrap();
        let m = Mode::parse(a, "cluster/prepaid/public").unwrap();
        let sections: Vec<Section> = layout(a, &m, &crate::fill::starter(a, &m)).iter().map(|s| s.section).collect();
        assert_eq!(sections, Section::ALL.iter().copied().filter(|s| *s != Section::Backup).collect::<Vec<_>>());
    }
}
