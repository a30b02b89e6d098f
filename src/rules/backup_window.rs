//! The backup window `hh:mm-HH:MM`: HH is hh + 1 (23:00-00:00 wraps), and mm equals MM,
//! from the allowed minutes.

use crate::report::{fail, Check};
use crate::text::list;

pub fn backup_window(label: &str, v: &str, minutes: &[&str]) -> Check {
    let example = "08:15-09:15";
    let Some((start, end)) = v.split_once('-') else {
        return Err(fail("backup_window", format!("{label} must look like hh:mm-HH:MM, e.g. {example}.")));
    };
    let (Some((h1, m1)), Some((h2, m2))) = (hour_minute(start), hour_minute(end)) else {
        return Err(fail("backup_window", format!("{label} must look like hh:mm-HH:MM with hours 00-23, e.g. {example}.")));
    };
    if !minutes.contains(&m1.as_str()) {
        return Err(fail("backup_window", format!("{label}: the minutes must be {}; they are {m1}.", list(minutes))));
    }
    if m1 != m2 {
        return Err(fail("backup_window", format!("{label}: the end minutes must equal the start minutes ({m1}); use {start}-{:02}:{m1}.", (h1 + 1) % 24)));
    }
    if h2 != (h1 + 1) % 24 {
        return Err(fail(
            "backup_window",
            format!("{label}: the end hour must be one more than the start hour; use {start}-{:02}:{m1} (23:00-00:00 wraps).", (h1 + 1) % 24),
        ));
    }
    Ok(())
}

fn hour_minute(s: &str) -> Option<(u32, String)> {
    let (h, m) = s.split_once(':')?;
    if h.len() != 2 || m.len() != 2 || !h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let h: u32 = h.parse().ok()?;
    let mm: u32 = m.parse().ok()?;
    (h < 24 && mm < 60).then(|| (h, m.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    const M: &[&str] = &["00", "15", "30", "45"];

    #[test]
    fn wraps_at_midnight() {
        assert!(backup_window("W", "23:00-00:00", M).is_ok());
        assert!(backup_window("W", "08:15-09:15", M).is_ok());
    }

    #[test]
    fn rejects_each_broken_part() {
        for bad in ["08:15-10:15", "08:15-09:30", "08:10-09:10", "8:15-9:15", "24:00-01:00", "08:15", "08:15-09:15x"] {
            assert!(backup_window("W", bad, M).is_err(), "{bad}");
        }
    }
}
