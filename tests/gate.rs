//! `check` as a gate a pipeline can trust (issue 10, section 1): it reports what a body
//! lacks or gets wrong and never fills a field in from the detected mode, folds case the
//! document does not fold, or sends a number other than the one checked. Each point has a
//! passing and a failing body; `check`, `normalize` (the body printed back) and `schema`
//! (validated with the jsonschema crate) must agree on each.

use request_builder::resolve::{resolve, Node, Source, Widget};
use request_builder::{api, body, check, fill, import, schema, Api, Mode, Path};
use serde_json::{json, Value};

/// A valid body of the mode, built from its example values.
fn valid(api_id: &str, mode: &str) -> Value {
    let a = api(api_id).unwrap();
    let m = Mode::parse(a, mode).unwrap();
    serde_json::from_str(&body::pretty(a, &m, &fill::example(a, &m))).unwrap()
}

/// (path, code) of what `check` reports, the mode detected unless given.
fn issues(api_id: &str, body: &Value, mode: Option<&str>) -> Vec<(String, String)> {
    let a = api(api_id).unwrap();
    let (_, found) = check(a, &body.to_string(), mode.map(|m| Mode::parse(a, m).unwrap())).unwrap();
    found.iter().map(|i| (i.path.to_string(), i.code.to_string())).collect()
}

fn message(api_id: &str, body: &Value, mode: Option<&str>, path: &str) -> String {
    messages(api_id, body, mode, path).into_iter().next().unwrap_or_else(|| panic!("no issue at {path}: {body}"))
}

/// Every message at `path`, in the order the check gives them.
fn messages(api_id: &str, body: &Value, mode: Option<&str>, path: &str) -> Vec<String> {
    let a = api(api_id).unwrap();
    let (_, found) = check(a, &body.to_string(), mode.map(|m| Mode::parse(a, m).unwrap())).unwrap();
    found.iter().filter(|i| i.path == path).map(|i| i.message.clone()).collect()
}

/// What `normalize` prints for the body (the mode detected unless given).
fn normalized(api_id: &str, body: &Value, mode: Option<&str>) -> Value {
    let a = api(api_id).unwrap();
    let imp = import::import(a, &body.to_string(), mode.map(|m| Mode::parse(a, m).unwrap())).unwrap();
    serde_json::from_str(&body::pretty(a, &imp.mode, &imp.values)).unwrap()
}

/// Whether the mode's JSON Schema accepts the body.
fn schema_accepts(api_id: &str, mode: &str, body: &Value) -> bool {
    let a = api(api_id).unwrap();
    let s = schema::schema(a, &Mode::parse(a, mode).unwrap());
    jsonschema::validator_for(&s).unwrap().is_valid(body)
}

fn remove(body: &mut Value, path: &str) {
    let mut parts: Vec<&str> = path.split('.').collect();
    let last = parts.pop().unwrap();
    let mut at = body;
    for p in parts {
        at = &mut at[p];
    }
    at.as_object_mut().unwrap().remove(last);
}

fn set(body: &mut Value, path: &str, v: Value) {
    let mut at = body;
    for p in path.split('.') {
        at = &mut at[p];
    }
    *at = v;
}

/// The mode-defining fields the issue names, each in a mode where the table makes it
/// mandatory: missing, it is reported (detection does not fill it in), normalize leaves it
/// out, and the schema refuses the body too.
#[test]
fn a_missing_mode_defining_field_is_reported_not_filled_in() {
    let cases = [
        ("geminidb", "cassandra/cluster/postpaid/none", "datastore.type"),
        ("geminidb", "redis/replication/postpaid/none", "mode"),
        ("geminidb", "mongodb/replicaset/prepaid/none", "charge_info.charge_mode"),
        ("geminidb-cassandra", "cluster", "mode"),
        ("geminidb-cassandra", "cluster", "datastore.type"),
        ("rds", "postgresql/ha", "datastore.type"),
        ("rds", "mysql/ha", "ha.mode"),
        ("rabbitmq", "single/postpaid/private", "engine"),
        ("rabbitmq", "cluster/prepaid/private", "bss_param.charging_mode"),
        ("ddm", "prepaid", "extend_param.charge_mode"),
    ];
    for (id, mode, path) in cases {
        let good = valid(id, mode);
        assert_eq!(issues(id, &good, None), Vec::<(String, String)>::new(), "{id} {mode}: the valid body passes");
        assert!(schema_accepts(id, mode, &good), "{id} {mode}: the schema accepts the valid body");
        let mut bad = good.clone();
        remove(&mut bad, path);
        assert!(issues(id, &bad, None).contains(&(path.to_string(), "required".to_string())), "{id}: missing {path}: {:?}", issues(id, &bad, None));
        assert!(issues(id, &bad, Some(mode)).contains(&(path.to_string(), "required".to_string())), "{id}: missing {path}, mode given");
        assert_eq!(normalized(id, &bad, Some(mode)), bad, "{id}: normalize adds nothing ({path})");
        assert!(!schema_accepts(id, mode, &bad), "{id}: the schema refuses the body without {path}");
    }
}

/// Every field whose value a mode fixes, in every mode of every API: left out it is reported
/// when mandatory; in another case it is reported; another choice's value is named as that
/// choice when the mode is given.
#[test]
fn every_fixed_value_in_every_mode_is_checked_not_filled() {
    let mut checked = 0;
    for a in request_builder::APIS {
        for m in Mode::all(a) {
            let tree = resolve(a, &m);
            let good = valid(a.id, &m.id());
            for (path, node) in fixed(&tree.roots, &Path::root()) {
                let Source::Fixed(want) = node.source else { unreachable!() };
                let p = path.to_string();
                if node.is_required() {
                    let mut bad = good.clone();
                    remove(&mut bad, &p);
                    let got = issues(a.id, &bad, Some(&m.id()));
                    assert!(got.contains(&(p.clone(), "required".into())), "{} {}: missing {p}: {got:?}", a.id, m.id());
                    assert_eq!(normalized(a.id, &bad, Some(&m.id())), bad, "{} {}: {p} not filled in", a.id, m.id());
                }
                let flipped = flip_case(want);
                if flipped != want {
                    let mut bad = good.clone();
                    set(&mut bad, &p, typed(node, &flipped));
                    let got = issues(a.id, &bad, Some(&m.id()));
                    assert!(got.contains(&(p.clone(), "case".into())), "{} {}: {p} = {flipped}: {got:?}", a.id, m.id());
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 150, "fixed values checked: {checked}");
}

fn fixed(nodes: &'static [Node], at: &Path) -> Vec<(Path, &'static Node)> {
    let mut out = Vec::new();
    for n in nodes {
        let p = at.key(n.name());
        match n.widget {
            Widget::Object => out.extend(fixed(&n.children, &p)),
            _ if matches!(n.source, Source::Fixed(_)) => out.push((p, n)),
            _ => {}
        }
    }
    out
}

fn flip_case(s: &str) -> String {
    s.chars().map(|c| if c.is_ascii_uppercase() { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() }).collect()
}

fn typed(node: &Node, text: &str) -> Value {
    match node.wire() {
        request_builder::catalog::Wire::Bool => Value::String(text.into()),
        _ => Value::String(text.into()),
    }
}

#[test]
fn case_matters_unless_the_document_says_case_insensitive() {
    let mut b = valid("geminidb", "redis/cluster/postpaid/none");
    set(&mut b, "datastore.type", json!("Redis"));
    assert_eq!(issues("geminidb", &b, None), vec![("datastore.type".into(), "case".into())]);
    assert!(message("geminidb", &b, None, "datastore.type").contains("\"redis\""));
    assert_eq!(normalized("geminidb", &b, None)["datastore"]["type"], "Redis", "kept as written, not folded");

    let mut mq = valid("rabbitmq", "single/postpaid/private");
    set(&mut mq, "engine", json!("RabbitMQ"));
    assert_eq!(issues("rabbitmq", &mq, None), vec![("engine".into(), "case".into())], "the table says rabbitmq");
    assert!(!schema_accepts("rabbitmq", "single/postpaid/private", &mq));

    let mut st = valid("geminidb", "cassandra/cluster/postpaid/none");
    set(&mut st, "datastore.storage_engine", json!("rocksdb"));
    assert_eq!(issues("geminidb", &st, None), vec![("datastore.storage_engine".into(), "case".into())]);

    // RDS ha.mode: "The value is Ha (case-insensitive)".
    let mut ha = valid("rds", "mysql/ha");
    for v in ["ha", "HA", "Ha"] {
        set(&mut ha, "ha.mode", json!(v));
        assert_eq!(issues("rds", &ha, None), Vec::<(String, String)>::new(), "{v}");
        assert!(schema_accepts("rds", "mysql/ha", &ha), "{v}");
    }
    set(&mut ha, "ha.mode", json!("hb"));
    assert_eq!(issues("rds", &ha, None), vec![("ha.mode".into(), "not_allowed".into())]);
}

#[test]
fn a_value_of_another_choice_names_that_choice_when_the_mode_is_given() {
    let b = valid("geminidb", "redis/cluster/postpaid/none");
    let m = message("geminidb", &b, Some("cassandra/cluster/postpaid/none"), "datastore.type");
    assert!(m.contains("GeminiDB Redis") && m.contains("\"cassandra\""), "{m}");
    assert!(!m.contains(" mode"), "no second sense of 'mode' in: {m}");
}

#[test]
fn messages_name_the_documents_values() {
    let mut b = valid("geminidb", "mongodb/replicaset/postpaid/none");
    remove(&mut b, "datastore.type");
    // Detection falls back to the first engine; the message lists all six the document has.
    let m = message("geminidb", &b, None, "datastore.type");
    for v in ["cassandra", "mongodb", "influxdb", "redis", "dynamodb", "hbase"] {
        assert!(m.contains(v), "{v} in {m}");
    }
    let mut r = valid("geminidb", "redis/replication/postpaid/none");
    set(&mut r, "mode", json!("ReplicaSet"));
    let m = message("geminidb", &r, Some("redis/replication/postpaid/none"), "mode");
    assert!(m.contains("Cluster, CloudNativeCluster, RedisCluster or Replication"), "{m}");
}

#[test]
fn fields_the_table_fixes_to_null_must_be_null() {
    for engine in ["dynamodb", "hbase"] {
        let mode = format!("{engine}/cluster/postpaid/none");
        let good = valid("geminidb", &mode);
        assert_eq!(good["datastore"]["version"], Value::Null);
        assert_eq!(issues("geminidb", &good, None), Vec::<(String, String)>::new());
        assert!(schema_accepts("geminidb", &mode, &good));
        let mut bad = good.clone();
        set(&mut bad, "datastore.version", json!("3.11"));
        assert_eq!(issues("geminidb", &bad, None), vec![("datastore.version".into(), "must_be_null".into())], "{engine}");
        assert_eq!(normalized("geminidb", &bad, None)["datastore"]["version"], "3.11", "not dropped quietly");
        assert!(!schema_accepts("geminidb", &mode, &bad));
        remove(&mut bad, "datastore.version");
        assert_eq!(issues("geminidb", &bad, None), vec![("datastore.version".into(), "required".into())], "{engine}: the table marks it mandatory");
        assert!(normalized("geminidb", &bad, None)["datastore"].get("version").is_none(), "null is not filled in");
    }
}

#[test]
fn the_number_sent_is_the_number_checked() {
    let mode = "cassandra/cluster/prepaid/pitr";
    let mut b = valid("geminidb", mode);
    assert_eq!(b["restore_info"]["restore_time"], json!(1607731200000i64));
    set(&mut b, "restore_info.restore_time", json!("0160773120000"));
    assert_eq!(issues("geminidb", &b, None), vec![("restore_info.restore_time".into(), "leading_zero".into())]);
    assert_eq!(normalized("geminidb", &b, None)["restore_info"]["restore_time"], "0160773120000", "never sent as 160773120000");
    // A string holding the right number is converted, and the note quotes that number.
    set(&mut b, "restore_info.restore_time", json!("1607731200000"));
    let a = api("geminidb").unwrap();
    let imp = import::import(a, &b.to_string(), None).unwrap();
    let note = imp.notes.iter().find(|n| n.path == "restore_info.restore_time").unwrap();
    assert!(note.message.contains("the number 1607731200000"), "{}", note.message);
    assert_eq!(issues("geminidb", &b, None), Vec::<(String, String)>::new());
    // RDS keep_days is an Integer: "007" is reported, 7 passes.
    let mut r = valid("rds", "mysql/single");
    set(&mut r, "backup_strategy.keep_days", json!("007"));
    assert_eq!(issues("rds", &r, None), vec![("backup_strategy.keep_days".into(), "leading_zero".into())]);
    set(&mut r, "backup_strategy.keep_days", json!(7));
    assert_eq!(issues("rds", &r, None), Vec::<(String, String)>::new());
}

#[test]
fn post_paid_is_accepted_wherever_the_table_lists_it() {
    let cases = [
        ("geminidb", "cassandra/cluster/postpaid/none", "charge_info", json!({"charge_mode": "postPaid"})),
        ("ddm", "postpaid", "extend_param", json!({"charge_mode": "postPaid"})),
        ("rabbitmq", "single/postpaid/private", "bss_param", json!({"charging_mode": "postPaid"})),
        ("rds", "mysql/single", "charge_info", json!({"charge_mode": "postPaid"})),
    ];
    for (id, mode, field, billing) in cases {
        let mut b = valid(id, mode);
        set(&mut b, field, billing.clone());
        assert_eq!(issues(id, &b, None), Vec::<(String, String)>::new(), "{id}: {billing}");
        assert!(schema_accepts(id, mode, &b), "{id}: schema");
        assert_eq!(normalized(id, &b, None)[field], billing, "{id}: kept");
        let name = billing.as_object().unwrap().keys().next().unwrap().clone();
        set(&mut b, &format!("{field}.{name}"), json!("postpaid"));
        assert_eq!(issues(id, &b, None), vec![(format!("{field}.{name}"), "case".into())], "{id}");
    }
}

#[test]
fn a_listed_field_outside_its_mode_says_which_choice_needs_it() {
    // A pay-per-use GeminiDB body with a subscription period: the period belongs to
    // yearly/monthly; it is a field of the API, never "not a field".
    let mut b = valid("geminidb", "cassandra/cluster/postpaid/none");
    set(&mut b, "charge_info", json!({"charge_mode": "postPaid", "period_type": "month"}));
    assert_eq!(issues("geminidb", &b, None), vec![("charge_info.period_type".into(), "not_in_mode".into())]);
    let m = message("geminidb", &b, None, "charge_info.period_type");
    assert!(m.contains("“Yearly/monthly” (Billing)") && !m.contains("not a field"), "{m}");
    // The same for DDM and RabbitMQ.
    let mut d = valid("ddm", "postpaid");
    set(&mut d, "extend_param", json!({"charge_mode": "postPaid", "period_num": 1}));
    assert!(message("ddm", &d, None, "extend_param.period_num").contains("“Yearly/monthly” (Billing)"));
    let mut r = valid("rabbitmq", "single/postpaid/private");
    set(&mut r, "bss_param", json!({"charging_mode": "postPaid", "period_type": "year"}));
    assert!(message("rabbitmq", &r, None, "bss_param.period_type").contains("“Yearly/monthly” (Billing)"));
    // A field of no mode at all is "not a field", with a suggestion.
    let mut u = valid("rds", "mysql/single");
    set(&mut u, "flavour_ref", json!("x"));
    let m = message("rds", &u, None, "flavour_ref");
    assert!(m.contains("not a field") && m.contains("flavor_ref"), "{m}");
}

#[test]
fn a_missing_billing_mode_is_named_missing() {
    let mut b = valid("geminidb", "cassandra/cluster/prepaid/none");
    remove(&mut b, "charge_info.charge_mode");
    let a = api("geminidb").unwrap();
    let imp = import::import(a, &b.to_string(), None).unwrap();
    assert_eq!(imp.mode.id(), "cassandra/cluster/prepaid/none", "the period says yearly/monthly");
    assert_eq!(issues("geminidb", &b, None), vec![("charge_info.charge_mode".into(), "required".into())]);
    assert!(message("geminidb", &b, None, "charge_info.charge_mode").contains("\"prePaid\""));
}

#[test]
fn point_in_time_restore_says_which_engines_support_it() {
    let mut b = valid("geminidb", "redis/cluster/postpaid/none");
    set(&mut b, "restore_info", json!({"source_instance_id": "i-1", "restore_time": 1607731200000i64}));
    let m = message("geminidb", &b, None, "restore_info");
    assert!(m.contains("“GeminiDB Cassandra” or “GeminiDB Influx”") && m.contains("“Restore to a point in time”"), "{m}");
    assert!(!m.contains("pick a mode"), "{m}");
}

#[test]
fn sql_server_primary_standby_needs_keep_days() {
    let mode = "sqlserver/ha";
    let mut b = valid("rds", mode);
    set(&mut b, "backup_strategy", json!({"start_time": "08:15-09:15", "keep_days": 7}));
    assert_eq!(issues("rds", &b, None), Vec::<(String, String)>::new());
    remove(&mut b, "backup_strategy.keep_days");
    assert_eq!(issues("rds", &b, None), vec![("backup_strategy.keep_days".into(), "required".into())], "not specified disables backups");
    set(&mut b, "backup_strategy.keep_days", json!(0));
    assert_eq!(issues("rds", &b, None), vec![("backup_strategy.keep_days".into(), "excluded".into())]);
    remove(&mut b, "backup_strategy");
    assert_eq!(issues("rds", &b, None), Vec::<(String, String)>::new(), "no backup_strategy: the table says nothing is disabled");
    // Other engines may leave keep_days out.
    let mut my = valid("rds", "mysql/ha");
    set(&mut my, "backup_strategy", json!({"start_time": "08:15-09:15"}));
    assert_eq!(issues("rds", &my, None), Vec::<(String, String)>::new());
}

#[test]
fn values_the_project_chose_are_defaults_not_rules() {
    // DynamoDB-Compatible and HBase `mode`: the document lists none; any listed type passes.
    for v in ["Cluster", "ReplicaSet", "Replication"] {
        let mut b = valid("geminidb", "hbase/cluster/postpaid/none");
        set(&mut b, "mode", json!(v));
        assert_eq!(issues("geminidb", &b, None), Vec::<(String, String)>::new(), "{v}");
    }
    let mut b = valid("geminidb", "dynamodb/cluster/postpaid/none");
    set(&mut b, "mode", json!("Bogus"));
    assert_eq!(issues("geminidb", &b, None), vec![("mode".into(), "not_allowed".into())]);
    // Their storage engine: the document's only value, rocksDB, is the one accepted.
    set(&mut b, "mode", json!("Cluster"));
    set(&mut b, "datastore.storage_engine", json!("rocksDB"));
    assert_eq!(issues("geminidb", &b, None), Vec::<(String, String)>::new());
    set(&mut b, "datastore.storage_engine", json!("innoDB"));
    assert_eq!(issues("geminidb", &b, None), vec![("datastore.storage_engine".into(), "not_allowed".into())]);
    // Single-node Influx: no version listed; either Influx version passes, 1.8 offered.
    for v in ["1.8", "1.7"] {
        let mut i = valid("geminidb", "influxdb/single/postpaid/none");
        set(&mut i, "datastore.version", json!(v));
        assert_eq!(issues("geminidb", &i, None), Vec::<(String, String)>::new(), "{v}");
    }
    let mut i = valid("geminidb", "influxdb/single/postpaid/none");
    set(&mut i, "datastore.version", json!("5.0"));
    assert_eq!(issues("geminidb", &i, None), vec![("datastore.version".into(), "not_allowed".into())]);
    let g = api("geminidb").unwrap();
    let t = resolve(g, &Mode::parse(g, "influxdb/single/postpaid/none").unwrap());
    assert_eq!(t.find(&["datastore", "version"]).unwrap().preset, Some("1.8"));
}

#[test]
fn titles_follow_the_engine() {
    let g: &'static Api = api("geminidb").unwrap();
    let t = Mode::parse(g, "redis/cluster/prepaid/none").unwrap().title();
    assert!(t.contains("Proxy cluster") && !t.contains("Cluster, classic storage"), "{t}");
    let s = schema::schema(g, &Mode::parse(g, "redis/cluster/prepaid/none").unwrap());
    assert!(s["description"].as_str().unwrap().contains("Proxy cluster"));
}

/// An empty string, a null or an empty object is part of the body as sent: the table's type
/// and constraints apply to it. (The form never sends them: a cleared field is left out.)
#[test]
fn empty_strings_nulls_and_empty_objects_are_checked_as_sent() {
    let sent = |id: &str, mode: &str, path: &str, v: Value| {
        let mut b = valid(id, mode);
        set(&mut b, path, v);
        issues(id, &b, None)
    };
    // Empty strings: against a value list, a minimum length, "cannot be empty".
    assert_eq!(sent("geminidb", "cassandra/cluster/postpaid/none", "ssl_option", json!("")), vec![("ssl_option".into(), "not_allowed".into())]);
    assert_eq!(sent("ddm", "postpaid", "instance.admin_user_name", json!("")), vec![("instance.admin_user_name".into(), "too_short".into())]);
    assert_eq!(sent("rds", "mysql/replica", "region", json!("")), vec![("region".into(), "empty".into())]);
    assert_eq!(sent("rds", "mysql/replica", "region", json!("eu-de")), Vec::<(String, String)>::new());
    assert_eq!(sent("rabbitmq", "single/postpaid/private", "tags", json!([{"key": "", "value": "prod"}])), vec![("tags[0].key".into(), "too_short".into())]);
    // Where the document allows it, "" passes: a RabbitMQ description has 0 to 1024 characters.
    assert_eq!(sent("rabbitmq", "single/postpaid/private", "description", json!("")), Vec::<(String, String)>::new());
    // Nulls where the table has a type.
    assert_eq!(sent("rds", "mysql/single", "port", json!(null)), vec![("port".into(), "null".into())]);
    assert_eq!(sent("rabbitmq", "single/postpaid/private", "ssl_enable", json!(null)), vec![("ssl_enable".into(), "null".into())]);
    assert_eq!(sent("rds", "mysql/single", "backup_strategy", json!(null)), vec![("backup_strategy".into(), "null".into())]);
    // An empty object whose table has mandatory members.
    assert_eq!(sent("geminidb", "cassandra/cluster/postpaid/none", "backup_strategy", json!({})), vec![("backup_strategy.start_time".into(), "required".into())]);
    assert_eq!(sent("rds", "mysql/single", "charge_info", json!({})), vec![("charge_info.charge_mode".into(), "required".into())]);
    let redis = sent("geminidb", "redis/replication/postpaid/none", "availability_zone_detail", json!({}));
    assert_eq!(redis.len(), 2, "{redis:?}");
    // An object whose members are all optional may be sent empty.
    assert_eq!(sent("geminidb", "cassandra/cluster/postpaid/backup", "restore_info", json!({"backup_id": "b1"})), Vec::<(String, String)>::new());
    // An empty entry in a list is reported where it is.
    assert_eq!(sent("ddm", "postpaid", "instance.available_zones", json!([""])), vec![("instance.available_zones[0]".into(), "empty_entry".into())]);
}

/// normalize drops what is not sent (empty strings, nulls, empty objects and arrays), and
/// says so for each; it never turns a number into a string.
#[test]
fn normalize_notes_every_drop_and_keeps_numbers() {
    let a = api("rabbitmq").unwrap();
    let mut b = valid("rabbitmq", "single/postpaid/private");
    set(&mut b, "tags", json!([]));
    set(&mut b, "publicip_id", json!(""));
    set(&mut b, "ssl_enable", json!(null));
    let imp = import::import(a, &b.to_string(), None).unwrap();
    for p in ["tags", "publicip_id", "ssl_enable"] {
        assert!(imp.notes.iter().any(|n| n.path == p && n.code == "dropped_empty"), "a note for {p}: {:?}", imp.notes);
        assert!(normalized("rabbitmq", &b, None).get(p).is_none(), "{p} is not sent");
    }
    let mut r = valid("rds", "mysql/single");
    set(&mut r, "volume.size", json!(100.5));
    assert_eq!(normalized("rds", &r, None)["volume"]["size"], json!(100.5), "still a number");
    assert_eq!(issues("rds", &r, None), vec![("volume.size".into(), "not_integer".into())]);
    set(&mut r, "volume.size", json!(99999999999999999999u128 as f64));
    assert!(message("rds", &r, None, "volume.size").contains("whole number"));
    let mut d = valid("ddm", "postpaid");
    set(&mut d, "instance.node_num", json!("99999999999999999999"));
    let m = message("ddm", &d, None, "instance.node_num");
    assert!(m.contains("too large") && !m.contains("not a whole"), "{m}");
}

#[test]
fn numbers_are_quoted_as_the_body_wrote_them() {
    // serde_json keeps each number's digits (arbitrary_precision): a huge integer is quoted
    // whole, never as a rounded float, and a decimal keeps its trailing zero.
    let body = r#"{"name":"abcd","datastore":{"type":"MySQL","version":"8.0"},"password":"Test@12345678","flavor_ref":"rds.mysql.s1.large","volume":{"type":"ULTRAHIGH","size":100.50},"region":"eu-de","availability_zone":"eu-de-01","vpc_id":"v","subnet_id":"s","security_group_id":"g","port":12345678901234567890123}"#;
    let a = api("rds").unwrap();
    let imp = import::import(a, body, None).unwrap();
    let report = request_builder::rules::validate(a, &imp.mode, &imp.values);
    let size = report.iter().find(|i| i.path.to_string() == "volume.size").expect("volume.size is reported");
    assert!(size.message.contains("\"100.50\""), "{}", size.message);
    let port = report.iter().find(|i| i.path.to_string() == "port").expect("port is reported");
    assert!(port.message.contains("12345678901234567890123") && !port.message.contains("e+"), "{}", port.message);
}

#[test]
fn a_value_of_another_choice_is_named_with_that_choice() {
    // A billing mode outside the pay-per-use body's list: prePaid goes with yearly/monthly.
    let mut b = valid("geminidb", "cassandra/cluster/postpaid/none");
    set(&mut b, "charge_info", json!({"charge_mode": "free"}));
    let m = message("geminidb", &b, None, "charge_info.charge_mode");
    assert!(m.contains("prePaid") && m.contains("postPaid"), "the document's values: {m}");
    // A version of another engine names the engine.
    let mut v = valid("geminidb", "cassandra/cluster/postpaid/none");
    set(&mut v, "datastore.version", json!("5.0"));
    let m = message("geminidb", &v, None, "datastore.version");
    assert!(m.contains("3.11") && m.contains("\u{201c}GeminiDB Redis\u{201d}"), "{m}");
    // Booleans and numbers are quoted as JSON writes them, and the key names the field.
    let mut p = valid("rabbitmq", "single/postpaid/public");
    set(&mut p, "enable_publicip", json!(false));
    let m = message("rabbitmq", &p, Some("single/postpaid/public"), "enable_publicip");
    assert!(m.starts_with("enable_publicip is false,") && m.contains("sends true"), "{m}");
    let mut n = valid("rabbitmq", "single/postpaid/private");
    set(&mut n, "broker_num", json!(3));
    let m = message("rabbitmq", &n, Some("single/postpaid/private"), "broker_num");
    assert!(m.contains("for \u{201c}Single-node\u{201d}") && m.contains("it is 3."), "{m}");
}

#[test]
fn strict_check_reports_conversions() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_request-builder"))
        .args(["check", "--api", "rds", "--strict", concat!(env!("CARGO_MANIFEST_DIR"), "/src/catalog/examples/rds-1.json")])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "the example sends port 8635 where the table says String");
    assert!(String::from_utf8_lossy(&out.stdout).contains("port: 8635 was converted to the string \"8635\""));
    let lenient = std::process::Command::new(env!("CARGO_BIN_EXE_request-builder")).args(["check", "--api", "rds", concat!(env!("CARGO_MANIFEST_DIR"), "/src/catalog/examples/rds-1.json")]).output().unwrap();
    assert_eq!(lenient.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&lenient.stderr).contains("note: port: 8635 was converted"), "notes are shown");
}

/// Issue 11: a date typed where GeminiDB wants epoch milliseconds is reported with the number
/// it means, never converted on the user's behalf.
#[test]
fn a_date_in_restore_time_is_reported_with_the_number_it_means() {
    let mut b = valid("geminidb", "cassandra/cluster/postpaid/pitr");
    b["restore_info"]["restore_time"] = json!("2020-12-12T00:00");
    let mode = Some("cassandra/cluster/postpaid/pitr");
    assert_eq!(issues("geminidb", &b, mode), vec![("restore_info.restore_time".to_string(), "date_not_ms".to_string())]);
    let m = message("geminidb", &b, mode, "restore_info.restore_time");
    assert!(m.contains("1607731200000") && m.contains("UTC") && m.contains("date"), "{m}");
    assert_eq!(normalized("geminidb", &b, mode)["restore_info"]["restore_time"], json!("2020-12-12T00:00"), "sent as typed, never rewritten");
    b["restore_info"]["restore_time"] = json!("soon");
    assert_eq!(issues("geminidb", &b, mode)[0].1, "not_integer");
}

/// "If the product is of the single-node type, there can be only 1 broker" (seed 004): a
/// single-node product with 3 brokers is checked as single-node and its brokers reported,
/// not taken for a cluster because broker_num is above 1 (found by an audit of the seed).
#[test]
fn a_single_node_product_with_several_brokers_is_reported() {
    let mut body = valid("rabbitmq", "single/postpaid/private");
    set(&mut body, "product_id", json!("c6.2u4g.single"));
    set(&mut body, "broker_num", json!(3));
    set(&mut body, "storage_space", json!(300));
    let found = issues("rabbitmq", &body, None);
    assert!(found.iter().any(|(p, _)| p == "broker_num"), "{found:?}");
    // The same body with a cluster product is a valid cluster.
    set(&mut body, "product_id", json!("c6.2u4g.cluster"));
    assert_eq!(issues("rabbitmq", &body, None), vec![], "a cluster product with 3 brokers");
    // Nothing names the product type: broker_num decides, as before.
    set(&mut body, "product_id", json!("some-product"));
    assert_eq!(issues("rabbitmq", &body, None), vec![], "3 brokers, no product type named: a cluster");
    set(&mut body, "broker_num", json!(1));
    set(&mut body, "storage_space", json!(100));
    assert_eq!(issues("rabbitmq", &body, None), vec![], "1 broker: single-node");
}

/// A field of another mode is reported whatever it holds: an empty string, an empty object,
/// null or a value of the wrong shape (a pasted body reaches the cloud as written, #29, #88;
/// "A replica body must not carry them", ../shared/notes/wire-types.md). Found by audits of
/// seeds 000 and 003.
#[test]
fn a_field_of_another_mode_is_reported_even_when_empty() {
    let cases = [
        ("geminidb", "cassandra/cluster/postpaid/none", "restore_info", json!({})),
        ("geminidb", "cassandra/cluster/postpaid/none", "restore_info", Value::Null),
        ("geminidb", "cassandra/cluster/postpaid/none", "restore_info", json!([])),
        ("geminidb", "cassandra/cluster/postpaid/none", "port", json!([])),
        ("geminidb", "cassandra/cluster/postpaid/none", "port", Value::Null),
        ("geminidb", "cassandra/cluster/postpaid/none", "port", json!("")),
        ("geminidb", "cassandra/cluster/postpaid/none", "product_type", json!([])),
        ("rds", "mysql/replica", "password", Value::Null),
        ("rds", "mysql/replica", "vpc_id", json!("")),
        ("rds", "mysql/replica", "backup_strategy", json!({})),
        ("rds", "mysql/single", "ha", Value::Null),
        ("rds", "mysql/single", "replica_of_id", Value::Null),
        ("rds", "mysql/single", "collation", json!({})),
    ];
    for (id, mode, path, v) in cases {
        let mut bad = valid(id, mode);
        set(&mut bad, path, v.clone());
        let found = issues(id, &bad, None);
        assert!(found.contains(&(path.to_string(), "not_in_mode".to_string())), "{id} {mode}: {path} = {v}: {found:?}");
        assert!(issues(id, &bad, Some(mode)).contains(&(path.to_string(), "not_in_mode".to_string())), "{id} {mode}: {path} = {v}, mode given");
    }
}

/// RDS `unchangeable_param` is in every engine's request: the table sets no engine limit
/// (decision #13; it was MySQL-only, which an audit of seed 003 caught).
#[test]
fn unchangeable_param_is_for_every_engine() {
    for mode in ["mysql/single", "postgresql/single", "sqlserver/ha"] {
        let mut body = valid("rds", mode);
        set(&mut body, "unchangeable_param", json!({ "lower_case_table_names": "0" }));
        assert_eq!(issues("rds", &body, Some(mode)), vec![], "{mode}");
    }
    let mut replica = valid("rds", "mysql/replica");
    set(&mut replica, "unchangeable_param", json!({ "lower_case_table_names": "0" }));
    assert!(issues("rds", &replica, None).contains(&("unchangeable_param".to_string(), "not_in_mode".to_string())), "not in a replica's table");
}

/// DDM `node_num` is a count: at least 1, as a size in GB is (decision #89; the DDM audit
/// found 0 and -1 passing).
#[test]
fn a_node_count_is_at_least_one() {
    let mut body = valid("ddm", "postpaid");
    for n in [0, -1] {
        set(&mut body, "instance.node_num", json!(n));
        assert!(issues("ddm", &body, None).iter().any(|(p, _)| p == "instance.node_num"), "node_num {n}");
    }
    set(&mut body, "instance.node_num", json!(1));
    assert_eq!(issues("ddm", &body, None), vec![]);
}

/// A message's way out is one the rules accept: a mandatory field sent as null is not told it
/// may be left out; a number below every range is too small, not too large; -0 is named.
#[test]
fn messages_name_a_fix_that_holds() {
    let mut b = valid("rds", "mysql/single");
    b["name"] = Value::Null;
    b["volume"]["size"] = serde_json::from_str("-0").unwrap();
    b["volume"]["size"] = serde_json::from_str("-0").unwrap();
    b["flavor_ref"] = Value::Null;
    b["port"] = serde_json::from_str("-92233720368547758090").unwrap();
    let m = |p| message("rds", &b, Some("mysql/single"), p);
    assert_eq!(m("name"), "DB instance name must be a string; it is null.");
    assert_eq!(m("volume.size"), "Volume size (GB) is -0, zero with a sign; write the number without the sign.");
    // And what -0 and 007 mean is checked against the field's range: "write 0" held no fix.
    let all = |b: &Value, p: &str| messages("rds", b, Some("mysql/single"), p);
    let size = all(&b, "volume.size");
    assert_eq!(size.len(), 2, "{size:?}");
    assert!(size[1].contains("must be between") && size[1].ends_with("it is 0."), "{size:?}");
    let mut b7 = valid("rds", "mysql/single");
    b7["volume"]["size"] = Value::String("0007".into());
    let size = all(&b7, "volume.size");
    assert!(size.len() == 3 && size[0].contains("without leading zeros, as 7") && size[1].ends_with("it is 7."), "{size:?}");
    // The step's suggestions stay inside the range (it said "try 0 or 10").
    assert_eq!(size[2], "Volume size (GB) must be a multiple of 10.");
    b7["volume"]["size"] = json!(45);
    assert_eq!(all(&b7, "volume.size"), ["Volume size (GB) must be a multiple of 10; try 40 or 50."]);
    assert_eq!(m("port"), "Database port is far too small; it is -92233720368547758090.");
    // An optional field may still be left out.
    let mut b = valid("rds", "mysql/single");
    b["configuration_id"] = Value::Null;
    assert_eq!(message("rds", &b, Some("mysql/single"), "configuration_id"), "Parameter template ID must be a string, or left out; it is null.");
}
