//! Contract errors: a stable code, the path of the bad field and a
//! message in the request's language.
//!
//! serde reports what went wrong as text in its own stable wording
//! (`missing field `id``, `invalid type: integer `5`, expected ...`), and
//! the value types report their own checks as a bare [`ErrorCode`] name;
//! [`describe`] reads the kind of either and words the contract error
//! from it, the code's own wording declared with the code
//! ([`ErrorCode::describe`]).

use serde::Serialize;
use serde_path_to_error::{Path, Segment};
use ts_rs::TS;

use super::codes::ErrorCode;
use super::finding::Lang;

/// Largest request accepted, in bytes of JSON.
pub const MAX_REQUEST_BYTES: usize = 1 << 20;

/// The language of a request too large or too broken to parse: a plain
/// search of its first bytes for `"lang":"en"`.
pub fn sniff_lang_prefix(text: &str) -> Lang {
    let head = &text.as_bytes()[..text.len().min(4096)];
    let squeezed: Vec<u8> = head
        .iter()
        .copied()
        .filter(|b| !b.is_ascii_whitespace())
        .collect();
    if squeezed.windows(11).any(|w| w == br#""lang":"en""#) {
        Lang::En
    } else {
        Lang::Zh
    }
}

/// `members[0].person.id` from serde_path_to_error's path.
pub fn dotted(path: &Path) -> String {
    let mut out = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => {
                out.push('[');
                out.push_str(&index.to_string());
                out.push(']');
            }
            Segment::Map { key } | Segment::Enum { variant: key } => push_field(&mut out, key),
            Segment::Unknown => push_field(&mut out, "?"),
        }
    }
    out
}

fn push_field(out: &mut String, name: &str) {
    if !out.is_empty() {
        out.push('.');
    }
    out.push_str(name);
}

/// The first `` `quoted` `` name in a serde message.
fn quoted(text: &str) -> &str {
    text.split_once('`')
        .and_then(|(_, rest)| {
            rest.rsplit_once("`, expected")
                .map(|(q, _)| q)
                .or_else(|| rest.rsplit_once('`').map(|(q, _)| q))
        })
        .unwrap_or("")
}

/// Every `` `quoted` `` name in serde's list of what was expected.
fn listed(expected: &str) -> Vec<&str> {
    expected.split('`').skip(1).step_by(2).collect()
}

/// The contract error for one serde message at `path`: serde's own
/// wording for structural errors, a bare [`ErrorCode`] name for a value
/// type's check. Shared by the JSON reader and the wasm binding.
pub fn describe(message: &str, path: &str, lang: Lang) -> ContractError {
    Refusal::read(message).word(path.to_owned(), lang)
}

/// What the deserializer refused, by kind.
///
/// The value types of the contract (amounts, dates, ID numbers, ...)
/// refuse with a bare [`ErrorCode`] name and gongji's own deserializers
/// expect the `*_EXPECTED` texts below, so those kinds are gongji's. The
/// structural refusals of serde's derive (a missing or unknown field, an
/// unknown name, a wrong type) reach gongji only as serde_json's error
/// text: `serde_json::Error` keeps no kind. Their kind is read back from
/// serde's fixed wording (`missing field `id``, `invalid type: integer
/// `5`, expected a string`) here, and nowhere else.
enum Refusal<'a> {
    /// A value type's own check.
    Code(ErrorCode),
    MissingField(&'a str),
    UnknownField {
        field: &'a str,
        expected: Vec<&'a str>,
    },
    /// A key given twice.
    DuplicateField(&'a str),
    UnknownValue {
        found: &'a str,
        expected: Vec<&'a str>,
    },
    /// What was expected and what was found, as a person would say them.
    WrongType {
        expected: (&'static str, &'static str),
        found: (&'static str, &'static str),
    },
    /// serde's derive also reads a struct from an array of its fields in
    /// order; an array that does not fit is the wrong type for an object.
    ArrayForObject,
    /// `invalid value: integer `300`, expected u8` and anything else
    /// serde says: the value quoted.
    OutOfRange(&'a str),
}

impl<'a> Refusal<'a> {
    /// The kind of one refusal, from its message.
    fn read(message: &'a str) -> Refusal<'a> {
        if let Ok(code) = message.parse::<ErrorCode>() {
            return Refusal::Code(code);
        }
        if let Some(rest) = message.strip_prefix("missing field ") {
            return Refusal::MissingField(quoted(rest));
        }
        if let Some(rest) = message.strip_prefix("unknown field ") {
            let expected = rest
                .split_once(", expected")
                .map_or(Vec::new(), |(_, e)| listed(e));
            let field = quoted(rest);
            return Refusal::UnknownField { field, expected };
        }
        if let Some(rest) = message.strip_prefix("duplicate field ") {
            return Refusal::DuplicateField(quoted(rest));
        }
        if let Some(rest) = message.strip_prefix("unknown variant ") {
            let expected = rest
                .rsplit_once(", expected")
                .map_or(Vec::new(), |(_, e)| listed(e));
            let found = quoted(rest);
            return Refusal::UnknownValue { found, expected };
        }
        if let Some((found, expected)) = message
            .strip_prefix("invalid type: ")
            .and_then(|m| m.rsplit_once(", expected "))
        {
            let (expected, found) = (expected_kind(expected), found_kind(found));
            return Refusal::WrongType { expected, found };
        }
        if let Some((_, expected)) = message
            .strip_prefix("invalid length ")
            .and_then(|m| m.rsplit_once(", expected "))
        {
            if expected_kind(expected).1 == "an object" {
                return Refusal::ArrayForObject;
            }
        }
        let found = message
            .strip_prefix("invalid value: ")
            .map_or(message, |m| {
                m.rsplit_once(", expected").map_or(m, |(f, _)| f)
            });
        // serde quotes the value itself: `integer `300``.
        Refusal::OutOfRange(found.split('`').nth(1).unwrap_or(found))
    }

    /// The contract error at `path`, worded in `lang`. A field's name
    /// joins the path where serde names it only in the message.
    fn word(self, mut p: String, lang: Lang) -> ContractError {
        let (the_field, the_field_en) = if p.is_empty() {
            ("请求".to_owned(), "the request".to_owned())
        } else {
            (format!("字段 {p} "), p.clone())
        };
        let (code, message) = match self {
            Refusal::Code(code) => {
                let (zh, en) = code.describe();
                (code, say!(lang, "{}：{}", p, zh; "{}: {}", p, en))
            }
            Refusal::MissingField(name) => {
                with_field(&mut p, name);
                (
                    ErrorCode::MissingField,
                    say!(lang, "缺少必填字段 {}", p; "missing required field {}", p),
                )
            }
            Refusal::UnknownField { field, expected } => {
                with_field(&mut p, field);
                (
                    ErrorCode::UnknownField,
                    say!(lang, "无法识别的字段 {}（请检查拼写）；可用字段：{}", p, expected.join("、");
                    "unknown field {} (check the spelling); expected one of: {}", p, expected.join(", ")),
                )
            }
            Refusal::DuplicateField(name) => {
                with_field(&mut p, name);
                (
                    ErrorCode::InvalidValue,
                    say!(lang, "字段 {} 出现了两次", p; "{} is given twice", p),
                )
            }
            Refusal::UnknownValue { found, expected } => (
                ErrorCode::UnknownValue,
                say!(lang, "{}的取值 \"{}\" 无法识别；可用：{}", the_field, found, expected.join("、");
                    "{} has a value gongji does not know: \"{}\"; expected one of: {}", the_field_en, found, expected.join(", ")),
            ),
            Refusal::WrongType { expected, found } => (
                ErrorCode::WrongType,
                say!(lang, "{}类型不对：应为{}，而不是{}", the_field, expected.0, found.0;
                    "{} has the wrong type: it must be {}, not {}", the_field_en, expected.1, found.1),
            ),
            Refusal::ArrayForObject => (
                ErrorCode::WrongType,
                say!(lang, "{}类型不对：应为对象，而不是数组", the_field; "{} has the wrong type: it must be an object, not an array", the_field_en),
            ),
            Refusal::OutOfRange(found) => (
                ErrorCode::InvalidValue,
                say!(lang, "{}的取值 {} 超出范围", the_field, clip(found); "{} is out of range: {}", the_field_en, clip(found)),
            ),
        };
        ContractError::new(code, (!p.is_empty()).then_some(p), message)
    }
}

/// Adds `name` to `path` unless the path ends with it already.
fn with_field(path: &mut String, name: &str) {
    if !(path == name || path.ends_with(&format!(".{name}"))) {
        push_field(path, name);
    }
}

/// What serde says was expected, as a person would say it.
fn expected_kind(expected: &str) -> (&'static str, &'static str) {
    match expected {
        e if e.starts_with("struct ") || e == "a map" => ("对象", "an object"),
        "a sequence" => ("数组", "an array"),
        "a boolean" => ("true 或 false", "true or false"),
        "u8" | "u16" | "u32" | "u64" => ("整数", "an integer"),
        AMOUNT_EXPECTED => (
            "金额字符串（如 \"12.50\"）",
            "an amount string like \"12.50\"",
        ),
        DATE_EXPECTED => ("日期字符串 YYYY-MM-DD", "a date string YYYY-MM-DD"),
        super::clock::TIME_EXPECTED => ("时刻字符串 HH:MM", "a time string HH:MM"),
        super::clock::DATE_TIME_EXPECTED => (
            "时间字符串 YYYY-MM-DDTHH:MM",
            "a date-time string YYYY-MM-DDTHH:MM",
        ),
        POLICY_EXPECTED => (
            "内置政策 id、政策对象或政策对象列表",
            "a built-in policy id, a policy object or a list of them",
        ),
        _ => ("字符串", "a string"),
    }
}

/// What serde says it found instead.
fn found_kind(found: &str) -> (&'static str, &'static str) {
    match found.split([' ', '`']).next().unwrap_or("") {
        "null" | "unit" => ("null", "null"),
        "boolean" => ("布尔值", "a boolean"),
        "integer" => ("数字", "a number"),
        "floating" => ("小数", "a floating-point number"),
        "string" => ("字符串", "a string"),
        "sequence" => ("数组", "an array"),
        "map" => ("对象", "an object"),
        _ => ("其他值", "another value"),
    }
}

/// What an amount's deserializer expects (and `WRONG_TYPE` then says).
pub const AMOUNT_EXPECTED: &str = "an amount string like \"12.50\"";
/// What a date's deserializer expects.
pub const DATE_EXPECTED: &str = "a date string YYYY-MM-DD";
/// What a policy reference's deserializer expects.
pub const POLICY_EXPECTED: &str = "a built-in policy id, a policy object or a list of them";

/// At most 40 characters of caller text, for messages.
pub fn clip(text: &str) -> String {
    text.chars().take(40).collect()
}

/// Input that cannot be judged: malformed JSON, a missing or unknown field,
/// a bad amount, date or ID number, an unknown policy, a limit passed.
/// Carries the path of the bad field and a message in the request's
/// language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(optional_fields)]
pub struct ContractError {
    pub code: ErrorCode,
    /// The bad field (`members[1].person.historicalBalance`); absent for
    /// errors about the request as a whole.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// In the request's language.
    pub message: String,
}

impl ContractError {
    /// A contract error. Its path and message may quote caller text (an
    /// unknown field or value): any ID number in them is masked, and they
    /// are cut at [`MAX_ERROR_PATH_CHARS`] and [`MAX_ERROR_MESSAGE_CHARS`]
    /// so that a 1 MB field name does not come back three times.
    pub fn new(code: ErrorCode, path: Option<String>, message: String) -> ContractError {
        let tidy = |text: String, max: usize| {
            let mut text = match mask_id_numbers(&text) {
                std::borrow::Cow::Owned(m) => m,
                std::borrow::Cow::Borrowed(_) => text,
            };
            if let Some((cut, _)) = text.char_indices().nth(max) {
                text.truncate(cut);
                text.push('…');
            }
            text
        };
        ContractError {
            code,
            path: path.map(|p| tidy(p, MAX_ERROR_PATH_CHARS)),
            message: tidy(message, MAX_ERROR_MESSAGE_CHARS),
        }
    }
}

/// Longest error path: real paths are under 100 characters; only a
/// caller's unknown field name can be longer.
pub const MAX_ERROR_PATH_CHARS: usize = 200;
/// Longest error message: the longest real one (an unknown field of a
/// custom profile's rules, listing every rule) is about 800 characters.
pub const MAX_ERROR_MESSAGE_CHARS: usize = 1500;

/// Masks every run of text shaped like an 18-character ID number (17 digits
/// then a digit or `X`, not part of a longer digit run) as
/// `3101**********123X`, so that an error quoting a field where an ID
/// number was typed by mistake does not carry it whole.
///
/// ```
/// use gongji::contract::error::mask_id_numbers;
/// assert_eq!(mask_id_numbers("unknown `11010519491231002X`"), "unknown `1101**********002X`");
/// assert_eq!(mask_id_numbers("order 1234567890123456789"), "order 1234567890123456789");
/// ```
pub fn mask_id_numbers(text: &str) -> std::borrow::Cow<'_, str> {
    let b = text.as_bytes();
    let mut spans = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        let end = match i - start {
            18 => i,
            17 if matches!(b.get(i), Some(b'X' | b'x')) => i + 1,
            _ => continue,
        };
        if !b.get(end).is_some_and(u8::is_ascii_digit) {
            spans.push((start, end));
        }
        i = end;
    }
    if spans.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (start, end) in spans {
        out.push_str(&text[last..start + 4]);
        out.push_str("**********");
        out.push_str(&text[end - 4..end]);
        last = end;
    }
    out.push_str(&text[last..]);
    std::borrow::Cow::Owned(out)
}

impl std::fmt::Display for ContractError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.path {
            Some(path) => write!(f, "{} at {}: {}", self.code, path, self.message),
            None => write!(f, "{}: {}", self.code, self.message),
        }
    }
}

impl std::error::Error for ContractError {}

#[cfg(test)]
mod tests {
    use super::*;
    use ErrorCode::*;

    #[test]
    fn id_shaped_runs_are_masked_and_other_numbers_are_not() {
        for (text, want) in [
            ("110105194912310021", "1101**********0021"),
            ("a11010519491231002xb", "a1101**********002xb"),
            (
                "`11010519491231002X`, `11010519491231002X`",
                "`1101**********002X`, `1101**********002X`",
            ),
            // A 19-digit key, a 17-digit run, an amount: not ID numbers.
            ("1234567890123456789", "1234567890123456789"),
            ("12345678901234567", "12345678901234567"),
            ("100000000.00", "100000000.00"),
            ("1101051949123100211X", "1101051949123100211X"),
            ("中11010519491231002X中", "中1101**********002X中"),
        ] {
            assert_eq!(mask_id_numbers(text), want, "{text}");
        }
    }

    /// Found by an unknown field name of 900,000 characters: the error
    /// quoted it in its path and twice in its message (2.7 MB).
    #[test]
    fn an_error_quoting_huge_caller_text_is_cut() {
        let huge = "字".repeat(900_000);
        let e = ContractError::new(UnknownField, Some(huge.clone()), huge.repeat(2));
        let path = e.path.expect("path");
        assert_eq!(path.chars().count(), MAX_ERROR_PATH_CHARS + 1);
        assert!(path.ends_with('…'));
        assert_eq!(e.message.chars().count(), MAX_ERROR_MESSAGE_CHARS + 1);
        let short = ContractError::new(MissingField, Some("members[0].id".into()), "短".into());
        assert_eq!(
            (short.path.as_deref(), short.message.as_str()),
            (Some("members[0].id"), "短")
        );
    }
}
