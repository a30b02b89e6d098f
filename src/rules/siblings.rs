//! Checks that read a field beside this one (pairs, differences, time offsets), and the
//! shapes of AZ lists and IP addresses.

use crate::report::{fail, Check, Param};
use validator::ValidateIp;

pub fn paired(label: &str, other_label: &str) -> Check {
    Err(fail("paired", format!("{label} must be set because {other_label} is set: set both or neither.")))
}

pub fn differs(label: &str, v: &str, other: &str, other_label: &str) -> Check {
    if v != other {
        return Ok(());
    }
    Err(fail("same_as", format!("{label} must be different from {other_label}; both are \"{v}\".")))
}

/// `v` must be `base` + `hours`, as HH:mm, wrapping at midnight.
pub fn hours_after(label: &str, v: &str, base: &str, base_label: &str, hours: u32) -> Check {
    let parse = |s: &str| -> Option<(u32, u32)> {
        let (h, m) = s.split_once(':')?;
        if h.len() != 2 || m.len() != 2 {
            return None;
        }
        let (h, m) = (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?);
        (h < 24 && m < 60).then_some((h, m))
    };
    let Some((h, m)) = parse(v) else {
        return Err(fail("time_format", format!("{label} must be a time as HH:mm, like 02:00.")));
    };
    let Some((bh, bm)) = parse(base) else { return Ok(()) };
    let want = ((bh + hours) % 24, bm);
    if (h, m) == want {
        return Ok(());
    }
    Err(fail("hours_after", format!("{label} must be {hours} hours after {base_label}: {base} ends at {:02}:{:02}.", want.0, want.1)).param("expected", format!("{:02}:{:02}", want.0, want.1)))
}

/// A comma-separated list: no empty entries, no spaces around the commas (an AZ ID has none,
/// so " eu-de-02" would name no AZ), and between `min` and `max` entries.
pub fn comma_list(label: &str, v: &str, min: usize, max: usize) -> Check {
    let entries: Vec<&str> = v.split(',').collect();
    if entries.len() == 1 && v.trim().is_empty() {
        return Err(fail("empty_entry", format!("{label} holds only spaces; give an AZ ID.")));
    }
    if entries.iter().any(|e| e.trim().is_empty()) {
        return Err(fail("empty_entry", format!("{label} has an empty entry; remove the extra comma.")));
    }
    if entries.iter().any(|e| e.trim() != *e) {
        let tidy: Vec<&str> = entries.iter().map(|e| e.trim()).collect();
        return Err(fail("az_space", format!("{label} must not have spaces around its commas: write {}.", tidy.join(","))).param("expected", tidy.join(",")));
    }
    let n = entries.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let message = match (min, max) {
        (1, 1) => format!("{label} must be a single AZ; it lists {n}. Remove the commas."),
        (a, b) if a == b => format!("{label} must list {a} AZs separated by commas, one per node; it lists {n}."),
        (a, b) => format!("{label} must list {a} to {b} AZs separated by commas; it lists {n}."),
    };
    Err(fail("az_count", message).param("min", min).param("max", max).param("count", n))
}

/// A dotted-quad IPv4 address (validator's `ValidateIp`, std's parser: no leading zeros).
pub fn ipv4(label: &str, v: &str) -> Check {
    if v.validate_ipv4() {
        return Ok(());
    }
    Err(fail("ipv4", format!("{label} must be an IPv4 address like 192.168.0.10.")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn four_hours_wraps() {
        assert!(hours_after("End", "02:00", "22:00", "Start", 4).is_ok());
        assert!(hours_after("End", "03:00", "22:00", "Start", 4).is_err());
    }

    #[test]
    fn ipv4_shapes() {
        assert!(ipv4("IP", "10.0.0.1").is_ok());
        for bad in ["10.0.0", "256.1.1.1", "01.1.1.1", "a.b.c.d", "1.1.1.1.1", "::1"] {
            assert!(ipv4("IP", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_blank_az_is_named_blank_not_an_extra_comma() {
        let e = comma_list("AZs", "  ", 1, 3).unwrap_err();
        assert_eq!(e.message.unwrap(), "AZs holds only spaces; give an AZ ID.");
        assert!(comma_list("AZs", "a,,b", 1, 3).unwrap_err().message.unwrap().contains("extra comma"));
    }

    #[test]
    fn az_lists_with_spaces_are_reported_with_the_tidy_value() {
        let e = comma_list("AZs", "eu-de-01, eu-de-02", 2, 2).unwrap_err();
        assert_eq!(e.code, "az_space");
        assert!(e.message.unwrap().contains("write eu-de-01,eu-de-02"));
    }
}
