//! Every rule in the catalog, tested with a value that passes and a value that fails.
//!
//! Each case starts from the mode's full example (valid on its own), sets the `ok` values and
//! expects no issue at all, then sets the `bad` values and expects the rule to fire.
//! docs/rules.md points here by rule id.

use request_builder::{api, fill, rules, Mode, Path, Values, APIS};
use std::collections::BTreeSet;

type Set = Vec<(&'static str, &'static str)>;

struct Case {
    rule: &'static str,
    mode: &'static str,
    ok: Set,
    bad: Set,
}

fn case(rule: &'static str, mode: &'static str, ok: &[(&'static str, &'static str)], bad: &[(&'static str, &'static str)]) -> Case {
    Case { rule, mode, ok: ok.to_vec(), bad: bad.to_vec() }
}

const CASS: &str = "cassandra/cluster/postpaid/none";
const REDIS: &str = "redis/cluster/postpaid/none";
const REPL: &str = "cluster";
const MYSQL: &str = "mysql/single";
const RMQ: &str = "single/postpaid/private";

static LONG_65: &str = "a234567890123456789012345678901234567890123456789012345678901234X";
static LONG_33: &str = "a23456789012345678901234567890123";
static LONG_129: &str = "k2345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678X";

fn long(n: usize) -> &'static str {
    Box::leak("x".repeat(n).into_boxed_str())
}

fn cases() -> Vec<Case> {
    vec![
        // geminidb (seed 000)
        case("geminidb.name.length", CASS, &[("name", "abcd")], &[("name", "abc")]),
        case("geminidb.name.start", CASS, &[("name", "a123")], &[("name", "1abc")]),
        case("geminidb.name.chars", CASS, &[("name", "ab-c_D")], &[("name", "ab c!")]),
        case("geminidb.availability_zone.count", CASS, &[("availability_zone", "az1,az2,az3")], &[("availability_zone", "az1,az2,az3,az4")]),
        case("geminidb.password.classes", CASS, &[("password", "Abcdef1!")], &[("password", "abcdefg1!")]),
        case("geminidb.password.redis", REDIS, &[("password", "abcdefg1")], &[("password", "abcdefgh")]),
        case("geminidb.product_type.required", "redis/cloudnative/postpaid/none", &[("product_type", "Capacity")], &[("product_type", "")]),
        case("geminidb.flavor.num.cassandra", CASS, &[("flavor[0].num", "60")], &[("flavor[0].num", "61")]),
        case("geminidb.flavor.num.mongo", "mongodb/replicaset/postpaid/none", &[("flavor[0].num", "3")], &[("flavor[0].num", "4")]),
        case("geminidb.flavor.num.influx", "influxdb/enhanced/postpaid/none", &[("flavor[0].num", "16")], &[("flavor[0].num", "17")]),
        case("geminidb.flavor.num.influx_single", "influxdb/single/postpaid/none", &[("flavor[0].num", "1")], &[("flavor[0].num", "3")]),
        case("geminidb.flavor.num.redis", REDIS, &[("flavor[0].num", "12")], &[("flavor[0].num", "2")]),
        case("geminidb.flavor.size.integer", REDIS, &[("flavor[0].size", "16")], &[("flavor[0].size", "12.5")]),
        case("geminidb.flavor.size.min", CASS, &[("flavor[0].size", "100")], &[("flavor[0].size", "99")]),
        case("geminidb.backup_strategy.start_time.window", CASS, &[("backup_strategy.start_time", "23:00-00:00")], &[("backup_strategy.start_time", "23:00-01:00")]),
        case("geminidb.backup_strategy.keep_days.range", CASS, &[("backup_strategy.keep_days", "0")], &[("backup_strategy.keep_days", "36")]),
        case("geminidb.charge_info.period_type.required", "cassandra/cluster/prepaid/none", &[("charge_info.period_type", "year")], &[("charge_info.period_type", "")]),
        case("geminidb.charge_info.period_num.required", "cassandra/cluster/prepaid/none", &[("charge_info.period_num", "9")], &[("charge_info.period_num", "")]),
        case("geminidb.charge_info.period_num.range", "cassandra/cluster/prepaid/none", &[("charge_info.period_type", "year"), ("charge_info.period_num", "3")], &[("charge_info.period_type", "year"), ("charge_info.period_num", "4")]),
        case("geminidb.restore_info.backup_id.required", "cassandra/cluster/postpaid/backup", &[("restore_info.backup_id", "b1")], &[("restore_info.backup_id", "")]),
        case("geminidb.restore_info.source_instance_id.required", "influxdb/cluster/postpaid/pitr", &[("restore_info.source_instance_id", "i1")], &[("restore_info.source_instance_id", "")]),
        case("geminidb.restore_info.restore_time.required", "cassandra/cluster/prepaid/pitr", &[("restore_info.restore_time", "1607731200000")], &[("restore_info.restore_time", "")]),
        case("geminidb.restore_info.restore_time.digits", "cassandra/cluster/prepaid/pitr", &[("restore_info.restore_time", "1607731200000")], &[("restore_info.restore_time", "160773120000")]),
        case("geminidb.port.range", REDIS, &[("port", "1024")], &[("port", "1023")]),
        case("geminidb.port.excluded", REDIS, &[("port", "8635")], &[("port", "6380")]),
        case("geminidb.availability_zone_detail.primary_single", "redis/replication/postpaid/none", &[("availability_zone_detail.primary_availability_zone", "az1")], &[("availability_zone_detail.primary_availability_zone", "az1,az3")]),
        case("geminidb.availability_zone_detail.differ", REDIS, &[("availability_zone_detail.primary_availability_zone", "az1"), ("availability_zone_detail.secondary_availability_zone", "az2")], &[("availability_zone_detail.primary_availability_zone", "az1"), ("availability_zone_detail.secondary_availability_zone", "az1")]),
        case("geminidb.availability_zone_detail.standby_single", REDIS, &[("availability_zone_detail.secondary_availability_zone", "az2")], &[("availability_zone_detail.secondary_availability_zone", "az2,az3")]),
        // geminidb-cassandra (seed 001)
        case("geminidb-cassandra.name.length", REPL, &[("name", "abcd")], &[("name", "abc")]),
        case("geminidb-cassandra.name.start", REPL, &[("name", "Z-01")], &[("name", "-a01")]),
        case("geminidb-cassandra.name.chars", REPL, &[("name", "a_b-c")], &[("name", "a.b.c")]),
        case("geminidb-cassandra.availability_zone.count", REPL, &[("availability_zone", "a,b,c")], &[("availability_zone", "a,,c")]),
        case("geminidb-cassandra.password.classes", REPL, &[("password", "Abcdef1=")], &[("password", "Abcdef1$")]),
        case("geminidb-cassandra.flavor.num.range", REPL, &[("flavor[0].num", "200")], &[("flavor[0].num", "201")]),
        case("geminidb-cassandra.flavor.size.integer", REPL, &[("flavor[0].size", "1")], &[("flavor[0].size", "0")]),
        case("geminidb-cassandra.backup_strategy.start_time.window", REPL, &[("backup_strategy.start_time", "00:45-01:45")], &[("backup_strategy.start_time", "08:15-09:30")]),
        case("geminidb-cassandra.backup_strategy.keep_days.range", REPL, &[("backup_strategy.keep_days", "35")], &[("backup_strategy.keep_days", "-1")]),
        // ddm (seed 002)
        case("ddm.node_num.count", "postpaid", &[("instance.node_num", "1")], &[("instance.node_num", "0")]),
        case("ddm.name.length", "postpaid", &[("instance.name", "ddm1")], &[("instance.name", LONG_65)]),
        case("ddm.name.start", "postpaid", &[("instance.name", "d001")], &[("instance.name", "0ddm")]),
        case("ddm.name.chars", "postpaid", &[("instance.name", "ddm_01-a")], &[("instance.name", "ddm.01")]),
        case("ddm.available_zones.not_empty", "postpaid", &[("instance.available_zones[0]", "az2")], &[("instance.available_zones[0]", "")]),
        case("ddm.admin_user_name.length", "postpaid", &[("instance.admin_user_name", "r")], &[("instance.admin_user_name", LONG_33)]),
        case("ddm.admin_user_name.start", "postpaid", &[("instance.admin_user_name", "r_1")], &[("instance.admin_user_name", "_r1")]),
        case("ddm.admin_user_name.chars", "postpaid", &[("instance.admin_user_name", "root_1")], &[("instance.admin_user_name", "root-1")]),
        case("ddm.admin_user_password.classes", "postpaid", &[("instance.admin_user_password", "Abcdef1?")], &[("instance.admin_user_password", "Abcdefg1")]),
        case("ddm.extend_param.charge_mode.prepaid", "prepaid", &[("extend_param.charge_mode", "prePaid")], &[("extend_param.charge_mode", "")]),
        case("ddm.extend_param.period_type.required", "prepaid", &[("extend_param.period_type", "year"), ("extend_param.period_num", "1")], &[("extend_param.period_type", "")]),
        case("ddm.extend_param.period_num.required", "prepaid", &[("extend_param.period_num", "9")], &[("extend_param.period_num", "")]),
        case("ddm.extend_param.period_num.range", "prepaid", &[("extend_param.period_type", "year"), ("extend_param.period_num", "1")], &[("extend_param.period_type", "year"), ("extend_param.period_num", "2")]),
        // rds (seed 003)
        case("rds.name.length", MYSQL, &[("name", long(64))], &[("name", long(65))]),
        case("rds.name.start", MYSQL, &[("name", "r-01")], &[("name", "_r01")]),
        case("rds.name.chars", MYSQL, &[("name", "rds_1-a")], &[("name", "rds#1")]),
        case("rds.datastore.version.sqlserver_single", "sqlserver/single", &[("datastore.version", "2019_SE")], &[("datastore.version", "2019_EE")]),
        case("rds.port.mysql", MYSQL, &[("port", "65535")], &[("port", "1023")]),
        case("rds.port.mysql_excluded", MYSQL, &[("port", "3306")], &[("port", "33071")]),
        case("rds.port.postgresql", "postgresql/single", &[("port", "2100")], &[("port", "2099")]),
        case("rds.port.sqlserver", "sqlserver/single", &[("port", "1433")], &[("port", "1434")]),
        case("rds.port.sqlserver_excluded", "sqlserver/ha", &[("port", "5356")], &[("port", "5985")]),
        case("rds.password.mysql", MYSQL, &[("password", "abcdefg1&")], &[("password", "abcdefg1<")]),
        case("rds.password.postgresql", "postgresql/ha", &[("password", "Abcdefg1,")], &[("password", "Abcdefg1&")]),
        case("rds.password.sqlserver", "sqlserver/ha", &[("password", "Abcdefg1+")], &[("password", "Abcdefg1=")]),
        case("rds.backup_strategy.start_time.window", MYSQL, &[("backup_strategy.start_time", "23:45-00:45")], &[("backup_strategy.start_time", "23:45-00:15")]),
        case("rds.backup_strategy.keep_days.range", MYSQL, &[("backup_strategy.keep_days", "732")], &[("backup_strategy.keep_days", "733")]),
        case("rds.backup_strategy.keep_days.sqlserver_ha", "sqlserver/ha", &[("backup_strategy.keep_days", "1")], &[("backup_strategy.keep_days", "0")]),
        case("rds.backup_strategy.keep_days.sqlserver_ha_given", "sqlserver/ha", &[("backup_strategy.keep_days", "7")], &[("backup_strategy.keep_days", "")]),
        case("rds.region.not_empty", "mysql/replica", &[("region", "eu-de")], &[("region", SENT_EMPTY)]),
        case("rds.volume.size.range", "mysql/replica", &[("volume.size", "4000")], &[("volume.size", "4010")]),
        case("rds.volume.size.step", MYSQL, &[("volume.size", "40")], &[("volume.size", "45")]),
        case("rds.availability_zone.single", "postgresql/replica", &[("availability_zone", "eu-de-02")], &[("availability_zone", "eu-de-01,eu-de-02")]),
        case("rds.availability_zone.ha", "mysql/ha", &[("availability_zone", "eu-de-01,eu-de-03")], &[("availability_zone", "eu-de-01")]),
        case("rds.data_vip.ipv4", MYSQL, &[("data_vip", "10.0.0.255")], &[("data_vip", "10.0.0")]),
        // rabbitmq (seed 004)
        case("rabbitmq.name.length", RMQ, &[("name", "mq-1")], &[("name", "mq1")]),
        case("rabbitmq.name.chars", RMQ, &[("name", "1mq_a-b")], &[("name", "mq 1")]),
        case("rabbitmq.description.length", RMQ, &[("description", long(1024))], &[("description", long(1025))]),
        case("rabbitmq.storage_space.single", RMQ, &[("storage_space", "90000")], &[("storage_space", "99")]),
        case("rabbitmq.storage_space.cluster", "cluster/postpaid/private", &[("broker_num", "5"), ("storage_space", "500")], &[("broker_num", "5"), ("storage_space", "400")]),
        case("rabbitmq.access_user.length", RMQ, &[("access_user", "abcd")], &[("access_user", "abc")]),
        case("rabbitmq.access_user.chars", RMQ, &[("access_user", "adm-1")], &[("access_user", "adm_1")]),
        case("rabbitmq.password.classes", RMQ, &[("password", "abcdefg|")], &[("password", "abcdefgh")]),
        case("rabbitmq.available_zones.not_empty", RMQ, &[("available_zones[0]", "az9")], &[("available_zones[0]", "")]),
        case("rabbitmq.broker_num.required", "cluster/prepaid/public", &[("broker_num", "7"), ("storage_space", "700")], &[("broker_num", "")]),
        case("rabbitmq.maintain_begin.paired", RMQ, &[("maintain_begin", "18:00"), ("maintain_end", "22:00")], &[("maintain_begin", "")]),
        case("rabbitmq.maintain_end.paired", RMQ, &[("maintain_begin", "02:00"), ("maintain_end", "06:00")], &[("maintain_end", "")]),
        case("rabbitmq.maintain_end.four_hours", RMQ, &[("maintain_begin", "22:00"), ("maintain_end", "02:00")], &[("maintain_begin", "22:00"), ("maintain_end", "03:00")]),
        case("rabbitmq.publicip_id.required", "single/postpaid/public", &[("publicip_id", "eip-1")], &[("publicip_id", "")]),
        case("rabbitmq.tags.key.length", RMQ, &[("tags[0].key", "k")], &[("tags[0].key", LONG_129)]),
        case("rabbitmq.tags.key.chars", RMQ, &[("tags[0].key", "Größe 1_.:=+-@")], &[("tags[0].key", "a#b")]),
        case("rabbitmq.tags.key.edges", RMQ, &[("tags[0].key", "a b")], &[("tags[0].key", " ab")]),
        case("rabbitmq.tags.value.length", RMQ, &[("tags[0].value", long(255))], &[("tags[0].value", long(256))]),
        case("rabbitmq.tags.value.chars", RMQ, &[("tags[0].value", "值 /v1")], &[("tags[0].value", "a|b")]),
        case("rabbitmq.bss_param.charging_mode.prepaid", "single/prepaid/private", &[("bss_param.charging_mode", "prePaid")], &[("bss_param.charging_mode", "")]),
        case("rabbitmq.bss_param.period_type.required", "single/prepaid/private", &[("bss_param.period_type", "year")], &[("bss_param.period_type", "")]),
        case("rabbitmq.bss_param.period_num.required", "single/prepaid/private", &[("bss_param.period_num", "1")], &[("bss_param.period_num", "")]),
        case("rabbitmq.bss_param.period_num.range", "cluster/prepaid/private", &[("bss_param.period_type", "month"), ("bss_param.period_num", "9")], &[("bss_param.period_type", "month"), ("bss_param.period_num", "10")]),
    ]
}

fn api_of(rule: &str) -> &'static request_builder::Api {
    let id = APIS.iter().map(|a| a.id).filter(|id| rule.starts_with(&format!("{id}."))).max_by_key(|id| id.len()).unwrap();
    api(id).unwrap()
}

/// A value a pasted body sent as "" (the form never sends an empty value).
const SENT_EMPTY: &str = "\"\"";

fn with(base: &Values, set: &[(&str, &str)]) -> Values {
    let mut v = base.clone();
    for (path, value) in set {
        let p = Path::parse(path).expect("a path");
        if *value == SENT_EMPTY {
            v.set_sent(p.segs(), String::new());
        } else {
            v.set(p.segs(), value.to_string());
        }
    }
    v
}

#[test]
fn every_rule_passes_a_good_value_and_fails_a_bad_one() {
    let mut failures = Vec::new();
    for c in cases() {
        let api = api_of(c.rule);
        let mode = Mode::parse(api, c.mode).unwrap_or_else(|e| panic!("{}: {e}", c.rule));
        let base = fill::example(api, &mode);
        let ok = rules::validate(api, &mode, &with(&base, &c.ok));
        if !ok.is_empty() {
            failures.push(format!("{}: the passing value gave {:?}", c.rule, ok.iter().map(|i| i.to_string()).collect::<Vec<_>>()));
        }
        let bad = rules::validate(api, &mode, &with(&base, &c.bad));
        let fired: Vec<&request_builder::Issue> = bad.iter().filter(|i| i.rule == c.rule).collect();
        if fired.is_empty() {
            failures.push(format!("{}: the failing value did not fire it; got {:?}", c.rule, bad.iter().map(|i| (i.rule, i.to_string())).collect::<Vec<_>>()));
        }
        for i in fired {
            assert!(i.message.len() > 10 && !i.path.is_empty(), "{}: {i:?}", c.rule);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_catalog_rule_has_a_case() {
    let covered: BTreeSet<&str> = cases().iter().map(|c| c.rule).collect();
    let mut missing = Vec::new();
    for api in APIS {
        for (_, f) in api.walk() {
            for r in f.rules {
                if !covered.contains(r.id) {
                    missing.push(r.id);
                }
            }
        }
    }
    assert!(missing.is_empty(), "rules without a test case: {missing:?}");
}
