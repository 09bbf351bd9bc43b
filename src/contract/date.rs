//! Calendar dates (`YYYY-MM-DD`): the day a request is judged on, the days a
//! policy version is valid, a birth date read from an ID number. A small
//! type of our own, because nothing here needs time zones or clocks.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use ts_rs::TS;

use super::codes::ErrorCode;

/// A real day as `YYYY-MM-DD`, between the years 1900 and 2199.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, TS)]
#[ts(type = "string", rename = "IsoDate")]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// A date from its parts, if the day exists (2025-02-30 does not).
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        ((1900..2200).contains(&year) && (1..=days).contains(&day)).then_some(Date {
            year,
            month,
            day,
        })
    }

    /// The day after, if it is before 2200.
    pub fn next(self) -> Option<Date> {
        Date::new(self.year, self.month, self.day + 1)
            .or_else(|| Date::new(self.year, self.month + 1, 1))
            .or_else(|| Date::new(self.year + 1, 1, 1))
    }

    /// The day before, if it is in 1900 or later.
    ///
    /// ```
    /// use gongji::contract::date::Date;
    /// let day = |t| Date::parse(t).unwrap();
    /// assert_eq!(day("2024-03-01").prev(), Some(day("2024-02-29")));
    /// assert_eq!(day("2025-01-01").prev(), Some(day("2024-12-31")));
    /// assert_eq!(day("2024-12-09").prev(), Some(day("2024-12-08")));
    /// assert_eq!(day("1900-01-01").prev(), None);
    /// ```
    pub fn prev(self) -> Option<Date> {
        if self.day > 1 {
            return Date::new(self.year, self.month, self.day - 1);
        }
        let (year, month) = match self.month {
            1 => (self.year.checked_sub(1)?, 12),
            m => (self.year, m - 1),
        };
        (28..=31).rev().find_map(|day| Date::new(year, month, day))
    }

    /// Parses `YYYY-MM-DD` exactly (ten characters, real day).
    ///
    /// ```
    /// use gongji::contract::date::Date;
    /// assert!(Date::parse("2024-02-29").is_some());
    /// assert!(Date::parse("2025-02-29").is_none());
    /// assert!(Date::parse("2025-2-1").is_none());
    /// ```
    pub fn parse(text: &str) -> Option<Date> {
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        Date::new(
            number(&b[0..4])? as u16,
            number(&b[5..7])? as u8,
            number(&b[8..10])? as u8,
        )
    }

    /// Parses the eight digits `YYYYMMDD` (as in an ID number).
    pub fn parse_compact(b: &[u8]) -> Option<Date> {
        if b.len() != 8 {
            return None;
        }
        Date::new(
            number(&b[0..4])? as u16,
            number(&b[4..6])? as u8,
            number(&b[6..8])? as u8,
        )
    }
}

fn number(digits: &[u8]) -> Option<u32> {
    digits.iter().try_fold(0u32, |n, &b| {
        b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
    })
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        deserializer.deserialize_str(super::text::TextVisitor::new(
            super::error::DATE_EXPECTED,
            |text| Date::parse(text).ok_or(ErrorCode::InvalidDate),
        ))
    }
}
