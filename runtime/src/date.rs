//! Calendar dates (proleptic Gregorian, UTC), for editions in force and
//! retention deadlines: no time zone, no time of day.

use std::fmt;
use std::str::FromStr;
use std::time::{Duration, SystemTime};

/// A calendar date, `YYYY-MM-DD` as the table writes `effective`.
///
/// Months and years are calendar units: adding a month keeps the day of
/// the month, clamped to the month's last day (2027-01-31 plus one month is
/// 2027-02-28); adding a year keeps month and day (2028-02-29 plus one year
/// is 2029-02-28).
///
/// ```
/// use policy_runtime::Date;
///
/// let d: Date = "2027-01-31".parse()?;
/// assert_eq!(d.add_months(1).to_string(), "2027-02-28");
/// assert_eq!(d.add_days(30).to_string(), "2027-03-02");
/// assert_eq!(Date::new(2028, 2, 29).unwrap().add_years(1).to_string(), "2029-02-28");
/// assert!(Date::new(2027, 2, 29).is_none());
/// # Ok::<(), policy_runtime::DateError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// A text that is not a date `YYYY-MM-DD` that exists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError {
    /// The text.
    pub text: String,
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` is not a date YYYY-MM-DD that exists", self.text)
    }
}

impl std::error::Error for DateError {}

/// Whether `year` is a leap year of the Gregorian calendar.
const fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// The number of days of `month` (1–12) in `year`.
const fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Date {
    /// The date, if it exists (years 1 to 9999).
    #[must_use]
    pub const fn new(year: i32, month: u8, day: u8) -> Option<Self> {
        if year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 {
            return None;
        }
        if day > days_in_month(year, month) {
            return None;
        }
        Some(Self { year, month, day })
    }

    /// The year.
    #[must_use]
    pub const fn year(self) -> i32 {
        self.year
    }

    /// The month, 1 to 12.
    #[must_use]
    pub const fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, from 1.
    #[must_use]
    pub const fn day(self) -> u8 {
        self.day
    }

    /// Today in UTC, by the system clock.
    #[must_use]
    pub fn today() -> Self {
        Self::from_system_time(SystemTime::now())
    }

    /// The UTC date of `time` (the epoch for a time before it).
    #[must_use]
    pub fn from_system_time(time: SystemTime) -> Self {
        let days = time
            .duration_since(SystemTime::UNIX_EPOCH)
            .unwrap_or(Duration::ZERO)
            .as_secs()
            / 86_400;
        Self::from_days(i64::try_from(days).unwrap_or(i64::MAX))
    }

    /// Days since 1970-01-01 (negative before).
    #[must_use]
    pub const fn to_days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = if self.month <= 2 {
            self.year as i64 - 1
        } else {
            self.year as i64
        };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = self.month as i64;
        let mp = if m > 2 { m - 3 } else { m + 9 };
        let doy = (153 * mp + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01, clamped to years 1 to 9999.
    #[must_use]
    pub const fn from_days(days: i64) -> Self {
        const MIN: i64 = -719_162; // 0001-01-01
        const MAX: i64 = 2_932_896; // 9999-12-31
        let z = if days < MIN {
            MIN
        } else if days > MAX {
            MAX
        } else {
            days
        } + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + if month <= 2 { 1 } else { 0 }) as i32;
        Self { year, month, day }
    }

    /// `days` days later (earlier if negative), clamped to years 1 to 9999.
    #[must_use]
    pub const fn add_days(self, days: i64) -> Self {
        Self::from_days(self.to_days().saturating_add(days))
    }

    /// `months` calendar months later, the day clamped to the month's
    /// last, and the year to 9999.
    #[must_use]
    pub const fn add_months(self, months: i64) -> Self {
        let index = (self.year as i64) * 12 + (self.month as i64 - 1) + months;
        let max = 9999 * 12 + 11;
        let index = if index > max {
            max
        } else if index < 12 {
            12
        } else {
            index
        };
        let year = (index / 12) as i32;
        let month = (index % 12 + 1) as u8;
        let last = days_in_month(year, month);
        let day = if self.day > last { last } else { self.day };
        Self { year, month, day }
    }

    /// `years` calendar years later: twelve months each.
    #[must_use]
    pub const fn add_years(self, years: i64) -> Self {
        self.add_months(years.saturating_mul(12))
    }
}

impl FromStr for Date {
    type Err = DateError;

    fn from_str(text: &str) -> Result<Self, DateError> {
        let error = || DateError {
            text: text.to_owned(),
        };
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes.get(4) != Some(&b'-') || bytes.get(7) != Some(&b'-') {
            return Err(error());
        }
        let number = |range: std::ops::Range<usize>| -> Option<u32> {
            let part = text.get(range)?;
            if !part.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            part.parse().ok()
        };
        let (Some(year), Some(month), Some(day)) = (number(0..4), number(5..7), number(8..10))
        else {
            return Err(error());
        };
        let (Ok(year), Ok(month), Ok(day)) =
            (i32::try_from(year), u8::try_from(month), u8::try_from(day))
        else {
            return Err(error());
        };
        Self::new(year, month, day).ok_or_else(error)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests")]

    use super::*;

    fn d(text: &str) -> Date {
        text.parse().unwrap()
    }

    #[test]
    fn days_round_trip_over_four_centuries() {
        let start = d("1900-01-01").to_days();
        let mut previous: Option<Date> = None;
        for days in start..start + 146_097 + 400 {
            let date = Date::from_days(days);
            assert_eq!(date.to_days(), days);
            assert_eq!(d(&date.to_string()), date);
            if let Some(p) = previous {
                assert!(p < date);
            }
            previous = Some(date);
        }
        assert_eq!(d("1970-01-01").to_days(), 0);
        assert_eq!(d("2000-03-01").to_days() - d("2000-02-28").to_days(), 2);
        assert_eq!(d("1900-03-01").to_days() - d("1900-02-28").to_days(), 1);
    }

    #[test]
    fn months_and_years_are_calendar_units() {
        assert_eq!(d("2027-01-31").add_months(1), d("2027-02-28"));
        assert_eq!(d("2028-01-31").add_months(1), d("2028-02-29"));
        assert_eq!(d("2027-03-31").add_months(-1), d("2027-02-28"));
        assert_eq!(d("2027-08-31").add_months(1), d("2027-09-30"));
        assert_eq!(d("2027-12-15").add_months(1), d("2028-01-15"));
        assert_eq!(d("2027-01-15").add_months(-1), d("2026-12-15"));
        assert_eq!(d("2028-02-29").add_years(1), d("2029-02-28"));
        assert_eq!(d("2028-02-29").add_years(4), d("2032-02-29"));
        assert_eq!(d("2100-02-28").add_days(1), d("2100-03-01"));
        assert_eq!(d("2000-02-28").add_days(1), d("2000-02-29"));
        assert_eq!(d("9999-12-31").add_days(1), d("9999-12-31"));
        assert_eq!(d("9998-06-30").add_years(5), d("9999-12-30"));
    }

    #[test]
    fn only_existing_dates_parse() {
        for bad in [
            "2027-02-29",
            "2100-02-29",
            "2027-13-01",
            "2027-00-10",
            "2027-04-31",
            "27-01-01",
            "2027/01/01",
            "2027-1-01",
            "+027-01-01",
            "0000-01-01",
        ] {
            assert!(bad.parse::<Date>().is_err(), "{bad}");
        }
        assert_eq!(d("2000-02-29").day(), 29);
        assert_eq!(
            "x".parse::<Date>().unwrap_err().to_string(),
            "`x` is not a date YYYY-MM-DD that exists"
        );
    }
}
