//! Password rules: length (validator's `ValidateLength`, in characters), the allowed
//! characters, and how many of the four classes (uppercase, lowercase, digits, special
//! characters) must appear.

use super::text::bad_chars;
use crate::report::{fail, Check, Param};
use validator::ValidateLength;

pub fn password(label: &str, v: &str, min: usize, max: usize, classes: usize, specials: &str) -> Check {
    if !v.validate_length(Some(min as u64), Some(max as u64), None) {
        let n = v.chars().count();
        let code = if n < min { "too_short" } else { "too_long" };
        return Err(fail(code, format!("{label} must be {min} to {max} characters; it has {n}.")).param("min", min).param("max", max));
    }
    let bad = bad_chars(v, |c| c.is_ascii_alphanumeric() || specials.contains(c));
    if !bad.is_empty() {
        return Err(fail("bad_char", format!("{label} can contain only letters, digits and the special characters {specials}; remove {bad}.")).param("allowed_specials", specials));
    }
    let has = [
        ("uppercase letters", v.chars().any(|c| c.is_ascii_uppercase())),
        ("lowercase letters", v.chars().any(|c| c.is_ascii_lowercase())),
        ("digits", v.chars().any(|c| c.is_ascii_digit())),
        ("special characters", v.chars().any(|c| specials.contains(c))),
    ];
    let count = has.iter().filter(|(_, h)| *h).count();
    if count >= classes {
        return Ok(());
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
    Err(fail("password_classes", message).param("classes", classes).param("found", count))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_classes() {
        assert!(password("P", "Abcdefg1", 8, 32, 3, "~").is_ok());
        let e = password("P", "abcdefgh", 8, 32, 3, "~").unwrap_err();
        assert_eq!(e.code, "password_classes");
        assert!(e.message.unwrap().contains("it has 1"));
    }

    #[test]
    fn rejects_characters_outside_the_set() {
        assert_eq!(password("P", "Abcdefg1$", 8, 32, 3, "~").unwrap_err().code, "bad_char");
    }
}
