//! Checks on the characters of a text: length, first character, allowed set, edge spaces.

use crate::catalog::Charset;
use crate::report::Fail;

/// Length counts characters (Unicode scalar values), which is what the documents mean:
/// their names are ASCII, where characters and bytes agree, and RabbitMQ tags are "UTF-8
/// letters" counted as characters.
pub fn length(label: &str, v: &str, min: usize, max: usize) -> Option<Fail> {
    let n = v.chars().count();
    if n >= min && n <= max {
        return None;
    }
    let unit = if n == 1 { "character" } else { "characters" };
    if min == 0 {
        Fail::new("too_long", format!("{label} must be at most {max} characters; it has {n}. Shorten it by {}.", n - max))
    } else if n < min {
        Fail::new("too_short", format!("{label} must be {min} to {max} characters; it has {n} {unit}."))
    } else {
        Fail::new("too_long", format!("{label} must be {min} to {max} characters; it has {n}. Shorten it by {}.", n - max))
    }
}

pub fn starts_with_letter(label: &str, v: &str) -> Option<Fail> {
    match v.chars().next() {
        Some(c) if c.is_ascii_alphabetic() => None,
        Some(c) => Fail::new("start_letter", format!("{label} must start with a letter (A-Z or a-z); it starts with {}.", show(c))),
        None => None,
    }
}

pub fn allowed(set: &Charset, c: char) -> bool {
    (set.letters && (c.is_ascii_alphabetic() || (set.unicode && c.is_alphabetic())))
        || (set.digits && (c.is_ascii_digit() || (set.unicode && c.is_numeric())))
        || (set.space && c == ' ')
        || set.extra.contains(c)
}

pub fn charset(label: &str, v: &str, set: &Charset) -> Option<Fail> {
    let bad = bad_chars(v, |c| allowed(set, c));
    if bad.is_empty() {
        return None;
    }
    Fail::new("bad_char", format!("{label} can contain only {}; remove {}.", set.says, bad))
}

pub fn no_edge_spaces(label: &str, v: &str) -> Option<Fail> {
    if v.starts_with(' ') || v.ends_with(' ') {
        return Fail::new("edge_space", format!("{label} must not start or end with a space; remove it."));
    }
    None
}

/// The distinct characters that fail `ok`, at most three, shown readably: `“#”, space`.
pub fn bad_chars(v: &str, ok: impl Fn(char) -> bool) -> String {
    let mut seen: Vec<char> = Vec::new();
    for c in v.chars().filter(|c| !ok(*c)) {
        if !seen.contains(&c) {
            seen.push(c);
        }
    }
    let mut parts: Vec<String> = seen.iter().take(3).map(|c| show(*c)).collect();
    if seen.len() > 3 {
        parts.push(format!("and {} more", seen.len() - 3));
    }
    parts.join(", ")
}

/// A character as a message shows it: invisible ones by name or code point.
pub fn show(c: char) -> String {
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
    fn length_counts_characters_not_bytes() {
        assert!(length("Key", "ééé", 1, 3).is_none());
        assert_eq!(length("Name", "abc", 4, 64).unwrap().message, "Name must be 4 to 64 characters; it has 3 characters.");
    }

    #[test]
    fn bad_chars_names_invisible_characters() {
        assert_eq!(bad_chars("a b\u{200b}", |c| c.is_ascii_alphabetic()), "the space, U+200B");
    }
}
