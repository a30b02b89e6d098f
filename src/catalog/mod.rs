//! The catalog: what the five APIs are, as inert data.
//!
//! Each API is described once, in its own file, in the order of its document's parameter table.
//! Nothing here computes: `resolve` decides each mode's tree from it, and everything else
//! walks that tree.

/// Text the wasm build leaves out: rule ids and source sentences (the widget never shows
/// them), help texts and example bodies (it fetches them from texts/<api>.json when a
/// service is shown; a test writes those files from here). The CLI, the schemas,
/// docs/rules.md and the tests have them.
#[cfg(not(target_arch = "wasm32"))]
macro_rules! doc {
    ($s:expr) => {
        $s
    };
}
/// In the widget a `Doc` takes no bytes at all (`NoDoc`), not even an empty string's.
#[cfg(target_arch = "wasm32")]
macro_rules! doc {
    ($s:expr) => {
        $crate::catalog::NoDoc
    };
}

/// A document's text the wasm build leaves out (`doc!`): the text natively, nothing in the
/// widget. `DocText::text` reads it ("" in the widget).
#[cfg(not(target_arch = "wasm32"))]
pub type Doc = &'static str;
#[cfg(target_arch = "wasm32")]
pub type Doc = NoDoc;

/// What `doc!` leaves in the widget's build.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct NoDoc;

impl NoDoc {
    pub const fn is_empty(&self) -> bool {
        true
    }
}

/// A `Doc` as text.
pub trait DocText {
    fn text(&self) -> &'static str;
}

impl DocText for &'static str {
    fn text(&self) -> &'static str {
        self
    }
}

impl DocText for NoDoc {
    fn text(&self) -> &'static str {
        ""
    }
}

/// How a pasted body shows yearly/monthly billing, for the object `obj` whose billing mode is
/// `key`: prePaid, or no billing mode but a subscription period (a yearly/monthly body missing
/// its billing mode, which the rules then report). An explicit postPaid wins.
macro_rules! prepaid_detect {
    ($obj:literal, $key:literal) => {
        Detect::Any(&[
            Detect::Eq(concat!($obj, ".", $key), "prePaid"),
            Detect::All(&[Detect::Absent(concat!($obj, ".", $key)), Detect::Any(&[Detect::Present(concat!($obj, ".period_type")), Detect::Present(concat!($obj, ".period_num"))])]),
        ])
    };
}

mod ddm;
mod geminidb;
mod geminidb_cassandra;
mod rabbitmq;
mod rds;

/// All APIs, in the order the seeds README lists them.
pub static APIS: &[&Api] = &[
    &geminidb::API,
    &geminidb_cassandra::API,
    &ddm::API,
    &rds::API,
    &rabbitmq::API,
];

/// Looks an API up by its id (`geminidb`, `geminidb-cassandra`, `ddm`, `rds`, `rabbitmq`).
pub fn api(id: &str) -> Option<&'static Api> {
    APIS.iter().copied().find(|a| a.id == id)
}

/// Endpoint hosts the send panel offers for `api`, by region, from the cloud's published lists
/// (docs/decisions.md); empty where no list could be verified. Apart from the catalog's `Api`,
/// so that only the send panel's code reads them (in the widget, its chunk carries them).
pub fn endpoints(api: &Api) -> &'static [&'static str] {
    match api.id {
        "geminidb" => geminidb::ENDPOINTS,
        "geminidb-cassandra" => geminidb_cassandra::ENDPOINTS,
        "ddm" => ddm::ENDPOINTS,
        "rds" => rds::ENDPOINTS,
        "rabbitmq" => rabbitmq::ENDPOINTS,
        _ => &[],
    }
}

/// The document's example request bodies for `api`, verbatim. Apart from the catalog's `Api`,
/// so that only the code that offers and loads them reads them (the widget's importer chunk).
pub fn examples(api: &Api) -> &'static [Example] {
    match api.id {
        "geminidb" => geminidb::EXAMPLES,
        "geminidb-cassandra" => geminidb_cassandra::EXAMPLES,
        "ddm" => ddm::EXAMPLES,
        "rds" => rds::EXAMPLES,
        "rabbitmq" => rabbitmq::EXAMPLES,
        _ => &[],
    }
}

pub struct Api {
    pub id: &'static str,
    pub title: &'static str,
    /// The seed file this API comes from, e.g. "000".
    pub seed: &'static str,
    pub cloud: &'static str,
    pub method: &'static str,
    /// Path template, with `{name}` placeholders for the path parameters.
    pub path: &'static str,
    pub path_params: &'static [PathParam],
    /// The choices that make a mode, in the order a user picks them.
    pub axes: &'static [Axis],
    /// Body fields, in the order of the document's table.
    pub fields: &'static [Field],
}

pub struct PathParam {
    pub name: &'static str,
    pub label: &'static str,
    pub help: Doc,
    pub default: Option<&'static str>,
}

/// One dimension of a mode: engine, instance type, billing, restore...
pub struct Axis {
    pub id: &'static str,
    pub title: &'static str,
    pub choices: &'static [Choice],
}

pub struct Choice {
    pub id: &'static str,
    pub title: &'static str,
    /// The choice exists only when this holds for the choices made on earlier axes.
    pub when: &'static Cond,
    /// The wire value this choice puts into the field pinned to this axis (`Field::pin`);
    /// `None` sends nothing.
    pub value: Option<&'static str>,
    /// How a pasted body shows this choice. The first choice whose test holds wins; the
    /// default choice has `Detect::Fallback`.
    pub detect: Detect,
}

/// A test on a pasted JSON body, for mode detection. Paths are dotted (`datastore.type`).
pub enum Detect {
    Fallback,
    /// The value at the path equals this (strings compared ignoring ASCII case).
    Eq(&'static str, &'static str),
    Present(&'static str),
    /// The string at the path contains this, ignoring ASCII case.
    Contains(&'static str, &'static str),
    /// The value at the path, read as an integer, is greater than this.
    Above(&'static str, i64),
    /// Nothing (or null) at the path.
    Absent(&'static str),
    Any(&'static [Detect]),
    All(&'static [Detect]),
}

/// A condition on the mode: which choices are made on which axes.
#[derive(Clone, Copy)]
pub enum Cond {
    Always,
    Never,
    /// The axis (by id) has one of these choices (by id).
    Is(&'static str, &'static [&'static str]),
    Not(&'static Cond),
    All(&'static [Cond]),
    Any(&'static [Cond]),
}

/// How a field travels on the wire: the table's Type column.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Wire {
    /// "String": always a JSON string, even when it holds digits.
    Str,
    /// "Integer": a JSON number.
    Int,
    /// "Long": a JSON number (int64).
    Long,
    /// "Boolean": true or false.
    Bool,
    /// An object; its fields are in `Field::children`.
    Object,
    /// An array of objects; each row's fields are in `Field::children`.
    Objects,
    /// An array of strings.
    Strings,
}

/// Where a field sits in the form; follows the documents' grouping.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Section {
    Basics,
    Network,
    Spec,
    Backup,
    Billing,
    Advanced,
}

impl Section {
    pub const ALL: [Section; 6] = [
        Section::Basics,
        Section::Network,
        Section::Spec,
        Section::Backup,
        Section::Billing,
        Section::Advanced,
    ];
    pub fn title(self) -> &'static str {
        match self {
            Section::Basics => "Basics",
            Section::Network => "Network",
            Section::Spec => "Specification and storage",
            Section::Backup => "Backup and restore",
            Section::Billing => "Billing",
            Section::Advanced => "Advanced",
        }
    }
}

/// Enumerated values that hold in some modes.
pub struct Options {
    pub when: &'static Cond,
    pub values: &'static [&'static str],
}

/// A value the form starts from in some modes, where the document names no single value and
/// the project chose one (docs/decisions.md). Any value the document allows is accepted.
pub struct Preset {
    pub when: &'static Cond,
    pub value: &'static str,
}

pub struct Field {
    /// The JSON key.
    pub name: &'static str,
    pub label: &'static str,
    pub wire: Wire,
    /// The table's Mandatory column, per mode where the tables differ (RDS single vs replica).
    /// (Conditions are referenced, not stored inline: it keeps the catalog's static data small.)
    pub mandatory: &'static Cond,
    /// The modes the field belongs to. Outside them it is not shown and not sent.
    pub when: &'static Cond,
    /// The document's description; the help text.
    pub help: Doc,
    /// Allowed values; the first entry whose condition holds applies. Empty: free text.
    pub options: &'static [Options],
    /// A valid value, used as the placeholder and by "fill with example".
    pub example: &'static str,
    /// What few fields have (a default, a pin, presets...), behind one reference.
    pub more: &'static More,
    /// A secret: masked in previews, never stored or put in links.
    pub secret: bool,
    pub section: Section,
    pub children: &'static [Field],
    pub rules: &'static [Rule],
}

/// The attributes that few fields set (31 of about 290 set one or more), kept apart: inline, their neutral
/// values cost every field 38 bytes of the widget's static data (docs/decisions.md #99).
pub struct More {
    /// What the form starts from, where the project chose it; the first that holds applies.
    pub presets: &'static [Preset],
    /// Enumerated values compare ignoring ASCII case (RDS `ha.mode` is "Ha (case-insensitive)").
    pub ignore_case: bool,
    /// The documented default, shown as help; never sent on the user's behalf.
    pub default: Option<&'static str>,
    /// Examples for some modes, where `example` belongs to another engine (a Redis instance
    /// is not "test-cassandra-01"); the first that holds applies, else `example`.
    pub examples: &'static [Preset],
    /// The field only restates a choice the mode's pickers already show (an explicit
    /// `postPaid`, the default billing): the form hides it unless the values hold it.
    pub restates: bool,
    /// The field's value is the choice made on this axis (`Choice::value`), not typed. A
    /// choice with no value leaves the field to the user.
    pub pin: Option<&'static str>,
    /// In these modes the field is sent as JSON null (GeminiDB DynamoDB/HBase `datastore.version`).
    pub null_when: &'static Cond,
}

impl More {
    /// Every attribute at its neutral value: what `Field::new` starts from.
    pub const NONE: More = More { presets: &[], ignore_case: false, default: None, examples: &[], restates: false, pin: None, null_when: &Cond::Never };
}

/// A documented constraint, traced to its sentence.
pub struct Rule {
    /// Stable id, `api.field.what`.
    pub id: Doc,
    /// The modes in which the rule applies.
    pub when: &'static Cond,
    pub check: Check,
    /// The sentence of the seed the rule comes from, verbatim (en-dashes restored in seed 000).
    pub quote: Doc,
}

/// What a rule checks. Each kind is implemented in `crate::rules`.
#[derive(Clone, Copy, Debug)]
pub enum Check {
    /// The field must be given (a conditional Mandatory).
    Required,
    /// Length in characters (Unicode scalar values), inclusive.
    Length { min: usize, max: usize },
    /// The first character is an ASCII letter.
    StartsWithLetter,
    /// Every character is in the set.
    Charset(Charset),
    /// No leading or trailing space.
    NoEdgeSpaces,
    /// A password: length, allowed characters, and a minimum number of the four classes
    /// (upper, lower, digit, special) present.
    Password { min: usize, max: usize, classes: usize, specials: &'static str },
    /// An integer (written without sign or spaces) within the range.
    Range { min: i64, max: i64 },
    /// An integer within one of the ranges.
    Ranges(&'static [(i64, i64)]),
    /// Not one of these values.
    NoneOf(&'static [&'static str]),
    /// Not the empty string, where a field may be left out but not sent empty.
    NotEmpty,
    /// A multiple of this.
    Step(i64),
    /// Not one of these integers.
    Excluded(&'static [i64]),
    /// A string of exactly this many ASCII digits.
    Digits(usize),
    /// `hh:mm-HH:MM`, HH = hh + 1 (23 wraps to 00), mm = MM from the allowed minutes.
    BackupWindow { minutes: &'static [&'static str] },
    /// A comma-separated list of this many non-empty entries.
    CommaList { min: usize, max: usize },
    /// The array has this many non-empty entries.
    Count { min: usize, max: usize },
    /// An IPv4 address in dotted-quad form.
    Ipv4,
    /// Differs from the sibling field.
    DiffersFrom(&'static str),
    /// Set together with the sibling field, or neither.
    Paired(&'static str),
    /// Is the sibling field's time (HH:mm) plus this many hours, wrapping at midnight.
    HoursAfter(&'static str, u32),
    /// Subscription period: 1..=month_max when the sibling period type is "month",
    /// 1..=year_max when it is "year".
    Period { type_field: &'static str, month_max: i64, year_max: i64 },
    /// At least `per_node` × the sibling node count, at most `max` (RabbitMQ cluster storage).
    PerNode { nodes: &'static str, per_node: i64, max: i64 },
    /// Must not be this integer (SQL Server HA keep_days 0).
    NotValue(i64),
}

/// A set of allowed characters.
#[derive(Clone, Copy, Debug)]
pub struct Charset {
    /// ASCII letters; with `unicode`, any alphabetic character.
    pub letters: bool,
    pub unicode: bool,
    pub digits: bool,
    pub space: bool,
    /// Other allowed characters, listed.
    pub extra: &'static str,
    /// How the document names the set, for messages: "letters, digits, hyphens (-) and underscores (_)".
    pub says: &'static str,
}

pub struct Example {
    pub title: &'static str,
    /// The mode id the example belongs to.
    pub mode: &'static str,
    pub json: Doc,
}

/// The billing mode a pay-per-use body may send explicitly: the tables list postPaid, the
/// default (docs/decisions.md #25, #27, #28). `mandatory`: the table's Mandatory column for it.
pub const fn post_paid(name: &'static str, mandatory: &'static Cond) -> Field {
    Field {
        mandatory,
        help: doc!("Billing mode. postPaid: pay-per-use (the default)."),
        section: Section::Billing,
        options: &[Options { when: &Cond::Always, values: &["postPaid"] }],
        more: &More { default: Some("postPaid"), restates: true, ..More::NONE },
        example: "postPaid",
        ..Field::new(name, "Billing mode", Wire::Str)
    }
}

impl Field {
    /// A field with every optional attribute at its neutral value. Catalog files start
    /// from this and set what the document says, so each entry lists only its facts.
    pub const fn new(name: &'static str, label: &'static str, wire: Wire) -> Field {
        Field {
            name,
            label,
            wire,
            mandatory: &Cond::Never,
            when: &Cond::Always,
            help: doc!(""),
            options: &[],
            example: "",
            more: &More::NONE,
            secret: false,
            section: Section::Basics,
            children: &[],
            rules: &[],
        }
    }

    /// Whether the table marks the field mandatory in at least one mode.
    pub fn mandatory_somewhere(&self) -> bool {
        !matches!(*self.mandatory, Cond::Never)
    }

    pub fn is_container(&self) -> bool {
        matches!(self.wire, Wire::Object | Wire::Objects)
    }
}

impl Api {
    /// The choice ids of an axis that exist given earlier picks.
    pub fn axis(&self, id: &str) -> Option<(usize, &'static Axis)> {
        self.axes.iter().enumerate().find(|(_, a)| a.id == id)
    }

    /// Every field at every depth with its dotted path (rows' fields as `flavor[].num`),
    /// in table order. Used by docs, schema and tests.
    pub fn walk(&self) -> Vec<(String, &'static Field)> {
        fn go(prefix: &str, fields: &'static [Field], out: &mut Vec<(String, &'static Field)>) {
            for f in fields {
                let path = if prefix.is_empty() { f.name.to_string() } else { format!("{prefix}.{}", f.name) };
                out.push((path.clone(), f));
                match f.wire {
                    Wire::Object => go(&path, f.children, out),
                    Wire::Objects => go(&format!("{path}[]"), f.children, out),
                    _ => {}
                }
            }
        }
        let mut out = Vec::new();
        go("", self.fields, &mut out);
        out
    }
}


/// Catalog entries are statics: two are the same entry when they are the same object.
impl PartialEq for Api {
    fn eq(&self, other: &Api) -> bool {
        std::ptr::eq(self, other)
    }
}

impl PartialEq for Field {
    fn eq(&self, other: &Field) -> bool {
        std::ptr::eq(self, other)
    }
}

impl std::fmt::Debug for Field {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Field({})", self.name)
    }
}


impl std::fmt::Debug for Api {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Api({})", self.id)
    }
}

#[cfg(test)]
mod tests;
