//! The resolved tree: a mode's fields with every mode condition decided, built once per mode
//! and kept. Body, rules, form, import, schema, fill and draft walk this tree and nothing
//! else, so the requiredness that puts an asterisk on a field is the requiredness the rules
//! check, and the fields shown are the fields sent.

use crate::catalog::{Api, Check, Cond, DocText, Field, Rule, Wire};
use crate::mode::Mode;
use std::sync::Mutex;

pub struct Tree {
    pub api: &'static Api,
    pub mode: Mode,
    /// The body's members in this mode, in table order.
    pub roots: Vec<Node>,
}

/// Where a node's value comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// Typed by the user (or pasted).
    Typed,
    /// Fixed by the mode: the choice's wire value (`datastore.type` is "redis" for Redis).
    Fixed(&'static str),
    /// The table fixes it to JSON null (GeminiDB DynamoDB-Compatible `datastore.version`).
    Null,
}

/// The control a node gets in the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Widget {
    /// Objects, row groups and lists are containers; their children have widgets.
    Object,
    Rows,
    List,
    /// A value the mode fixes: shown, not edited.
    Fixed,
    /// A typed field the document allows one value for in this mode (`rocksDB`, `Ha`):
    /// shown as that value, not as a choice of one.
    Only,
    /// A JSON null the table fixes: shown, not edited.
    Null,
    Select,
    /// true or false: a Boolean, or a String whose values are "true" and "false". One
    /// control for one kind of value.
    Toggle,
    Secret,
    LongText,
    Number,
    Text,
}

pub struct Node {
    pub field: &'static Field,
    pub source: Source,
    pub widget: Widget,
    /// Mandatory whenever its parent is sent: the table's Mandatory column in this mode, or a
    /// conditional rule. Names what says so (`table.mandatory` or the rule id).
    pub required: Option<&'static str>,
    /// When the requiredness comes from a conditional rule, the rule's condition (for the
    /// message: "required for Yearly/monthly").
    pub required_when: Option<&'static Cond>,
    /// Allowed values in this mode; empty for free text.
    pub options: &'static [&'static str],
    /// The condition of the option list in force (for the message: "3.11 for GeminiDB Cassandra").
    pub options_when: &'static Cond,
    /// The value the form starts from: a single allowed value, or a value the project chose
    /// where the document names none (docs/decisions.md).
    pub preset: Option<&'static str>,
    /// The field's rules in force in this mode, `Required` ones excepted (they are `required`).
    pub rules: Vec<&'static Rule>,
    /// A valid value for this mode: the placeholder, and what "fill with example" writes.
    pub example: &'static str,
    /// The rules in force, in a few words, for under the field (`crate::hint`).
    #[cfg(not(target_arch = "wasm32"))]
    pub hint: String,
    pub children: Vec<Node>,
}

impl Node {
    pub fn name(&self) -> &'static str {
        self.field.name
    }

    pub fn label(&self) -> &'static str {
        self.field.label
    }

    pub fn wire(&self) -> Wire {
        self.field.wire
    }

    pub fn is_required(&self) -> bool {
        self.required.is_some()
    }

    pub fn child(&self, name: &str) -> Option<&Node> {
        self.children.iter().find(|c| c.name() == name)
    }

    /// Whether a text equals an allowed value, ignoring case where the document says so.
    pub fn allows(&self, v: &str) -> bool {
        self.options.iter().any(|o| if self.field.more.ignore_case { o.eq_ignore_ascii_case(v) } else { *o == v })
    }
}

/// Two nodes are equal when they show the same thing: the same catalog field with the same
/// source, widget, requiredness, options, example and rules. Each mode has its own tree, so comparing by
/// address would re-render every field on every mode switch.
impl PartialEq for Node {
    fn eq(&self, o: &Node) -> bool {
        std::ptr::eq(self, o)
            || (std::ptr::eq(self.field, o.field)
                && self.source == o.source
                && self.widget == o.widget
                && self.required.is_some() == o.required.is_some()
                && std::ptr::eq(self.options, o.options)
                && self.preset == o.preset
                // The placeholder and the hint follow the mode too (a Redis name is no
                // "test-cassandra-01"; a PostgreSQL port has other ranges).
                && std::ptr::eq(self.example, o.example)
                && self.rules.len() == o.rules.len()
                && self.rules.iter().zip(&o.rules).all(|(a, b)| std::ptr::eq(*a, *b)))
    }
}

impl std::fmt::Debug for Node {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Node({})", self.name())
    }
}

impl Tree {
    pub fn root(&self, name: &str) -> Option<&Node> {
        self.roots.iter().find(|n| n.name() == name)
    }

    /// The node at a path of member names (indices left out): `["flavor", "num"]`.
    pub fn find(&self, names: &[&str]) -> Option<&Node> {
        let (first, rest) = names.split_first()?;
        let mut node = self.root(first)?;
        for name in rest {
            node = node.child(name)?;
        }
        Some(node)
    }

    /// Every node at every depth with its template path (`flavor[].num`), in table order.
    pub fn walk(&self) -> Vec<(String, &Node)> {
        fn go<'t>(prefix: &str, nodes: &'t [Node], out: &mut Vec<(String, &'t Node)>) {
            for n in nodes {
                let path = if prefix.is_empty() { n.name().to_string() } else { format!("{prefix}.{}", n.name()) };
                out.push((path.clone(), n));
                match n.widget {
                    Widget::Object => go(&path, &n.children, out),
                    Widget::Rows => go(&format!("{path}[]"), &n.children, out),
                    _ => {}
                }
            }
        }
        let mut out = Vec::new();
        go("", &self.roots, &mut out);
        out
    }
}

/// The tree of `mode`, built on first use and kept: an API has at most a few dozen modes.
pub fn resolve(api: &'static Api, mode: &Mode) -> &'static Tree {
    static CACHE: Mutex<Vec<&'static Tree>> = Mutex::new(Vec::new());
    let mut cache = CACHE.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(t) = cache.iter().find(|t| std::ptr::eq(t.api, api) && t.mode == *mode) {
        return t;
    }
    let tree: &'static Tree = Box::leak(Box::new(Tree { api, mode: mode.clone(), roots: nodes(api, mode, api.fields) }));
    cache.push(tree);
    tree
}

fn nodes(api: &Api, mode: &Mode, fields: &'static [Field]) -> Vec<Node> {
    fields.iter().filter(|f| mode.satisfies(api, f.when)).map(|f| node(api, mode, f, fields)).collect()
}

#[cfg_attr(target_arch = "wasm32", allow(unused_variables))]
fn node(api: &Api, mode: &Mode, f: &'static Field, siblings: &'static [Field]) -> Node {
    let pinned = f.more.pin.and_then(|axis| mode.choice(api, axis)).and_then(|c| c.value);
    let source = match pinned {
        Some(v) => Source::Fixed(v),
        None if mode.satisfies(api, f.more.null_when) => Source::Null,
        None => Source::Typed,
    };
    let listed = f.options.iter().find(|o| mode.satisfies(api, o.when));
    let options = listed.map(|o| o.values).unwrap_or(&[]);
    let in_force = || f.rules.iter().filter(|r| mode.satisfies(api, r.when));
    let by_rule = in_force().find(|r| matches!(r.check, Check::Required));
    let (required, required_when) = if mode.satisfies(api, f.mandatory) {
        (Some("table.mandatory"), None)
    } else {
        (by_rule.map(|r| r.id.text()), by_rule.map(|r| r.when))
    };
    let preset = match source {
        Source::Typed => f.more.presets.iter().find(|p| mode.satisfies(api, p.when) && (options.is_empty() || options.contains(&p.value))).map(|p| p.value).or(match options {
            [only] => Some(*only),
            _ => None,
        }),
        _ => None,
    };
    let rules: Vec<&'static Rule> = in_force().filter(|r| !matches!(r.check, Check::Required)).collect();
    Node {
        field: f,
        source,
        widget: widget(f, source, options),
        required,
        required_when,
        options,
        options_when: listed.map(|o| o.when).unwrap_or(&Cond::Always),
        preset,
        // The widget joins the phrases from its texts file instead (ui::texts::hint).
        #[cfg(not(target_arch = "wasm32"))]
        hint: if matches!(source, Source::Typed) && options.is_empty() { crate::hint::hint(f, &rules, siblings) } else { String::new() },
        rules,
        example: f.more.examples.iter().find(|e| mode.satisfies(api, e.when)).map_or(f.example, |e| e.value),
        children: if matches!(f.wire, Wire::Object | Wire::Objects) { nodes(api, mode, f.children) } else { Vec::new() },
    }
}

/// One exhaustive decision of the control for each kind of node.
fn widget(f: &Field, source: Source, options: &[&str]) -> Widget {
    match (f.wire, source) {
        (Wire::Object, _) => Widget::Object,
        (Wire::Objects, _) => Widget::Rows,
        (Wire::Strings, _) => Widget::List,
        (_, Source::Fixed(_)) => Widget::Fixed,
        (_, Source::Null) => Widget::Null,
        _ if options.len() == 1 => Widget::Only,
        (Wire::Bool, _) => Widget::Toggle,
        _ if options.len() == 2 && options.contains(&"true") && options.contains(&"false") => Widget::Toggle,
        _ if !options.is_empty() => Widget::Select,
        _ if f.secret => Widget::Secret,
        (Wire::Int | Wire::Long, _) => Widget::Number,
        (Wire::Str, _) if f.rules.iter().any(|r| matches!(r.check, Check::Length { max, .. } if max > 256)) => Widget::LongText,
        (Wire::Str, _) => Widget::Text,
    }
}

/// Every field of the API in any mode, by member names (`["flavor", "num"]`), with its node
/// in the first mode that has it. Built once per API.
pub fn fields(api: &'static Api) -> &'static [(Vec<&'static str>, &'static Node)] {
    static CACHE: Mutex<Vec<(&'static Api, &'static [(Vec<&'static str>, &'static Node)])>> = Mutex::new(Vec::new());
    if let Some((_, f)) = CACHE.lock().unwrap_or_else(|e| e.into_inner()).iter().find(|(a, _)| std::ptr::eq(*a, api)) {
        return f;
    }
    fn go(prefix: &[&'static str], nodes: &'static [Node], out: &mut Vec<(Vec<&'static str>, &'static Node)>) {
        for n in nodes {
            let mut names = prefix.to_vec();
            names.push(n.name());
            if !out.iter().any(|(p, _)| *p == names) {
                out.push((names.clone(), n));
            }
            go(&names, &n.children, out);
        }
    }
    let mut out = Vec::new();
    for m in Mode::all(api) {
        go(&[], &resolve(api, &m).roots, &mut out);
    }
    let f: &'static [(Vec<&'static str>, &'static Node)] = Box::leak(out.into_boxed_slice());
    CACHE.lock().unwrap_or_else(|e| e.into_inner()).push((api, f));
    f
}

/// The field at these member names in any mode of the API.
pub fn any_mode(api: &'static Api, names: &[&str]) -> Option<&'static Node> {
    fields(api).iter().find(|(p, _)| p.len() == names.len() && p.iter().zip(names).all(|(a, b)| a == b)).map(|(_, n)| *n)
}

/// Whether any mode of the API has a field at these member names.
pub fn known(api: &'static Api, names: &[&str]) -> bool {
    any_mode(api, names).is_some()
}

/// The sibling names at a level in any mode (for "did you mean").
pub fn names_at(api: &'static Api, parent: &[&str]) -> Vec<&'static str> {
    fields(api).iter().filter(|(p, _)| p.len() == parent.len() + 1 && p[..parent.len()].iter().zip(parent).all(|(a, b)| a == b)).map(|(p, _)| p[parent.len()]).collect()
}

/// Where a field belongs, for a body that carries it in the wrong mode: what the body's
/// choices are, and which choices would have the field. Names only the axes that must
/// change, each with the choices of modes that have the field. Never the word "mode":
/// GeminiDB has a field of that name.
pub struct Belongs {
    /// The current choices on those axes: "GeminiDB Cassandra".
    pub now: String,
    /// "GeminiDB Redis (Database type)"; several axes joined with "and".
    pub needs: String,
}

/// `all`: the member paths the body carries there (an object's members too); the modes
/// named are those that have every one of them.
pub fn belongs(api: &'static Api, current: &Mode, all: &[Vec<&str>]) -> Belongs {
    let with: Vec<Mode> = Mode::all(api).into_iter().filter(|m| all.iter().all(|names| resolve(api, m).find(names).is_some())).collect();
    describe(api, current, &with)
}

/// What sets the modes `with` apart from `current`, axis by axis. An axis is left out when
/// its current choice does not even exist with the choices named before it (changing the
/// engine already changes the instance type). Titles are quoted: some hold commas.
pub fn describe(api: &'static Api, current: &Mode, with: &[Mode]) -> Belongs {
    let mut now = Vec::new();
    let mut needs = Vec::new();
    let mut changed = false;
    for (i, axis) in api.axes.iter().enumerate() {
        let Some(here) = current.choices().get(i) else { continue };
        let mut ids: Vec<&str> = Vec::new();
        let mut titles: Vec<String> = Vec::new();
        for m in with {
            let c = m.choices()[i];
            if !ids.contains(&c.id) {
                ids.push(c.id);
                titles.push(format!("\u{201c}{}\u{201d}", c.title));
            }
        }
        if ids.is_empty() || ids.contains(&here.id) {
            continue;
        }
        let implied = changed && !with.iter().any(|m| m.before(api, axis.id).available(api, axis).any(|c| c.id == here.id));
        changed = true;
        if implied {
            continue;
        }
        now.push(here.title);
        needs.push(format!("{} ({})", crate::text::list(&titles), axis.title));
    }
    Belongs { now: now.join(" · "), needs: crate::text::list_and(&needs) }
}

/// The modes whose tree has a field at these names that accepts the value (as its fixed
/// value, or among its options), and every value the document lists for it in any mode.
pub fn accepting(api: &'static Api, names: &[&str], v: &str) -> (Vec<Mode>, Vec<&'static str>) {
    let mut modes = Vec::new();
    let mut all: Vec<&'static str> = Vec::new();
    for m in Mode::all(api) {
        let Some(n) = resolve(api, &m).find(names) else { continue };
        let values: Vec<&'static str> = match n.source {
            Source::Fixed(f) => vec![f],
            _ => n.options.to_vec(),
        };
        for x in &values {
            if !all.contains(x) {
                all.push(x);
            }
        }
        if values.contains(&v) {
            modes.push(m);
        }
    }
    (modes, all)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(api: &str, mode: &str) -> &'static Tree {
        let a = crate::api(api).unwrap();
        resolve(a, &Mode::parse(a, mode).unwrap())
    }

    #[test]
    fn resolves_once_per_mode() {
        assert!(std::ptr::eq(tree("rds", "mysql/ha"), tree("rds", "mysql/ha")));
        assert!(!std::ptr::eq(tree("rds", "mysql/ha"), tree("rds", "mysql/single")));
    }

    #[test]
    fn pins_nulls_and_presets() {
        let redis = tree("geminidb", "redis/cloudnative/prepaid/none");
        assert_eq!(redis.find(&["datastore", "type"]).unwrap().source, Source::Fixed("redis"));
        assert_eq!(redis.find(&["mode"]).unwrap().source, Source::Fixed("CloudNativeCluster"));
        assert_eq!(redis.find(&["charge_info", "charge_mode"]).unwrap().source, Source::Fixed("prePaid"));
        assert_eq!(redis.find(&["datastore", "version"]).unwrap().preset, Some("5.0"));
        let dynamo = tree("geminidb", "dynamodb/cluster/postpaid/none");
        assert_eq!(dynamo.find(&["datastore", "version"]).unwrap().source, Source::Null);
        let mode = dynamo.find(&["mode"]).unwrap();
        assert_eq!((mode.source, mode.preset, mode.widget), (Source::Typed, Some("Cluster"), Widget::Select));
        assert!(mode.allows("ReplicaSet") && !mode.allows("cluster"));
        let engine = dynamo.find(&["datastore", "storage_engine"]).unwrap();
        assert_eq!((engine.options, engine.preset), (&["rocksDB"][..], Some("rocksDB")));
    }

    #[test]
    fn requiredness_includes_conditional_rules() {
        let t = tree("rabbitmq", "cluster/prepaid/public");
        assert_eq!(t.root("broker_num").unwrap().required, Some(if cfg!(target_arch = "wasm32") { "" } else { "rabbitmq.broker_num.required" }));
        assert!(t.root("publicip_id").unwrap().is_required());
        // Listed for every request: optional without public access (decision #85).
        assert!(!tree("rabbitmq", "single/prepaid/private").root("publicip_id").unwrap().is_required());
    }

    #[test]
    fn belongs_names_the_axes_that_must_change() {
        let g = crate::api("geminidb").unwrap();
        let redis = Mode::parse(g, "redis/cluster/postpaid/none").unwrap();
        let b = belongs(g, &redis, &[vec!["restore_info", "restore_time"]]);
        assert_eq!(b.now, "GeminiDB Redis · New instance");
        assert_eq!(b.needs, "“GeminiDB Cassandra” or “GeminiDB Influx” (Database type) and “Restore to a point in time” (Restore)");
        let cass = Mode::parse(g, "cassandra/cluster/postpaid/none").unwrap();
        assert_eq!(belongs(g, &cass, &[vec!["port"]]).needs, "“GeminiDB Redis” (Database type)");
        assert_eq!(belongs(g, &cass, &[vec!["charge_info", "period_type"]]).needs, "“Yearly/monthly” (Billing)");
        let both = [vec!["restore_info"], vec!["restore_info", "backup_id"]];
        assert_eq!(belongs(g, &redis, &both).needs, "“Restore from a backup” (Restore)");
    }
}
