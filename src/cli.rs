//! The `request-builder` command line: the same catalog and rules as the widget, for pipelines.
//!
//!   request-builder apis [--json]
//!   request-builder check --api ID [--mode ID] [--json] [--strict] [FILE|-]
//!   request-builder normalize --api ID [--mode ID] [--compact] [FILE|-]
//!   request-builder schema --api ID --mode ID
//!
//! Exit codes: 0 valid (or done), 1 the body has issues, 2 unreadable input, unwritable output
//! or bad arguments.

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
Exit codes: 0 valid (normalize, schema, apis: done), 1 the body has issues, 2 unreadable
input, unwritable output or bad arguments. A body larger than 16 MiB is not read.";

struct Args {
    command: String,
    api: Option<String>,
    mode: Option<String>,
    json: bool,
    compact: bool,
    strict: bool,
    file: Option<String>,
}

/// What each command takes; "FILE" is a body to read.
fn takes(command: &str) -> &'static [&'static str] {
    match command {
        "apis" => &["--json"],
        "check" => &["--api", "--mode", "--json", "--strict", "FILE"],
        "normalize" => &["--api", "--mode", "--compact", "FILE"],
        "schema" => &["--api", "--mode"],
        _ => &[],
    }
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
    // An option the command does not take is refused, not ignored: `check --compact` in a
    // pipeline would otherwise look as if it did something.
    let allowed = takes(&a.command);
    let given = [("--api", a.api.is_some()), ("--mode", a.mode.is_some()), ("--json", a.json), ("--compact", a.compact), ("--strict", a.strict), ("FILE", a.file.is_some())];
    if let Some((bad, _)) = given.iter().find(|(name, on)| *on && !allowed.is_empty() && !allowed.contains(name)) {
        let what = if *bad == "FILE" { format!("a body ({})", a.file.as_deref().unwrap_or("")) } else { bad.to_string() };
        return Err(format!("{} does not take {what}; it takes {}", a.command, allowed.join(", ")));
    }
    Ok(a)
}

pub fn main() -> ExitCode {
    let mut raw = Vec::new();
    for (i, arg) in std::env::args_os().skip(1).enumerate() {
        match arg.into_string() {
            Ok(a) => raw.push(a),
            Err(bad) => {
                warn(&format!("request-builder: argument {} is not UTF-8 text ({}); give file names and ids as UTF-8", i + 1, printable(&bad.to_string_lossy())));
                return ExitCode::from(2);
            }
        }
    }
    if raw.is_empty() || raw.iter().any(|a| a == "--help" || a == "-h") {
        print(USAGE);
        return if raw.is_empty() { ExitCode::from(2) } else { ExitCode::SUCCESS };
    }
    if raw[0] == "--version" {
        print(&format!("request-builder {}", env!("CARGO_PKG_VERSION")));
        return ExitCode::SUCCESS;
    }
    match parse_args(raw).and_then(run) {
        // A reader that closed the pipe early (`| head`) took what it wanted: the verdict
        // stands. Any other failed write (a full disk) leaves the output incomplete.
        Ok(code) => match STDOUT_FAILED.with(|f| f.take()) {
            Some(e) if e != std::io::ErrorKind::BrokenPipe => {
                warn(&format!("request-builder: cannot write standard output ({e}); the output is incomplete"));
                ExitCode::from(2)
            }
            _ => ExitCode::from(code),
        },
        Err(e) => {
            warn(&format!("request-builder: {e}"));
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

/// The largest body read: a create-instance body is a few KB, and a stream with no end
/// (`/dev/zero`) must not take the machine's memory.
const MAX_BODY: u64 = 16 << 20;

fn read_body(a: &Args) -> Result<String, String> {
    let (what, source): (String, Box<dyn Read>) = match a.file.as_deref() {
        None | Some("-") => ("standard input".into(), Box::new(std::io::stdin())),
        Some(path) => (path.to_string(), Box::new(std::fs::File::open(path).map_err(|e| format!("cannot read {path}: {e}"))?)),
    };
    let mut bytes = Vec::new();
    source.take(MAX_BODY + 1).read_to_end(&mut bytes).map_err(|e| format!("cannot read {what}: {e}"))?;
    if bytes.len() as u64 > MAX_BODY {
        return Err(format!("{what} is larger than 16 MiB; a create-instance body is a few KB. Is it the right file?"));
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..at].iter().filter(|b| **b == b'\n').count() + 1;
        format!("{what} is not UTF-8 text: byte {} (line {line}) is not valid UTF-8. Save the body as UTF-8.", at + 1)
    })
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
        let lines: Vec<String> = issues.iter().map(|i| printable(&i.to_string())).collect();
        if !lines.is_empty() {
            print(&lines.join("\n"));
        }
        if !a.strict {
            for n in imported.notes.iter().filter(|n| !n.problem) {
                warn(&format!("note: {}", printable(&n.message)));
            }
        }
        let how = if imported.detected { "detected" } else { "given" };
        let verdict = if valid { "valid".to_string() } else { format!("{} issue{}", issues.len(), if issues.len() == 1 { "" } else { "s" }) };
        warn(&format!("{} {} (mode {how}): {verdict}", api.id, imported.mode.id()));
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
        warn(&format!("note: {}", printable(&n.message)));
    }
    // Normalizing converts types; it fills nothing in. What the body lacks or gets wrong is
    // said here, as `check` says it.
    for i in &issues {
        warn(&format!("issue: {}", printable(&i.to_string())));
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

thread_local! {
    /// The first failed write to stdout; `main` decides the exit code from it.
    static STDOUT_FAILED: std::cell::Cell<Option<std::io::ErrorKind>> = const { std::cell::Cell::new(None) };
}

/// Prints a line to stdout. After a failed write nothing more is written, and `main` says
/// what failed (a closed pipe, `| head`, ends quietly).
fn print(s: &str) {
    if STDOUT_FAILED.with(|f| f.get()).is_some() {
        return;
    }
    let mut out = std::io::stdout().lock();
    if let Err(e) = writeln!(out, "{s}").and_then(|_| out.flush()) {
        STDOUT_FAILED.with(|f| f.set(Some(e.kind())));
    }
}

/// Writes a line to stderr; a failed write there has nowhere left to be told, so it is dropped
/// (eprintln! would panic).
fn warn(s: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{s}");
}

/// Control characters from a body (a key with a newline, an escape sequence) shown as
/// `\u{1b}`, so each issue stays one line and nothing reaches the terminal as a command.
fn printable(s: &str) -> String {
    if !s.chars().any(char::is_control) {
        return s.to_string();
    }
    s.chars().map(|c| if c.is_control() { format!("\\u{{{:x}}}", c as u32) } else { c.to_string() }).collect()
}
