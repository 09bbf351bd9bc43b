//! Reading a request: JSON text to a typed request, or a [`ContractError`]
//! with a stable code, the path of the bad field and a message in the
//! request's language.

use serde::de::DeserializeOwned;
use serde::Deserialize;

use crate::finding::{ContractError, Lang};

/// Parses a request.
///
/// # Errors
/// A [`ContractError`] whose code says what is wrong: `INVALID_JSON`,
/// `MISSING_FIELD`, `UNKNOWN_FIELD`, `WRONG_TYPE`, `UNKNOWN_VALUE`, or the
/// code of a field's own check (`AMOUNT_TOO_PRECISE`, `INVALID_DATE`,
/// `INVALID_ID_NUMBER`, ...), with the field's path
/// (`members[1].person.historicalBalance`).
pub fn parse<T: DeserializeOwned>(text: &str) -> Result<T, ContractError> {
    let mut de = serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut de)
        .map_err(|e| describe(&e, "", sniff_lang(text)))?;
    de.end().map_err(|e| {
        let lang = sniff_lang(text);
        ContractError::new(
            "INVALID_JSON",
            None,
            lang.pick(
                format!("请求在 JSON 之后还有多余内容：{e}"),
                format!("trailing characters after the JSON: {e}"),
            ),
        )
    })?;
    Ok(value)
}

/// Parses a part of a request (a custom policy) whose paths sit under
/// `prefix`, in the request's language.
///
/// # Errors
/// As [`parse`], with paths like `policy.versions[0].validFrom`.
pub fn parse_at<T: DeserializeOwned>(
    text: &str,
    prefix: &str,
    lang: Lang,
) -> Result<T, ContractError> {
    let mut de = serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(&mut de).map_err(|e| describe(&e, prefix, lang))
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
    #[derive(Deserialize)]
    struct LangOnly {
        #[serde(default)]
        lang: Lang,
    }
    serde_json::from_str::<LangOnly>(text).map_or(Lang::Zh, |l| l.lang)
}

fn describe(
    error: &serde_path_to_error::Error<serde_json::Error>,
    prefix: &str,
    lang: Lang,
) -> ContractError {
    let inner = error.inner();
    let path = match (prefix, error.path().to_string()) {
        ("", p) if p == "." => None,
        ("", p) => Some(p),
        (prefix, p) if p == "." => Some(prefix.to_owned()),
        (prefix, p) => Some(format!("{prefix}.{p}")),
    };
    if !inner.is_data() {
        return ContractError::new(
            "INVALID_JSON",
            None,
            lang.pick(
                format!("请求不是合法的 JSON：{inner}"),
                format!("the request is not valid JSON: {inner}"),
            ),
        );
    }
    let full = inner.to_string();
    // serde_json appends " at line L column C"; the path says more.
    let detail = full
        .rsplit_once(" at line ")
        .map_or(full.as_str(), |(msg, _)| msg);
    let field = |name: &str| -> String {
        match &path {
            Some(p) => format!("{p}.{name}"),
            None => name.to_owned(),
        }
    };
    let named = |prefix: &str| {
        detail
            .strip_prefix(prefix)
            .and_then(|rest| rest.split('`').next())
    };
    let p = path.clone().unwrap_or_default();

    if let Some(name) = named("missing field `") {
        let at = field(name);
        return ContractError::new(
            "MISSING_FIELD",
            Some(at.clone()),
            lang.pick(
                format!("缺少必填字段 {at}"),
                format!("missing required field {at}"),
            ),
        );
    }
    if named("unknown field `").is_some() {
        return ContractError::new(
            "UNKNOWN_FIELD",
            path,
            lang.pick(
                format!("无法识别的字段 {p}（请检查拼写）：{detail}"),
                format!("unknown field {p} (check the spelling): {detail}"),
            ),
        );
    }
    if detail.starts_with("unknown variant") {
        return ContractError::new(
            "UNKNOWN_VALUE",
            path,
            lang.pick(
                format!("字段 {p} 的取值无法识别：{detail}"),
                format!("{p} has a value gongji does not know: {detail}"),
            ),
        );
    }
    let (code, zh, en): (&'static str, &str, &str) = match detail {
        "AMOUNT_NOT_A_NUMBER" => ("AMOUNT_NOT_A_NUMBER", "金额须为数字字符串，如 \"12.50\"", "an amount must be a plain number string like \"12.50\""),
        "AMOUNT_NEGATIVE" => ("AMOUNT_NEGATIVE", "金额不能为负数", "an amount cannot be negative"),
        "AMOUNT_TOO_PRECISE" => ("AMOUNT_TOO_PRECISE", "金额最多保留两位小数（精确到分）", "an amount has at most two decimals (fen)"),
        "AMOUNT_TOO_LARGE" => ("AMOUNT_TOO_LARGE", "金额超过上限 100000000.00 元", "an amount cannot exceed 100000000.00 yuan"),
        "INVALID_DATE" => ("INVALID_DATE", "日期须为真实存在的 YYYY-MM-DD（1900–2199 年）", "a date must be a real YYYY-MM-DD day (years 1900-2199)"),
        "INVALID_REGION" => ("INVALID_REGION", "参保地须为 6 位行政区划代码，如 \"310000\"", "a region must be a six-digit division code like \"310000\""),
        "INVALID_ID_NUMBER" => ("INVALID_ID_NUMBER", "身份证号码无效：须为 18 位，出生日期真实，校验码符合 GB 11643", "invalid ID number: 18 characters, a real birth date and a GB 11643 check character are required"),
        "UNKNOWN_RELATION" => ("UNKNOWN_RELATION", "亲属关系无法识别：请用 spouse、parent、child 等名称或 GB/T 4761 两位代码", "unknown relation: use a name like spouse, parent, child or a GB/T 4761 two-digit code"),
        "RELATION_CODE_NOT_BINDABLE" => ("RELATION_CODE_NOT_BINDABLE", "该 GB/T 4761 代码不是任何共济政策可绑定的亲属（或为不分父系母系的汇总代码）", "this GB/T 4761 code names no relative a family-aid policy can bind (or is a group code that does not say which side)"),
        "INVALID_JSON" => (
            "INVALID_JSON",
            "不是合法的 JSON 字符串",
            "is not a valid JSON string",
        ),
        "ID_NUMBER_AS_PERSON_ID" => ("ID_NUMBER_AS_PERSON_ID", "id 是调用方自定的标识，会出现在结果中，不能含身份证号码；身份证号码请填 idNumber（结果中只显示脱敏号码）", "an id is the caller's own key and is echoed in answers, so it must not contain an ID number; put the ID number in idNumber (answers show it masked)"),
        "EMPTY_STRING" => ("EMPTY_STRING", "不能为空字符串", "must not be an empty string"),
        "STRING_TOO_LONG" => ("STRING_TOO_LONG", "字符串过长（最多 64 个字符）", "the string is too long (64 characters at most)"),
        "INVALID_FACILITY_LEVEL" => ("INVALID_FACILITY_LEVEL", "医疗机构等级须为 1、2 或 3", "facilityLevel must be 1, 2 or 3"),
        _ if detail.starts_with("invalid type") || detail.starts_with("invalid length") => {
            ("WRONG_TYPE", "类型不对", "has the wrong type")
        }
        _ => ("INVALID_VALUE", "取值无效", "has an invalid value"),
    };
    let message = if code == "WRONG_TYPE" || code == "INVALID_VALUE" {
        lang.pick(
            format!("字段 {p} {zh}：{detail}"),
            format!("{p} {en}: {detail}"),
        )
    } else {
        lang.pick(format!("{p}：{zh}"), format!("{p}: {en}"))
    };
    ContractError::new(code, path, message)
}
