//! Checks that read a field beside this one: pairs, differences, time offsets, AZ lists.

use crate::report::Fail;

pub fn paired(label: &str, other_label: &str) -> Option<Fail> {
    Fail::new("paired", format!("{label} must be set because {other_label} is set: set both or neither."))
}

pub fn differs(label: &str, v: &str, other: &str, other_label: &str) -> Option<Fail> {
    if v != other {
        return None;
    }
    Fail::new("same_as", format!("{label} must be different from {other_label}; both are \"{v}\"."))
}

/// `v` must be `base` + `hours`, as HH:mm, wrapping at midnight.
pub fn hours_after(label: &str, v: &str, base: &str, base_label: &str, hours: u32) -> Option<Fail> {
    let parse = |s: &str| -> Option<(u32, u32)> {
        let (h, m) = s.split_once(':')?;
        if h.len() != 2 || m.len() != 2 {
            return None;
        }
        let (h, m) = (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?);
        (h < 24 && m < 60).then_some((h, m))
    };
    let Some((h, m)) = parse(v) else {
        return Fail::new("time_format", format!("{label} must be a time as HH:mm, like 02:00."));
    };
    let (bh, bm) = parse(base)?;
    let want = ((bh + hours) % 24, bm);
    if (h, m) == want {
        return None;
    }
    Fail::new(
        "hours_after",
        format!("{label} must be {hours} hours after {base_label}: {base} ends at {:02}:{:02}.", want.0, want.1),
    )
}

/// A comma-separated list: no empty entries, and between `min` and `max` of them.
pub fn comma_list(label: &str, v: &str, min: usize, max: usize) -> Option<Fail> {
    let entries: Vec<&str> = v.split(',').collect();
    if entries.iter().any(|e| e.trim().is_empty()) {
        return Fail::new("empty_entry", format!("{label} has an empty entry; remove the extra comma."));
    }
    let n = entries.len();
    if n >= min && n <= max {
        return None;
    }
    let message = match (min, max) {
        (1, 1) => format!("{label} must be a single AZ; it lists {n}. Remove the commas."),
        (a, b) if a == b => format!("{label} must list {a} AZs separated by commas, one per node; it lists {n}."),
        (a, b) => format!("{label} must list {a} to {b} AZs separated by commas; it lists {n}."),
    };
    Fail::new("az_count", message)
}

pub fn ipv4(label: &str, v: &str) -> Option<Fail> {
    let parts: Vec<&str> = v.split('.').collect();
    let ok = parts.len() == 4
        && parts.iter().all(|p| !p.is_empty() && p.len() <= 3 && p.bytes().all(|b| b.is_ascii_digit()) && p.parse::<u16>().is_ok_and(|n| n <= 255) && (p.len() == 1 || !p.starts_with('0')));
    if ok {
        return None;
    }
    Fail::new("ipv4", format!("{label} must be an IPv4 address like 192.168.0.10."))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn four_hours_wraps() {
        assert!(hours_after("End", "02:00", "22:00", "Start", 4).is_none());
        assert!(hours_after("End", "03:00", "22:00", "Start", 4).is_some());
    }

    #[test]
    fn ipv4_shapes() {
        assert!(ipv4("IP", "10.0.0.1").is_none());
        for bad in ["10.0.0", "256.1.1.1", "01.1.1.1", "a.b.c.d", "1.1.1.1.1"] {
            assert!(ipv4("IP", bad).is_some(), "{bad}");
        }
    }
}
