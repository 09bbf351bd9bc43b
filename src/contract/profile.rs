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

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::{Map, Value};
use ts_rs::TS;

use super::date::Date;
use super::finding::{Lang, Source};
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
/// `onlyOne` only the earliest-registered funder pays.
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
}

/// What a member may see of the network.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Visibility {
    FounderAndSelf,
    WholeNetwork,
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

/// Every rule of one version of a profile.
#[derive(Clone, Debug, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(optional_fields)]
pub struct Rules {
    pub relations: Rule<Vec<Relation>>,
    pub founder_schemes: Rule<Vec<Scheme>>,
    pub founder_area: Rule<Area>,
    pub founder_must_be_active: Rule<bool>,
    /// Lowest 历年账户 balance a founder may have; `"0.01"` means "has a
    /// balance", `"0.00"` no threshold.
    pub founder_min_historical: Rule<Yuan>,
    pub member_area: Rule<Area>,
    pub member_schemes: Rule<Vec<Scheme>>,
    pub member_must_be_active: Rule<bool>,
    /// Members insured outside the local area claim at the window instead
    /// of paying at the point of sale.
    pub window_claim_outside_local: Rule<bool>,
    /// How many networks one person may be a member of at a time.
    pub networks_per_member: Rule<u8>,
    pub founder_may_be_member_elsewhere: Rule<bool>,
    pub member_may_be_founder_elsewhere: Rule<bool>,
    pub max_members: Rule<Option<u32>>,
    pub fund: Rule<FundSource>,
    pub per_member_cap: Rule<bool>,
    pub own_account_order: Rule<Vec<Pot>>,
    pub shortfall: Rule<Shortfall>,
    pub modes: Rule<Vec<Mode>>,
    pub founder_chooses_modes: Rule<bool>,
    pub uses: Rule<Vec<Use>>,
    /// Where resident members insured in the profile's own area may use
    /// the fund; residents insured elsewhere are not limited by it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resident_facilities: Option<Rule<FacilityLimit>>,
    pub pharmacy_counts_toward_deductible: Rule<bool>,
    pub fund_in_relief_schemes: Rule<bool>,
    pub member_sees: Rule<Visibility>,
    /// How a member bound by several founders (`networksPerMember` over 1)
    /// draws on them. Absent: `inTurn`, the one reading a text gives
    /// (never two funders on one bill).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub funder_draw: Option<Rule<FunderDraw>>,
    /// Month and day (`"12-19"`) after which a school-batch premium can no
    /// longer be switched to 共济缴费 for the coming year.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub premium_mode_deadline: Option<Rule<String>>,
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
    pub versions: Vec<Version>,
    /// Where and how to apply, in the channels the region's text names
    /// (an app, a mini-program, a window), each step cited.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[ts(optional, as = "Option<_>")]
    pub next_steps: Vec<NextStep>,
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
}

impl Version {
    /// Every citation in the version with the path of its rule, so that
    /// each can be checked and listed.
    pub fn sources(&self) -> Vec<(String, &Source)> {
        let r = &self.rules;
        let mut out = vec![
            ("since".to_owned(), &self.since.source),
            ("rules.relations".to_owned(), &r.relations.source),
            ("rules.founderSchemes".to_owned(), &r.founder_schemes.source),
            ("rules.founderArea".to_owned(), &r.founder_area.source),
            (
                "rules.founderMustBeActive".to_owned(),
                &r.founder_must_be_active.source,
            ),
            (
                "rules.founderMinHistorical".to_owned(),
                &r.founder_min_historical.source,
            ),
            ("rules.memberArea".to_owned(), &r.member_area.source),
            ("rules.memberSchemes".to_owned(), &r.member_schemes.source),
            (
                "rules.memberMustBeActive".to_owned(),
                &r.member_must_be_active.source,
            ),
            (
                "rules.windowClaimOutsideLocal".to_owned(),
                &r.window_claim_outside_local.source,
            ),
            (
                "rules.networksPerMember".to_owned(),
                &r.networks_per_member.source,
            ),
            (
                "rules.founderMayBeMemberElsewhere".to_owned(),
                &r.founder_may_be_member_elsewhere.source,
            ),
            (
                "rules.memberMayBeFounderElsewhere".to_owned(),
                &r.member_may_be_founder_elsewhere.source,
            ),
            ("rules.maxMembers".to_owned(), &r.max_members.source),
            ("rules.fund".to_owned(), &r.fund.source),
            ("rules.perMemberCap".to_owned(), &r.per_member_cap.source),
            (
                "rules.ownAccountOrder".to_owned(),
                &r.own_account_order.source,
            ),
            ("rules.shortfall".to_owned(), &r.shortfall.source),
            ("rules.modes".to_owned(), &r.modes.source),
            (
                "rules.founderChoosesModes".to_owned(),
                &r.founder_chooses_modes.source,
            ),
            (
                "rules.pharmacyCountsTowardDeductible".to_owned(),
                &r.pharmacy_counts_toward_deductible.source,
            ),
            (
                "rules.fundInReliefSchemes".to_owned(),
                &r.fund_in_relief_schemes.source,
            ),
            ("rules.memberSees".to_owned(), &r.member_sees.source),
        ];
        if let Some(rule) = &r.resident_facilities {
            out.push(("rules.residentFacilities".to_owned(), &rule.source));
        }
        if let Some(rule) = &r.premium_mode_deadline {
            out.push(("rules.premiumModeDeadline".to_owned(), &rule.source));
        }
        if let Some(rule) = &r.funder_draw {
            out.push(("rules.funderDraw".to_owned(), &rule.source));
        }
        out.push(("rules.uses".to_owned(), &r.uses.source));
        out.extend(
            r.uses
                .value
                .iter()
                .enumerate()
                .map(|(i, u)| (format!("rules.uses.value[{i}]"), &u.source)),
        );
        out
    }
}

/// `"12-19"` as (12, 19).
pub fn month_day(text: &str) -> Option<(u8, u8)> {
    let (m, d) = text.split_once('-')?;
    let (m, d): (u8, u8) = (m.parse().ok()?, d.parse().ok()?);
    Date::new(2024, m, d).map(|_| (m, d))
}
