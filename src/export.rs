//! The request as a curl command or a fetch() snippet. The token appears only when the user
//! asks for it; otherwise curl reads `$TOKEN` from the shell and the snippet names a constant
//! to fill in. The body is sent byte for byte as the preview shows it.

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
}
