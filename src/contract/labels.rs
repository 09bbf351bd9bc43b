//! Every label a form shows, in zh-CN and en, in one place: rule names and
//! rule values (本市参保 rather than `local`), expense kinds, the person
//! fields, the parts of a split and the national platform's field names
//! (`acct_pay` → 个人账户支出), and a short title for every finding code.
//! `relationOptions` with `labels: true` answers them for the version in
//! force, so a page never shows a key, a code or a field name of the
//! contract. `tests/labels.rs` walks every key, value and code of every
//! built-in profile and fails on one without a label.

use serde::Serialize;
use strum::VariantArray;
use ts_rs::TS;

use super::codes::FindingCode;
use super::finding::{Lang, Source};
use super::money::Yuan;
use super::person::{Scheme, Status};
use super::profile::{
    Area, ExpenseKind, FacilityLimit, FundSource, FunderDraw, Grade, Mode, Pot, Rules, Shortfall,
    Use, Visibility,
};
use super::relation::Relation;

/// A value of the contract (a key, a code, a field name) and its label.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct Label {
    /// As the contract spells it (`"memberArea"`, `"acct_pay"`).
    pub key: String,
    /// In the request's language.
    pub label: String,
}

/// One rule of the version in force, as a person reads it.
#[derive(Clone, Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RuleLabel {
    /// The rule's key in `Rules` (`"memberArea"`).
    pub key: String,
    /// What the rule is about (成员参保地).
    pub label: String,
    /// Its value in words (本市参保).
    pub value_label: String,
    pub source: Source,
}

/// The words a form needs under one version of a policy.
#[derive(Clone, Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Labels {
    /// Every rule of the version, in the profile's order.
    pub rules: Vec<RuleLabel>,
    /// Every expense kind (费用类型), admitted or not.
    pub kinds: Vec<Label>,
    /// Every relation of the contract, offered here or not.
    pub relations: Vec<Label>,
    pub schemes: Vec<Label>,
    pub statuses: Vec<Label>,
    pub modes: Vec<Label>,
    /// The request fields a person form has (`historicalBalance` → 历年账户余额).
    pub fields: Vec<Label>,
    /// The parts of a split and the fund after it (`ownCurrent`, …, `fundAfter`).
    pub parts: Vec<Label>,
    /// The split under the national platform's field names.
    pub nhsa: Vec<Label>,
    /// The flags of a preview.
    pub flags: Vec<Label>,
    /// `facilityType` values (hospital, pharmacy).
    pub facilities: Vec<Label>,
    /// `facilityLevel` values, `"1"` to `"3"`.
    pub levels: Vec<Label>,
    /// `"true"` and `"false"` of a yes-or-no rule or flag.
    pub answers: Vec<Label>,
    /// A short title for every finding code (`STEP_FAMILY` → 家庭共济资金支付).
    pub findings: Vec<Label>,
    /// A cited document's `grade` (`official` → 官方原文).
    pub grades: Vec<Label>,
}

fn label(key: &str, (zh, en): (&str, &str), lang: Lang) -> Label {
    Label {
        key: key.to_owned(),
        label: lang.pick(zh, en).to_owned(),
    }
}

/// 职工医保 / employee insurance.
pub fn scheme(value: Scheme) -> (&'static str, &'static str) {
    match value {
        Scheme::Employee => ("职工医保", "employee insurance"),
        Scheme::Resident => ("城乡居民医保", "resident insurance"),
        Scheme::PublicMedical => ("公费医疗", "state-funded medical care (gongfei yiliao)"),
    }
}

pub fn status(value: Status) -> (&'static str, &'static str) {
    match value {
        Status::Active => ("正常参保", "insured, paid up"),
        Status::Suspended => ("暂停或欠费", "suspended or in arrears"),
        Status::Transferred => ("已转出", "transferred out"),
    }
}

// How a rule's value is said: the declarations of `Rules` (profile.rs)
// name these, a function per kind of value.

pub(crate) fn area(value: Area) -> (&'static str, &'static str) {
    match value {
        Area::Local => (
            "本市（本统筹区）参保",
            "insured in this city (pooling area)",
        ),
        Area::Province => ("本省参保", "insured in this province"),
        Area::Anywhere => ("全国参保均可", "insured anywhere in China"),
        Area::FounderCity => (
            "与组建人在同一地市（统筹区）参保",
            "insured in the founder's own city (pooling area)",
        ),
    }
}

pub(crate) fn fund(value: FundSource) -> (&'static str, &'static str) {
    match value {
        FundSource::Historical => ("组建人的历年账户结余", "the founder's historical balance"),
        FundSource::PersonalAccount => (
            "组建人的整个个人账户",
            "the founder's whole personal account",
        ),
    }
}

pub(crate) fn pot(value: Pot) -> (&'static str, &'static str) {
    match value {
        Pot::Current => ("当年账户", "current-year account"),
        Pot::Historical => ("历年账户", "historical account"),
    }
}

pub(crate) fn shortfall(value: Shortfall) -> (&'static str, &'static str) {
    match value {
        Shortfall::TopUp => (
            "家庭共济资金补足差额",
            "the family fund pays the difference",
        ),
        Shortfall::DeclineThenRetry => (
            "首次刷卡不成功，再次刷卡由家庭共济资金整笔支付",
            "the first swipe is declined; a retry is paid whole by the family fund",
        ),
    }
}

pub(crate) fn visibility(value: Visibility) -> (&'static str, &'static str) {
    match value {
        Visibility::FounderAndSelf => ("组建人和本人", "the founder and himself"),
        Visibility::WholeNetwork => ("整个共济网", "the whole network"),
    }
}

pub(crate) fn relation(value: Relation) -> (&'static str, &'static str) {
    (value.label(Lang::Zh), value.label(Lang::En))
}

fn kind(value: ExpenseKind) -> (&'static str, &'static str) {
    (value.label(Lang::Zh), value.label(Lang::En))
}

pub(crate) fn mode(value: Mode) -> (&'static str, &'static str) {
    (value.label(Lang::Zh), value.label(Lang::En))
}

/// A yes-or-no rule in words.
pub(crate) fn yes_no(value: &bool, lang: Lang) -> String {
    let (zh, en) = if *value {
        ("是", "yes")
    } else {
        ("否", "no")
    };
    lang.pick(zh, en).to_owned()
}

/// Each of `values` in words.
fn said<T: Copy>(
    values: &[T],
    words: fn(T) -> (&'static str, &'static str),
    lang: Lang,
) -> Vec<&'static str> {
    values
        .iter()
        .map(|&v| lang.pick(words(v).0, words(v).1))
        .collect()
}

/// Values as a sentence lists them (配偶、子女 / spouse, child).
fn list<T: Copy>(values: &[T], words: fn(T) -> (&'static str, &'static str), lang: Lang) -> String {
    said(values, words, lang).join(lang.pick("、", ", "))
}

/// A rule whose value is one of the contract's words (`local`), in words.
pub(crate) fn one<T: Copy>(
    words: fn(T) -> (&'static str, &'static str),
) -> impl Fn(&T, Lang) -> String {
    move |&value, lang| lang.pick(words(value).0, words(value).1).to_owned()
}

/// A rule whose value is a list of the contract's words, as a sentence
/// lists them.
pub(crate) fn many<T: Copy>(
    words: fn(T) -> (&'static str, &'static str),
) -> impl Fn(&Vec<T>, Lang) -> String {
    move |values, lang| list(values, words, lang)
}

/// Values taken one after the other (当年账户 → 历年账户).
pub(crate) fn in_order<T: Copy>(
    values: &[T],
    words: fn(T) -> (&'static str, &'static str),
    lang: Lang,
) -> String {
    said(values, words, lang).join(" → ")
}

/// The kinds of expense the admitted uses name.
pub(crate) fn kinds(uses: &[Use], lang: Lang) -> String {
    let kinds: Vec<ExpenseKind> = uses.iter().map(|u| u.kind).collect();
    list(&kinds, kind, lang)
}

pub(crate) fn min_historical(min: &Yuan, lang: Lang) -> String {
    if min.is_zero() {
        say!(lang, "不设门槛"; "no threshold")
    } else if min.fen() == 1 {
        say!(lang, "须有结余（大于 0 元）"; "must have a balance (more than 0 yuan)")
    } else {
        say!(lang, "不少于 {} 元", min; "at least {} yuan", min)
    }
}

pub(crate) fn facilities(limit: &FacilityLimit, lang: Lang) -> String {
    let level = match limit.max_level {
        1 => lang.pick("一级", "level 1"),
        2 => lang.pick("一、二级", "level 1 and 2"),
        _ => lang.pick("各级", "any level of"),
    };
    if limit.pharmacy {
        say!(lang, "{}医疗机构和定点药店", level; "{} institutions and designated pharmacies", level)
    } else {
        say!(lang, "{}医疗机构，不含零售药店", level; "{} institutions, no retail pharmacies", level)
    }
}

pub(crate) fn deadline(month_day: &str, lang: Lang) -> String {
    match super::profile::month_day(month_day) {
        Some((m, d)) => {
            say!(lang, "每年 {} 月 {} 日前", m, d; "by {} {} each year", month_name(m), d)
        }
        None => month_day.to_owned(),
    }
}

fn month_name(m: u8) -> &'static str {
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ][usize::from(m.clamp(1, 12) - 1)]
}

/// A rule's name: `None` for a key the contract does not have.
pub fn rule_name(key: &str) -> Option<(&'static str, &'static str)> {
    Rules::DECLARED
        .iter()
        .find(|rule| rule.key == key)
        .map(|rule| rule.name)
}

/// Every rule of a version, in the order a profile writes them, named and
/// valued in words.
pub fn rules(r: &Rules, lang: Lang) -> Vec<RuleLabel> {
    Rules::DECLARED
        .iter()
        .filter_map(|rule| {
            Some(RuleLabel {
                key: rule.key.to_owned(),
                label: lang.pick(rule.name.0, rule.name.1).to_owned(),
                value_label: (rule.words)(r, lang)?,
                source: (rule.source)(r)?.clone(),
            })
        })
        .collect()
}

/// How several funders are drawn, in words.
pub(crate) fn funder_draw(draw: FunderDraw) -> (&'static str, &'static str) {
    match draw {
        FunderDraw::InTurn => (
            "依次使用，一笔费用不同时使用两位授权人",
            "in turn, never two on one bill",
        ),
        FunderDraw::RegistrationOrder => ("按绑定先后使用", "in order of registration"),
        FunderDraw::LargestBalance => ("先用余额多的授权人", "largest balance first"),
        FunderDraw::OnlyOne => ("只能有一位授权人", "only one funder"),
        FunderDraw::Rank => ("按绑定时设定的顺位使用", "in the rank set on each binding"),
    }
}

/// Every expense kind, in the order a form lists them.
pub const KINDS: [ExpenseKind; 9] = [
    ExpenseKind::Outpatient,
    ExpenseKind::Inpatient,
    ExpenseKind::Pharmacy,
    ExpenseKind::Vaccine,
    ExpenseKind::ResidentPremium,
    ExpenseKind::CommercialInsurance,
    ExpenseKind::LongTermCarePremium,
    ExpenseKind::Checkup,
    ExpenseKind::Cosmetic,
];

/// Fails to compile when a kind is added and `KINDS` not told.
const _: fn(ExpenseKind) -> usize = |k| match k {
    ExpenseKind::Outpatient => 0,
    ExpenseKind::Inpatient => 1,
    ExpenseKind::Pharmacy => 2,
    ExpenseKind::Vaccine => 3,
    ExpenseKind::ResidentPremium => 4,
    ExpenseKind::CommercialInsurance => 5,
    ExpenseKind::LongTermCarePremium => 6,
    ExpenseKind::Checkup => 7,
    ExpenseKind::Cosmetic => 8,
};

/// The request fields of a person form.
const FIELDS: [(&str, (&str, &str)); 10] = [
    ("id", ("称呼", "name")),
    ("relation", ("与组建人的关系", "relation to the founder")),
    ("scheme", ("险种", "scheme")),
    (
        "region",
        ("参保地（行政区划代码）", "insured in (region code)"),
    ),
    ("status", ("参保状态", "insurance status")),
    (
        "historicalBalance",
        ("历年账户余额", "historical account balance"),
    ),
    (
        "currentBalance",
        ("当年账户余额", "current-year account balance"),
    ),
    ("idNumber", ("身份证号（可不填）", "ID number (optional)")),
    ("cap", ("使用限额（可不填）", "cap (optional)")),
    (
        "perPaymentCap",
        ("单次支付限额（可不填）", "per-payment cap (optional)"),
    ),
];

/// The fields of a 共济额度 (quota) and of the quotas a person has set
/// (跨省共济), for the forms that set, show and end them.
const QUOTA_FIELDS: [(&str, (&str, &str)); 10] = [
    ("quotas", ("共济额度", "quotas held")),
    ("funderId", ("共济人", "funder")),
    ("amount", ("共济额度金额", "quota amount")),
    ("used", ("已使用额度", "amount used")),
    ("setOn", ("额度设定日期", "set on")),
    ("endedOn", ("共济关系解除日期", "relation ended on")),
    (
        "earmarked",
        ("已为亲属设定的共济额度", "quotas set for relatives"),
    ),
    ("relativeId", ("被共济人", "relative")),
    ("statusSince", ("参保状态变动日期", "status since")),
    ("returned", ("返还共济人的额度", "returned to the funder")),
];

/// The parts of a split, then the fund after the bill.
const PARTS: [(&str, (&str, &str)); 5] = [
    ("ownCurrent", ("本人当年账户", "own current-year account")),
    ("ownHistorical", ("本人历年账户", "own historical account")),
    ("family", ("家庭共济资金", "family fund")),
    ("cash", ("个人现金", "cash")),
    ("fundAfter", ("共济资金余额", "family fund left")),
];

/// The national platform's settlement fields (国家医保信息平台).
const NHSA: [(&str, (&str, &str)); 3] = [
    ("acct_pay", ("个人账户支出", "personal account paid")),
    ("acct_mulaid_pay", ("个人账户共济支付", "family fund paid")),
    ("psn_cash_pay", ("个人现金支出", "cash paid")),
];

const FLAGS: [(&str, (&str, &str)); 3] = [
    (
        "countsTowardDeductible",
        ("计入起付线、自负段", "counts toward the deductible"),
    ),
    (
        "inReliefSchemes",
        ("纳入减负、大病、救助", "enters relief schemes"),
    ),
    (
        "windowClaim",
        ("须到医保窗口报销", "claimed at the insurance office window"),
    ),
];

const FACILITIES: [(&str, (&str, &str)); 2] = [
    ("hospital", ("医疗机构", "hospital or clinic")),
    ("pharmacy", ("定点药店", "designated pharmacy")),
];

const LEVELS: [(&str, (&str, &str)); 3] = [
    ("1", ("一级", "level 1")),
    ("2", ("二级", "level 2")),
    ("3", ("三级", "level 3")),
];

const ANSWERS: [(&str, (&str, &str)); 2] = [("true", ("是", "yes")), ("false", ("否", "no"))];

/// A short title for a finding code, declared with the code (`codes.rs`).
pub fn finding(code: FindingCode) -> (&'static str, &'static str) {
    code.title()
}

fn labels<T: Copy>(
    values: &[T],
    key: fn(T) -> String,
    words: fn(T) -> (&'static str, &'static str),
    lang: Lang,
) -> Vec<Label> {
    values
        .iter()
        .map(|&v| label(&key(v), words(v), lang))
        .collect()
}

fn table(rows: &[(&str, (&str, &str))], lang: Lang) -> Vec<Label> {
    rows.iter()
        .map(|&(key, words)| label(key, words, lang))
        .collect()
}

/// The contract's spelling of an expense kind (`residentPremium`).
fn kind_name(k: ExpenseKind) -> String {
    match k {
        ExpenseKind::Outpatient => "outpatient",
        ExpenseKind::Inpatient => "inpatient",
        ExpenseKind::Pharmacy => "pharmacy",
        ExpenseKind::Vaccine => "vaccine",
        ExpenseKind::ResidentPremium => "residentPremium",
        ExpenseKind::CommercialInsurance => "commercialInsurance",
        ExpenseKind::LongTermCarePremium => "longTermCarePremium",
        ExpenseKind::Checkup => "checkup",
        ExpenseKind::Cosmetic => "cosmetic",
    }
    .to_owned()
}

impl Labels {
    /// The words of a form under the rules `r`, in `lang`.
    pub fn new(r: &Rules, lang: Lang) -> Labels {
        Labels {
            rules: rules(r, lang),
            kinds: labels(&KINDS, kind_name, kind, lang),
            relations: labels(
                Relation::ALL.as_slice(),
                |r| r.name().to_owned(),
                relation,
                lang,
            ),
            schemes: vec![
                label("employee", scheme(Scheme::Employee), lang),
                label("resident", scheme(Scheme::Resident), lang),
                label("publicMedical", scheme(Scheme::PublicMedical), lang),
            ],
            statuses: vec![
                label("active", status(Status::Active), lang),
                label("suspended", status(Status::Suspended), lang),
                label("transferred", status(Status::Transferred), lang),
            ],
            modes: vec![
                label("payment", mode(Mode::Payment), lang),
                label("premium", mode(Mode::Premium), lang),
            ],
            fields: [table(&FIELDS, lang), table(&QUOTA_FIELDS, lang)].concat(),
            parts: table(&PARTS, lang),
            nhsa: table(&NHSA, lang),
            flags: table(&FLAGS, lang),
            facilities: table(&FACILITIES, lang),
            levels: table(&LEVELS, lang),
            answers: table(&ANSWERS, lang),
            findings: labels(
                FindingCode::VARIANTS,
                |c| c.as_str().to_owned(),
                finding,
                lang,
            ),
            grades: labels(
                Grade::VARIANTS,
                |g| <&str>::from(g).to_owned(),
                Grade::words,
                lang,
            ),
        }
    }
}
