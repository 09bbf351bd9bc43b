//! The one serde visitor every checked string type shares (amounts, dates,
//! regions, ID numbers, person ids, relations): a string in, the value or
//! the [`ErrorCode`] of the failed check out, as serde's custom error.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Visitor};
use serde::Deserialize;

use super::codes::ErrorCode;

/// Reads a string through `check`; anything else is serde's
/// "invalid type", naming `expecting`.
pub struct TextVisitor<T, F> {
    expecting: &'static str,
    check: F,
    value: PhantomData<T>,
}

impl<T, F: FnOnce(&str) -> Result<T, ErrorCode>> TextVisitor<T, F> {
    pub fn new(expecting: &'static str, check: F) -> TextVisitor<T, F> {
        TextVisitor {
            expecting,
            check,
            value: PhantomData,
        }
    }
}

impl<T, F: FnOnce(&str) -> Result<T, ErrorCode>> Visitor<'_> for TextVisitor<T, F> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.expecting)
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<T, E> {
        (self.check)(text).map_err(E::custom)
    }
}

/// What a plain string field expects.
pub const STRING_EXPECTED: &str = "a string";

/// For a field that takes its default when absent: `null` too (a JS
/// object's `undefined` arrives as `null` through the wasm binding).
pub fn or_default<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de> + Default,
{
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
}
