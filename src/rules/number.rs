//! Checks on integers: ranges, steps, excluded values, digit counts, subscription periods
//! and per-node storage.

use crate::report::Fail;

/// Reads an integer written plainly: optional minus, then ASCII digits. No spaces, no plus,
/// no decimals: what a JSON number or the documents' "integer" allows.
pub fn parse_int(v: &str) -> Option<i64> {
    let digits = v.strip_prefix('-').unwrap_or(v);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    v.parse().ok()
}

pub fn not_integer(label: &str, v: &str) -> Option<Fail> {
    Fail::new("not_integer", format!("{label} must be a whole number, like 100; \"{}\" is not.", clip(v)))
}

pub fn range(label: &str, v: &str, min: i64, max: i64) -> Option<Fail> {
    let Some(n) = parse_int(v) else { return not_integer(label, v) };
    if n >= min && n <= max {
        return None;
    }
    let want = if min == max {
        format!("{label} must be {min}")
    } else if max == i64::MAX {
        format!("{label} must be at least {min}")
    } else {
        format!("{label} must be between {min} and {max}")
    };
    Fail::new("out_of_range", format!("{want}; it is {n}."))
}

pub fn ranges(label: &str, v: &str, ranges: &[(i64, i64)]) -> Option<Fail> {
    let Some(n) = parse_int(v) else { return not_integer(label, v) };
    if ranges.iter().any(|(a, b)| n >= *a && n <= *b) {
        return None;
    }
    let said: Vec<String> = ranges
        .iter()
        .map(|(a, b)| if a == b { a.to_string() } else { format!("between {a} and {b}") })
        .collect();
    Fail::new("out_of_range", format!("{label} must be {}; it is {n}.", said.join(" or ")))
}

pub fn step(label: &str, v: &str, step: i64) -> Option<Fail> {
    let n = parse_int(v)?;
    if n % step == 0 {
        return None;
    }
    let down = n - n.rem_euclid(step);
    Fail::new("step", format!("{label} must be a multiple of {step}; try {} or {}.", down, down + step))
}

pub fn excluded(label: &str, v: &str, list: &[i64]) -> Option<Fail> {
    let n = parse_int(v)?;
    if !list.contains(&n) {
        return None;
    }
    Fail::new("excluded", format!("{label} cannot be {n}: the document reserves it. Choose another value."))
}

/// `bad` is not allowed in this mode (named by its title).
pub fn not_value(label: &str, v: &str, bad: i64, mode: &str) -> Option<Fail> {
    if parse_int(v) != Some(bad) {
        return None;
    }
    Fail::new("excluded", format!("{label} cannot be {bad} for {mode}; choose another value."))
}

pub fn digits(label: &str, v: &str, count: usize) -> Option<Fail> {
    if v.len() == count && v.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if !v.bytes().all(|b| b.is_ascii_digit()) {
        return Fail::new("digits", format!("{label} must be a {count}-digit number of milliseconds (UTC), like 1607731200000; \"{}\" has other characters.", clip(v)));
    }
    Fail::new("digits", format!("{label} must be a {count}-digit number of milliseconds (UTC), like 1607731200000; it has {} digits.", v.len()))
}

/// Subscription period: the bound depends on the period type beside it.
pub fn period(label: &str, v: &str, period_type: &str, month_max: i64, year_max: i64) -> Option<Fail> {
    let Some(n) = parse_int(v) else { return not_integer(label, v) };
    let (max, unit) = match period_type {
        "month" => (month_max, "monthly"),
        "year" => (year_max, "yearly"),
        _ => (month_max.max(year_max), ""),
    };
    if n >= 1 && n <= max {
        return None;
    }
    let bound = if max == 1 { "1".to_string() } else { format!("1 to {max}") };
    let message = if unit.is_empty() {
        format!("{label} must be {bound}; it is {n}.")
    } else {
        format!("{label} must be {bound} for {unit} subscriptions; it is {n}.")
    };
    Fail::new("out_of_range", message)
}

/// At least `per_node` × the node count beside it, at most `max`.
pub fn per_node(label: &str, v: &str, nodes: &str, per: i64, max: i64) -> Option<Fail> {
    let Some(n) = parse_int(v) else { return not_integer(label, v) };
    let Some(count) = parse_int(nodes).filter(|c| *c > 0) else {
        return range(label, v, per, max);
    };
    let min = per.saturating_mul(count);
    if n >= min && n <= max {
        return None;
    }
    Fail::new("out_of_range", format!("{label} must be between {min} ({per} GB × {count} brokers) and {max}; it is {n}."))
}

/// Long input is cut in messages, so a message stays readable.
pub fn clip(v: &str) -> String {
    if v.chars().count() <= 24 {
        v.to_string()
    } else {
        format!("{}…", v.chars().take(24).collect::<String>())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_int_is_strict() {
        assert_eq!(parse_int("42"), Some(42));
        assert_eq!(parse_int("-3"), Some(-3));
        for bad in ["", "-", "+3", " 3", "3.0", "1e3", "٣"] {
            assert_eq!(parse_int(bad), None, "{bad:?}");
        }
        assert_eq!(parse_int("99999999999999999999"), None);
    }

    #[test]
    fn step_suggests_neighbours() {
        assert_eq!(step("Size", "105", 10).unwrap().message, "Size must be a multiple of 10; try 100 or 110.");
    }
}
