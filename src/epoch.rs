//! UTC dates and epoch milliseconds, for GeminiDB's `restore_time` ("a 13-digit number (in
//! milliseconds, UTC time)"): the form's date picker writes the number, and a date typed
//! where the number belongs gets a message with the number it means. UTC only, as the
//! document says; no time-zone database is needed.

/// Days from 1970-01-01 to a civil date (proleptic Gregorian), after H. Hinnant's
/// `days_from_civil`.
fn days(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Milliseconds since 1970-01-01 00:00 UTC for a date written `YYYY-MM-DD` (a year of 4 to 6
/// digits, as `<input type="datetime-local">` takes up to 275760), optionally with a time
/// `HH:MM`, `HH:MM:SS` or `HH:MM:SS.mmm` (1 to 3 digits of a second) after a `T` or a space, and
/// an optional trailing `Z`. What the picker gives, and what people type. None for anything
/// else.
pub fn utc_ms(text: &str) -> Option<i64> {
    let t = text.trim();
    let t = t.strip_suffix('Z').or_else(|| t.strip_suffix(" UTC")).unwrap_or(t);
    let (date, time) = match t.find(['T', ' ']) {
        Some(i) => (&t[..i], Some(&t[i + 1..])),
        None => (t, None),
    };
    let num = |s: &str, len: usize| -> Option<i64> { (s.len() == len && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten() };
    let mut parts = date.split('-');
    let year = parts.next()?;
    let y = num(year, year.len().clamp(4, 6))?;
    let (m, d) = (num(parts.next()?, 2)?, num(parts.next()?, 2)?);
    if parts.next().is_some() || !(1..=12).contains(&m) || d < 1 || d > days_in_month(y, m) {
        return None;
    }
    let (mut secs, mut ms) = (0, 0);
    if let Some(time) = time {
        let mut hms = time.split(':');
        let (h, mi) = (num(hms.next()?, 2)?, num(hms.next()?, 2)?);
        let s = match hms.next() {
            // ".5" is 500 ms: the digits are tenths, hundredths, thousandths.
            Some(s) => match s.split_once('.') {
                Some((whole, frac)) => {
                    ms = num(frac, frac.len().clamp(1, 3))? * 10_i64.pow(3 - frac.len() as u32);
                    num(whole, 2)?
                }
                None => num(s, 2)?,
            },
            None => 0,
        };
        if hms.next().is_some() || h > 23 || mi > 59 || s > 59 {
            return None;
        }
        secs = h * 3600 + mi * 60 + s;
    }
    Some((days(y, m, d) * 86_400 + secs) * 1000 + ms)
}

/// The UTC date and time of epoch milliseconds, `YYYY-MM-DDTHH:MM:SS`, with `.mmm` when the
/// value has a part of a second (the picker then shows the value exactly, and reads this form
/// back).
pub fn utc_text(ms: i64) -> String {
    let secs = ms.div_euclid(1000);
    let (day, rest) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    // H. Hinnant's `civil_from_days`.
    let z = day + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    let text = format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}", rest / 3600, rest % 3600 / 60, rest % 60);
    match ms.rem_euclid(1000) {
        0 => text,
        part => format!("{text}.{part:03}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_documents_example_round_trips() {
        // Seed 000's example restore_time.
        assert_eq!(utc_ms("2020-12-12T00:00"), Some(1_607_731_200_000));
        assert_eq!(utc_ms("2020-12-12"), Some(1_607_731_200_000));
        assert_eq!(utc_ms("2020-12-12 00:00:00Z"), Some(1_607_731_200_000));
        assert_eq!(utc_text(1_607_731_200_000), "2020-12-12T00:00:00");
        assert_eq!(utc_ms("1970-01-01T00:00:01"), Some(1000));
        assert_eq!(utc_ms("2024-02-29T23:59:59"), Some(1_709_251_199_000));
        // With a part of a second and past 9999 too (the picker's 275760 at the end).
        for ms in [0, 951_782_400_000, 1_709_251_199_000, 4_102_444_800_000, 1_607_731_200_123, 253_402_300_800_001, 8_640_000_000_000_000] {
            assert_eq!(utc_ms(&utc_text(ms)), Some(ms), "{ms}");
        }
    }

    /// What the picker gives beyond the plain form: a part of a second, a year past 9999.
    #[test]
    fn parts_of_a_second_and_long_years_round_trip() {
        assert_eq!(utc_ms("2020-12-12T00:00:00.5"), Some(1_607_731_200_500));
        assert_eq!(utc_ms("2020-12-12T00:00:00.05"), Some(1_607_731_200_050));
        assert_eq!(utc_ms("2020-12-12T00:00:00.123Z"), Some(1_607_731_200_123));
        assert_eq!(utc_text(1_607_731_200_123), "2020-12-12T00:00:00.123");
        assert_eq!(utc_text(1_607_731_200_050), "2020-12-12T00:00:00.050");
        assert_eq!(utc_ms("10000-01-01T00:00"), Some(253_402_300_800_000));
        assert_eq!(utc_text(253_402_300_800_000), "10000-01-01T00:00:00");
    }

    #[test]
    fn anything_else_is_not_a_date() {
        for bad in ["", "1607731200000", "2020-13-01", "2023-02-29", "2020-12-12T24:00", "20-12-12", "2020-12-12T00:00:00:00", "2020/12/12", "yesterday", "1234567-01-01", "2020-12-12T00:00:00.", "2020-12-12T00:00:00.1234", "2020-12-12T00:00.5", "2020-12-12T00:00:00.-1"] {
            assert_eq!(utc_ms(bad), None, "{bad}");
        }
    }
}
