//! The `request-builder` command line: the same catalog and rules as the widget, for pipelines.
//!
//!   request-builder apis [--json]
//!   request-builder check --api ID [--mode ID] [--json] [--strict] [FILE|-]
//!   request-builder normalize --api ID [--mode ID] [--compact] [FILE|-]
//!   request-builder schema --api ID --mode ID
//!
//! Exit codes: 0 valid (or done), 1 the body has issues, 2 unreadable input or bad arguments.

use crate::body::{self, Style};
use crate::{api, check, schema, Api, Mode, APIS};
use serde_json::json;
use std::io::{Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage:
  request-builder apis [--json]
  request-builder check --api ID [--mode ID] [--json] [--strict] [FILE|-]
  request-builder normalize --api ID [--mode ID] [--compact] [FILE|-]
  request-builder schema --api ID --mode ID

check reports what the body lacks or gets wrong, and notes (on stderr) what it read as the
table's type: a number where the table says String, say. With --strict such a conversion is
an issue too, as the body breaks the table's Type column.
API ids: geminidb, geminidb-cassandra, ddm, rds, rabbitmq. `apis` lists each one's modes.
Without FILE, or with -, the body is read from standard input.
Exit codes: 0 valid, 1 the body has issues, 2 unreadable input or bad arguments.";

struct Args {
    command: String,
    api: Option<String>,
    mode: Option<String>,
    json: bool,
    compact: bool,
    strict: bool,
    file: Option<String>,
}

fn parse_args(raw: Vec<String>) -> Result<Args, String> {
    let mut it = raw.into_iter();
    let command = it.next().ok_or("no command given")?;
    let mut a = Args { command, api: None, mode: None, json: false, compact: false, strict: false, file: None };
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--api" => a.api = Some(it.next().ok_or("--api needs an id")?),
            "--mode" => a.mode = Some(it.next().ok_or("--mode needs an id")?),
            "--json" => a.json = true,
            "--compact" => a.compact = true,
            "--strict" => a.strict = true,
            s if s.starts_with("--api=") => a.api = Some(s[6..].to_string()),
            s if s.starts_with("--mode=") => a.mode = Some(s[7..].to_string()),
            s if s.starts_with("--") => return Err(format!("unknown option {s}")),
            _ if a.file.is_some() => return Err(format!("one body at a time; got {} and {arg}", a.file.as_deref().unwrap_or(""))),
            _ => a.file = Some(arg),
        }
    }
    Ok(a)
}

pub fn main() -> ExitCode {
    let raw: Vec<String> = std::env::args().skip(1).collect();
    if raw.is_empty() || raw.iter().any(|a| a == "--help" || a == "-h") {
        println!("{USAGE}");
        return if raw.is_empty() { ExitCode::from(2) } else { ExitCode::SUCCESS };
    }
    if raw[0] == "--version" {
        println!("request-builder {}", env!("CARGO_PKG_VERSION"));
        return ExitCode::SUCCESS;
    }
    match parse_args(raw).and_then(run) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("request-builder: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(a: Args) -> Result<u8, String> {
    match a.command.as_str() {
        "apis" => apis(a.json),
        "check" => check_cmd(&a),
        "normalize" => normalize(&a),
        "schema" => schema_cmd(&a),
        other => Err(format!("unknown command {other}\n\n{USAGE}")),
    }
}

fn apis(as_json: bool) -> Result<u8, String> {
    if as_json {
        let list: Vec<_> = APIS
            .iter()
            .map(|a| json!({"id": a.id, "modes": Mode::all(a).iter().map(|m| json!({"id": m.id(), "title": m.title()})).collect::<Vec<_>>()}))
            .collect();
        print(&serde_json::to_string_pretty(&list).expect("json"));
    } else {
        let mut out = String::new();
        for a in APIS {
            out.push_str(&format!("{}  {} ({}), {} {}\n", a.id, a.title, a.cloud, a.method, a.path));
            for m in Mode::all(a) {
                out.push_str(&format!("  {:<38} {}\n", m.id(), m.title()));
            }
        }
        print(out.trim_end());
    }
    Ok(0)
}

fn the_api(a: &Args) -> Result<&'static Api, String> {
    let id = a.api.as_deref().ok_or("--api is required (geminidb, geminidb-cassandra, ddm, rds, rabbitmq)")?;
    api(id).ok_or_else(|| format!("unknown API '{id}'; choose one of: {}", APIS.iter().map(|a| a.id).collect::<Vec<_>>().join(", ")))
}

fn the_mode(api: &'static Api, a: &Args) -> Result<Option<Mode>, String> {
    a.mode.as_deref().map(|m| Mode::parse(api, m).map_err(|e| e.to_string())).transpose()
}

fn read_body(a: &Args) -> Result<String, String> {
    let mut text = String::new();
    match a.file.as_deref() {
        None | Some("-") => {
            std::io::stdin().read_to_string(&mut text).map_err(|e| format!("cannot read standard input: {e}"))?;
        }
        Some(path) => {
            text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
        }
    }
    Ok(text)
}

fn check_cmd(a: &Args) -> Result<u8, String> {
    let api = the_api(a)?;
    let mode = the_mode(api, a)?;
    let text = read_body(a)?;
    let source = a.file.as_deref().unwrap_or("-");
    let (imported, mut issues) = check(api, &text, mode).map_err(|e| format!("{source}: {e}"))?;
    if a.strict {
        // A conversion to the table's type means the body breaks the Type column.
        issues.extend(imported.notes.iter().filter(|n| n.code == "converted").map(|n| crate::Issue {
            path: n.path.clone(),
            code: "wire_type".into(),
            message: format!("{} With --strict this is an issue: send the table's type.", n.message.split_once(": ").map(|(_, m)| m).unwrap_or(&n.message)),
            params: Default::default(),
            rule: "table.type",
        }));
    }
    let valid = issues.is_empty();
    if a.json {
        let out = json!({"valid": valid, "mode": imported.mode.id(), "detected": imported.detected, "issues": issues, "notes": imported.notes});
        print(&serde_json::to_string_pretty(&out).expect("json"));
    } else {
        let lines: Vec<String> = issues.iter().map(|i| i.to_string()).collect();
        if !lines.is_empty() {
            print(&lines.join("\n"));
        }
        if !a.strict {
            for n in imported.notes.iter().filter(|n| !n.problem) {
                eprintln!("note: {}", n.message);
            }
        }
        let how = if imported.detected { "detected" } else { "given" };
        let verdict = if valid { "valid".to_string() } else { format!("{} issue{}", issues.len(), if issues.len() == 1 { "" } else { "s" }) };
        eprintln!("{} {} (mode {how}): {verdict}", api.id, imported.mode.id());
    }
    Ok(if valid { 0 } else { 1 })
}

fn normalize(a: &Args) -> Result<u8, String> {
    let api = the_api(a)?;
    let mode = the_mode(api, a)?;
    let text = read_body(a)?;
    let source = a.file.as_deref().unwrap_or("-");
    let (imported, issues) = check(api, &text, mode).map_err(|e| format!("{source}: {e}"))?;
    for n in imported.notes.iter().filter(|n| !n.problem) {
        eprintln!("note: {}", n.message);
    }
    // Normalizing converts types; it fills nothing in. What the body lacks or gets wrong is
    // said here, as `check` says it.
    for i in &issues {
        eprintln!("issue: {i}");
    }
    let style = if a.compact { Style::Compact } else { Style::Pretty };
    print(&body::render(api, &imported.mode, &imported.values, style, false));
    Ok(0)
}

fn schema_cmd(a: &Args) -> Result<u8, String> {
    let api = the_api(a)?;
    let id = a.mode.as_deref().ok_or_else(|| format!("--mode is required; `request-builder apis` lists {}'s modes", api.id))?;
    let mode = Mode::parse(api, id).map_err(|e| e.to_string())?;
    print(&serde_json::to_string_pretty(&schema::schema(api, &mode)).expect("json"));
    Ok(0)
}

/// Prints a line to stdout; a closed pipe (`| head`) ends quietly instead of panicking.
fn print(s: &str) {
    let mut out = std::io::stdout().lock();
    if writeln!(out, "{s}").is_err() {
        std::process::exit(0);
    }
}
