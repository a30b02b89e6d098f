//! Checks on integers: ranges (validator's `ValidateRange`), steps, excluded values, digit
//! counts, subscription periods and per-node storage.

use crate::report::{fail, Check, Param};
use crate::text::{clip, parse_int};
use validator::ValidateRange;

pub fn not_integer(label: &str, v: &str) -> Check {
    let digits = v.strip_prefix('-').unwrap_or(v);
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        // Whole, but beyond what any of these fields holds (and beyond a 64-bit integer).
        let far = if v.starts_with('-') { "far too small" } else { "far too large" };
        return Err(fail("out_of_range", format!("{label} is {far}; it is {}.", clip(v))).param("value", v));
    }
    Err(fail("not_integer", format!("{label} must be a whole number written plainly, like 100; {} is not.", crate::text::quoted(&clip(v)))).param("value", v))
}

/// A date typed where a Long of epoch milliseconds belongs (GeminiDB `restore_time`): the
/// number it means, and how to get it.
pub fn date_not_ms(label: &str, v: &str, ms: i64) -> Check {
    Err(fail("date_not_ms", format!("{label} is milliseconds since 1970-01-01 00:00 UTC, a number, not a date: {} UTC is {ms}. Type the number, or pick the date and time (UTC) below the field.", clip(v))).param("expected", ms))
}

/// A JSON number cannot start with 0: `007` would be sent as 7, a number nobody checked.
pub fn leading_zero(label: &str, v: &str) -> Check {
    let plain = parse_int(v).map(|n| n.to_string()).unwrap_or_default();
    if v == "-0" {
        return Err(fail("leading_zero", format!("{label} is -0, zero with a sign; write the number without the sign.")).param("value", v));
    }
    Err(fail("leading_zero", format!("{label} must be written without leading zeros, as {plain}: a JSON number cannot start with 0, so \"{}\" would not be sent as typed.", clip(v))).param("value", v))
}

pub fn range(label: &str, v: &str, min: i64, max: i64) -> Check {
    let Some(n) = parse_int(v) else { return not_integer(label, v) };
    if n.validate_range(Some(min), Some(max), None, None) {
        return Ok(());
    }
    let want = if min == max {
        format!("{label} must be {min}")
    } else if max == i64::MAX {
        format!("{label} must be at least {min}")
    } else {
        format!("{label} must be between {min} and {max}")
    };
    let e = fail("out_of_range", format!("{want}; it is {n}.")).param("min", min).param("value", n);
    Err(if max == i64::MAX { e } else { e.param("max", max) })
}

pub fn ranges(label: &str, v: &str, ranges: &[(i64, i64)]) -> Check {
    let Some(n) = parse_int(v) else { return not_integer(label, v) };
    if ranges.iter().any(|(a, b)| n.validate_range(Some(*a), Some(*b), None, None)) {
        return Ok(());
    }
    let said: Vec<String> = ranges.iter().map(|(a, b)| if a == b { a.to_string() } else { format!("between {a} and {b}") }).collect();
    Err(fail("out_of_range", format!("{label} must be {}; it is {n}.", said.join(" or "))).param("ranges", ranges.iter().map(|(a, b)| format!("{a}-{b}")).collect::<Vec<_>>()).param("value", n))
}

/// `rules`: the field's rules in force; the suggested multiples are kept inside its range (7 in
/// 40 to 4000 by tens was told "try 0 or 10", two values the range refuses).
#[inline(never)]
pub fn step(label: &str, v: &str, step: i64, rules: &[&crate::catalog::Rule]) -> Check {
    let Some(n) = parse_int(v) else { return Ok(()) };
    if n % step == 0 {
        return Ok(());
    }
    let down = n - n.rem_euclid(step);
    let (mut min, mut max) = (i64::MIN, i64::MAX);
    for r in rules {
        if let crate::catalog::Check::Range { min: lo, max: hi } = r.check {
            (min, max) = (lo, hi);
        }
    }
    let mut message = format!("{label} must be a multiple of {step}");
    let mut sep = "; try ";
    for m in [down, down.saturating_add(step)].into_iter().filter(|m| (min..=max).contains(m)) {
        message.push_str(sep);
        message.push_str(&m.to_string());
        sep = " or ";
    }
    message.push('.');
    Err(fail("step", message).param("step", step).param("value", n))
}

pub fn excluded(label: &str, v: &str, list: &[i64]) -> Check {
    match parse_int(v) {
        Some(n) if list.contains(&n) => Err(fail("excluded", format!("{label} cannot be {n}: the document reserves it. Choose another value.")).param("value", n)),
        _ => Ok(()),
    }
}

/// `bad` is not allowed where `what` holds ("Microsoft SQL Server primary/standby").
pub fn not_value(label: &str, v: &str, bad: i64, what: &str) -> Check {
    if parse_int(v) != Some(bad) {
        return Ok(());
    }
    Err(fail("excluded", format!("{label} cannot be {bad} for {what}; choose another value.")).param("value", bad))
}

pub fn digits(label: &str, v: &str, count: usize) -> Check {
    if v.len() == count && v.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(());
    }
    let e = if !v.bytes().all(|b| b.is_ascii_digit()) {
        fail("digits", format!("{label} must be a {count}-digit number of milliseconds (UTC), like 1607731200000; \"{}\" has other characters.", clip(v)))
    } else {
        fail("digits", format!("{label} must be a {count}-digit number of milliseconds (UTC), like 1607731200000; it has {} digits.", v.len()))
    };
    Err(e.param("digits", count))
}

/// Subscription period: the bound depends on the period type beside it.
pub fn period(label: &str, v: &str, period_type: &str, month_max: i64, year_max: i64) -> Check {
    let Some(n) = parse_int(v) else { return not_integer(label, v) };
    let (max, unit) = match period_type {
        "month" => (month_max, "monthly"),
        "year" => (year_max, "yearly"),
        _ => (month_max.max(year_max), ""),
    };
    if n.validate_range(Some(1), Some(max), None, None) {
        return Ok(());
    }
    let bound = if max == 1 { "1".to_string() } else { format!("1 to {max}") };
    let message = if unit.is_empty() { format!("{label} must be {bound}; it is {n}.") } else { format!("{label} must be {bound} for {unit} subscriptions; it is {n}.") };
    Err(fail("out_of_range", message).param("min", 1).param("max", max).param("value", n))
}

/// At least `per_node` × the node count beside it, at most `max`.
pub fn per_node(label: &str, v: &str, nodes: &str, per: i64, max: i64) -> Check {
    let Some(n) = parse_int(v) else { return not_integer(label, v) };
    let Some(count) = parse_int(nodes).filter(|c| *c > 0) else {
        return range(label, v, per, max);
    };
    let min = per.saturating_mul(count);
    if n.validate_range(Some(min), Some(max), None, None) {
        return Ok(());
    }
    Err(fail("out_of_range", format!("{label} must be between {min} ({per} GB × {count} brokers) and {max}; it is {n}.")).param("min", min).param("max", max).param("value", n))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(c: Check) -> String {
        c.unwrap_err().message.unwrap().into_owned()
    }

    #[test]
    fn step_suggests_neighbours() {
        assert_eq!(message(step("Size", "105", 10, &[])), "Size must be a multiple of 10; try 100 or 110.");
    }

    #[test]
    fn range_carries_its_params() {
        let e = range("Port", "80", 1024, 65535).unwrap_err();
        assert_eq!((e.code.as_ref(), e.params["min"].as_i64(), e.params["max"].as_i64(), e.params["value"].as_i64()), ("out_of_range", Some(1024), Some(65535), Some(80)));
        assert!(range("Port", "1024", 1024, 65535).is_ok());
    }
}
