//! Checks on the characters of a text: length (validator's `ValidateLength`, which counts
//! characters), first character, allowed set, edge spaces.

use crate::catalog::Charset;
use crate::report::{fail, Check, Param};
use crate::text::show_char;
use validator::ValidateLength;

/// Length counts characters (Unicode scalar values), which is what the documents mean:
/// their names are ASCII, where characters and bytes agree, and RabbitMQ tags are "UTF-8
/// letters" counted as characters.
pub fn length(label: &str, v: &str, min: usize, max: usize) -> Check {
    if v.validate_length(Some(min as u64), Some(max as u64), None) {
        return Ok(());
    }
    let n = v.chars().count();
    let unit = if n == 1 { "character" } else { "characters" };
    let e = if min == 0 {
        fail("too_long", format!("{label} must be at most {max} characters; it has {n}. Shorten it by {}.", n - max))
    } else if n < min {
        fail("too_short", format!("{label} must be {min} to {max} characters; it has {n} {unit}."))
    } else {
        fail("too_long", format!("{label} must be {min} to {max} characters; it has {n}. Shorten it by {}.", n - max))
    };
    Err(e.param("min", min).param("max", max).param("length", n))
}

pub fn starts_with_letter(label: &str, v: &str) -> Check {
    match v.chars().next() {
        Some(c) if !c.is_ascii_alphabetic() => Err(fail("start_letter", format!("{label} must start with a letter (A-Z or a-z); it starts with {}.", show_char(c)))),
        _ => Ok(()),
    }
}

pub fn allowed(set: &Charset, c: char) -> bool {
    (set.letters && (c.is_ascii_alphabetic() || (set.unicode && c.is_alphabetic())))
        || (set.digits && (c.is_ascii_digit() || (set.unicode && c.is_numeric())))
        || (set.space && c == ' ')
        || set.extra.contains(c)
}

pub fn charset(label: &str, v: &str, set: &Charset) -> Check {
    let bad = bad_chars(v, |c| allowed(set, c));
    if bad.is_empty() {
        return Ok(());
    }
    Err(fail("bad_char", format!("{label} can contain only {}; remove {}.", set.says, bad)))
}

pub fn no_edge_spaces(label: &str, v: &str) -> Check {
    if v.starts_with(' ') || v.ends_with(' ') {
        return Err(fail("edge_space", format!("{label} must not start or end with a space; remove it.")));
    }
    Ok(())
}

/// The distinct characters that fail `ok`, at most three, shown readably: `“#”, the space`.
pub fn bad_chars(v: &str, ok: impl Fn(char) -> bool) -> String {
    let mut seen: Vec<char> = Vec::new();
    for c in v.chars().filter(|c| !ok(*c)) {
        if !seen.contains(&c) {
            seen.push(c);
        }
    }
    let mut parts: Vec<String> = seen.iter().take(3).map(|c| show_char(*c)).collect();
    if seen.len() > 3 {
        parts.push(format!("and {} more", seen.len() - 3));
    }
    parts.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn length_counts_characters_not_bytes() {
        assert!(length("Key", "ééé", 1, 3).is_ok());
        assert_eq!(length("Name", "abc", 4, 64).unwrap_err().message.unwrap(), "Name must be 4 to 64 characters; it has 3 characters.");
    }

    #[test]
    fn bad_chars_names_invisible_characters() {
        assert_eq!(bad_chars("a b\u{200b}", |c| c.is_ascii_alphabetic()), "the space, U+200B");
    }
}
