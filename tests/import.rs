//! Import and the table-level checks: mandatory fields, wire types, enumerations, fields a
//! mode must not carry, unknown fields, conversions, and syntax errors with line and column.

use request_builder::{api, body, check, fill, import, rules, Mode};

/// The code as a static str, for comparing with literals.
fn code(c: &str) -> &'static str {
    Box::leak(c.to_string().into_boxed_str())
}

fn codes(api_id: &str, text: &str, mode: Option<&str>) -> Vec<(String, &'static str)> {
    let a = api(api_id).unwrap();
    let mode = mode.map(|m| Mode::parse(a, m).unwrap());
    let (_, issues) = check(a, text, mode).unwrap();
    issues.into_iter().map(|i| (i.path.to_string(), code(&i.code))).collect()
}

fn example_body(api_id: &str, mode: &str) -> serde_json::Value {
    let a = api(api_id).unwrap();
    let m = Mode::parse(a, mode).unwrap();
    serde_json::from_str(&body::pretty(a, &m, &fill::example(a, &m))).unwrap()
}

#[test]
fn a_read_replica_must_not_carry_a_password_or_network_ids() {
    let mut b = example_body("rds", "mysql/replica");
    b["password"] = "Secret_123".into();
    b["vpc_id"] = "v".into();
    b["subnet_id"] = "s".into();
    b["security_group_id"] = "g".into();
    let got = codes("rds", &b.to_string(), None);
    for p in ["password", "vpc_id", "subnet_id", "security_group_id"] {
        assert!(got.contains(&(p.to_string(), "not_in_mode")), "{p}: {got:?}");
    }
}

#[test]
fn geminidb_port_is_for_redis_only() {
    let mut b = example_body("geminidb", "cassandra/cluster/postpaid/none");
    b["port"] = "6379".into();
    assert_eq!(codes("geminidb", &b.to_string(), None), vec![("port".to_string(), "not_in_mode")]);
    let mut r = example_body("geminidb", "redis/cluster/postpaid/none");
    r["port"] = "6379".into();
    assert_eq!(codes("geminidb", &r.to_string(), None), vec![]);
}

#[test]
fn mandatory_fields_are_required_and_point_at_the_field() {
    let mut b = example_body("geminidb", "cassandra/cluster/postpaid/none");
    b.as_object_mut().unwrap().remove("vpc_id");
    b["flavor"][0].as_object_mut().unwrap().remove("spec_code");
    let got = codes("geminidb", &b.to_string(), None);
    assert_eq!(got, vec![("vpc_id".to_string(), "required"), ("flavor[0].spec_code".to_string(), "required")]);
}

#[test]
fn an_optional_object_left_out_needs_nothing_but_started_needs_its_mandatory_fields() {
    let mut b = example_body("geminidb", "cassandra/cluster/postpaid/none");
    b.as_object_mut().unwrap().remove("backup_strategy");
    assert_eq!(codes("geminidb", &b.to_string(), None), vec![]);
    b["backup_strategy"] = serde_json::json!({"keep_days": "3"});
    assert_eq!(codes("geminidb", &b.to_string(), None), vec![("backup_strategy.start_time".to_string(), "required")]);
}

#[test]
fn wire_types_are_checked_and_converted() {
    let mut b = example_body("rabbitmq", "single/postpaid/private");
    b["storage_space"] = "300".into();
    b["ssl_enable"] = "true".into();
    let a = api("rabbitmq").unwrap();
    let imported = import::import(a, &b.to_string(), None).unwrap();
    let converted: Vec<String> = imported.notes.iter().filter(|n| n.code == "converted").map(|n| n.path.to_string()).collect();
    assert_eq!(converted, vec!["storage_space", "ssl_enable"], "table order");
    let out: serde_json::Value = serde_json::from_str(&body::pretty(a, &imported.mode, &imported.values)).unwrap();
    assert_eq!(out["storage_space"], 300);
    assert_eq!(out["ssl_enable"], true);

    b["storage_space"] = "3 00".into();
    assert_eq!(codes("rabbitmq", &b.to_string(), None), vec![("storage_space".to_string(), "not_integer")]);
    b["storage_space"] = serde_json::json!([300]);
    assert!(codes("rabbitmq", &b.to_string(), None).contains(&("storage_space".to_string(), "wrong_type")));
}

#[test]
fn enumerations_follow_the_mode() {
    let mut b = example_body("rds", "postgresql/ha");
    b["ha"]["replication_mode"] = "semisync".into();
    assert_eq!(codes("rds", &b.to_string(), None), vec![("ha.replication_mode".to_string(), "not_allowed")]);
    b["ha"]["replication_mode"] = "sync".into();
    b["ha"]["mode"] = "HA".into();
    assert_eq!(codes("rds", &b.to_string(), None), vec![], "Ha is case-insensitive");
}

#[test]
fn unknown_fields_are_reported_with_a_suggestion() {
    let mut b = example_body("ddm", "postpaid");
    b["instance"]["flavour_id"] = "x".into();
    let a = api("ddm").unwrap();
    let (imported, issues) = check(a, &b.to_string(), None).unwrap();
    let note = imported.notes.iter().find(|n| n.code == "unknown_field").unwrap();
    assert_eq!(note.path.to_string(), "instance.flavour_id");
    assert!(note.message.contains("Did you mean flavor_id?"), "{}", note.message);
    assert!(issues.iter().any(|i| i.code == "unknown_field"));
}

#[test]
fn a_body_that_contradicts_the_given_mode_says_so() {
    let b = example_body("geminidb", "redis/cluster/postpaid/none");
    let got = codes("geminidb", &b.to_string(), Some("cassandra/cluster/postpaid/none"));
    assert!(got.contains(&("datastore.type".to_string(), "mode_conflict")), "{got:?}");
}

#[test]
fn malformed_json_gives_line_and_column() {
    let a = api("rds").unwrap();
    let err = import::import(a, "{\n  \"name\": \"x\",\n  oops\n}", None).unwrap_err();
    match err {
        import::ImportError::Syntax { line, column, .. } => assert_eq!((line, column), (3, 3)),
        other => panic!("{other:?}"),
    }
    assert_eq!(import::import(a, "[1]", None).unwrap_err(), import::ImportError::NotAnObject);
}

#[test]
fn detection_reads_every_axis() {
    let cases = [
        ("geminidb", "redis/cloudnative/prepaid/none"),
        ("geminidb", "influxdb/enhanced/postpaid/pitr"),
        ("geminidb", "hbase/cluster/prepaid/backup"),
        ("rds", "sqlserver/ha"),
        ("rds", "postgresql/single"),
        ("rabbitmq", "cluster/prepaid/public"),
        ("ddm", "prepaid"),
    ];
    for (id, mode) in cases {
        let a = api(id).unwrap();
        let b = example_body(id, mode);
        let imported = import::import(a, &b.to_string(), None).unwrap();
        assert_eq!(imported.mode.id(), mode);
        assert!(rules::validate(a, &imported.mode, &imported.values).is_empty());
    }
}

#[test]
fn dynamodb_and_hbase_send_a_null_version() {
    let b = example_body("geminidb", "dynamodb/cluster/postpaid/none");
    assert_eq!(b["datastore"]["version"], serde_json::Value::Null);
    assert_eq!(b["datastore"]["type"], "dynamodb");
}

#[test]
fn escaping_survives_a_round_trip() {
    let a = api("rabbitmq").unwrap();
    let m = Mode::parse(a, "single/postpaid/private").unwrap();
    let mut v = fill::example(a, &m);
    let hostile = "quote \" backslash \\ tab \t <img src=x onerror=alert(1)> \u{202e}rtl 😀";
    v.set(request_builder::Path::root().key("description").segs(), hostile);
    let text = body::pretty(a, &m, &v);
    let parsed: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(parsed["description"], hostile);
    let back = import::import(a, &text, Some(m)).unwrap();
    assert_eq!(back.values, v);
}

#[test]
fn syntax_errors_say_what_they_usually_mean_and_empty_text_is_named() {
    let a = request_builder::api("rds").unwrap();
    let err = |t: &str| import::import(a, t, None).unwrap_err().to_string();
    assert_eq!(import::import(a, "  \n", None).unwrap_err(), import::ImportError::Empty);
    assert!(err("{\"name\": abc}").starts_with("line 1, column 10: a value that is not JSON"), "{}", err("{\"name\": abc}"));
    assert!(err("{\"name\": \"a\",}").contains("a comma before } or ]"), "{}", err("{\"name\": \"a\",}"));
    assert!(err("{\"name\": \"a\"").contains("the text ends early"), "{}", err("{\"name\": \"a\""));
    assert!(err("{name: 1}").contains("a key that is not in double quotes"), "{}", err("{name: 1}"));
    // serde_json's own words stay, in brackets, for those who know them.
    assert!(err("{\"name\": \"a\",}").ends_with("(trailing comma)"));
}
