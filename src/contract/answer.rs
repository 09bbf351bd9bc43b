//! The answers of the contract, one type per call, written by serde as
//! JSON text or (in the wasm binding) as plain JS objects.

use serde::Serialize;
use ts_rs::TS;

use super::date::Date;
use super::finding::{Finding, Source};
use super::money::Yuan;
use super::person::IdNumber;
use super::relation::Relation;

/// One person's verdict.
#[derive(Clone, Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PersonCheck {
    pub person_id: String,
    /// No error finding about this person.
    pub eligible: bool,
    pub findings: Vec<Finding>,
}

/// The answer of `checkNetwork`.
#[derive(Clone, Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NetworkCheck {
    /// No error anywhere.
    pub ok: bool,
    pub founder: PersonCheck,
    pub members: Vec<PersonCheck>,
    /// Network-wide findings (limits, duplicates, modes).
    pub findings: Vec<Finding>,
}

/// Who pays what of one bill; the four parts add up to the amount.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Split {
    /// The member's own 当年账户.
    pub own_current: Yuan,
    /// The member's own 历年账户.
    pub own_historical: Yuan,
    /// The family fund.
    pub family: Yuan,
    pub cash: Yuan,
}

impl Split {
    pub fn total(&self) -> Yuan {
        self.own_current
            .plus(self.own_historical)
            .plus(self.family)
            .plus(self.cash)
    }
}

/// What the family-paid part of a bill does elsewhere.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Flags {
    /// Does the bill count toward the deductible (起付线 / 自负段)?
    pub counts_toward_deductible: bool,
    /// May the family-paid part enter relief schemes (减负、大病、救助)?
    pub in_relief_schemes: bool,
    /// Must the bill be claimed at the insurance office window?
    pub window_claim: bool,
}

/// The split under the national platform's settlement field names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
pub struct Nhsa {
    /// 个人账户支出: the member's own accounts.
    pub acct_pay: Yuan,
    /// 个人账户共济支付金额: the family fund.
    pub acct_mulaid_pay: Yuan,
    /// 个人现金支出.
    pub psn_cash_pay: Yuan,
}

/// What one of several funders paid, and what is left in his fund.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FunderPart {
    /// The funder's `id` from the request.
    pub funder_id: String,
    /// Of this bill (a preview or a step), or of the whole projection.
    pub paid: Yuan,
    pub balance_after: Yuan,
}

/// The answer of `previewSettlement`.
#[derive(Clone, Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(optional_fields)]
pub struct SettlementPreview {
    /// May the family fund pay (any of) this bill: true exactly when no
    /// finding is an error.
    pub allowed: bool,
    /// `family` is what the funders paid together.
    pub split: Split,
    /// With `funders`: what is left in all of them together.
    pub fund_after: Yuan,
    pub findings: Vec<Finding>,
    pub flags: Flags,
    /// `acct_mulaid_pay` is the family part, the sum of the funders' parts.
    pub nhsa: Nhsa,
    /// Only when the request named `funders`: each in the request's
    /// order, with what he paid of this bill.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub funders: Option<Vec<FunderPart>>,
}

/// One bill of a projection, settled.
#[derive(Clone, Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(optional_fields)]
pub struct Step {
    pub member_id: String,
    /// As in a preview: true exactly when no finding is an error.
    pub allowed: bool,
    pub split: Split,
    pub fund_after: Yuan,
    pub findings: Vec<Finding>,
    /// Only when the request named `funders`: the member's funders, with
    /// what each paid of this bill.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub funders: Option<Vec<FunderPart>>,
}

/// The answer of `projectSettlements`.
#[derive(Clone, Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(optional_fields)]
pub struct Projection {
    pub steps: Vec<Step>,
    /// Sum of the family parts of every step.
    pub family_total: Yuan,
    /// With `funders`: what is left in all of them together.
    pub fund_end: Yuan,
    /// Only when the request named `funders`: each in the request's
    /// order, with what he paid over the whole projection.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub funders: Option<Vec<FunderPart>>,
    /// Each 共济额度 that ends within the projection (its `endedOn`, or the
    /// day the relative's insurance moved), with what goes back to the
    /// funder that day. Absent without quotas.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[ts(optional, as = "Option<_>")]
    pub returns: Vec<QuotaReturn>,
    /// About the whole projection, not one bill: how current its sources
    /// are, and each quota's return. Absent when there is nothing to say.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[ts(optional, as = "Option<_>")]
    pub findings: Vec<Finding>,
}

/// A 共济额度 that ends, and what of it goes back to the funder.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct QuotaReturn {
    /// The relative who held it.
    pub member_id: String,
    pub funder_id: String,
    /// The day the relation ended: from this day the quota pays nothing.
    pub on: Date,
    /// The unused part, back in the funder's account that day.
    pub returned: Yuan,
}

/// A relation a form may offer, with its label.
#[derive(Clone, Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(optional_fields)]
pub struct RelationOption {
    pub relation: Relation,
    /// In the request's language.
    pub label: &'static str,
    /// How many members of a family may have this relation: one spouse,
    /// two parents, two of the spouse's parents; absent where there is
    /// no such bound. A form stops offering the relation once reached.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<u8>,
}

/// The answer of `relationOptions`.
#[derive(Clone, Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RelationOptions {
    pub policy: String,
    /// The first day of the version that answered.
    pub valid_from: Date,
    pub options: Vec<RelationOption>,
    pub source: Source,
    /// With `labels: true` in the request: every label a form shows under
    /// this version, in the request's language.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub labels: Option<super::labels::Labels>,
    /// How current the profile's sources are on the day asked. Absent when
    /// there is nothing to say.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[ts(optional, as = "Option<_>")]
    pub findings: Vec<Finding>,
}

/// A person's role as a viewer sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ViewerRole {
    Founder,
    Member,
    /// A stranger, who sees no one.
    None,
}

/// One person as a viewer may see him.
#[derive(Clone, Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(optional_fields)]
pub struct Visible {
    pub person_id: String,
    pub role: super::request::Role,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relation: Option<Relation>,
    /// Masked: `3101**********123X`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id_number: Option<IdNumber>,
}

/// The answer of `viewNetwork`.
#[derive(Clone, Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NetworkView {
    pub viewer_id: String,
    pub viewer_role: ViewerRole,
    pub visible: Vec<Visible>,
    pub findings: Vec<Finding>,
    pub source: Source,
}

// 医保钱包 transfers (`checkTransfer`).

/// When a transfer the recipient does not accept goes back to the giver.
#[derive(Clone, Copy, Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TransferReturnTime {
    pub time: super::clock::LocalDateTime,
    /// `at`: returned at `time`; `by`: at the latest by `time`.
    pub reading: super::profile::ReturnReading,
}

/// The answer of `checkTransfer`.
#[derive(Clone, Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(optional_fields)]
pub struct TransferCheck {
    /// May the transfer be made: true exactly when no finding is an error.
    pub allowed: bool,
    pub findings: Vec<Finding>,
    /// For an allowed transfer: what the giver's account holds once it
    /// leaves.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub balance_after: Option<Yuan>,
    /// For an allowed transfer: when it comes back if not accepted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub return_if_unaccepted: Option<TransferReturnTime>,
}
