//! Policy profiles: one per region, a list of dated versions, every rule
//! with the document and question it rests on and, where the text is silent
//! or ambiguous, a note saying what gongji assumes and why.
//!
//! The five built-in profiles are JSON files in `policies/`, parsed once;
//! a custom profile passed in a request uses the very same schema and the
//! very same checks, so a region that is not built in is served without a
//! release.

use std::sync::OnceLock;

use crate::date::Date;
use crate::finding::{ContractError, Lang, Source};
use crate::json::{self, FromJson, Object, Out, Reader, ToJson};
use crate::money::Yuan;
use crate::person::{RegionCode, Scheme};
use crate::relation::Relation;

json_enum! {
    /// How the fund may be used: 共济支付 (paying bills) or 共济缴费 (paying
    /// premiums and insurance).
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Mode {
        Payment = "payment",
        Premium = "premium",
    }
}

json_enum! {
    /// What a bill is for.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum ExpenseKind {
        Outpatient = "outpatient",
        Inpatient = "inpatient",
        Pharmacy = "pharmacy",
        Vaccine = "vaccine",
        ResidentPremium = "residentPremium",
        CommercialInsurance = "commercialInsurance",
        LongTermCarePremium = "longTermCarePremium",
        Checkup = "checkup",
        Cosmetic = "cosmetic",
    }
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

json_enum! {
    /// One of the member's own accounts.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Pot {
        /// 当年账户.
        Current = "current",
        /// 历年账户.
        Historical = "historical",
    }
}

json_enum! {
    /// Where a person must be insured, relative to the profile's region.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Area {
        /// The profile's own pooling area (`RegionCode::area_prefix`).
        Local = "local",
        /// Anywhere in the profile's province.
        Province = "province",
        /// Anywhere in the country.
        Anywhere = "anywhere",
    }
}

json_enum! {
    /// What happens when the member's own accounts cannot pay the whole bill.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Shortfall {
        /// The family fund pays what the own accounts could not.
        TopUp = "topUp",
        /// The swipe is declined; a retry within minutes is paid from the
        /// family fund as a whole (Dongying).
        DeclineThenRetry = "declineThenRetry",
    }
}

json_enum! {
    /// Which of the founder's money makes up the family fund.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum FundSource {
        /// 历年账户 only.
        Historical = "historical",
        /// The whole personal account.
        PersonalAccount = "personalAccount",
    }
}

json_enum! {
    /// What a member may see of the network.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Visibility {
        FounderAndSelf = "founderAndSelf",
        WholeNetwork = "wholeNetwork",
    }
}

/// Longest policy name (zh-CN or en) a custom profile may have: it is
/// quoted in findings about each member.
pub const MAX_NAME_CHARS: usize = 100;
/// Longest document title in a custom profile.
pub const MAX_TITLE_CHARS: usize = 400;
/// Longest citation `ref` in a custom profile: every finding quotes one.
pub const MAX_REF_CHARS: usize = 100;
/// Most documents, and most versions, a custom profile may list.
pub const MAX_LIST: usize = 64;

/// A rule's value, its source, and the assumption made where the source
/// is silent or ambiguous.
#[derive(Clone, Debug)]
pub struct Rule<T> {
    pub value: T,
    pub source: Source,
    pub note: Option<String>,
}

impl<T: FromJson> FromJson for Rule<T> {
    fn read(r: &mut Reader<'_>) -> json::Result<Self> {
        let mut value = None;
        let (source, note) = read_rule(r, &mut |r| {
            value = Some(T::read(r)?);
            Ok(())
        })?;
        // `read_rule` checked that the value is there.
        #[allow(clippy::unwrap_used)]
        Ok(Rule {
            value: value.unwrap(),
            source,
            note,
        })
    }
}

/// A rule's source and note, its value read by `value`: the part of every
/// `Rule<T>` that does not depend on `T`, written once.
fn read_rule(
    r: &mut Reader<'_>,
    value: &mut dyn FnMut(&mut Reader<'_>) -> json::Result<()>,
) -> json::Result<(Source, Option<String>)> {
    const FIELDS: &[&str] = &["value", "source", "note"];
    let (mut source, mut note) = (None, None);
    r.object(FIELDS, 0b011, &mut |r, i| {
        match i {
            0 => value(r)?,
            1 => source = Some(Source::read(r)?),
            _ => note = Option::<String>::read(r)?,
        }
        Ok(())
    })?;
    #[allow(clippy::unwrap_used)]
    Ok((source.unwrap(), note))
}

impl<T: ToJson> ToJson for Rule<T> {
    fn write_json(&self, out: &mut Out) {
        Object::new(out)
            .field("value", &self.value)
            .field("source", &self.source)
            .some("note", &self.note)
            .end();
    }
}

/// A use of the family fund the policy admits.
#[derive(Clone, Debug)]
pub struct Use {
    pub kind: ExpenseKind,
    pub mode: Mode,
    /// The fund pays the whole amount or nothing (premiums, insurance).
    pub full_payment_only: bool,
    pub source: Source,
    pub note: Option<String>,
}

from_json!(Use {
    kind: "kind",
    mode: "mode",
    source: "source";
    full_payment_only: "fullPaymentOnly",
    note: "note",
});

impl ToJson for Use {
    fn write_json(&self, out: &mut Out) {
        Object::new(out)
            .field("kind", &self.kind)
            .field("mode", &self.mode)
            .field("fullPaymentOnly", &self.full_payment_only)
            .field("source", &self.source)
            .some("note", &self.note)
            .end();
    }
}

/// Where resident members may use the fund (Ruian: level 1 and 2
/// institutions only, never retail pharmacies).
#[derive(Clone, Copy, Debug)]
pub struct FacilityLimit {
    pub max_level: u8,
    pub pharmacy: bool,
}

from_json!(FacilityLimit {
    max_level: "maxLevel",
    pharmacy: "pharmacy",
});

impl ToJson for FacilityLimit {
    fn write_json(&self, out: &mut Out) {
        Object::new(out)
            .field("maxLevel", &self.max_level)
            .field("pharmacy", &self.pharmacy)
            .end();
    }
}

/// Every rule of one version of a profile.
#[derive(Clone, Debug)]
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
    pub resident_facilities: Option<Rule<FacilityLimit>>,
    pub pharmacy_counts_toward_deductible: Rule<bool>,
    pub fund_in_relief_schemes: Rule<bool>,
    pub member_sees: Rule<Visibility>,
    /// Month and day (`"12-19"`) after which a school-batch premium can no
    /// longer be switched to 共济缴费 for the coming year.
    pub premium_mode_deadline: Option<Rule<String>>,
}

from_json!(Rules {
    relations: "relations",
    founder_schemes: "founderSchemes",
    founder_area: "founderArea",
    founder_must_be_active: "founderMustBeActive",
    founder_min_historical: "founderMinHistorical",
    member_area: "memberArea",
    member_schemes: "memberSchemes",
    member_must_be_active: "memberMustBeActive",
    window_claim_outside_local: "windowClaimOutsideLocal",
    networks_per_member: "networksPerMember",
    founder_may_be_member_elsewhere: "founderMayBeMemberElsewhere",
    member_may_be_founder_elsewhere: "memberMayBeFounderElsewhere",
    max_members: "maxMembers",
    fund: "fund",
    per_member_cap: "perMemberCap",
    own_account_order: "ownAccountOrder",
    shortfall: "shortfall",
    modes: "modes",
    founder_chooses_modes: "founderChoosesModes",
    uses: "uses",
    pharmacy_counts_toward_deductible: "pharmacyCountsTowardDeductible",
    fund_in_relief_schemes: "fundInReliefSchemes",
    member_sees: "memberSees";
    resident_facilities: "residentFacilities",
    premium_mode_deadline: "premiumModeDeadline",
});

impl ToJson for Rules {
    fn write_json(&self, out: &mut Out) {
        Object::new(out)
            .field("relations", &self.relations)
            .field("founderSchemes", &self.founder_schemes)
            .field("founderArea", &self.founder_area)
            .field("founderMustBeActive", &self.founder_must_be_active)
            .field("founderMinHistorical", &self.founder_min_historical)
            .field("memberArea", &self.member_area)
            .field("memberSchemes", &self.member_schemes)
            .field("memberMustBeActive", &self.member_must_be_active)
            .field("windowClaimOutsideLocal", &self.window_claim_outside_local)
            .field("networksPerMember", &self.networks_per_member)
            .field(
                "founderMayBeMemberElsewhere",
                &self.founder_may_be_member_elsewhere,
            )
            .field(
                "memberMayBeFounderElsewhere",
                &self.member_may_be_founder_elsewhere,
            )
            .field("maxMembers", &self.max_members)
            .field("fund", &self.fund)
            .field("perMemberCap", &self.per_member_cap)
            .field("ownAccountOrder", &self.own_account_order)
            .field("shortfall", &self.shortfall)
            .field("modes", &self.modes)
            .field("founderChoosesModes", &self.founder_chooses_modes)
            .field("uses", &self.uses)
            .some("residentFacilities", &self.resident_facilities)
            .field(
                "pharmacyCountsTowardDeductible",
                &self.pharmacy_counts_toward_deductible,
            )
            .field("fundInReliefSchemes", &self.fund_in_relief_schemes)
            .field("memberSees", &self.member_sees)
            .some("premiumModeDeadline", &self.premium_mode_deadline)
            .end();
    }
}

/// The rules in force from `validFrom` to `validUntil` (both inclusive;
/// no `validUntil` means until a later version).
#[derive(Clone, Debug)]
pub struct Version {
    pub valid_from: Date,
    pub valid_until: Option<Date>,
    /// Why this version starts when it does.
    pub since: Rule<String>,
    pub rules: Rules,
}

from_json!(Version {
    valid_from: "validFrom",
    since: "since",
    rules: "rules";
    valid_until: "validUntil",
});

impl ToJson for Version {
    fn write_json(&self, out: &mut Out) {
        Object::new(out)
            .field("validFrom", &self.valid_from)
            .some("validUntil", &self.valid_until)
            .field("since", &self.since)
            .field("rules", &self.rules)
            .end();
    }
}

/// A document a profile cites.
#[derive(Clone, Debug)]
pub struct Document {
    pub id: String,
    pub title: String,
    /// The file under `shared/policy-sources/` holding its text.
    pub file: Option<String>,
}

from_json!(Document {
    id: "id",
    title: "title";
    file: "file",
});

impl ToJson for Document {
    fn write_json(&self, out: &mut Out) {
        Object::new(out)
            .field("id", &self.id)
            .field("title", &self.title)
            .some("file", &self.file)
            .end();
    }
}

/// A profile's name in both languages.
#[derive(Clone, Debug)]
pub struct Names {
    /// `zh-CN` in JSON.
    pub zh: String,
    pub en: String,
}

from_json!(Names {
    zh: "zh-CN",
    en: "en",
});

impl ToJson for Names {
    fn write_json(&self, out: &mut Out) {
        Object::new(out)
            .field("zh-CN", &self.zh)
            .field("en", &self.en)
            .end();
    }
}

/// A region's family-aid policy over time.
#[derive(Clone, Debug)]
pub struct Policy {
    pub id: String,
    pub name: Names,
    /// The pooling area the profile governs (行政区划代码).
    pub region: RegionCode,
    pub documents: Vec<Document>,
    pub versions: Vec<Version>,
}

from_json!(Policy {
    id: "id",
    name: "name",
    region: "region",
    documents: "documents",
    versions: "versions",
});

impl ToJson for Policy {
    fn write_json(&self, out: &mut Out) {
        Object::new(out)
            .field("id", &self.id)
            .field("name", &self.name)
            .field("region", &self.region)
            .field("documents", &self.documents)
            .field("versions", &self.versions)
            .end();
    }
}

include!(concat!(env!("OUT_DIR"), "/built_in_policies.rs"));

/// The text of the built-in profile number `i` (the files in `policies/`
/// minified), expanded from its compact embedded form (see `build.rs`).
fn built_in_text(i: usize) -> String {
    let mut text = String::with_capacity(ENCODED[i].len() * 2);
    for c in ENCODED[i].chars() {
        match DICTIONARY.get((c as usize).wrapping_sub(1)) {
            Some(piece) if c < ' ' => text.push_str(piece),
            _ => text.push(c),
        }
    }
    text
}

/// The five built-in profiles, parsed and checked once.
pub fn built_ins() -> &'static [Policy] {
    static POLICIES: OnceLock<Vec<Policy>> = OnceLock::new();
    POLICIES.get_or_init(|| {
        (0..ENCODED.len())
            // A built-in that does not parse is caught by the test
            // `every_built_in_profile_parses_and_validates`; skipping it
            // here keeps a broken file from panicking inside wasm.
            .filter_map(|i| crate::contract::parse::<Policy>(&built_in_text(i)).ok())
            .collect()
    })
}

/// The built-in profile with this id.
pub fn built_in(id: &str) -> Option<&'static Policy> {
    built_ins().iter().find(|p| p.id == id)
}

impl Policy {
    /// The version in force on `date`.
    ///
    /// # Errors
    /// `DATE_NOT_COVERED` when no version covers the date: gongji refuses
    /// to guess the rules before a policy began or after a version ended.
    pub fn version_on(&self, date: Date, lang: Lang) -> Result<&Version, ContractError> {
        self.versions
            .iter()
            .find(|v| v.valid_from <= date && v.valid_until.is_none_or(|end| date <= end))
            .ok_or_else(|| {
                let first = self
                    .versions
                    .first()
                    .map(|v| v.valid_from.to_string())
                    .unwrap_or_default();
                ContractError::new(
                    "DATE_NOT_COVERED",
                    Some("asOf".into()),
                    lang.pick(
                        format!(
                            "{} 的政策自 {} 起收录，{} 不在任何版本的有效期内",
                            self.name.zh, first, date
                        ),
                        format!(
                            "{} is covered from {}; no version is in force on {}",
                            self.name.en, first, date
                        ),
                    ),
                )
            })
    }

    /// Checks what parsing cannot: versions in order without overlap, every
    /// citation naming a listed document, every rule list non-empty where
    /// it must be.
    ///
    /// # Errors
    /// `INVALID_POLICY` with the path of the first faulty field.
    pub fn validate(&self, lang: Lang) -> Result<(), ContractError> {
        let bad = |path: String, zh: &str, en: &str| {
            Err(ContractError::new(
                "INVALID_POLICY",
                Some(path),
                lang.pick(zh, en).to_owned(),
            ))
        };
        if self.id.is_empty() || self.id.len() > 64 {
            return bad(
                "policy.id".into(),
                "政策 id 须为 1 至 64 个字符",
                "policy id must have 1 to 64 characters",
            );
        }
        // Caller text a custom profile may carry into every finding (names,
        // citations): bounded, or a 1 MB request could answer gigabytes.
        let too_long = |text: &str, max: usize| text.is_empty() || text.chars().count() > max;
        for (path, name) in [
            ("policy.name.zh-CN", &self.name.zh),
            ("policy.name.en", &self.name.en),
        ] {
            if too_long(name, MAX_NAME_CHARS) {
                return bad(
                    path.into(),
                    "政策名称须为 1 至 100 个字符",
                    "a policy name must have 1 to 100 characters",
                );
            }
        }
        if self.documents.len() > MAX_LIST || self.versions.len() > MAX_LIST {
            return bad(
                "policy".into(),
                "文件与版本各不超过 64 个",
                "at most 64 documents and 64 versions",
            );
        }
        for (i, d) in self.documents.iter().enumerate() {
            if too_long(&d.id, 64) || too_long(&d.title, MAX_TITLE_CHARS) {
                return bad(
                    format!("policy.documents[{i}]"),
                    "文件 id 须为 1 至 64 个字符，标题 1 至 400 个字符",
                    "a document id must have 1 to 64 characters and a title 1 to 400",
                );
            }
        }
        if self.versions.is_empty() {
            return bad(
                "policy.versions".into(),
                "政策至少需要一个版本",
                "a policy needs at least one version",
            );
        }
        for (i, v) in self.versions.iter().enumerate() {
            let at = format!("policy.versions[{i}]");
            if v.valid_until.is_some_and(|end| end < v.valid_from) {
                return bad(
                    format!("{at}.validUntil"),
                    "有效期结束早于开始",
                    "validUntil is before validFrom",
                );
            }
            if let Some(prev) = i.checked_sub(1).map(|j| &self.versions[j]) {
                if prev.valid_until.is_none_or(|end| end >= v.valid_from) {
                    return bad(
                        format!("{at}.validFrom"),
                        "版本须按时间排列且互不重叠（前一版本需有 validUntil）",
                        "versions must be in date order without overlap (the previous one needs a validUntil)",
                    );
                }
            }
            let r = &v.rules;
            if r.relations.value.is_empty()
                || r.founder_schemes.value.is_empty()
                || r.member_schemes.value.is_empty()
            {
                return bad(
                    format!("{at}.rules"),
                    "亲属关系与险种列表不能为空",
                    "relation and scheme lists must not be empty",
                );
            }
            if r.networks_per_member.value == 0 {
                return bad(
                    format!("{at}.rules.networksPerMember.value"),
                    "每人可加入的共济网数量至少为 1",
                    "networksPerMember must be at least 1",
                );
            }
            if r.own_account_order.value.is_empty() {
                return bad(
                    format!("{at}.rules.ownAccountOrder.value"),
                    "本人账户支付顺序不能为空",
                    "ownAccountOrder must not be empty",
                );
            }
            if let Some(deadline) = &r.premium_mode_deadline {
                if month_day(&deadline.value).is_none() {
                    return bad(
                        format!("{at}.rules.premiumModeDeadline.value"),
                        "截止日须为 MM-DD",
                        "the deadline must be MM-DD",
                    );
                }
            }
            for (path, source) in v.sources() {
                if too_long(&source.reference, MAX_REF_CHARS) {
                    return bad(
                        format!("{at}.{path}.source.ref"),
                        "引用位置须为 1 至 100 个字符",
                        "a citation's ref must have 1 to 100 characters",
                    );
                }
                if !self.documents.iter().any(|d| *d.id == *source.doc) {
                    return bad(
                        format!("{at}.{path}.source.doc"),
                        "引用的文件不在 documents 列表中",
                        "the cited document is not in the documents list",
                    );
                }
            }
        }
        Ok(())
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_built_in_profile_parses_and_validates() {
        for i in 0..ENCODED.len() {
            let text = built_in_text(i);
            let file: serde_json::Value = serde_json::from_str(
                &std::fs::read_to_string(format!(
                    "policies/{}.json",
                    ["shanghai", "jiangsu", "guangdong", "dongying", "ruian"][i]
                ))
                .expect("the profile file"),
            )
            .expect("the file is JSON");
            let embedded: serde_json::Value =
                serde_json::from_str(&text).expect("embedded is JSON");
            assert_eq!(embedded, file, "the embedded profile {i} is the file");
            let policy: Policy = crate::contract::parse(&text).expect("built-in profile parses");
            policy
                .validate(Lang::En)
                .expect("built-in profile validates");
        }
        assert_eq!(built_ins().len(), ENCODED.len());
    }

    /// Found by a 1 MB custom profile whose cited `ref` was 100,000
    /// characters long: a 10,000-expense projection quoted it in every step
    /// and answered 1 GB (1.9 GB of memory natively, a trap in wasm).
    #[test]
    fn custom_profile_text_that_findings_quote_is_bounded() {
        let base: serde_json::Value =
            serde_json::from_str(&built_in_text(1)).expect("built-in parses");
        let check = |edit: &dyn Fn(&mut serde_json::Value), path: &str| {
            let mut v = base.clone();
            edit(&mut v);
            let policy: Policy = crate::contract::parse(&v.to_string()).expect("still parses");
            let err = policy.validate(Lang::En).expect_err(path);
            assert_eq!(
                (err.code, err.path.as_deref()),
                ("INVALID_POLICY", Some(path))
            );
            assert!(!err.message.is_empty());
        };
        let long = "R".repeat(MAX_REF_CHARS + 1);
        check(
            &|v| v["versions"][0]["rules"]["relations"]["source"]["ref"] = long.clone().into(),
            "policy.versions[0].rules.relations.source.ref",
        );
        check(
            &|v| v["versions"][0]["since"]["source"]["ref"] = "".into(),
            "policy.versions[0].since.source.ref",
        );
        check(
            &|v| v["name"]["en"] = "N".repeat(MAX_NAME_CHARS + 1).into(),
            "policy.name.en",
        );
        check(&|v| v["name"]["zh-CN"] = "".into(), "policy.name.zh-CN");
        check(
            &|v| v["documents"][0]["title"] = "T".repeat(MAX_TITLE_CHARS + 1).into(),
            "policy.documents[0]",
        );
        check(
            &|v| {
                let doc = v["documents"][0].clone();
                v["documents"] = vec![doc; MAX_LIST + 1].into();
            },
            "policy",
        );
        // At the limits it still validates.
        let mut v = base.clone();
        v["versions"][0]["rules"]["relations"]["source"]["ref"] = "中".repeat(MAX_REF_CHARS).into();
        v["name"]["zh-CN"] = "名".repeat(MAX_NAME_CHARS).into();
        let policy: Policy = crate::contract::parse(&v.to_string()).expect("parses");
        policy.validate(Lang::Zh).expect("at the limits");
    }

    #[test]
    fn every_built_in_document_is_a_file_in_shared_policy_sources() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/policy-sources");
        for policy in built_ins() {
            for doc in &policy.documents {
                let file = doc
                    .file
                    .as_deref()
                    .expect("built-in documents name their file");
                // The texts sit beside the repository (as in CI); a bare
                // checkout without them still checks that a file is named.
                if dir.is_dir() {
                    assert!(
                        dir.join(file).is_file(),
                        "{} cites missing {file}",
                        policy.id
                    );
                }
            }
        }
    }
}
