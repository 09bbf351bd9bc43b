//! Reading a request, by one route whatever it arrives as: JSON text (the
//! CLI, servers, `callJson`, the mini-program build, the built-in
//! profiles) or a JS object (the wasm binding) becomes a
//! `serde_json::Value` through [`JsonValue`], and the typed request is read
//! from that with serde_path_to_error, so every refusal names its field.
//! One typed reader per contract type is what the phone downloads.

use serde::de::{self, DeserializeOwned, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde::Deserializer;
use serde_json::Value;

use super::codes::ErrorCode;
use super::error::{describe, dotted, sniff_lang_prefix, ContractError};
use super::finding::Lang;

/// Parses a request (or any contract type, such as a policy profile).
///
/// # Errors
/// A [`ContractError`] whose code says what is wrong: `INVALID_JSON`,
/// `MISSING_FIELD`, `UNKNOWN_FIELD`, `WRONG_TYPE`, `UNKNOWN_VALUE`,
/// `INVALID_VALUE`, or the code of a field's own check
/// (`AMOUNT_TOO_PRECISE`, `INVALID_DATE`, `INVALID_ID_NUMBER`, ...), with
/// the field's path (`members[1].person.historicalBalance`). The message is
/// in the language the request asked for.
///
/// ```
/// use gongji::contract::SettlementRequest;
/// let err = gongji::contract::parse::<SettlementRequest>(
///     r#"{"policy":"shanghai","asOf":"2025-13-01","lang":"en"}"#).unwrap_err();
/// assert_eq!((err.code.as_str(), err.path.as_deref()), ("INVALID_DATE", Some("asOf")));
/// ```
pub fn parse<T: DeserializeOwned>(text: &str) -> Result<T, ContractError> {
    // Natively, where size does not count, one pass straight from the text
    // is faster; what it refuses is read again the one way, to explain it.
    #[cfg(not(target_arch = "wasm32"))]
    if let Ok(value) = serde_json::from_str(text) {
        return Ok(value);
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let value = JsonValue::read(&mut de)
        .and_then(|value| de.end().map(|()| value))
        .map_err(|e| {
            let lang = sniff_lang_prefix(text);
            if e.is_data() {
                // A key given twice: serde's message, its position dropped.
                let message = e.to_string();
                let suffix = format!(" at line {} column {}", e.line(), e.column());
                let message = message.strip_suffix(&suffix).unwrap_or(&message);
                describe(message, "", lang)
            } else {
                ContractError::new(
                    ErrorCode::InvalidJson,
                    None,
                    say!(lang, "请求不是合法的 JSON（第 {} 行第 {} 列）", e.line(), e.column();
                        "the request is not valid JSON: {}", e),
                )
            }
        })?;
    from_value(&value)
}

/// Reads a request from a JSON value (the wasm binding's route from a JS
/// object), with the same errors as [`parse`].
///
/// # Errors
/// As [`parse`], but never `INVALID_JSON`: the value is JSON already.
pub fn from_value<T: DeserializeOwned>(value: &Value) -> Result<T, ContractError> {
    let lang = match value.get("lang").and_then(Value::as_str) {
        Some("en") => Lang::En,
        _ => Lang::Zh,
    };
    from_value_at(value, "", lang)
}

/// As [`from_value`], for a value found at `at` in a request (a custom
/// profile at `policy`): paths start there, messages are in `lang`.
///
/// # Errors
/// As [`from_value`].
pub fn from_value_at<T: DeserializeOwned>(
    value: &Value,
    at: &str,
    lang: Lang,
) -> Result<T, ContractError> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let inner = dotted(e.path());
        let path = match (at.is_empty(), inner.is_empty()) {
            (true, _) => inner,
            (false, true) => at.to_owned(),
            (false, false) if inner.starts_with('[') => format!("{at}{inner}"),
            (false, false) => format!("{at}.{inner}"),
        };
        describe(&e.inner().to_string(), &path, lang)
    })
}

/// How deep a request may nest: as serde_json allows in text. The
/// contract's own types nest less than 20.
const MAX_DEPTH: u16 = 128;

/// A JSON value read from any serde source, at most [`MAX_DEPTH`] deep and
/// with no key given twice. serde_json's own `Value` keeps the last of two
/// equal keys (a typed struct refuses them), and follows a JS object that
/// refers to itself until the stack runs out.
pub struct JsonValue(u16);

impl JsonValue {
    /// Reads one value from `deserializer`.
    ///
    /// # Errors
    /// The source's own errors, a key given twice, nesting past
    /// [`MAX_DEPTH`].
    pub fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Value, D::Error> {
        JsonValue(MAX_DEPTH).deserialize(deserializer)
    }

    fn deeper<E: de::Error>(&self) -> Result<JsonValue, E> {
        self.0
            .checked_sub(1)
            .map(JsonValue)
            .ok_or_else(|| E::custom("nested too deep (a cycle?)"))
    }
}

impl<'de> DeserializeSeed<'de> for JsonValue {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for JsonValue {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(v.into())
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(v.into())
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(v.into())
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(v.into())
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut out = Vec::new();
        while let Some(v) = seq.next_element_seed(self.deeper()?)? {
            out.push(v);
        }
        Ok(Value::Array(out))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = serde_json::Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let value = map.next_value_seed(self.deeper()?)?;
            if out.contains_key(&key) {
                return Err(de::Error::custom(format_args!("duplicate field `{key}`")));
            }
            out.insert(key, value);
        }
        Ok(Value::Object(out))
    }
}
