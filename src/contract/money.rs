//! Exact yuan amounts. Every amount in gongji is a [`Yuan`]: a
//! `rust_decimal::Decimal` held at exactly two decimals (fen), never a float,
//! so a split always adds up to the bill to the fen.

use std::fmt;

use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use ts_rs::TS;

use super::codes::ErrorCode;

/// The largest amount gongji accepts: 100,000,000.00 yuan. No personal
/// account, bill or premium comes near it; anything larger is a typing error.
pub const MAX_YUAN_FEN: i64 = 10_000_000_000;

/// Yuan as a decimal string: non-negative, at most two decimals in a
/// request (`"1234.5"`), exactly two in an answer (`"1234.50"`).
//
// Held as a `Decimal` at scale 2, which every constructor here keeps, so
// its mantissa is the amount in whole fen: sums, differences and
// comparisons are of whole fen, the integer operation `Decimal` does itself
// once two scales are aligned, without its general-scale code (7.7 KB of
// the phone's wasm, and slower).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, TS)]
#[ts(type = "string")]
pub struct Yuan(Decimal);

impl Default for Yuan {
    fn default() -> Yuan {
        Yuan::ZERO
    }
}

impl Ord for Yuan {
    fn cmp(&self, other: &Yuan) -> std::cmp::Ordering {
        self.fen().cmp(&other.fen())
    }
}

impl PartialOrd for Yuan {
    fn partial_cmp(&self, other: &Yuan) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// Why a string is not an amount of yuan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoneyError {
    /// Empty, or not digits with an optional `.` and one or two decimals.
    NotANumber,
    /// Starts with `-`.
    Negative,
    /// Three or more decimals: amounts are in fen.
    TooPrecise,
    /// Larger than [`MAX_YUAN_FEN`] fen.
    TooLarge,
}

impl MoneyError {
    /// The contract's code for this error.
    pub fn code(self) -> ErrorCode {
        match self {
            MoneyError::NotANumber => ErrorCode::AmountNotANumber,
            MoneyError::Negative => ErrorCode::AmountNegative,
            MoneyError::TooPrecise => ErrorCode::AmountTooPrecise,
            MoneyError::TooLarge => ErrorCode::AmountTooLarge,
        }
    }
}

impl Yuan {
    pub const ZERO: Yuan = Yuan(Decimal::from_parts(0, 0, 0, false, 2));

    /// An amount from a whole number of fen (1 yuan = 100 fen).
    ///
    /// # Errors
    /// [`MoneyError::Negative`] below zero, [`MoneyError::TooLarge`] above
    /// [`MAX_YUAN_FEN`].
    pub fn from_fen(fen: i64) -> Result<Yuan, MoneyError> {
        if fen < 0 {
            Err(MoneyError::Negative)
        } else if fen > MAX_YUAN_FEN {
            Err(MoneyError::TooLarge)
        } else {
            Ok(Yuan(Decimal::new(fen, 2)))
        }
    }

    /// Parses `"1234.5"`, `"1234.50"` or `"1234"`.
    ///
    /// # Errors
    /// - [`MoneyError::Negative`] for a leading `-`;
    /// - [`MoneyError::TooPrecise`] for three or more decimals;
    /// - [`MoneyError::TooLarge`] above 100,000,000.00;
    /// - [`MoneyError::NotANumber`] for anything else that is not plain
    ///   digits with an optional decimal point (signs, exponents, spaces,
    ///   `NaN`, `Infinity`, an empty string).
    ///
    /// ```
    /// use gongji::contract::money::{Yuan, MoneyError};
    /// assert_eq!(Yuan::parse("12.5").unwrap().to_string(), "12.50");
    /// assert_eq!(Yuan::parse("0.001"), Err(MoneyError::TooPrecise));
    /// assert_eq!(Yuan::parse("-1"), Err(MoneyError::Negative));
    /// assert_eq!(Yuan::parse("1e3"), Err(MoneyError::NotANumber));
    /// ```
    pub fn parse(text: &str) -> Result<Yuan, MoneyError> {
        if text.starts_with('-') {
            return Err(MoneyError::Negative);
        }
        // Only plain digits with one optional point and digits after it:
        // rust_decimal would also take signs, `_` and exponents.
        let (whole, frac) = text.split_once('.').unwrap_or((text, "0"));
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if !digits(whole) || !digits(frac) {
            return Err(MoneyError::NotANumber);
        }
        if frac.len() > 2 {
            return Err(MoneyError::TooPrecise);
        }
        // Past 11 digits of yuan it is over the maximum; leading zeros are
        // dropped so that rust_decimal's 28 digits never overflow.
        let whole = whole.trim_start_matches('0');
        if whole.len() > 11 {
            return Err(MoneyError::TooLarge);
        }
        let digits = format!("{}.{frac}", if whole.is_empty() { "0" } else { whole });
        let mut amount = Decimal::from_str_exact(&digits).map_err(|_| MoneyError::NotANumber)?;
        amount.rescale(2);
        Yuan::from_fen(amount.mantissa() as i64)
    }

    /// The amount as a decimal with exactly two decimals.
    pub fn decimal(self) -> Decimal {
        self.0
    }

    /// Whole fen: the mantissa, because every `Yuan` has scale 2. Sums,
    /// differences and comparisons are of whole fen, which is exact.
    pub fn fen(self) -> i64 {
        // Bounded by sums of amounts of at most MAX_YUAN_FEN each.
        self.0.mantissa() as i64
    }

    pub fn is_zero(self) -> bool {
        self.0.is_zero()
    }

    /// `self + other`. A request's amounts (at most 10^10 fen each, at most
    /// 10,000 expenses) sum to at most about 10^14 fen, far below `i64`'s
    /// range, so this cannot overflow.
    pub fn plus(self, other: Yuan) -> Yuan {
        Yuan(Decimal::new(self.fen() + other.fen(), 2))
    }

    /// `self - other`, or zero when `other` is larger: balances never go
    /// negative.
    pub fn minus(self, other: Yuan) -> Yuan {
        Yuan(Decimal::new((self.fen() - other.fen()).max(0), 2))
    }
}

/// `1234.50`: rust_decimal prints the two decimals a `Yuan` always has.
impl fmt::Display for Yuan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

/// A decimal string, never a JSON number (a float would not be exact).
impl Serialize for Yuan {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Yuan {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Yuan, D::Error> {
        deserializer.deserialize_str(super::text::TextVisitor::new(
            super::error::AMOUNT_EXPECTED,
            |text| Yuan::parse(text).map_err(MoneyError::code),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_two_decimals() {
        assert_eq!(Yuan::parse("10").unwrap().to_string(), "10.00");
        assert_eq!(Yuan::parse("0.5").unwrap().to_string(), "0.50");
        assert_eq!(Yuan::parse("007.05").unwrap().to_string(), "7.05");
        assert_eq!(
            Yuan::parse(&format!("{}1.5", "0".repeat(40)))
                .unwrap()
                .to_string(),
            "1.50"
        );
        assert_eq!(Yuan::parse("100000000").unwrap().fen(), MAX_YUAN_FEN);
    }

    #[test]
    fn rejects_what_is_not_an_amount() {
        for bad in [
            "", ".", "1.", ".5", "1,000", " 1", "+1", "1e3", "NaN", "Infinity", "1.2.3",
        ] {
            assert_eq!(Yuan::parse(bad), Err(MoneyError::NotANumber), "{bad:?}");
        }
        assert_eq!(Yuan::parse("-0.01"), Err(MoneyError::Negative));
        assert_eq!(Yuan::parse("1.005"), Err(MoneyError::TooPrecise));
        assert_eq!(Yuan::parse("100000000.01"), Err(MoneyError::TooLarge));
        assert_eq!(
            Yuan::parse("1000000000000000000000000000000"),
            Err(MoneyError::TooLarge)
        );
    }

    #[test]
    fn sums_and_comparisons_are_exact_to_the_fen() {
        let fen = Yuan::parse("0.01").unwrap();
        let ten = (0..10).fold(Yuan::ZERO, |sum, _| sum.plus(fen));
        assert_eq!(ten, Yuan::parse("0.1").unwrap());
        assert_eq!(ten.to_string(), "0.10");
        assert!(Yuan::parse("99999999.99").unwrap() < Yuan::parse("100000000").unwrap());
        assert!(Yuan::default() < fen && Yuan::default() == Yuan::ZERO);
        let max = Yuan::parse("100000000").unwrap();
        assert_eq!(max.plus(max).decimal().to_string(), "200000000.00");
    }

    #[test]
    fn minus_stops_at_zero() {
        let a = Yuan::parse("3").unwrap();
        let b = Yuan::parse("5").unwrap();
        assert_eq!(a.minus(b), Yuan::ZERO);
        assert_eq!(b.minus(a).to_string(), "2.00");
    }
}
