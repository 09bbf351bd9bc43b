//! Local times of day (`HH:MM`) and local date-times (`YYYY-MM-DDTHH:MM`):
//! when a 医保钱包 transfer is attempted, the hours in which transfers are
//! closed, when an unaccepted transfer comes back. Beijing time as the
//! wallet shows it, so no zone is written or needed; minutes are as fine
//! as any source speaks.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use ts_rs::TS;

use super::codes::ErrorCode;
use super::date::Date;

/// What a time of day's deserializer expects.
pub const TIME_EXPECTED: &str = "a time string HH:MM";
/// What a date-time's deserializer expects.
pub const DATE_TIME_EXPECTED: &str = "a date-time string YYYY-MM-DDTHH:MM";

/// A time of day, `00:00` to `23:59`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, TS)]
#[ts(type = "string")]
pub struct ClockTime {
    pub hour: u8,
    pub minute: u8,
}

impl ClockTime {
    /// A time from its parts, if it is one (`24:00` is not).
    pub fn new(hour: u8, minute: u8) -> Option<ClockTime> {
        (hour < 24 && minute < 60).then_some(ClockTime { hour, minute })
    }

    /// Parses `HH:MM` exactly (five characters).
    ///
    /// ```
    /// use gongji::contract::clock::ClockTime;
    /// assert!(ClockTime::parse("06:00").is_some());
    /// assert!(ClockTime::parse("25:00").is_none());
    /// assert!(ClockTime::parse("6:00").is_none());
    /// ```
    pub fn parse(text: &str) -> Option<ClockTime> {
        let b = text.as_bytes();
        if b.len() != 5 || b[2] != b':' {
            return None;
        }
        ClockTime::new(two_digits(&b[0..2])?, two_digits(&b[3..5])?)
    }
}

/// A local date and time of day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, TS)]
#[ts(type = "string", rename = "LocalDateTime")]
pub struct LocalDateTime {
    pub date: Date,
    pub time: ClockTime,
}

impl LocalDateTime {
    /// Parses `YYYY-MM-DDTHH:MM` exactly (sixteen characters, a real day
    /// and time).
    ///
    /// ```
    /// use gongji::contract::clock::LocalDateTime;
    /// assert!(LocalDateTime::parse("2026-03-01T22:30").is_some());
    /// assert!(LocalDateTime::parse("2026-03-01T25:00").is_none());
    /// assert!(LocalDateTime::parse("2026-03-01 22:30").is_none());
    /// ```
    pub fn parse(text: &str) -> Option<LocalDateTime> {
        let (date, time) = text.split_once('T')?;
        Some(LocalDateTime {
            date: Date::parse(date)?,
            time: ClockTime::parse(time)?,
        })
    }
}

fn two_digits(b: &[u8]) -> Option<u8> {
    match b {
        [t, u] if t.is_ascii_digit() && u.is_ascii_digit() => Some((t - b'0') * 10 + (u - b'0')),
        _ => None,
    }
}

impl fmt::Display for ClockTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

impl fmt::Display for LocalDateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}T{}", self.date, self.time)
    }
}

impl Serialize for ClockTime {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl Serialize for LocalDateTime {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for ClockTime {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<ClockTime, D::Error> {
        deserializer.deserialize_str(super::text::TextVisitor::new(TIME_EXPECTED, |text| {
            ClockTime::parse(text).ok_or(ErrorCode::InvalidTime)
        }))
    }
}

impl<'de> Deserialize<'de> for LocalDateTime {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<LocalDateTime, D::Error> {
        deserializer.deserialize_str(super::text::TextVisitor::new(DATE_TIME_EXPECTED, |text| {
            LocalDateTime::parse(text).ok_or(ErrorCode::InvalidDateTime)
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_time_orders_by_day_then_time_and_prints_as_read() {
        let late = LocalDateTime::parse("2026-03-01T21:59").unwrap();
        let next = LocalDateTime::parse("2026-03-02T06:00").unwrap();
        assert!(late < next);
        assert_eq!(next.to_string(), "2026-03-02T06:00");
        assert!(ClockTime::parse("23:60").is_none());
        assert!(ClockTime::parse("2a:00").is_none());
        assert!(LocalDateTime::parse("2026-02-30T10:00").is_none());
    }
}
