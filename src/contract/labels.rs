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
    Area, ExpenseKind, FacilityLimit, FundSource, FunderDraw, Mode, Pot, Rule, Rules, Shortfall,
    Visibility,
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
    }
}

pub fn status(value: Status) -> (&'static str, &'static str) {
    match value {
        Status::Active => ("正常参保", "insured, paid up"),
        Status::Suspended => ("暂停或欠费", "suspended or in arrears"),
        Status::Transferred => ("已转出", "transferred out"),
    }
}

fn area(value: Area) -> (&'static str, &'static str) {
    match value {
        Area::Local => (
            "本市（本统筹区）参保",
            "insured in this city (pooling area)",
        ),
        Area::Province => ("本省参保", "insured in this province"),
        Area::Anywhere => ("全国参保均可", "insured anywhere in China"),
    }
}

fn fund(value: FundSource) -> (&'static str, &'static str) {
    match value {
        FundSource::Historical => ("组建人的历年账户结余", "the founder's historical balance"),
        FundSource::PersonalAccount => (
            "组建人的整个个人账户",
            "the founder's whole personal account",
        ),
    }
}

fn pot(value: Pot) -> (&'static str, &'static str) {
    match value {
        Pot::Current => ("当年账户", "current-year account"),
        Pot::Historical => ("历年账户", "historical account"),
    }
}

fn shortfall(value: Shortfall) -> (&'static str, &'static str) {
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

fn visibility(value: Visibility) -> (&'static str, &'static str) {
    match value {
        Visibility::FounderAndSelf => ("组建人和本人", "the founder and himself"),
        Visibility::WholeNetwork => ("整个共济网", "the whole network"),
    }
}

fn relation(value: Relation) -> (&'static str, &'static str) {
    (value.label(Lang::Zh), value.label(Lang::En))
}

fn kind(value: ExpenseKind) -> (&'static str, &'static str) {
    (value.label(Lang::Zh), value.label(Lang::En))
}

fn mode(value: Mode) -> (&'static str, &'static str) {
    (value.label(Lang::Zh), value.label(Lang::En))
}

fn yes_no(value: bool) -> (&'static str, &'static str) {
    if value {
        ("是", "yes")
    } else {
        ("否", "no")
    }
}

fn list<T: Copy>(values: &[T], words: fn(T) -> (&'static str, &'static str), lang: Lang) -> String {
    let parts: Vec<&str> = values
        .iter()
        .map(|&v| lang.pick(words(v).0, words(v).1))
        .collect();
    parts.join(lang.pick("、", ", "))
}

fn min_historical(min: Yuan, lang: Lang) -> String {
    if min.is_zero() {
        say!(lang, "不设门槛"; "no threshold")
    } else if min.fen() == 1 {
        say!(lang, "须有结余（大于 0 元）"; "must have a balance (more than 0 yuan)")
    } else {
        say!(lang, "不少于 {} 元", min; "at least {} yuan", min)
    }
}

fn facilities(limit: FacilityLimit, lang: Lang) -> String {
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

fn deadline(month_day: &str, lang: Lang) -> String {
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
    Some(match key {
        "relations" => ("可绑定的亲属", "relatives who may be bound"),
        "founderSchemes" => ("组建人的险种", "the founder's scheme"),
        "founderArea" => ("组建人参保地", "where the founder is insured"),
        "founderMustBeActive" => ("组建人账户须正常", "the founder's account must be usable"),
        "founderMinHistorical" => ("组建人历年账户结余", "the founder's historical balance"),
        "memberArea" => ("成员参保地", "where members are insured"),
        "memberSchemes" => ("成员的险种", "members' schemes"),
        "memberMustBeActive" => ("成员须正常参保缴费", "members must be insured and paid up"),
        "windowClaimOutsideLocal" => (
            "外地参保的成员到窗口报销",
            "members insured elsewhere claim at the window",
        ),
        "networksPerMember" => ("一人可同时加入的共济网", "networks one person may be in"),
        "founderMayBeMemberElsewhere" => (
            "组建人可同时是别处的成员",
            "the founder may be a member elsewhere",
        ),
        "memberMayBeFounderElsewhere" => {
            ("成员可另行组建共济网", "a member may found a network too")
        }
        "maxMembers" => ("成员人数上限", "most members"),
        "fund" => ("家庭共济资金来源", "what the family fund is"),
        "perMemberCap" => ("可为每位成员设使用限额", "a cap per member"),
        "ownAccountOrder" => (
            "成员本人账户的使用顺序",
            "order of the member's own accounts",
        ),
        "shortfall" => (
            "本人账户不足时",
            "when the member's own accounts fall short",
        ),
        "modes" => ("共济方式", "modes"),
        "founderChoosesModes" => ("组建人须选择共济方式", "the founder chooses the modes"),
        "uses" => ("家庭共济资金可支付", "the family fund may pay"),
        "residentFacilities" => (
            "居民医保成员可用的机构",
            "where resident members may use it",
        ),
        "pharmacyCountsTowardDeductible" => (
            "药店费用计入起付线",
            "pharmacy costs count toward the deductible",
        ),
        "fundInReliefSchemes" => (
            "共济支付部分纳入减负、大病、救助",
            "fund-paid costs enter relief schemes",
        ),
        "memberSees" => ("成员可查看", "a member sees"),
        "premiumModeDeadline" => ("共济缴费的选择截止日", "deadline for premium mode"),
        "funderDraw" => ("多位授权人时的使用顺序", "how several funders are drawn"),
        _ => return None,
    })
}

/// One rule in words. Every key passed here has a name (`tests/labels.rs`
/// walks the profiles' keys); a key without one would show as itself.
fn rule<T>(key: &'static str, rule: &Rule<T>, value: String, lang: Lang) -> RuleLabel {
    let (zh, en) = rule_name(key).unwrap_or((key, key));
    RuleLabel {
        key: key.to_owned(),
        label: lang.pick(zh, en).to_owned(),
        value_label: value,
        source: rule.source.clone(),
    }
}

fn flag(value: bool, lang: Lang) -> String {
    lang.pick(yes_no(value).0, yes_no(value).1).to_owned()
}

/// Every rule of a version, named and valued in words.
pub fn rules(r: &Rules, lang: Lang) -> Vec<RuleLabel> {
    let mut out = vec![
        rule(
            "relations",
            &r.relations,
            list(&r.relations.value, relation, lang),
            lang,
        ),
        rule(
            "founderSchemes",
            &r.founder_schemes,
            list(&r.founder_schemes.value, scheme, lang),
            lang,
        ),
        rule(
            "founderArea",
            &r.founder_area,
            list(&[r.founder_area.value], area, lang),
            lang,
        ),
        rule(
            "founderMustBeActive",
            &r.founder_must_be_active,
            flag(r.founder_must_be_active.value, lang),
            lang,
        ),
        rule(
            "founderMinHistorical",
            &r.founder_min_historical,
            min_historical(r.founder_min_historical.value, lang),
            lang,
        ),
        rule(
            "memberArea",
            &r.member_area,
            list(&[r.member_area.value], area, lang),
            lang,
        ),
        rule(
            "memberSchemes",
            &r.member_schemes,
            list(&r.member_schemes.value, scheme, lang),
            lang,
        ),
        rule(
            "memberMustBeActive",
            &r.member_must_be_active,
            flag(r.member_must_be_active.value, lang),
            lang,
        ),
        rule(
            "windowClaimOutsideLocal",
            &r.window_claim_outside_local,
            flag(r.window_claim_outside_local.value, lang),
            lang,
        ),
        rule(
            "networksPerMember",
            &r.networks_per_member,
            say!(lang, "最多 {} 个", r.networks_per_member.value; "at most {}", r.networks_per_member.value),
            lang,
        ),
        rule(
            "founderMayBeMemberElsewhere",
            &r.founder_may_be_member_elsewhere,
            flag(r.founder_may_be_member_elsewhere.value, lang),
            lang,
        ),
        rule(
            "memberMayBeFounderElsewhere",
            &r.member_may_be_founder_elsewhere,
            flag(r.member_may_be_founder_elsewhere.value, lang),
            lang,
        ),
        rule(
            "maxMembers",
            &r.max_members,
            match r.max_members.value {
                Some(n) => say!(lang, "最多 {} 名", n; "at most {}", n),
                None => say!(lang, "不限"; "no limit"),
            },
            lang,
        ),
        rule("fund", &r.fund, list(&[r.fund.value], fund, lang), lang),
        rule(
            "perMemberCap",
            &r.per_member_cap,
            flag(r.per_member_cap.value, lang),
            lang,
        ),
        rule(
            "ownAccountOrder",
            &r.own_account_order,
            {
                let pots: Vec<&str> = r
                    .own_account_order
                    .value
                    .iter()
                    .map(|&p| lang.pick(pot(p).0, pot(p).1))
                    .collect();
                pots.join(" → ")
            },
            lang,
        ),
        rule(
            "shortfall",
            &r.shortfall,
            list(&[r.shortfall.value], shortfall, lang),
            lang,
        ),
        rule("modes", &r.modes, list(&r.modes.value, mode, lang), lang),
        rule(
            "founderChoosesModes",
            &r.founder_chooses_modes,
            flag(r.founder_chooses_modes.value, lang),
            lang,
        ),
        rule(
            "uses",
            &r.uses,
            {
                let kinds: Vec<ExpenseKind> = r.uses.value.iter().map(|u| u.kind).collect();
                list(&kinds, kind, lang)
            },
            lang,
        ),
    ];
    if let Some(limit) = &r.resident_facilities {
        out.push(rule(
            "residentFacilities",
            limit,
            facilities(limit.value, lang),
            lang,
        ));
    }
    out.push(rule(
        "pharmacyCountsTowardDeductible",
        &r.pharmacy_counts_toward_deductible,
        flag(r.pharmacy_counts_toward_deductible.value, lang),
        lang,
    ));
    out.push(rule(
        "fundInReliefSchemes",
        &r.fund_in_relief_schemes,
        flag(r.fund_in_relief_schemes.value, lang),
        lang,
    ));
    out.push(rule(
        "memberSees",
        &r.member_sees,
        list(&[r.member_sees.value], visibility, lang),
        lang,
    ));
    if let Some(draw) = &r.funder_draw {
        out.push(rule(
            "funderDraw",
            draw,
            funder_draw(draw.value, lang),
            lang,
        ));
    }
    if let Some(d) = &r.premium_mode_deadline {
        out.push(rule(
            "premiumModeDeadline",
            d,
            deadline(&d.value, lang),
            lang,
        ));
    }
    out
}

/// How several funders are drawn, in words.
fn funder_draw(draw: FunderDraw, lang: Lang) -> String {
    let (zh, en) = match draw {
        FunderDraw::InTurn => (
            "依次使用，一笔费用不同时使用两位授权人",
            "in turn, never two on one bill",
        ),
        FunderDraw::RegistrationOrder => ("按绑定先后使用", "in order of registration"),
        FunderDraw::LargestBalance => ("先用余额多的授权人", "largest balance first"),
        FunderDraw::OnlyOne => ("只能有一位授权人", "only one funder"),
    };
    lang.pick(zh, en).to_string()
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
const FIELDS: [(&str, (&str, &str)); 9] = [
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
            fields: table(&FIELDS, lang),
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
        }
    }
}
