//! The generated JSON Schemas, checked by an independent validator (the jsonschema crate):
//! every mode's example body is valid against its schema, and broken bodies are not.

use request_builder::{api, body, fill, schema, Mode, APIS};
use serde_json::Value;

fn example(api_id: &str, mode: &str) -> (Value, Value) {
    let a = api(api_id).unwrap();
    let m = Mode::parse(a, mode).unwrap();
    let b: Value = serde_json::from_str(&body::pretty(a, &m, &fill::example(a, &m))).unwrap();
    (schema::schema(a, &m), b)
}

#[test]
fn every_modes_example_satisfies_its_schema() {
    for a in APIS {
        for m in Mode::all(a) {
            let s = schema::schema(a, &m);
            let v = jsonschema::draft202012::new(&s).unwrap_or_else(|e| panic!("{} {}: invalid schema: {e}", a.id, m.id()));
            let b: Value = serde_json::from_str(&body::pretty(a, &m, &fill::example(a, &m))).unwrap();
            let errors: Vec<String> = v.iter_errors(&b).map(|e| format!("{} at {}", e, e.instance_path)).collect();
            assert!(errors.is_empty(), "{} {}: {errors:#?}", a.id, m.id());
        }
    }
}

#[test]
fn schemas_reject_what_the_rules_reject() {
    let cases: &[(&str, &str, &[&str], Value)] = &[
        ("rds", "mysql/single", &["volume", "size"], Value::from(45)),
        ("rds", "mysql/single", &["port"], Value::from("33071")),
        ("rds", "mysql/single", &["password"], Value::from("abcdefgh")),
        ("rds", "mysql/ha", &["ha", "replication_mode"], Value::from("sync")),
        ("geminidb", "cassandra/cluster/postpaid/none", &["backup_strategy", "start_time"], Value::from("23:00-01:00")),
        ("geminidb", "cassandra/cluster/postpaid/none", &["flavor"], Value::Array(vec![])),
        ("geminidb", "cassandra/cluster/postpaid/none", &["name"], Value::from("1abc")),
        ("geminidb", "cassandra/cluster/postpaid/none", &["port"], Value::from("6379")),
        ("geminidb", "redis/cluster/prepaid/none", &["charge_info", "charge_mode"], Value::from("postPaid")),
        ("rabbitmq", "single/postpaid/private", &["enable_publicip"], Value::from(true)),
        ("rabbitmq", "single/postpaid/private", &["tags"], serde_json::json!([{"key": " a"}])),
        ("ddm", "prepaid", &["extend_param", "period_num"], Value::from("1")),
    ];
    for (id, mode, path, bad) in cases {
        let (s, mut b) = example(id, mode);
        let v = jsonschema::draft202012::new(&s).unwrap();
        assert!(v.is_valid(&b), "{id} {mode}: the example itself must be valid");
        let (last, parents) = path.split_last().unwrap();
        let mut target = &mut b;
        for p in parents {
            target = &mut target[*p];
        }
        target[*last] = bad.clone();
        assert!(!v.is_valid(&b), "{id} {mode}: {path:?} = {bad} should be rejected");
    }
}
