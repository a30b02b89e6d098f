//! Small text helpers every layer uses: JSON string quoting, integer reading, the
//! "a, b or c" joiner, and characters shown readably in messages. A leaf: it imports nothing
//! of the crate.

/// A JSON string literal, escaped as serde_json escapes it: `"` `\` and control characters;
/// everything else, non-ASCII included, as is. The body writer calls it on every keystroke,
/// so it writes into the caller's buffer.
pub fn quote(s: &str, out: &mut String) {
    out.reserve(s.len() + 2);
    out.push('"');
    let mut plain = 0;
    for (i, b) in s.bytes().enumerate() {
        let esc: &str = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(&s[plain..i]);
        if esc.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("\\u00");
            out.push(HEX[(b >> 4) as usize] as char);
            out.push(HEX[(b & 0xf) as usize] as char);
        } else {
            out.push_str(esc);
        }
        plain = i + 1;
    }
    out.push_str(&s[plain..]);
    out.push('"');
}

/// The indefinite article for a service's name as it is read: "An RDS" (an initialism read
/// letter by letter, R said "ar"), "A DDM", "A GeminiDB".
pub fn article(name: &str) -> &'static str {
    let initialism = name.chars().all(|c| c.is_ascii_uppercase());
    match (initialism, name.chars().next().map(|c| c.to_ascii_uppercase())) {
        (true, Some('A' | 'E' | 'F' | 'H' | 'I' | 'L' | 'M' | 'N' | 'O' | 'R' | 'S' | 'X')) | (false, Some('A' | 'E' | 'I' | 'O' | 'U')) => "An",
        _ => "A",
    }
}

/// `s` as a JSON string literal.
pub fn quoted(s: &str) -> String {
    let mut out = String::new();
    quote(s, &mut out);
    out
}

/// An integer written plainly: an optional `-`, then digits, nothing else.
pub fn parse_int(v: &str) -> Option<i64> {
    let digits = v.strip_prefix('-').unwrap_or(v);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    v.parse().ok()
}

/// Whether the text is an integer as JSON writes one: no leading zero, no `-0`. Only such
/// text is sent as a JSON number, so the number sent is the number that was checked.
pub fn is_json_int(v: &str) -> bool {
    let digits = v.strip_prefix('-').unwrap_or(v);
    parse_int(v).is_some() && !(digits.len() > 1 && digits.starts_with('0')) && v != "-0"
}

/// Whether the text is a number as JSON writes one (`-1`, `4.5`, `1e3`), so a body can
/// carry it unquoted.
pub fn is_json_number(v: &str) -> bool {
    let b = v.as_bytes();
    let mut i = usize::from(b.first() == Some(&b'-'));
    let digits = |i: &mut usize| {
        let start = *i;
        while *i < b.len() && b[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - start
    };
    let int_start = i;
    let n = digits(&mut i);
    if n == 0 || (n > 1 && b[int_start] == b'0') {
        return false;
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        if digits(&mut i) == 0 {
            return false;
        }
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return false;
        }
    }
    i == b.len()
}

/// "a", "a or b", "a, b or c".
pub fn list<S: AsRef<str>>(items: &[S]) -> String {
    join(items, "or")
}

/// "a", "a and b", "a, b and c".
pub fn list_and<S: AsRef<str>>(items: &[S]) -> String {
    join(items, "and")
}

fn join<S: AsRef<str>>(items: &[S], word: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [rest @ .., last] => {
            let head: Vec<&str> = rest.iter().map(AsRef::as_ref).collect();
            format!("{} {word} {}", head.join(", "), last.as_ref())
        }
    }
}

/// At most 40 characters of a value, for quoting it in a message.
pub fn clip(v: &str) -> String {
    let mut out: String = v.chars().take(40).collect();
    if out.len() < v.len() {
        out.push('…');
    }
    out
}

/// A character as a message shows it: invisible ones by name or code point.
pub fn show_char(c: char) -> String {
    match c {
        ' ' => "the space".to_string(),
        '\t' => "the tab".to_string(),
        '\n' | '\r' => "the line break".to_string(),
        // Controls, other spaces, zero-width and bidirectional marks would print invisibly.
        c if c.is_control()
            || c.is_whitespace()
            || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}') =>
        {
            format!("U+{:04X}", c as u32)
        }
        c => format!("\"{c}\""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn articles_follow_how_a_name_is_read() {
        // The five services' titles.
        let said: Vec<String> = ["GeminiDB", "GeminiDB Cassandra", "DDM", "RDS", "RabbitMQ"].iter().map(|t| format!("{} {t}", article(t))).collect();
        assert_eq!(said, ["A GeminiDB", "A GeminiDB Cassandra", "A DDM", "An RDS", "A RabbitMQ"]);
        assert_eq!((article("API"), article("SMS"), article("object")), ("An", "An", "An"));
    }

    #[test]
    fn quote_escapes_like_serde_json() {
        for s in ["plain", "q\"b\\", "\u{1}\u{1f}\n\r\t\u{8}\u{c}", "é😀\u{202e}<img>", ""] {
            assert_eq!(quoted(s), serde_json::to_string(s).unwrap());
        }
    }

    #[test]
    fn json_integers_have_no_leading_zero() {
        for ok in ["0", "7", "-7", "1607731200000"] {
            assert!(is_json_int(ok), "{ok}");
        }
        for bad in ["007", "0160773120000", "-0", "-07", "1.0", " 1", "+1", "", "-"] {
            assert!(!is_json_int(bad), "{bad}");
        }
        assert_eq!(parse_int("007"), Some(7));
    }

    #[test]
    fn json_numbers_as_json_writes_them() {
        for ok in ["0", "-1", "4.5", "1e3", "1E-2", "100.0", "99999999999999999999"] {
            assert!(is_json_number(ok), "{ok}");
            assert!(serde_json::from_str::<serde_json::Value>(ok).is_ok_and(|v| v.is_number()), "{ok}");
        }
        for bad in ["", "-", "007", "1.", ".5", "1e", "+1", " 1", "1 ", "0x10", "NaN"] {
            assert!(!is_json_number(bad), "{bad}");
        }
    }

    #[test]
    fn lists_read_like_prose() {
        assert_eq!(list(&["a"]), "a");
        assert_eq!(list(&["a", "b"]), "a or b");
        assert_eq!(list(&["a", "b", "c"]), "a, b or c");
        assert_eq!(list_and(&["a", "b", "c"]), "a, b and c");
    }
}
