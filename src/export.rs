//! The request as a snippet in the readers' languages: curl, fetch(), Python (requests),
//! HTTPie, Go (net/http) and Java (java.net.http). The token appears only when the user asks
//! for it; otherwise curl and HTTPie read `$TOKEN` from the shell, Python, Go and Java read the
//! `TOKEN` environment variable, and fetch() names a constant to fill in. The body is sent
//! byte for byte as the preview shows it.

/// The snippets, in their default order. An author's `snippets` attribute picks and orders
/// them by `id`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Snippet {
    Curl,
    Fetch,
    Python,
    Httpie,
    Go,
    Java,
}

impl Snippet {
    pub const ALL: [Snippet; 6] = [Snippet::Curl, Snippet::Fetch, Snippet::Python, Snippet::Httpie, Snippet::Go, Snippet::Java];

    pub fn id(self) -> &'static str {
        ["curl", "fetch", "python", "httpie", "go", "java"][self as usize]
    }

    /// What the button says after "Copy as ".
    pub fn title(self) -> &'static str {
        ["curl", "fetch()", "Python", "HTTPie", "Go", "Java"][self as usize]
    }

    /// What the status line calls the copied text.
    pub fn what(self) -> &'static str {
        ["a curl command", "a fetch() snippet", "a Python (requests) snippet", "an HTTPie command", "a Go (net/http) program", "a Java (java.net.http) program"][self as usize]
    }

    /// Where the token comes from when it is not included.
    pub fn token_from(self) -> &'static str {
        match self {
            Snippet::Curl | Snippet::Httpie => "as $TOKEN",
            Snippet::Fetch => "left for you to fill in",
            _ => "read from the TOKEN environment variable",
        }
    }

    /// `"python, curl"` -> those two, in that order; unknown names are left out. Empty or
    /// nothing known: all of them.
    pub fn list(attr: &str) -> Vec<Snippet> {
        let picked: Vec<Snippet> = attr.split(',').filter_map(|n| Snippet::ALL.into_iter().find(|s| s.id() == n.trim().to_ascii_lowercase())).collect();
        if picked.is_empty() { Snippet::ALL.to_vec() } else { picked }
    }
}

/// The request as `kind`'s snippet.
pub fn snippet(kind: Snippet, method: &str, url: &str, body: &str, token: Option<&str>) -> String {
    match kind {
        Snippet::Curl => curl(method, url, body, token),
        Snippet::Fetch => fetch(method, url, body, token),
        Snippet::Python => python(method, url, body, token),
        Snippet::Httpie => httpie(method, url, body, token),
        Snippet::Go => go(method, url, body, token),
        Snippet::Java => java(method, url, body, token),
    }
}

/// A string as one POSIX shell word: single-quoted, with `'` written as `'\''`.
pub fn shell_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// `curl` for the request. `token`: `Some` includes it; `None` uses `$TOKEN`.
pub fn curl(method: &str, url: &str, body: &str, token: Option<&str>) -> String {
    let auth = match token {
        Some(t) => shell_quote(&format!("X-Auth-Token: {t}")),
        None => "\"X-Auth-Token: $TOKEN\"".to_string(),
    };
    format!(
        "curl -X {method} {} \\\n  -H 'Content-Type: application/json' \\\n  -H {auth} \\\n  --data-raw {}",
        shell_quote(url),
        shell_quote(body)
    )
}

/// A JavaScript string literal (JSON's escaping, plus the two line separators JS forbids).
pub fn js_string(s: &str) -> String {
    crate::text::quoted(s).replace('\u{2028}', "\\u2028").replace('\u{2029}', "\\u2029")
}

/// A fetch() snippet for the request.
pub fn fetch(method: &str, url: &str, body: &str, token: Option<&str>) -> String {
    let token_line = match token {
        Some(t) => format!("const TOKEN = {};", js_string(t)),
        None => "const TOKEN = \"<your X-Auth-Token>\"; // fill in; never commit it".to_string(),
    };
    format!(
        "{token_line}\nconst response = await fetch({}, {{\n  method: {},\n  headers: {{ \"Content-Type\": \"application/json\", \"X-Auth-Token\": TOKEN }},\n  body: {},\n}});\nconsole.log(response.status, await response.text());",
        js_string(url),
        js_string(method),
        js_string(body)
    )
}

/// A string literal that Python, Go and Java each read as exactly `s`, in ASCII so that no
/// source encoding can change it: `\"`, `\\`, `\n`, `\r`, `\t`, and `\uXXXX` for every other
/// character outside printable ASCII. Characters beyond U+FFFF are `\UXXXXXXXX` for Python and
/// Go, and two UTF-16 `\u` halves for Java (`java`), which has no `\U`. (Java turns `\u000a`
/// into a line break before it reads the literal; line breaks never reach that branch.)
fn ascii_literal(s: &str, java: bool) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            ' '..='~' => out.push(c),
            _ if java || (c as u32) < 0x10000 => {
                let mut units = [0u16; 2];
                for u in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{u:04x}"));
                }
            }
            _ => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push('"');
    out
}

/// Python with requests. The body is sent as the bytes of the text, not re-encoded by `json=`.
pub fn python(method: &str, url: &str, body: &str, token: Option<&str>) -> String {
    let token = match token {
        Some(t) => ascii_literal(t, false),
        None => "os.environ[\"TOKEN\"]".to_string(),
    };
    format!(
        "import os\nimport requests\n\nbody = {}\nresponse = requests.request(\n    {},\n    {},\n    headers={{\"Content-Type\": \"application/json\", \"X-Auth-Token\": {token}}},\n    data=body.encode(\"utf-8\"),\n    timeout=30,\n)\nprint(response.status_code, response.text)",
        ascii_literal(body, false),
        ascii_literal(method, false),
        ascii_literal(url, false)
    )
}

/// HTTPie, with the body piped to it on stdin, which it sends as it is.
pub fn httpie(method: &str, url: &str, body: &str, token: Option<&str>) -> String {
    let auth = match token {
        Some(t) => shell_quote(&format!("X-Auth-Token:{t}")),
        None => "\"X-Auth-Token:$TOKEN\"".to_string(),
    };
    format!("printf '%s' {} | http {method} {} \\\n  'Content-Type:application/json' \\\n  {auth}", shell_quote(body), shell_quote(url))
}

/// Go with net/http: a whole program, `go run send.go`.
pub fn go(method: &str, url: &str, body: &str, token: Option<&str>) -> String {
    // "os" only when the token comes from the environment: Go refuses an unused import.
    let (token, os) = match token {
        Some(t) => (ascii_literal(t, false), ""),
        None => ("os.Getenv(\"TOKEN\")".to_string(), "\t\"os\"\n"),
    };
    format!(
        "package main\n\nimport (\n\t\"fmt\"\n\t\"io\"\n\t\"net/http\"\n{os}\t\"strings\"\n)\n\nfunc main() {{\n\tbody := {}\n\treq, err := http.NewRequest({}, {}, strings.NewReader(body))\n\tif err != nil {{\n\t\tpanic(err)\n\t}}\n\treq.Header.Set(\"Content-Type\", \"application/json\")\n\treq.Header.Set(\"X-Auth-Token\", {token})\n\tresp, err := http.DefaultClient.Do(req)\n\tif err != nil {{\n\t\tpanic(err)\n\t}}\n\tdefer resp.Body.Close()\n\ttext, _ := io.ReadAll(resp.Body)\n\tfmt.Println(resp.StatusCode, string(text))\n}}",
        ascii_literal(body, false),
        ascii_literal(method, false),
        ascii_literal(url, false)
    )
}

/// Java with java.net.http (Java 11 and later): a whole program, `java Send.java`.
pub fn java(method: &str, url: &str, body: &str, token: Option<&str>) -> String {
    let token = match token {
        Some(t) => ascii_literal(t, true),
        None => "System.getenv(\"TOKEN\")".to_string(),
    };
    format!(
        "import java.net.URI;\nimport java.net.http.HttpClient;\nimport java.net.http.HttpRequest;\nimport java.net.http.HttpResponse;\nimport java.nio.charset.StandardCharsets;\n\npublic class Send {{\n    public static void main(String[] args) throws Exception {{\n        String body = {};\n        HttpRequest request = HttpRequest.newBuilder(URI.create({}))\n            .header(\"Content-Type\", \"application/json\")\n            .header(\"X-Auth-Token\", {token})\n            .method({}, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))\n            .build();\n        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());\n        System.out.println(response.statusCode() + \" \" + response.body());\n    }}\n}}",
        ascii_literal(body, true),
        ascii_literal(url, true),
        ascii_literal(method, true)
    )
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use std::process::Command;

    /// What sh makes of a quoted word.
    fn through_sh(word: &str) -> String {
        let out = Command::new("sh").arg("-c").arg(format!("printf %s {word}")).output().unwrap();
        String::from_utf8(out.stdout).unwrap()
    }

    #[test]
    fn shell_quoting_survives_a_real_shell() {
        for s in ["plain", "it's", "'''", "$TOKEN `id` $(id) \\ \" \n newline", "{\n  \"a\": \"b'c\"\n}", "😀 \u{202e}"] {
            assert_eq!(through_sh(&shell_quote(s)), s);
        }
    }

    #[test]
    fn curl_uses_the_token_variable_unless_asked() {
        let c = curl("POST", "http://h/v3/p/instances", "{}", None);
        assert!(c.contains("\"X-Auth-Token: $TOKEN\"") && !c.contains("secret"));
        let with = curl("POST", "http://h/v3/p/instances", "{}", Some("se'cret"));
        assert!(with.contains(r"'X-Auth-Token: se'\''cret'"), "{with}");
    }

    #[test]
    fn js_strings_are_json_strings() {
        let s = "a\"b\\c\n\u{2028}";
        let lit = js_string(s);
        assert!(lit.contains("\\u2028"));
        assert_eq!(serde_json::from_str::<String>(&lit).unwrap(), s);
    }

    /// Accepts one HTTP request on 127.0.0.1, answers 202, and hands back its request line,
    /// headers (lower-case names) and body bytes.
    fn record_one() -> (String, std::thread::JoinHandle<(String, Vec<(String, String)>, Vec<u8>)>) {
        use std::io::{BufRead, BufReader, Read, Write};
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}/v3/p%20q/instances", listener.local_addr().unwrap());
        let handle = std::thread::spawn(move || {
            let (stream, _) = listener.accept().unwrap();
            let mut reader = BufReader::new(stream);
            let mut line = String::new();
            reader.read_line(&mut line).unwrap();
            let mut headers = Vec::new();
            loop {
                let mut h = String::new();
                reader.read_line(&mut h).unwrap();
                let h = h.trim_end();
                if h.is_empty() {
                    break;
                }
                let (k, v) = h.split_once(':').unwrap();
                headers.push((k.trim().to_ascii_lowercase(), v.trim().to_string()));
            }
            let len: usize = headers.iter().find(|(k, _)| k == "content-length").map(|(_, v)| v.parse().unwrap()).expect("a content-length");
            let mut body = vec![0; len];
            reader.read_exact(&mut body).unwrap();
            reader.get_mut().write_all(b"HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}").unwrap();
            (line.trim_end().to_string(), headers, body)
        });
        (url, handle)
    }

    /// Every language's snippet, run for real, sends the exact body: quotes, backslashes, a
    /// literal \u0041, tabs, U+2028, accents and an emoji beyond U+FFFF included. The token
    /// comes from the TOKEN environment variable unless it is included.
    #[test]
    fn every_snippet_runs_and_sends_the_exact_body() {
        let body = "{\n  \"name\": \"a\\\"b\\\\c \\u0041 \\t\u{2028} é 😀 'q' $HOME `x`\"\n}";
        let dir = std::env::temp_dir().join(format!("rb-snippets-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        for kind in [Snippet::Python, Snippet::Httpie, Snippet::Go, Snippet::Java, Snippet::Curl] {
            for token in [None, Some("t0k'en\"$")] {
                let (url, server) = record_one();
                let text = snippet(kind, "POST", &url, body, token);
                let mut cmd = match kind {
                    Snippet::Python => {
                        std::fs::write(dir.join("send.py"), &text).unwrap();
                        let mut c = Command::new("python3");
                        c.arg(dir.join("send.py"));
                        c
                    }
                    Snippet::Go => {
                        std::fs::write(dir.join("send.go"), &text).unwrap();
                        let mut c = Command::new("go");
                        c.arg("run").arg(dir.join("send.go")).env("GOCACHE", dir.join("gocache")).env("GOFLAGS", "-mod=mod");
                        c
                    }
                    Snippet::Java => {
                        std::fs::write(dir.join("Send.java"), &text).unwrap();
                        let mut c = Command::new("java");
                        c.arg(dir.join("Send.java"));
                        c
                    }
                    _ => {
                        let mut c = Command::new("bash");
                        c.arg("-c").arg(&text);
                        c
                    }
                };
                let out = cmd.env("TOKEN", "from-the-env").output().unwrap_or_else(|e| panic!("{kind:?}: {e}"));
                assert!(out.status.success(), "{kind:?} failed: {}\n{text}", String::from_utf8_lossy(&out.stderr));
                let (line, headers, sent) = server.join().unwrap();
                assert_eq!(line, "POST /v3/p%20q/instances HTTP/1.1", "{kind:?}");
                assert_eq!(String::from_utf8(sent).unwrap(), body, "{kind:?} body, token {token:?}");
                let header = |name: &str| headers.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default();
                assert_eq!(header("content-type"), "application/json", "{kind:?}");
                assert_eq!(header("x-auth-token"), token.unwrap_or("from-the-env"), "{kind:?}");
                if token.is_none() {
                    assert!(!text.contains("from-the-env"));
                }
            }
        }
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn the_snippets_attribute_picks_and_orders() {
        assert_eq!(Snippet::list("python, CURL,nope"), vec![Snippet::Python, Snippet::Curl]);
        assert_eq!(Snippet::list(""), Snippet::ALL.to_vec());
        assert_eq!(Snippet::list("nothing"), Snippet::ALL.to_vec());
    }
}
