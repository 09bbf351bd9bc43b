//! The policy-profile schema: one profile per region, a list of dated
//! versions, every rule with the document and question it rests on and,
//! where the text is silent or ambiguous, a note saying what gongji assumes
//! and why. Built-in profiles (`policies/*.json`) and a custom profile
//! passed in a request are the same types, read by the same derive.
//!
//! A profile is written as a [`Profile`]: whole, or as the rules that
//! differ from the profile it `extend`s. `policy::resolve` turns it into
//! the [`Policy`] the rules read, every rule's source naming the layer
//! (profile id) that wrote it.
//!
//! # Adding a rule
//!
//! Each rule is declared once, in the table that writes [`Rules`]: its
//! field and key, its value type, its name and its value in words in zh-CN
//! and en, and what parsing cannot check of it. Serde's field, the
//! TypeScript, the labels (`labels::rules`, `labels::rule_name`), the
//! citations ([`Version::sources`]) and the checks of a custom profile
//! (`policy::validate`) all follow from it. A new rule touches:
//!
//! 1. this file: its declaration in the table (and, for a new kind of
//!    value, its type beside the others here);
//! 2. its use, in the check or the call of `src/rules/` that reads it;
//! 3. for a new kind of value only, its words in `labels.rs`;
//!
//! and a scenario that shows it; `GONGJI_BLESS=1 cargo test --test
//! typescript` then writes it into `src/host/contract.d.ts`. Declared `Option<Rule<T>>`, with what
//! gongji assumes where a profile is silent written beside its use (as
//! [`Rules::funder_draw`] does), no profile need change; a `Rule<T>` must
//! be written by every root profile (`policies/*.json` without `extend`).
//! A cap on what one member may draw from the fund in a year, say:
//!
//! ```text
//! /// At most this much a year from the fund for one member; absent, no
//! /// cap but the fund itself.
//! #[serde(default, skip_serializing_if = "Option::is_none")]
//! yearly_member_cap: Option<Rule<Yuan>> {
//!     key: "yearlyMemberCap",
//!     name: ("每位成员每年可用上限", "most a member may draw a year"),
//!     words: |cap, lang| say!(lang, "每年 {} 元", cap; "{} yuan a year", cap),
//!     check: |cap| ensure(!cap.is_zero(), Unusable::Value(
//!         "每年可用上限须大于 0",
//!         "yearlyMemberCap must be above 0",
//!     )),
//! },
//! ```

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::{Map, Value};
use ts_rs::TS;

use super::clock::ClockTime;
use super::date::Date;
use super::finding::{Lang, Source};
use super::labels::{self, many, one};
use super::money::Yuan;
use super::person::{RegionCode, Scheme};
use super::relation::Relation;

/// How the fund may be used: 共济支付 (paying bills) or 共济缴费 (paying
/// premiums and insurance).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Mode {
    Payment,
    Premium,
}

impl Mode {
    /// 共济支付 / 共济缴费, as the policies name them.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Mode::Payment => lang.pick("共济支付", "payment"),
            Mode::Premium => lang.pick("共济缴费", "premium"),
        }
    }
}

/// What a bill is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ExpenseKind {
    Outpatient,
    Inpatient,
    Pharmacy,
    Vaccine,
    ResidentPremium,
    CommercialInsurance,
    LongTermCarePremium,
    Checkup,
    Cosmetic,
}

impl ExpenseKind {
    pub fn label(self, lang: Lang) -> &'static str {
        let (zh, en) = match self {
            ExpenseKind::Outpatient => ("门诊自负费用", "outpatient self-borne costs"),
            ExpenseKind::Inpatient => ("住院自负费用", "inpatient self-borne costs"),
            ExpenseKind::Pharmacy => ("定点药店购药", "designated pharmacy purchase"),
            ExpenseKind::Vaccine => ("非免疫规划疫苗", "non-programme vaccine"),
            ExpenseKind::ResidentPremium => ("城乡居民医保个人缴费", "resident insurance premium"),
            ExpenseKind::CommercialInsurance => ("商业健康保险", "commercial health insurance"),
            ExpenseKind::LongTermCarePremium => ("长期护理保险个人缴费", "long-term-care premium"),
            ExpenseKind::Checkup => ("健康检查", "health check"),
            ExpenseKind::Cosmetic => ("整形美容等非治疗性费用", "cosmetic, non-therapeutic costs"),
        };
        lang.pick(zh, en)
    }
}

/// One of the member's own accounts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Pot {
    /// 当年账户.
    Current,
    /// 历年账户.
    Historical,
}

/// Where a person must be insured, relative to the profile's region.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Area {
    /// The profile's own pooling area (`RegionCode::area_prefix`).
    Local,
    /// Anywhere in the profile's province.
    Province,
    /// Anywhere in the country.
    Anywhere,
    /// The founder's own pooling area (地市: the first four digits of his
    /// region), wherever in the profile's province that is (Shaanxi before
    /// 2024-05-22: 绑定人与使用人必须在相同地市参保). Of a founder, the
    /// province.
    FounderCity,
}

/// What happens when the member's own accounts cannot pay the whole bill.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Shortfall {
    /// The family fund pays what the own accounts could not.
    TopUp,
    /// The swipe is declined; a retry within minutes is paid from the
    /// family fund as a whole (Dongying).
    DeclineThenRetry,
}

/// Which of the founder's money makes up the family fund.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum FundSource {
    /// 历年账户 only.
    Historical,
    /// The whole personal account.
    PersonalAccount,
}

/// How a member bound by several founders draws on their funds:
/// `inTurn` one funder per bill, earliest registered first (Ruian);
/// `registrationOrder` earliest first, a bill may spill over to the next;
/// `largestBalance` largest balance first, a bill may spill over;
/// `onlyOne` only the earliest-registered funder pays;
/// `rank` in the rank each binding sets (顺位), a bill may spill over.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum FunderDraw {
    /// One funder per bill, never two on one bill, taken in order of
    /// registration: the earliest funder with money for the member pays
    /// what he can, the rest is cash, and the next funder is drawn on from
    /// the next bill (Ruian: 依次使用…不能同时使用).
    InTurn,
    /// In order of registration, a bill spilling over to the next funder
    /// when the earlier one is spent.
    RegistrationOrder,
    /// The funder with the largest balance first, a bill spilling over to
    /// the next.
    LargestBalance,
    /// Only the earliest-registered funder is ever drawn on.
    OnlyOne,
    /// In the rank each binding sets (`rank`: 1 first; Shaanxi 顺位支出),
    /// unranked bindings after the ranked ones in order of registration,
    /// a bill spilling over to the next funder when the earlier one is
    /// spent.
    Rank,
}

/// What a member may see of the network.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Visibility {
    FounderAndSelf,
    WholeNetwork,
}

/// Whom the 医保钱包 transfer limit (`transferLimit`) bounds: each transfer
/// (每笔转账金额不超过2000元) or the day's transfers together (总额不超2000元).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum LimitScope {
    PerTransfer,
    PerDay,
}

/// The hours of a day in which no wallet transfer may be made: from
/// `from` (closed) until `until` (open again), across midnight when
/// `from` is the later time (22:00 until 06:00).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ClosedHours {
    pub from: ClockTime,
    pub until: ClockTime,
}

impl ClosedHours {
    /// Is a transfer at `time` inside the closed hours? `from` is closed,
    /// `until` open again.
    pub fn closes(&self, time: ClockTime) -> bool {
        if self.from <= self.until {
            self.from <= time && time < self.until
        } else {
            time >= self.from || time < self.until
        }
    }
}

/// When a transfer the recipient has not accepted goes back to the giver:
/// on the next day at `time` (`reading: at`, 次日6:00退回) or at the latest
/// by then (`reading: by`, 次日6:00前退回).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TransferReturn {
    pub time: ClockTime,
    pub reading: ReturnReading,
}

/// Whether a return time is the moment of the return or its latest moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ReturnReading {
    At,
    By,
}

/// Which new transfers an unaccepted (pending) one blocks: any
/// (共济人无法再次转账), only those to the same recipient, or none.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum PendingBlock {
    AnyRecipient,
    SameRecipient,
    Never,
}

/// A rule's value, its source, and the assumption made where the source
/// is silent or ambiguous.
#[derive(Clone, Debug, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Rule<T> {
    pub value: T,
    pub source: Source,
    /// What gongji assumes where the source is silent or ambiguous, and why.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub note: Option<Note>,
}

/// A rule's note: in both languages (`{"zh-CN": …, "en": …}`, as every
/// built-in writes it) or, in a custom profile, one plain string.
#[derive(Clone, Debug, Serialize, TS)]
#[serde(untagged)]
pub enum Note {
    Plain(String),
    Both(Names),
}

impl Note {
    /// The note in `lang`; a plain note is the same in both.
    pub fn text(&self, lang: Lang) -> &str {
        match self {
            Note::Plain(text) => text,
            Note::Both(names) => lang.pick(&names.zh, &names.en),
        }
    }
}

impl<'de> Deserialize<'de> for Note {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Note, D::Error> {
        struct NoteVisitor;
        impl<'de> Visitor<'de> for NoteVisitor {
            type Value = Note;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a note: {\"zh-CN\": ..., \"en\": ...} or a string")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Note, E> {
                Ok(Note::Plain(text.to_owned()))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Note, A::Error> {
                Names::deserialize(de::value::MapAccessDeserializer::new(map)).map(Note::Both)
            }
        }
        deserializer.deserialize_any(NoteVisitor)
    }
}

/// A use of the family fund the policy admits.
#[derive(Clone, Debug, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(optional_fields)]
pub struct Use {
    pub kind: ExpenseKind,
    pub mode: Mode,
    /// The fund pays the whole amount or nothing (premiums, insurance).
    #[serde(default, deserialize_with = "crate::contract::text::or_default")]
    #[ts(optional, as = "Option<_>")]
    pub full_payment_only: bool,
    /// With `fullPaymentOnly`: the fund must hold more than the amount,
    /// not just as much (Shanghai Q13: 结余资金大于缴费金额).
    #[serde(default, deserialize_with = "crate::contract::text::or_default")]
    #[ts(optional, as = "Option<_>")]
    pub fund_must_exceed: bool,
    pub source: Source,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Note>,
}

/// Where resident members may use the fund (Ruian: level 1 and 2
/// institutions only, never retail pharmacies).
#[derive(Clone, Copy, Debug, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FacilityLimit {
    pub max_level: u8,
    pub pharmacy: bool,
}

/// One rule as [`Rules`] declares it. Whatever reads every rule of a
/// version walks [`Rules::DECLARED`]: the citations (`Version::sources`),
/// the labels (`labels::rules`, `labels::rule_name`) and the checks of a
/// custom profile (`policy::validate`).
pub struct RuleDecl {
    /// The key a profile writes (`"memberArea"`); serde reads the field by it.
    pub key: &'static str,
    /// What the rule is about, in zh-CN and en (成员参保地).
    pub name: (&'static str, &'static str),
    /// Its citation, if the version has the rule.
    pub source: fn(&Rules) -> Option<&Source>,
    /// Its value in words (本市（本统筹区）参保), if the version has the rule.
    pub words: fn(&Rules, Lang) -> Option<String>,
    /// What parsing cannot check of its value, if anything.
    pub check: Option<Check>,
}

/// A rule's check of its value in a version.
pub type Check = fn(&Rules) -> Result<(), Unusable>;

/// Why a rule's value cannot be used, in zh-CN and en.
#[derive(Clone, Copy, Debug)]
pub enum Unusable {
    /// Said of the value (`rules.networksPerMember.value`).
    Value(&'static str, &'static str),
    /// Said of the version's `rules`: one message several rules share.
    Rules(&'static str, &'static str),
}

/// An empty relation or scheme list: one message for the three lists every
/// check of a member needs.
const LISTS_EMPTY: Unusable = Unusable::Rules(
    "亲属关系与险种列表不能为空",
    "relation and scheme lists must not be empty",
);

/// `fault` unless `ok`.
fn ensure(ok: bool, fault: Unusable) -> Result<(), Unusable> {
    if ok {
        Ok(())
    } else {
        Err(fault)
    }
}

/// A rule every version has (`Rule<T>`) or one a profile may leave out
/// (`Option<Rule<T>>`), read alike by the walks over the declarations.
trait Present {
    type Value;
    fn present(&self) -> Option<&Rule<Self::Value>>;
}

impl<T> Present for Rule<T> {
    type Value = T;
    fn present(&self) -> Option<&Rule<T>> {
        Some(self)
    }
}

impl<T> Present for Option<Rule<T>> {
    type Value = T;
    fn present(&self) -> Option<&Rule<T>> {
        self.as_ref()
    }
}

/// A rule's value in words, as its declaration says it (a function, so
/// that the declaration's closure learns its value type).
fn worded<T>(rule: &Rule<T>, words: impl Fn(&T, Lang) -> String, lang: Lang) -> String {
    words(&rule.value, lang)
}

/// A rule's value checked as its declaration says.
fn checked<T>(rule: &Rule<T>, check: impl Fn(&T) -> Result<(), Unusable>) -> Result<(), Unusable> {
    check(&rule.value)
}

/// Writes the [`Rules`] struct and [`Rules::DECLARED`] from one table.
macro_rules! declare_rules {
    (
        $(#[$outer:meta])*
        pub struct Rules {
            $(
                $(#[$attr:meta])*
                $field:ident: $ty:ty {
                    key: $key:tt,
                    name: ($zh:literal, $en:literal),
                    words: $words:expr,
                    $(check: $check:expr,)?
                }
            ),* $(,)?
        }
    ) => {
        $(#[$outer])*
        pub struct Rules {
            $(
                $(#[$attr])*
                #[serde(rename = $key)]
                pub $field: $ty,
            )*
        }

        impl Rules {
            /// Every rule, in the order a profile writes them.
            pub const DECLARED: &'static [RuleDecl] = &[$(
                RuleDecl {
                    key: $key,
                    name: ($zh, $en),
                    source: |r| r.$field.present().map(|rule| &rule.source),
                    words: |r, lang| r.$field.present().map(|rule| worded(rule, $words, lang)),
                    check: declare_rules!(@check $field $($check)?),
                }
            ),*];
        }
    };
    (@check $field:ident) => { None };
    (@check $field:ident $check:expr) => {
        Some(|r| r.$field.present().map_or(Ok(()), |rule| checked(rule, $check)))
    };
}

// The rules, each declared once (see "Adding a rule" at the top of this
// file): its field and key, its value type, its name and its value in
// words in zh-CN and en, and what parsing cannot check of it.
declare_rules! {
    /// Every rule of one version of a profile.
    #[derive(Clone, Debug, Serialize, Deserialize, TS)]
    #[serde(deny_unknown_fields)]
    #[ts(optional_fields)]
    pub struct Rules {
        relations: Rule<Vec<Relation>> {
            key: "relations",
            name: ("可绑定的亲属", "relatives who may be bound"),
            words: many(labels::relation),
            check: |list| ensure(!list.is_empty(), LISTS_EMPTY),
        },
        founder_schemes: Rule<Vec<Scheme>> {
            key: "founderSchemes",
            name: ("组建人的险种", "the founder's scheme"),
            words: many(labels::scheme),
            check: |list| ensure(!list.is_empty(), LISTS_EMPTY),
        },
        founder_area: Rule<Area> {
            key: "founderArea",
            name: ("组建人参保地", "where the founder is insured"),
            words: one(labels::area),
        },
        founder_must_be_active: Rule<bool> {
            key: "founderMustBeActive",
            name: ("组建人账户须正常", "the founder's account must be usable"),
            words: labels::yes_no,
        },
        /// Lowest 历年账户 balance a founder may have; `"0.01"` means "has a
        /// balance", `"0.00"` no threshold.
        founder_min_historical: Rule<Yuan> {
            key: "founderMinHistorical",
            name: ("组建人历年账户结余", "the founder's historical balance"),
            words: labels::min_historical,
        },
        member_area: Rule<Area> {
            key: "memberArea",
            name: ("成员参保地", "where members are insured"),
            words: one(labels::area),
        },
        member_schemes: Rule<Vec<Scheme>> {
            key: "memberSchemes",
            name: ("成员的险种", "members' schemes"),
            words: many(labels::scheme),
            check: |list| ensure(!list.is_empty(), LISTS_EMPTY),
        },
        member_must_be_active: Rule<bool> {
            key: "memberMustBeActive",
            name: ("成员须正常参保缴费", "members must be insured and paid up"),
            words: labels::yes_no,
        },
        /// Members insured outside the local area claim at the window instead
        /// of paying at the point of sale.
        window_claim_outside_local: Rule<bool> {
            key: "windowClaimOutsideLocal",
            name: (
                "外地参保的成员到窗口报销",
                "members insured elsewhere claim at the window"
            ),
            words: labels::yes_no,
        },
        /// How many networks one person may be a member of at a time.
        networks_per_member: Rule<u8> {
            key: "networksPerMember",
            name: ("一人可同时加入的共济网", "networks one person may be in"),
            words: |n, lang| say!(lang, "最多 {} 个", n; "at most {}", n),
            check: |&n| ensure(n > 0, Unusable::Value(
                "每人可加入的共济网数量至少为 1",
                "networksPerMember must be at least 1",
            )),
        },
        founder_may_be_member_elsewhere: Rule<bool> {
            key: "founderMayBeMemberElsewhere",
            name: (
                "组建人可同时是别处的成员",
                "the founder may be a member elsewhere"
            ),
            words: labels::yes_no,
        },
        member_may_be_founder_elsewhere: Rule<bool> {
            key: "memberMayBeFounderElsewhere",
            name: ("成员可另行组建共济网", "a member may found a network too"),
            words: labels::yes_no,
        },
        max_members: Rule<Option<u32>> {
            key: "maxMembers",
            name: ("成员人数上限", "most members"),
            words: |max, lang| match max {
                Some(n) => say!(lang, "最多 {} 名", n; "at most {}", n),
                None => say!(lang, "不限"; "no limit"),
            },
        },
        fund: Rule<FundSource> {
            key: "fund",
            name: ("家庭共济资金来源", "what the family fund is"),
            words: one(labels::fund),
        },
        per_member_cap: Rule<bool> {
            key: "perMemberCap",
            name: ("可为每位成员设使用限额", "a cap per member"),
            words: labels::yes_no,
        },
        own_account_order: Rule<Vec<Pot>> {
            key: "ownAccountOrder",
            name: ("成员本人账户的使用顺序", "order of the member's own accounts"),
            words: |pots, lang| labels::in_order(pots, labels::pot, lang),
            check: |pots| ensure(!pots.is_empty(), Unusable::Value(
                "本人账户支付顺序不能为空",
                "ownAccountOrder must not be empty",
            )),
        },
        shortfall: Rule<Shortfall> {
            key: "shortfall",
            name: ("本人账户不足时", "when the member's own accounts fall short"),
            words: one(labels::shortfall),
        },
        modes: Rule<Vec<Mode>> {
            key: "modes",
            name: ("共济方式", "modes"),
            words: many(labels::mode),
        },
        founder_chooses_modes: Rule<bool> {
            key: "founderChoosesModes",
            name: ("组建人须选择共济方式", "the founder chooses the modes"),
            words: labels::yes_no,
        },
        uses: Rule<Vec<Use>> {
            key: "uses",
            name: ("家庭共济资金可支付", "the family fund may pay"),
            words: |uses, lang| labels::kinds(uses, lang),
        },
        /// Where resident members insured in the profile's own area may use
        /// the fund; residents insured elsewhere are not limited by it.
        #[serde(skip_serializing_if = "Option::is_none")]
        resident_facilities: Option<Rule<FacilityLimit>> {
            key: "residentFacilities",
            name: ("居民医保成员可用的机构", "where resident members may use it"),
            words: labels::facilities,
        },
        pharmacy_counts_toward_deductible: Rule<bool> {
            key: "pharmacyCountsTowardDeductible",
            name: ("药店费用计入起付线", "pharmacy costs count toward the deductible"),
            words: labels::yes_no,
        },
        fund_in_relief_schemes: Rule<bool> {
            key: "fundInReliefSchemes",
            name: (
                "共济支付部分纳入减负、大病、救助",
                "fund-paid costs enter relief schemes"
            ),
            words: labels::yes_no,
        },
        member_sees: Rule<Visibility> {
            key: "memberSees",
            name: ("成员可查看", "a member sees"),
            words: one(labels::visibility),
        },
        /// How a member bound by several founders (`networksPerMember` over 1)
        /// draws on them. Absent: `inTurn`, the one reading a text gives
        /// (never two funders on one bill).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        funder_draw: Option<Rule<FunderDraw>> {
            key: "funderDraw",
            name: ("多位授权人时的使用顺序", "how several funders are drawn"),
            words: one(labels::funder_draw),
        },
        /// Month and day (`"12-19"`) after which a school-batch premium can no
        /// longer be switched to 共济缴费 for the coming year.
        #[serde(skip_serializing_if = "Option::is_none")]
        premium_mode_deadline: Option<Rule<String>> {
            key: "premiumModeDeadline",
            name: ("共济缴费的选择截止日", "deadline for premium mode"),
            words: |day, lang| labels::deadline(day, lang),
            check: |day| ensure(month_day(day).is_some(), Unusable::Value(
                "截止日须为 MM-DD",
                "the deadline must be MM-DD",
            )),
        },
        // 医保钱包 transfers between close relatives (2025): read by
        // `checkTransfer`, which needs all of them; a version without
        // `transfersPerDay` has no wallet transfers.
        /// Most transfers one wallet may make in a day (单日限额三笔转账).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        transfers_per_day: Option<Rule<u8>> {
            key: "transfersPerDay",
            name: ("医保钱包每日转账笔数", "wallet transfers a day"),
            words: |n, lang| say!(lang, "每日最多 {} 笔", n; "at most {} a day", n),
            check: |&n| ensure(n > 0, Unusable::Value(
                "每日转账笔数至少为 1",
                "transfersPerDay must be at least 1",
            )),
        },
        /// The most a transfer (or a day's transfers, `transferLimitScope`)
        /// may move.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        transfer_limit: Option<Rule<Yuan>> {
            key: "transferLimit",
            name: ("医保钱包转账限额", "wallet transfer limit"),
            words: |limit, lang| say!(lang, "不超过 {} 元", limit; "at most {} yuan", limit),
            check: |limit| ensure(!limit.is_zero(), Unusable::Value(
                "转账限额须大于 0",
                "transferLimit must be above 0",
            )),
        },
        #[serde(default, skip_serializing_if = "Option::is_none")]
        transfer_limit_scope: Option<Rule<LimitScope>> {
            key: "transferLimitScope",
            name: ("转账限额的计算范围", "what the transfer limit bounds"),
            words: |scope, lang| match scope {
                LimitScope::PerTransfer => say!(lang, "每笔"; "each transfer"),
                LimitScope::PerDay => say!(lang, "每日合计"; "the day's transfers together"),
            },
        },
        #[serde(default, skip_serializing_if = "Option::is_none")]
        transfer_closed_hours: Option<Rule<ClosedHours>> {
            key: "transferClosedHours",
            name: ("不能转账的时段", "hours without transfers"),
            words: |h, lang| say!(lang, "{} 至 {}", h.from, h.until; "{} to {}", h.from, h.until),
        },
        #[serde(default, skip_serializing_if = "Option::is_none")]
        transfer_return: Option<Rule<TransferReturn>> {
            key: "transferReturn",
            name: ("未接收的转账退回", "an unaccepted transfer returns"),
            words: |r, lang| match r.reading {
                ReturnReading::At => say!(lang, "次日 {} 退回", r.time; "at {} the next day", r.time),
                ReturnReading::By => say!(lang, "次日 {} 前退回", r.time; "by {} the next day", r.time),
            },
        },
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pending_transfer_blocks: Option<Rule<PendingBlock>> {
            key: "pendingTransferBlocks",
            name: ("有未接收的转账时", "while a transfer is unaccepted"),
            words: |b, lang| match b {
                PendingBlock::AnyRecipient => say!(lang, "不能再转账"; "no new transfer"),
                PendingBlock::SameRecipient => {
                    say!(lang, "不能再转给同一人"; "no new transfer to the same person")
                }
                PendingBlock::Never => say!(lang, "仍可转账"; "new transfers allowed"),
            },
        },
        #[serde(default, skip_serializing_if = "Option::is_none")]
        transfer_needs_wallet: Option<Rule<bool>> {
            key: "transferNeedsWallet",
            name: ("收款人须已开通医保钱包", "the recipient needs an opened wallet"),
            words: labels::yes_no,
        },
        #[serde(default, skip_serializing_if = "Option::is_none")]
        transfer_relations: Option<Rule<Vec<Relation>>> {
            key: "transferRelations",
            name: ("可转账的亲属", "relatives who may receive transfers"),
            words: many(labels::relation),
            check: |list| ensure(!list.is_empty(), LISTS_EMPTY),
        },
        #[serde(default, skip_serializing_if = "Option::is_none")]
        transfer_recipient_area: Option<Rule<Area>> {
            key: "transferRecipientArea",
            name: ("收款人参保地", "where recipients are insured"),
            words: one(labels::area),
        },
        /// The recipient's schemes; he must also be insured (active).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        transfer_recipient_schemes: Option<Rule<Vec<Scheme>>> {
            key: "transferRecipientSchemes",
            name: ("收款人的险种", "recipients' schemes"),
            words: many(labels::scheme),
            check: |list| ensure(!list.is_empty(), LISTS_EMPTY),
        },
        /// The giver's schemes; his account must be usable and hold the
        /// amount.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        transfer_giver_schemes: Option<Rule<Vec<Scheme>>> {
            key: "transferGiverSchemes",
            name: ("转出人的险种", "the giver's scheme"),
            words: many(labels::scheme),
            check: |list| ensure(!list.is_empty(), LISTS_EMPTY),
        },
        // Shanxi and Hunan (the kinds of rule their texts added).
        /// What the funder's account must keep: only the balance above it
        /// may be used by his relatives (Shanxi: 仅1000元以上的部分). The
        /// funder's own spending is not limited by it. Absent: the whole
        /// balance may be used.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        funder_keeps: Option<Rule<Yuan>> {
            key: "funderKeeps",
            name: ("授权人账户须保留的余额", "balance the funder's account keeps"),
            words: |keep, lang| say!(lang, "仅 {} 元以上的部分可供成员使用", keep;
                "only the part above {} yuan may be used by members", keep),
        },
        /// Whether the funder may set, for each member, the most one payment
        /// may take from his fund (`perPaymentCap` on the fund, funder or
        /// binding of a request; Shanxi: 单次支付的最高额度). Absent or
        /// `false`: a per-payment cap given is ignored, with a warning.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        per_payment_cap: Option<Rule<bool>> {
            key: "perPaymentCap",
            name: ("授权人可为每位成员设单次支付限额", "a per-payment cap per member"),
            words: labels::yes_no,
        },
        /// How many different relatives a founder may bind over all time,
        /// bindings ended (`existing[].endsOn`) included, a relative bound
        /// again counted once (Hunan: 累计最多可绑定20名). The relatives
        /// bound at one time are `maxMembers`. Absent: no such limit.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max_members_ever: Option<Rule<u32>> {
            key: "maxMembersEver",
            name: ("累计可绑定人数上限", "most relatives bound over time"),
            words: |n, lang| say!(lang, "累计最多 {} 名", n; "at most {} in all", n),
            check: |&n| ensure(n > 0, Unusable::Value(
                "累计可绑定人数至少为 1",
                "maxMembersEver must be at least 1",
            )),
        },
        // 跨省共济 through the 医保钱包 and its 共济额度 (quota): optional, so
        // a root profile without the arrangement need not state them; the
        // national frame states them from 2026-01-09. Absent: no quota is
        // admitted (`QUOTA_NOT_IN_FORCE`).
        /// The relations a funder may set a quota for.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        quota_relations: Option<Rule<Vec<Relation>>> {
            key: "quotaRelations",
            name: ("可设共济额度的亲属", "relatives who may hold a quota"),
            words: many(labels::relation),
            check: |list| ensure(!list.is_empty(), LISTS_EMPTY),
        },
        /// The schemes a quota holder may be insured in.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        quota_schemes: Option<Rule<Vec<Scheme>>> {
            key: "quotaSchemes",
            name: ("共济额度持有人的险种", "the quota holder's scheme"),
            words: many(labels::scheme),
            check: |list| ensure(!list.is_empty(), LISTS_EMPTY),
        },
        /// Where a quota holder may be insured, seen from the funder.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        quota_area: Option<Rule<Area>> {
            key: "quotaArea",
            name: ("共济额度持有人参保地", "where a quota holder is insured"),
            words: one(labels::area),
        },
        /// What a quota may pay.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        quota_uses: Option<Rule<Vec<Use>>> {
            key: "quotaUses",
            name: ("共济额度可支付", "a quota may pay"),
            words: |uses, lang| labels::kinds(uses, lang),
        },
        /// Whether the holder's own account pays a bill before his quotas.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        quota_after_own_account: Option<Rule<bool>> {
            key: "quotaAfterOwnAccount",
            name: ("先用本人账户，再用共济额度", "own account first, then the quota"),
            words: labels::yes_no,
        },
        /// How one relative's quotas from several funders are drawn.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        quota_draw: Option<Rule<FunderDraw>> {
            key: "quotaDraw",
            name: ("多位共济人的额度使用顺序", "how several funders' quotas are drawn"),
            words: one(labels::funder_draw),
        },
        /// Which of the funder's pots a quota earmarks first.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        quota_pots: Option<Rule<Vec<Pot>>> {
            key: "quotaPots",
            name: ("共济额度占用的账户", "the funder's accounts a quota earmarks"),
            words: |pots, lang| labels::in_order(pots, labels::pot, lang),
            check: |pots| ensure(!pots.is_empty(), Unusable::Value(
                "共济额度占用的账户不能为空",
                "quotaPots must not be empty",
            )),
        },
        /// The most one quota may be; `null`: no cap but the funder's
        /// spendable balance.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        quota_cap: Option<Rule<Option<Yuan>>> {
            key: "quotaCap",
            name: ("单个共济额度上限", "most one quota may be"),
            words: |cap, lang| match cap {
                Some(cap) => say!(lang, "最多 {} 元", cap; "at most {} yuan", cap),
                None => say!(lang, "不设上限（以共济人可用余额为限）"; "no cap but the funder's spendable balance"),
            },
        },
        /// Whether the funder can no longer spend the unused part of a
        /// quota he set.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        quota_earmarked: Option<Rule<bool>> {
            key: "quotaEarmarked",
            name: ("额度内共济人不能再使用", "the funder cannot spend a quota he set"),
            words: labels::yes_no,
        },
        /// Whether the relation, and with it every quota, ends by itself
        /// when either side's insurance ends or moves, the unused part
        /// going back to the funder.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        quota_ends_with_insurance: Option<Rule<bool>> {
            key: "quotaEndsWithInsurance",
            name: (
                "医保关系转移或终止时共济关系自动解除、未用额度返还",
                "the relation ends with either side's insurance; unused quota returns"
            ),
            words: labels::yes_no,
        },
    }
}

/// The rules in force from `validFrom` to `validUntil` (both inclusive;
/// no `validUntil` means until a later version).
#[derive(Clone, Debug, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(optional_fields)]
pub struct Version {
    pub valid_from: Date,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<Date>,
    /// Why this version starts when it does.
    pub since: Rule<String>,
    pub rules: Rules,
    /// Rules of this version that supersede what a layer on this profile
    /// wrote in an older text (`policy::resolve`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[ts(optional, as = "Option<_>")]
    pub reaches: Vec<Reach>,
}

/// A document a profile cites.
#[derive(Clone, Debug, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(optional_fields)]
pub struct Document {
    pub id: String,
    pub title: String,
    /// The file under `shared/policy-sources/` holding its text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// How strong a citation of it is: the official text itself, an
    /// official text as reposted, or a press report of one. Absent: not
    /// said.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub grade: Option<Grade>,
    /// Why the grade is what it is, where the copy leaves it unsure.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub note: Option<Note>,
    /// Where the cited copy was read (a later source's address).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The date the copy shows.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Who issued or published it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
}

/// How close a document is to the official text it carries.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    TS,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[serde(rename_all = "camelCase")]
#[strum(serialize_all = "camelCase")]
pub enum Grade {
    /// The issuer's own text, on its own site or account.
    Official,
    /// An official text reproduced by another site.
    Repost,
    /// A newspaper's or explainer's report of an official text.
    Press,
}

impl Grade {
    /// The grade's words: 官方原文 / official text.
    pub fn words(self) -> (&'static str, &'static str) {
        match self {
            Grade::Official => ("官方原文", "official text"),
            Grade::Repost => ("官方原文转载", "official text as reposted"),
            Grade::Press => ("媒体报道", "press report"),
        }
    }
}

/// A profile's name (or a rule's note) in both languages.
#[derive(Clone, Debug, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Names {
    #[serde(rename = "zh-CN")]
    pub zh: String,
    pub en: String,
}

/// A region's family-aid policy over time, resolved: every rule present,
/// every source naming the layer that wrote it.
#[derive(Clone, Debug, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(optional_fields)]
pub struct Policy {
    pub id: String,
    /// The profile this one was written on top of, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extend: Option<String>,
    pub name: Names,
    /// The pooling area the profile governs (行政区划代码). None for the
    /// national frame: areas are then seen from the founder's region.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<RegionCode>,
    /// Its own documents first, then those of the layers below it.
    pub documents: Vec<Document>,
    /// The day through which its sources were reviewed, citing the newest
    /// of them: an answer for a later day may miss changes since. A layer
    /// that gives none inherits its parent's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reviewed_through: Option<Rule<Date>>,
    /// National changes, dated and cited, that an answer after a profile's
    /// review date names as possibly missing; written once, by the
    /// national frame, and inherited.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[ts(optional, as = "Option<_>")]
    pub changes: Vec<Change>,
    pub versions: Vec<Version>,
    /// Where and how to apply, in the channels the region's text names
    /// (an app, a mini-program, a window), each step cited.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[ts(optional, as = "Option<_>")]
    pub next_steps: Vec<NextStep>,
}

/// A built-in profile in a line: what a region picker lists. Its name and
/// region are the resolved profile's (a layer inherits them).
#[derive(Clone, Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(optional_fields)]
pub struct PolicySummary {
    pub id: String,
    /// The profile this one was written on top of, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extend: Option<String>,
    pub name: Names,
    /// The pooling area it governs; none for the national frame.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<RegionCode>,
}

/// One step of applying, in both languages, with the clause that names it.
#[derive(Clone, Debug, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct NextStep {
    pub text: Names,
    pub source: Source,
}

/// A profile as written: whole, or (with `extend`) only what differs from
/// the profile it extends, a built-in id or another profile given in the
/// same request; each version lists only the rules it overrides, each with
/// its own source. Read to check its shape; resolution copies the parts
/// from the JSON it was read from (`policy::resolve`).
#[derive(Clone, Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(optional_fields)]
pub struct Profile {
    pub id: String,
    /// The id of the profile this one overrides.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extend: Option<String>,
    /// Required unless inherited.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<Names>,
    /// Required unless inherited (or for the national frame).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<RegionCode>,
    /// The documents this layer cites beyond those of its parents.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[ts(optional, as = "Option<_>")]
    pub documents: Vec<Document>,
    /// The day through which its sources were reviewed; inherited unless
    /// given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reviewed_through: Option<Rule<Date>>,
    /// Dated national changes; inherited unless given.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[ts(optional, as = "Option<_>")]
    pub changes: Vec<Change>,
    pub versions: Vec<VersionLayer>,
    /// Where and how to apply; inherited unless given.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[ts(optional, as = "Option<_>")]
    pub next_steps: Vec<NextStep>,
}

/// One version as written: its dates, and its rules or, on top of a
/// parent, the rules that differ.
#[derive(Clone, Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(optional_fields)]
pub struct VersionLayer {
    pub valid_from: Date,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<Date>,
    /// Required unless inherited.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub since: Option<Rule<String>>,
    /// Read as [`Rules`] once merged with the parent's.
    #[ts(type = "Partial<Rules>")]
    pub rules: Map<String, Value>,
    /// Rules of this version that supersede what a layer on this profile
    /// wrote in an older text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[ts(optional, as = "Option<_>")]
    pub reaches: Vec<Reach>,
}

/// How a parent's rule reaches a layer's older text: in place of the
/// layer's value, or (a list) with its items added to the layer's own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ReachHow {
    Replace,
    Add,
}

/// A parent version's rule that supersedes, from `from`, what a layer on
/// the profile wrote in a text older than that version: e.g. the national
/// widening to 近亲属 over a province's 2023 list. `policy::resolve` says
/// which text wins on a day; DESIGN.md, "Which text wins on a day?".
#[derive(Clone, Debug, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Reach {
    /// The rule's key (`"relations"`).
    pub rule: String,
    pub how: ReachHow,
    /// The day it took effect in the regions, or the latest day the
    /// sources allow (the note says which).
    pub from: Date,
    pub source: Source,
    /// Why from this day: the assumption, in both languages.
    pub note: Names,
    /// The first day of the written version that declares it (a resolved
    /// version may be a later piece of it): set by gongji when a profile
    /// is resolved; what a written profile gives here is replaced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub declared: Option<Date>,
}

/// A dated national change an answer after a profile's review date names
/// (`REVIEWED_THROUGH`).
#[derive(Clone, Debug, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Change {
    pub date: Date,
    pub title: Names,
    pub source: Source,
}

impl Policy {
    /// Is `region` inside the profile's own pooling area? Everywhere is,
    /// for the national frame.
    pub fn is_local(&self, region: &RegionCode) -> bool {
        self.region.as_ref().is_none_or(|home| region.within(home))
    }

    /// The title of a cited document.
    pub fn document_title<'a>(&'a self, doc: &'a str) -> &'a str {
        self.documents
            .iter()
            .find(|d| d.id == doc)
            .map_or(doc, |d| d.title.as_str())
    }
}

impl Rules {
    /// The keys of the 医保钱包 transfer rules: `checkTransfer` needs every
    /// one of them, and a version without any has no wallet transfers.
    pub const TRANSFER_KEYS: [&'static str; 11] = [
        "transfersPerDay",
        "transferLimit",
        "transferLimitScope",
        "transferClosedHours",
        "transferReturn",
        "pendingTransferBlocks",
        "transferNeedsWallet",
        "transferRelations",
        "transferRecipientArea",
        "transferRecipientSchemes",
        "transferGiverSchemes",
    ];

    /// The transfer rules this version lacks, by key.
    pub fn missing_transfer_rules(&self) -> Vec<&'static str> {
        Rules::DECLARED
            .iter()
            .filter(|rule| {
                Rules::TRANSFER_KEYS.contains(&rule.key) && (rule.source)(self).is_none()
            })
            .map(|rule| rule.key)
            .collect()
    }

    /// How several funders are drawn, and the source that says so. Where a
    /// profile is silent, gongji draws them in turn, one funder per bill:
    /// the only text that speaks of several funders (Ruian) forbids using
    /// two on one bill, and splitting a bill nowhere described would pay
    /// out what a region may refuse. The source is then the rule that
    /// allows several funders at all (`networksPerMember`).
    pub fn funder_draw(&self) -> (FunderDraw, &Source) {
        match &self.funder_draw {
            Some(rule) => (rule.value, &rule.source),
            None => (FunderDraw::InTurn, &self.networks_per_member.source),
        }
    }

    /// The admitted use for an expense kind, if any.
    pub fn use_for(&self, kind: ExpenseKind) -> Option<&Use> {
        self.uses.value.iter().find(|u| u.kind == kind)
    }

    /// What a quota may pay of an expense kind, if any: `quotaUses`.
    pub fn quota_use_for(&self, kind: ExpenseKind) -> Option<&Use> {
        let uses = self.quota_uses.as_ref()?;
        uses.value.iter().find(|u| u.kind == kind)
    }
}

impl Change {
    /// The changes in words, after the review date's sentence: `；此后的全国
    /// 性变化：2025-09-18 …；2026-01-09 …` / `; national changes since:
    /// 2025-09-18 …; 2026-01-09 …`; nothing for none.
    pub fn since(changes: &[Change], lang: Lang) -> String {
        if changes.is_empty() {
            return String::new();
        }
        let each: Vec<String> = changes
            .iter()
            .map(|c| format!("{} {}", c.date, lang.pick(&c.title.zh, &c.title.en)))
            .collect();
        lang.pick(
            format!("；此后的全国性变化：{}", each.join("；")),
            format!("; national changes since: {}", each.join("; ")),
        )
    }
}

impl Policy {
    /// The national changes dated after `after` and on or before `until`
    /// (the list is in date order: `policy::validate` holds it to it).
    pub fn changes_between(&self, after: Date, until: Date) -> &[Change] {
        let start = self.changes.partition_point(|c| c.date <= after);
        let end = self.changes.partition_point(|c| c.date <= until);
        self.changes.get(start..end.max(start)).unwrap_or_default()
    }
}

impl Version {
    /// Every citation in the version with the path of its rule, so that
    /// each can be checked and listed: `since`, each rule in the order a
    /// profile writes them, then each admitted use.
    pub fn sources(&self) -> Vec<(String, &Source)> {
        let rules = &self.rules;
        let declared = Rules::DECLARED.iter().filter_map(|rule| {
            let source = (rule.source)(rules)?;
            Some((format!("rules.{}", rule.key), source))
        });
        let uses = rules.uses.value.iter().enumerate();
        let quota_uses = rules
            .quota_uses
            .iter()
            .flat_map(|q| q.value.iter().enumerate());
        std::iter::once(("since".to_owned(), &self.since.source))
            .chain(declared)
            .chain(uses.map(|(i, u)| (format!("rules.uses.value[{i}]"), &u.source)))
            .chain(quota_uses.map(|(i, u)| (format!("rules.quotaUses.value[{i}]"), &u.source)))
            .collect()
    }
}

/// `"12-19"` as (12, 19).
pub fn month_day(text: &str) -> Option<(u8, u8)> {
    let (m, d) = text.split_once('-')?;
    let (m, d): (u8, u8) = (m.parse().ok()?, d.parse().ok()?);
    Date::new(2024, m, d).map(|_| (m, d))
}
