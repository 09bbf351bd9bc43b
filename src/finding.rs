//! What gongji says about a request: findings (a rule's verdict, with its
//! source) and contract errors (input that cannot be judged at all).

use std::sync::Arc;

use crate::json::{self, FromJson, Object, Out, Reader, ToJson, Ty};

json_enum! {
    /// The language of messages: zh-CN unless a request asks for en.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
    pub enum Lang {
        #[default]
        Zh = "zh-CN",
        En = "en",
    }
}

impl Lang {
    /// The text for this language.
    pub fn pick<T>(self, zh: T, en: T) -> T {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }
}

json_enum! {
    /// `error` blocks the binding or the payment; `warning` informs of a
    /// risk; `info` explains a step.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
    pub enum Severity {
        Info = "info",
        Warning = "warning",
        Error = "error",
    }
}

/// Where a rule comes from: a document id (see `policies()`) and the
/// question or section in it.
///
/// Shared, not copied: every finding cites one, so a citation is two
/// reference counts rather than two strings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    pub doc: Arc<str>,
    /// `ref` in JSON.
    pub reference: Arc<str>,
}

from_json!(Source {
    doc: "doc",
    reference: "ref",
});

impl FromJson for Arc<str> {
    fn read(r: &mut Reader<'_>) -> json::Result<Arc<str>> {
        r.string(Ty::String).map(Arc::from)
    }
}

impl ToJson for Arc<str> {
    fn write_json(&self, out: &mut Out) {
        json::write_str(out, self);
    }
}

impl ToJson for Source {
    fn write_json(&self, out: &mut Out) {
        Object::new(out)
            .field("doc", &self.doc)
            .field("ref", &self.reference)
            .end();
    }
}

/// One verdict of one rule on one request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// Stable, SCREAMING_SNAKE; front-ends switch on it.
    pub code: &'static str,
    pub severity: Severity,
    pub message: String,
    pub hint: Option<String>,
    /// The request field the finding is about, e.g. `members[2].relation`.
    pub path: Option<String>,
    pub source: Option<Source>,
}

impl ToJson for Finding {
    fn write_json(&self, out: &mut Out) {
        Object::new(out)
            .field("code", self.code)
            .field("severity", &self.severity)
            .field("message", &self.message)
            .some("hint", &self.hint)
            .some("path", &self.path)
            .some("source", &self.source)
            .end();
    }
}

impl Finding {
    pub fn new(code: &'static str, severity: Severity, message: String) -> Finding {
        Finding {
            code,
            severity,
            message,
            hint: None,
            path: None,
            source: None,
        }
    }

    pub fn hint(mut self, hint: String) -> Finding {
        self.hint = Some(hint);
        self
    }

    pub fn at(mut self, path: impl Into<String>) -> Finding {
        self.path = Some(path.into());
        self
    }

    pub fn cite(mut self, source: &Source) -> Finding {
        self.source = Some(source.clone());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Input that cannot be judged: malformed JSON, a missing or unknown field,
/// a bad amount, date or ID number, an unknown policy, a limit passed.
/// Carries the path of the bad field and a message in the request's
/// language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContractError {
    pub code: &'static str,
    pub path: Option<String>,
    pub message: String,
}

impl ToJson for ContractError {
    fn write_json(&self, out: &mut Out) {
        Object::new(out)
            .field("code", self.code)
            .some("path", &self.path)
            .field("message", &self.message)
            .end();
    }
}

impl ContractError {
    /// A contract error. Its path and message may quote caller text (an
    /// unknown field or value): any ID number in them is masked, and they
    /// are cut at [`MAX_ERROR_PATH_CHARS`] and [`MAX_ERROR_MESSAGE_CHARS`]
    /// so that a 1 MB field name does not come back three times.
    pub fn new(code: &'static str, path: Option<String>, message: String) -> ContractError {
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
/// use gongji::finding::mask_id_numbers;
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
        let e = ContractError::new("UNKNOWN_FIELD", Some(huge.clone()), huge.repeat(2));
        let path = e.path.expect("path");
        assert_eq!(path.chars().count(), MAX_ERROR_PATH_CHARS + 1);
        assert!(path.ends_with('…'));
        assert_eq!(e.message.chars().count(), MAX_ERROR_MESSAGE_CHARS + 1);
        let short = ContractError::new("MISSING_FIELD", Some("members[0].id".into()), "短".into());
        assert_eq!(
            (short.path.as_deref(), short.message.as_str()),
            (Some("members[0].id"), "短")
        );
    }
}
