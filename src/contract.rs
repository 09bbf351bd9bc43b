//! Reading a request: JSON text to a typed request, or a [`ContractError`]
//! with a stable code, the path of the bad field and a message in the
//! request's language.

use crate::finding::{ContractError, Lang};
use crate::json::{self, FromJson, Kind, Reader};

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
/// use gongji::api::SettlementRequest;
/// let err = gongji::contract::parse::<SettlementRequest>(
///     r#"{"policy":"shanghai","asOf":"2025-13-01","lang":"en"}"#).unwrap_err();
/// assert_eq!((err.code, err.path.as_deref()), ("INVALID_DATE", Some("asOf")));
/// ```
pub fn parse<T: FromJson>(text: &str) -> Result<T, ContractError> {
    Reader::read_all(text).map_err(|e| describe(&e, sniff_lang(text)))
}

/// The language of a request too large to parse: a plain search of its
/// first bytes for `"lang":"en"`.
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

/// The language a request asked for, read leniently so that even a request
/// that fails to parse gets its error in the language it wanted.
pub fn sniff_lang(text: &str) -> Lang {
    match Reader::top_level_string(text, "lang").as_deref() {
        Some("en") => Lang::En,
        _ => Lang::Zh,
    }
}

/// The contract error for a read error.
pub fn describe(error: &json::Error, lang: Lang) -> ContractError {
    let p = error.path();
    let path = (!p.is_empty()).then(|| p.clone());
    let (the_field, the_field_en) = if p.is_empty() {
        ("请求".to_owned(), "the request".to_owned())
    } else {
        (format!("字段 {p} "), p.clone())
    };
    let (code, message) = match &error.kind {
        Kind::Syntax(expected, at) => {
            return ContractError::new(
                "INVALID_JSON",
                None,
                say!(lang, "请求不是合法的 JSON：第 {} 字节处应为 {}", at, expected;
                    "the request is not valid JSON: expected {} at byte {}", expected, at),
            )
        }
        Kind::Missing => (
            "MISSING_FIELD",
            say!(lang, "缺少必填字段 {}", p; "missing required field {}", p),
        ),
        Kind::Unknown(fields) => (
            "UNKNOWN_FIELD",
            say!(lang, "无法识别的字段 {}（请检查拼写）；可用字段：{}", p, fields.join("、");
                "unknown field {} (check the spelling); expected one of: {}", p, fields.join(", ")),
        ),
        Kind::Duplicate => (
            "INVALID_VALUE",
            say!(lang, "字段 {} 出现了两次", p; "{} is given twice", p),
        ),
        Kind::WrongType(ty, found) => {
            let ((ty_zh, ty_en), (found_zh, found_en)) = (ty.describe(), found.describe());
            (
                "WRONG_TYPE",
                say!(lang, "{}类型不对：应为{}，而不是{}", the_field, ty_zh, found_zh;
                    "{} has the wrong type: it must be {}, not {}", the_field_en, ty_en, found_en),
            )
        }
        Kind::UnknownValue(found, names) => (
            "UNKNOWN_VALUE",
            say!(lang, "{}的取值 \"{}\" 无法识别；可用：{}", the_field, found, names.join("、");
                "{} has a value gongji does not know: \"{}\"; expected one of: {}", the_field_en, found, names.join(", ")),
        ),
        Kind::OutOfRange(number) => (
            "INVALID_VALUE",
            say!(lang, "{}的取值 {} 超出范围", the_field, number; "{} is out of range: {}", the_field_en, number),
        ),
        Kind::Invalid(code) => {
            let (zh, en) = check_message(code);
            (*code, say!(lang, "{}：{}", p, zh; "{}: {}", p, en))
        }
    };
    ContractError::new(code, path, message)
}

/// What a field's own check code means.
fn check_message(code: &str) -> (&'static str, &'static str) {
    match code {
        "AMOUNT_NOT_A_NUMBER" => ("金额须为数字字符串，如 \"12.50\"", "an amount must be a plain number string like \"12.50\""),
        "AMOUNT_NEGATIVE" => ("金额不能为负数", "an amount cannot be negative"),
        "AMOUNT_TOO_PRECISE" => ("金额最多保留两位小数（精确到分）", "an amount has at most two decimals (fen)"),
        "AMOUNT_TOO_LARGE" => ("金额超过上限 100000000.00 元", "an amount cannot exceed 100000000.00 yuan"),
        "INVALID_DATE" => ("日期须为真实存在的 YYYY-MM-DD（1900–2199 年）", "a date must be a real YYYY-MM-DD day (years 1900-2199)"),
        "INVALID_REGION" => ("参保地须为 6 位行政区划代码，如 \"310000\"", "a region must be a six-digit division code like \"310000\""),
        "INVALID_ID_NUMBER" => ("身份证号码无效：须为 18 位，出生日期真实，校验码符合 GB 11643", "invalid ID number: 18 characters, a real birth date and a GB 11643 check character are required"),
        "UNKNOWN_RELATION" => ("亲属关系无法识别：请用 spouse、parent、child 等名称或 GB/T 4761 两位代码", "unknown relation: use a name like spouse, parent, child or a GB/T 4761 two-digit code"),
        "RELATION_CODE_NOT_BINDABLE" => ("该 GB/T 4761 代码不是任何共济政策可绑定的亲属（或为不分父系母系的汇总代码）", "this GB/T 4761 code names no relative a family-aid policy can bind (or is a group code that does not say which side)"),
        "ID_NUMBER_AS_PERSON_ID" => ("id 是调用方自定的标识，会出现在结果中，不能含身份证号码；身份证号码请填 idNumber（结果中只显示脱敏号码）", "an id is the caller's own key and is echoed in answers, so it must not contain an ID number; put the ID number in idNumber (answers show it masked)"),
        "EMPTY_STRING" => ("不能为空字符串", "must not be an empty string"),
        "STRING_TOO_LONG" => ("字符串过长（最多 64 个字符）", "the string is too long (64 characters at most)"),
        "INVALID_FACILITY_LEVEL" => ("医疗机构等级须为 1、2 或 3", "facilityLevel must be 1, 2 or 3"),
        _ => ("取值无效", "has an invalid value"),
    }
}
