//! The `request-builder` binary, run for real: exit codes, output shapes, stdin, schemas.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_request-builder"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // A process that rejects its arguments exits before reading; a broken pipe is fine.
    let _ = child.stdin.take().unwrap().write_all(stdin.unwrap_or("").as_bytes());
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

const RDS_SINGLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/catalog/examples/rds-1.json");
const RMQ: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/catalog/examples/rabbitmq-1.json");

#[test]
fn apis_json_lists_every_api_and_mode() {
    let o = run(&["apis", "--json"], None);
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let ids: Vec<&str> = v.as_array().unwrap().iter().map(|a| a["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["geminidb", "geminidb-cassandra", "ddm", "rds", "rabbitmq"]);
    let rds = &v[3]["modes"];
    assert_eq!(rds.as_array().unwrap().len(), 9);
    assert_eq!(rds[1]["id"], "mysql/ha");
    assert_eq!(rds[1]["title"], "MySQL · Primary/standby");
}

#[test]
fn check_exits_0_when_valid() {
    let o = run(&["check", "--api", "rds", RDS_SINGLE], None);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(stdout(&o), "");
}

#[test]
fn check_exits_1_with_one_path_message_a_line() {
    let o = run(&["check", "--api", "rabbitmq", RMQ], None);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stdout(&o),
        "engine: Message engine must be \"rabbitmq\", written exactly so: the document does not say it is case-insensitive. It is \"RabbitMQ\".\n\
         access_user: Username can contain only letters, digits and hyphens (-); remove \"*\".\npassword: Password must be 8 to 32 characters; it has 6.\n"
    );
}

#[test]
fn check_json_has_the_documented_shape() {
    let body = std::fs::read_to_string(RMQ).unwrap();
    let o = run(&["check", "--api", "rabbitmq", "--json", "-"], Some(&body));
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["valid"], false);
    assert_eq!(v["mode"], "single/postpaid/private");
    assert_eq!(v["issues"][2]["path"], "password");
    assert_eq!(v["issues"][2]["code"], "too_short");
    assert_eq!((v["issues"][2]["params"]["min"].as_u64(), v["issues"][2]["params"]["max"].as_u64()), (Some(8), Some(32)));
    assert!(v["issues"][2]["message"].as_str().unwrap().contains("8 to 32"));
    assert_eq!(v["notes"][0]["code"], "dropped_empty");
    let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["valid", "mode", "detected", "issues", "notes"]);
}

#[test]
fn check_exits_2_on_bad_input_or_arguments() {
    for (args, stdin) in [
        (vec!["check", "--api", "rds", "-"], "{\"name\": "),
        (vec!["check", "--api", "rds", "-"], "[]"),
        (vec!["check", "--api", "nope", "-"], "{}"),
        (vec!["check", "--api", "rds", "--mode", "mysql/cluster", "-"], "{}"),
        (vec!["check", "--api", "rds", "/no/such/file.json"], ""),
        (vec!["check", "--bogus"], ""),
        (vec!["frobnicate"], ""),
    ] {
        let o = run(&args, Some(stdin));
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(!o.stderr.is_empty(), "{args:?} says why");
    }
    let o = run(&["check", "--api", "rds", "-"], Some("{\n \"name\": }"));
    assert!(String::from_utf8_lossy(&o.stderr).contains("line 2, column"), "{}", String::from_utf8_lossy(&o.stderr));
}

#[test]
fn check_with_a_given_mode_reports_fields_that_do_not_belong() {
    let o = run(&["check", "--api", "rds", "--mode", "mysql/replica", RDS_SINGLE], None);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(out.lines().any(|l| l.starts_with("password: ") && l.contains("not part of a Read replica request") && l.contains("Primary/standby")), "{out}");
}

#[test]
fn normalize_prints_table_types_from_stdin() {
    let o = run(&["normalize", "--api", "geminidb-cassandra", "--compact"], Some(r#"{"flavor":[{"num":3}],"name":"abcd"}"#));
    assert!(o.status.success());
    // Nothing is filled in: the body has no `mode`, and normalize says so rather than add it.
    assert_eq!(stdout(&o), "{\"name\":\"abcd\",\"flavor\":[{\"num\":\"3\"}]}\n");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("converted") && err.contains("issue: mode: Instance type is required"), "{err}");
}

#[test]
fn schema_is_json_and_needs_a_mode() {
    let o = run(&["schema", "--api", "ddm", "--mode", "prepaid"], None);
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert_eq!(v["properties"]["extend_param"]["properties"]["charge_mode"]["const"], "prePaid");
    assert_eq!(run(&["schema", "--api", "ddm"], None).status.code(), Some(2));
}

/// A key given twice is reported (serde_json would keep the last without a word).
#[test]
fn check_reports_a_key_given_twice() {
    let body = std::fs::read_to_string(RDS_SINGLE).unwrap();
    let twice = body.replacen('{', "{\"name\": \"other-name\",", 1);
    let o = run(&["check", "--api", "rds", "-"], Some(&twice));
    assert_eq!(o.status.code(), Some(1), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(stdout(&o), "name: name is given 2 times in one object; JSON readers differ on which one counts (this reads the last). Keep one.\n");
    // Nested too, and only once per key.
    let o = run(&["check", "--api", "rds", "--json", "-"], Some(&body.replacen("\"size\"", "\"size\": 1, \"size\": 2, \"size\"", 1)));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let dups: Vec<&serde_json::Value> = v["issues"].as_array().unwrap().iter().filter(|i| i["code"] == "duplicate_key").collect();
    assert_eq!(dups.len(), 1, "{v}");
    assert_eq!(dups[0]["path"], "volume.size");
    assert!(dups[0]["message"].as_str().unwrap().contains("given 3 times"));
}

/// Input the tool cannot take: a clear line and exit 2, never a panic.
#[test]
fn hostile_input_and_output_exit_2_with_a_message() {
    use std::os::unix::ffi::OsStrExt;
    let bin = env!("CARGO_BIN_EXE_request-builder");
    let o = Command::new(bin).args(["check", "--api", "rds"]).arg(std::ffi::OsStr::from_bytes(b"\xff.json")).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("argument 4 is not UTF-8 text"), "{}", String::from_utf8_lossy(&o.stderr));
    // A stream with no end is not read past 16 MiB.
    let o = Command::new(bin).args(["check", "--api", "rds", "/dev/zero"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("/dev/zero is larger than 16 MiB"));
    let o = run(&["check", "--api", "rds"], Some("{\"name\": \"a\u{0}\"}"));
    // A raw control character in a string is not JSON: said with its place.
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("line 1, column 12: control character"), "{}", String::from_utf8_lossy(&o.stderr));
    // Output that cannot be written: an invalid body must not pass for a valid one.
    let o = Command::new(bin).args(["check", "--api", "rabbitmq", RMQ]).stdout(std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap()).output().unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stderr).contains("cannot write standard output"));
    // stderr that cannot be written: the exit code still tells.
    let o = Command::new(bin).args(["check", "--api", "nope", "x"]).stderr(std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap()).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
}

/// A key from the body is printed with its control characters escaped: one issue a line.
#[test]
fn control_characters_in_keys_stay_on_one_line() {
    let o = run(&["check", "--api", "rds", "--mode", "mysql/single"], Some("{\"na\\nme\": 1, \"\\u001b[2J\": 2}"));
    let out = stdout(&o);
    assert!(out.contains("na\\u{a}me: na\\u{a}me is not a field of the RDS API"), "{out}");
    assert!(out.contains("\\u{1b}[2J: "), "{out}");
    assert!(!out.contains('\u{1b}'));
}

/// A number where the table says Boolean (or a boolean where it says a number) is reported as
/// the body wrote it, and normalize does not turn it into a string the body never had.
#[test]
fn a_number_for_a_boolean_is_reported_not_rewritten() {
    let body = std::fs::read_to_string(RMQ).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&body).unwrap();
    v["ssl_enable"] = serde_json::json!(1);
    v["storage_space"] = serde_json::json!(true);
    let text = v.to_string();
    let o = run(&["check", "--api", "rabbitmq", "--json", "-"], Some(&text));
    assert_eq!(o.status.code(), Some(1));
    let out: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let issues = out["issues"].as_array().unwrap();
    let ssl = issues.iter().find(|i| i["path"] == "ssl_enable").expect("ssl_enable reported");
    assert_eq!(ssl["message"], "SSL (ssl_enable) must be true or false; it is 1. It was not imported.");
    let space = issues.iter().find(|i| i["path"] == "storage_space").expect("storage_space reported");
    assert!(space["message"].as_str().unwrap().contains("must be a number; it is true."), "{space}");
    let o = run(&["normalize", "--api", "rabbitmq", "-"], Some(&text));
    let normalized: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert!(normalized.get("ssl_enable").is_none() && normalized.get("storage_space").is_none(), "{normalized}");
}

/// An option a command does not take is refused (exit 2, a line saying what it takes), not
/// ignored: `check --compact` in a pipeline looked as if it did something.
#[test]
fn options_a_command_does_not_take_are_refused() {
    let o = run(&["check", "--api", "rds", "--compact", "-"], Some("{}"));
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(String::from_utf8_lossy(&o.stderr), "request-builder: check does not take --compact; it takes --api, --mode, --json, --strict, FILE\n");
    assert_eq!(run(&["apis", "--strict"], None).status.code(), Some(2));
    assert_eq!(run(&["schema", "--api", "rds", "--mode", "mysql/single", "body.json"], None).status.code(), Some(2));
    assert_eq!(run(&["normalize", "--api", "rds", "--json", "-"], Some("{}")).status.code(), Some(2));
    // What each takes still works.
    assert_eq!(run(&["normalize", "--api", "rds", "--compact", "-"], Some("{}")).status.code(), Some(0));
    assert_eq!(run(&["apis", "--json"], None).status.code(), Some(0));
}

/// A number with an exponent where the table says String is not turned into a string: serde_json
/// reads 12E3 as 12e+3, and the note would have quoted a string the body never wrote.
#[test]
fn an_exponent_for_a_string_is_reported_not_rewritten() {
    let o = run(&["check", "--api", "geminidb-cassandra", "--json", "-"], Some(r#"{"flavor":[{"num":3E0}]}"#));
    let out: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let num = out["issues"].as_array().unwrap().iter().find(|i| i["path"] == "flavor[0].num").expect("flavor[0].num reported").clone();
    assert_eq!(num["code"], "wrong_type", "{num}");
    assert!(num["message"].as_str().unwrap().contains("12E3"), "{num}");
    // A plain number is still converted, with a note.
    let o = run(&["normalize", "--api", "geminidb-cassandra", "--compact", "-"], Some(r#"{"flavor":[{"num":3}]}"#));
    assert!(stdout(&o).contains(r#""num":"3""#));
}
