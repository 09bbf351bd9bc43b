//! Contract errors: a stable code, the path of the bad field and a
//! message in the request's language.
//!
//! serde reports what went wrong as text in its own stable wording
//! (`missing field `id``, `invalid type: integer `5`, expected ...`), and
//! the value types report their own checks as a bare [`ErrorCode`] name;
//! [`describe`] turns either into a contract error.

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
    let mut p = path.to_owned();
    let error = |code, p: &str, message| {
        ContractError::new(code, (!p.is_empty()).then(|| p.to_owned()), message)
    };
    // A field's name joins the path where serde names it only in the message.
    let with_field = |p: &mut String, name: &str| {
        if !(p == name || p.ends_with(&format!(".{name}"))) {
            push_field(p, name);
        }
    };
    let (the_field, the_field_en) = if p.is_empty() {
        ("请求".to_owned(), "the request".to_owned())
    } else {
        (format!("字段 {p} "), p.clone())
    };
    if let Ok(code) = message.parse::<ErrorCode>() {
        let (zh, en) = code.describe();
        return error(code, &p, say!(lang, "{}：{}", p, zh; "{}: {}", p, en));
    }
    if let Some(rest) = message.strip_prefix("missing field ") {
        with_field(&mut p, quoted(rest));
        return error(
            ErrorCode::MissingField,
            &p,
            say!(lang, "缺少必填字段 {}", p; "missing required field {}", p),
        );
    }
    if let Some(rest) = message.strip_prefix("unknown field ") {
        with_field(&mut p, quoted(rest));
        let fields = rest
            .split_once(", expected")
            .map_or(Vec::new(), |(_, e)| listed(e));
        return error(
            ErrorCode::UnknownField,
            &p,
            say!(lang, "无法识别的字段 {}（请检查拼写）；可用字段：{}", p, fields.join("、");
                "unknown field {} (check the spelling); expected one of: {}", p, fields.join(", ")),
        );
    }
    if let Some(rest) = message.strip_prefix("duplicate field ") {
        with_field(&mut p, quoted(rest));
        return error(
            ErrorCode::InvalidValue,
            &p,
            say!(lang, "字段 {} 出现了两次", p; "{} is given twice", p),
        );
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        let found = quoted(rest);
        let names = rest
            .rsplit_once(", expected")
            .map_or(Vec::new(), |(_, e)| listed(e));
        return error(
            ErrorCode::UnknownValue,
            &p,
            say!(lang, "{}的取值 \"{}\" 无法识别；可用：{}", the_field, found, names.join("、");
                "{} has a value gongji does not know: \"{}\"; expected one of: {}", the_field_en, found, names.join(", ")),
        );
    }
    if let Some((found, expected)) = message
        .strip_prefix("invalid type: ")
        .and_then(|m| m.rsplit_once(", expected "))
    {
        let ((ty_zh, ty_en), (found_zh, found_en)) = (expected_kind(expected), found_kind(found));
        return error(
            ErrorCode::WrongType,
            &p,
            say!(lang, "{}类型不对：应为{}，而不是{}", the_field, ty_zh, found_zh;
                "{} has the wrong type: it must be {}, not {}", the_field_en, ty_en, found_en),
        );
    }
    // serde's derive also reads a struct from an array of its fields in
    // order; an array that does not fit is the wrong type for an object.
    if let Some((_, expected)) = message
        .strip_prefix("invalid length ")
        .and_then(|m| m.rsplit_once(", expected "))
    {
        if expected_kind(expected).1 == "an object" {
            return error(
                ErrorCode::WrongType,
                &p,
                say!(lang, "{}类型不对：应为对象，而不是数组", the_field; "{} has the wrong type: it must be an object, not an array", the_field_en),
            );
        }
    }
    // `invalid value: integer `300`, expected u8` and anything else serde says.
    let found = message
        .strip_prefix("invalid value: ")
        .map_or(message, |m| {
            m.rsplit_once(", expected").map_or(m, |(f, _)| f)
        });
    // serde quotes the value itself: `integer `300``.
    let found = found.split('`').nth(1).unwrap_or(found);
    error(
        ErrorCode::InvalidValue,
        &p,
        say!(lang, "{}的取值 {} 超出范围", the_field, clip(found); "{} is out of range: {}", the_field_en, clip(found)),
    )
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

impl ErrorCode {
    /// What the code means, in zh-CN and en: the whole message for a
    /// field's own check, a summary for the others.
    pub fn describe(self) -> (&'static str, &'static str) {
        match self {
            ErrorCode::InvalidJson => ("请求不是合法的 JSON", "the request is not valid JSON"),
            ErrorCode::MissingField => ("缺少必填字段", "a required field is missing"),
            ErrorCode::UnknownField => ("无法识别的字段", "unknown field"),
            ErrorCode::WrongType => ("类型不对", "wrong type"),
            ErrorCode::UnknownValue => ("取值无法识别", "unknown value"),
            ErrorCode::InvalidValue => ("取值无效", "has an invalid value"),
            ErrorCode::AmountNotANumber => ("金额须为数字字符串，如 \"12.50\"", "an amount must be a plain number string like \"12.50\""),
            ErrorCode::AmountNegative => ("金额不能为负数", "an amount cannot be negative"),
            ErrorCode::AmountTooPrecise => ("金额最多保留两位小数（精确到分）", "an amount has at most two decimals (fen)"),
            ErrorCode::AmountTooLarge => ("金额超过上限 100000000.00 元", "an amount cannot exceed 100000000.00 yuan"),
            ErrorCode::InvalidDate => ("日期须为真实存在的 YYYY-MM-DD（1900–2199 年）", "a date must be a real YYYY-MM-DD day (years 1900-2199)"),
            ErrorCode::InvalidRegion => ("参保地须为 6 位行政区划代码，如 \"310000\"", "a region must be a six-digit division code like \"310000\""),
            ErrorCode::InvalidIdNumber => ("身份证号码无效：须为 18 位，出生日期真实，校验码符合 GB 11643", "invalid ID number: 18 characters, a real birth date and a GB 11643 check character are required"),
            ErrorCode::InvalidFacilityLevel => ("医疗机构等级须为 1、2 或 3", "facilityLevel must be 1, 2 or 3"),
            ErrorCode::UnknownRelation => ("亲属关系无法识别：请用 spouse、parent、child 等名称或 GB/T 4761 两位代码", "unknown relation: use a name like spouse, parent, child or a GB/T 4761 two-digit code"),
            ErrorCode::RelationCodeNotBindable => ("该 GB/T 4761 代码不是任何共济政策可绑定的亲属（或为不分父系母系的汇总代码）", "this GB/T 4761 code names no relative a family-aid policy can bind (or is a group code that does not say which side)"),
            ErrorCode::EmptyString => ("不能为空字符串", "must not be an empty string"),
            ErrorCode::StringTooLong => ("字符串过长（最多 64 个字符）", "the string is too long (64 characters at most)"),
            ErrorCode::IdNumberAsPersonId => ("id 是调用方自定的标识，会出现在结果中，不能含身份证号码；身份证号码请填 idNumber（结果中只显示脱敏号码）", "an id is the caller's own key and is echoed in answers, so it must not contain an ID number; put the ID number in idNumber (answers show it masked)"),
            ErrorCode::UnknownPolicy => ("没有这个内置政策", "no such built-in policy"),
            ErrorCode::InvalidPolicy => ("自定义政策无效", "the custom policy is invalid"),
            ErrorCode::ExtendUnknown => ("extend 指向的政策不存在", "extend names no known policy"),
            ErrorCode::ExtendCycle => ("extend 形成循环", "extend leads back to the profile itself"),
            ErrorCode::DateNotCovered => ("该日期不在政策任何版本的有效期内", "no version of the policy is in force on that date"),
            ErrorCode::LimitExceeded => ("列表超过上限", "a list is over its limit"),
            ErrorCode::RequestTooLarge => ("请求过大", "the request is too large"),
            ErrorCode::DuplicateMember => ("成员 id 重复", "member id listed twice"),
            ErrorCode::UnknownMember => ("费用所属成员不在 members 列表中", "the expense names no member in the members list"),
            ErrorCode::DuplicateFunder => ("授权人重复", "funder listed twice"),
            ErrorCode::UnknownFunder => ("授权人不在 funders 列表中", "the binding names no funder in the funders list"),
            ErrorCode::UnknownCall => ("未知调用", "unknown call"),
            ErrorCode::Internal => ("gongji 内部错误", "internal error in gongji"),
            ErrorCode::NotInitialized => ("请先调用 await init()", "call await init() first"),
            ErrorCode::InvalidEngine => ("engine 只能是 \"wasm\" 或 \"js\"", "engine must be \"wasm\" or \"js\""),
            ErrorCode::EngineUnavailable => ("此环境无法运行 WebAssembly", "WebAssembly cannot run here"),
            ErrorCode::InitFailed => ("无法加载 gongji.wasm", "gongji.wasm cannot be loaded"),
        }
    }
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
