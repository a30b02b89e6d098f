//! Password rules: length, the allowed characters, and how many of the four classes
//! (uppercase, lowercase, digits, special characters) must appear.

use super::text::bad_chars;
use crate::report::Fail;

pub fn password(label: &str, v: &str, min: usize, max: usize, classes: usize, specials: &str) -> Option<Fail> {
    let n = v.chars().count();
    if n < min || n > max {
        let code = if n < min { "too_short" } else { "too_long" };
        return Fail::new(code, format!("{label} must be {min} to {max} characters; it has {n}."));
    }
    let bad = bad_chars(v, |c| c.is_ascii_alphanumeric() || specials.contains(c));
    if !bad.is_empty() {
        return Fail::new("bad_char", format!("{label} can contain only letters, digits and the special characters {specials}; remove {bad}."));
    }
    let has = [
        ("uppercase letters", v.chars().any(|c| c.is_ascii_uppercase())),
        ("lowercase letters", v.chars().any(|c| c.is_ascii_lowercase())),
        ("digits", v.chars().any(|c| c.is_ascii_digit())),
        ("special characters", v.chars().any(|c| specials.contains(c))),
    ];
    let count = has.iter().filter(|(_, h)| *h).count();
    if count >= classes {
        return None;
    }
    let missing: Vec<&str> = has.iter().filter(|(_, h)| !h).map(|(n, _)| *n).collect();
    let message = if classes == 4 {
        format!("{label} must contain uppercase letters, lowercase letters, digits and special characters ({specials}); add {}.", missing.join(", "))
    } else {
        format!(
            "{label} must contain at least {classes} of: uppercase letters, lowercase letters, digits, special characters ({specials}); it has {count}. Add {}.",
            missing.join(" or ")
        )
    };
    Fail::new("password_classes", message)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_classes() {
        assert!(password("P", "Abcdefg1", 8, 32, 3, "~").is_none());
        let f = password("P", "abcdefgh", 8, 32, 3, "~").unwrap();
        assert_eq!(f.code, "password_classes");
        assert!(f.message.contains("it has 1"), "{}", f.message);
    }

    #[test]
    fn rejects_characters_outside_the_set() {
        assert_eq!(password("P", "Abcdefg1$", 8, 32, 3, "~").unwrap().code, "bad_char");
    }
}
