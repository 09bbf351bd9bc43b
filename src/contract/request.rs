//! The requests of the contract, one type per call, read by serde from
//! JSON text or (in the wasm binding) straight from JS objects.

use serde::de;
use serde::{Deserialize, Deserializer};
use serde_json::Value;
use ts_rs::TS;

use super::clock::LocalDateTime;
use super::date::Date;
use super::finding::Lang;
use super::money::Yuan;
use super::person::{Insured, Member, PersonId, RegionCode, Scheme, Status};
use super::profile::{ExpenseKind, Mode};
use super::relation::Relation;

/// Most members one network request may list.
pub const MAX_MEMBERS: usize = 50;
/// Most known bindings (`existing`) one request may list.
pub const MAX_EXISTING: usize = 1_000;
/// Most expenses one projection may list.
pub const MAX_EXPENSES: usize = 10_000;
/// Most funders one settlement request may name. No region lets a member
/// draw on more than two; anything past ten is a mistake.
pub const MAX_FUNDERS: usize = 10;
/// Most member-funder bindings one projection may list.
pub const MAX_BINDINGS: usize = MAX_MEMBERS * MAX_FUNDERS;

/// A built-in profile's id (`"shanghai"`), a custom profile (whole, or
/// extending a built-in), or a list of custom profiles: the first is the
/// one answered, the others are layers it (or they) may `extend` by id.
/// A custom profile is kept as JSON here and read as a
/// [`Profile`](super::profile::Profile) when resolved (`policy::load`), its
/// errors under `policy.` or `policy[i].`.
#[derive(Clone, Debug, TS)]
#[ts(type = "BuiltInPolicy | Profile | Profile[]")]
pub enum PolicyRef {
    Id(String),
    Custom(Box<Value>),
    Layers(Vec<Value>),
}

impl<'de> Deserialize<'de> for PolicyRef {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<PolicyRef, D::Error> {
        match Value::deserialize(deserializer)? {
            Value::String(id) => Ok(PolicyRef::Id(id)),
            profile @ Value::Object(_) => Ok(PolicyRef::Custom(Box::new(profile))),
            Value::Array(layers) => Ok(PolicyRef::Layers(layers)),
            Value::Bool(b) => Err(de::Error::invalid_type(
                de::Unexpected::Bool(b),
                &super::error::POLICY_EXPECTED,
            )),
            Value::Number(n) => {
                let unexpected = match (n.as_u64(), n.as_i64(), n.as_f64()) {
                    (Some(u), _, _) => de::Unexpected::Unsigned(u),
                    (_, Some(i), _) => de::Unexpected::Signed(i),
                    (_, _, Some(f)) => de::Unexpected::Float(f),
                    _ => de::Unexpected::Other("number"),
                };
                Err(de::Error::invalid_type(
                    unexpected,
                    &super::error::POLICY_EXPECTED,
                ))
            }
            Value::Null => Err(de::Error::invalid_type(
                de::Unexpected::Unit,
                &super::error::POLICY_EXPECTED,
            )),
        }
    }
}

/// A binding the server already knows.
#[derive(Clone, Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Binding {
    pub person_id: PersonId,
    pub role: Role,
    pub network_id: PersonId,
    /// The last day the binding held, if it has ended (解除): an ended
    /// binding is no conflict, but still counts towards `maxMembersEver`.
    /// Absent: it holds.
    #[serde(default)]
    #[ts(optional)]
    pub ends_on: Option<Date>,
}

/// A person's place in a network.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, serde::Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Role {
    Founder,
    Member,
}

/// `checkNetwork`: may this founder bind these members?
#[derive(Clone, Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(optional_fields)]
pub struct NetworkRequest {
    pub policy: PolicyRef,
    /// The day the request is judged on.
    pub as_of: Date,
    #[serde(default, deserialize_with = "crate::contract::text::or_default")]
    #[ts(optional, as = "Option<_>")]
    pub lang: Lang,
    pub founder: Insured,
    pub members: Vec<Member>,
    /// The modes the founder has chosen (or wants); absent: none yet.
    #[serde(default, deserialize_with = "crate::contract::text::or_default")]
    #[ts(optional, as = "Option<_>")]
    pub modes: Vec<Mode>,
    /// Bindings the server already knows, to find conflicts.
    #[serde(default, deserialize_with = "crate::contract::text::or_default")]
    #[ts(optional, as = "Option<_>")]
    pub existing: Vec<Binding>,
    /// The network being edited, if it exists already: bindings in it are
    /// not conflicts.
    pub network_id: Option<PersonId>,
}

/// Where a bill is incurred.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum FacilityType {
    Hospital,
    Pharmacy,
}

/// 一级、二级、三级: a facility level, 1 to 3.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, TS)]
#[ts(type = "1 | 2 | 3")]
pub struct FacilityLevel(pub u8);

impl<'de> Deserialize<'de> for FacilityLevel {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<FacilityLevel, D::Error> {
        match u8::deserialize(deserializer)? {
            level @ 1..=3 => Ok(FacilityLevel(level)),
            _ => Err(de::Error::custom(
                super::codes::ErrorCode::InvalidFacilityLevel,
            )),
        }
    }
}

/// One bill (or premium) a member wants to pay.
#[derive(Clone, Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(optional_fields)]
pub struct Expense {
    pub amount: Yuan,
    pub kind: ExpenseKind,
    pub facility_level: Option<FacilityLevel>,
    pub facility_type: Option<FacilityType>,
}

/// The founder's fund as the member's bill meets it.
#[derive(Clone, Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(optional_fields)]
pub struct Fund {
    /// What is left in the family fund now.
    pub balance: Yuan,
    /// What this member has already drawn against his cap.
    pub used_by_member: Option<Yuan>,
    /// The modes the founder chose. Absent: every mode the region offers.
    /// Where a region has no choice of modes, what is given is ignored.
    pub modes: Option<Vec<Mode>>,
    /// The most one payment may take from the fund for this member, where
    /// the region lets the funder set one (`perPaymentCap` rule).
    pub per_payment_cap: Option<Yuan>,
}

/// One of several funders (授权人) whose fund a member may draw on, as
/// the member's bill meets it. In a projection, `cap`, `usedByMember` and
/// `boundOn` hold for every member bound to him unless a binding says
/// otherwise.
#[derive(Clone, Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(optional_fields)]
pub struct Funder {
    /// The caller's key for the funder; answers name him by it.
    pub id: PersonId,
    /// What is left in his family fund now.
    pub balance: Yuan,
    /// The cap he set for this member. Absent: the member's own `cap`.
    pub cap: Option<Yuan>,
    /// What this member has already drawn from him against that cap.
    pub used_by_member: Option<Yuan>,
    /// The day he bound this member: the order of registration. Absent:
    /// after every dated funder, in the order listed.
    pub bound_on: Option<Date>,
    /// The last day the binding holds (结束日期, inclusive: it lapses at
    /// 00:00 the day after). Absent: until unbound. Never before `boundOn`.
    pub ends_on: Option<Date>,
    /// The binding's rank among the member's funders (顺位, 1 first), read
    /// where the region's `funderDraw` is `rank`. A positive integer, each
    /// rank once.
    pub rank: Option<u32>,
    /// The modes he chose, as in `fund.modes`.
    pub modes: Option<Vec<Mode>>,
    /// The most one payment may take from his fund for this member, where
    /// the region lets him set one (`perPaymentCap` rule).
    pub per_payment_cap: Option<Yuan>,
}

/// `previewSettlement`: how will one bill split?
///
/// Give exactly one of `fund` (one funder, the common case) and
/// `funders` (a member bound by several funders, drawn as the region's
/// `funderDraw` rule says), or neither when the member holds `quotas`
/// (跨省共济): his bill then draws on them as the `quota…` rules say.
#[derive(Clone, Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(optional_fields)]
pub struct SettlementRequest {
    pub policy: PolicyRef,
    pub as_of: Date,
    #[serde(default, deserialize_with = "crate::contract::text::or_default")]
    #[ts(optional, as = "Option<_>")]
    pub lang: Lang,
    /// With the member's own balances.
    pub member: Member,
    /// The one funder's fund. Required unless `funders` is given.
    pub fund: Option<Fund>,
    /// Every funder the member is bound to (1 to 10), instead of `fund`.
    pub funders: Option<Vec<Funder>>,
    pub expense: Expense,
}

/// The fund a projection starts from.
#[derive(Clone, Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(optional_fields)]
pub struct ProjectionFund {
    pub balance: Yuan,
    /// As in a preview's fund: absent means every mode the region offers.
    pub modes: Option<Vec<Mode>>,
    /// As in a preview's fund, for every member unless a binding says
    /// otherwise.
    pub per_payment_cap: Option<Yuan>,
}

/// A member's binding to one funder in a projection: the order of
/// registration, the cap there and what is already used of it this year.
/// What it leaves out comes from the funder, then from the member.
#[derive(Clone, Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(optional_fields)]
pub struct MemberBinding {
    pub member_id: PersonId,
    /// Which of `funders`; may be left out where there is one fund.
    pub funder_id: Option<PersonId>,
    /// The day the binding was made. Absent: the funder's `boundOn`, else
    /// after every dated binding.
    pub bound_on: Option<Date>,
    /// The last day the binding holds (inclusive). Absent: the funder's
    /// `endsOn`, else until unbound. Never before the binding's start.
    pub ends_on: Option<Date>,
    /// The binding's rank among the member's funders (1 first). Absent:
    /// the funder's `rank`. Each rank once per member.
    pub rank: Option<u32>,
    /// The cap this funder set for the member. Absent: the funder's `cap`,
    /// else the member's.
    pub cap: Option<Yuan>,
    /// What the member has already drawn from this funder this year, so a
    /// cap half spent in March projects from where it stands.
    pub used_by_member: Option<Yuan>,
    /// The most one payment may take from this funder for the member.
    /// Absent: the funder's `perPaymentCap`.
    pub per_payment_cap: Option<Yuan>,
}

/// One bill of a projection, and whose it is.
#[derive(Clone, Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(optional_fields)]
pub struct ProjectedExpense {
    pub member_id: PersonId,
    pub expense: Expense,
    /// The day of the bill, on or after `asOf` and in settlement order: a
    /// 共济额度 pays only bills on the days it runs. Absent: the day of the
    /// bill before it (`asOf` for the first).
    pub on: Option<Date>,
}

/// `projectSettlements`: a sequence of bills against one fund or several
/// funders' funds, in settlement order.
///
/// Give exactly one of `fund` and `funders`, or neither when every member
/// holds `quotas` (跨省共济). A member with no entry in `bindings` draws on
/// every funder, as the funder's entry says.
#[derive(Clone, Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(optional_fields)]
pub struct ProjectionRequest {
    pub policy: PolicyRef,
    pub as_of: Date,
    #[serde(default, deserialize_with = "crate::contract::text::or_default")]
    #[ts(optional, as = "Option<_>")]
    pub lang: Lang,
    /// The one funder's fund. Required unless `funders` is given.
    pub fund: Option<ProjectionFund>,
    /// Several funders' funds (1 to 10), instead of `fund`.
    pub funders: Option<Vec<Funder>>,
    pub members: Vec<Member>,
    /// Which member is bound to which funder, since when, with what cap
    /// and how much already used this year.
    #[serde(default, deserialize_with = "crate::contract::text::or_default")]
    #[ts(optional, as = "Option<_>")]
    pub bindings: Vec<MemberBinding>,
    pub expenses: Vec<ProjectedExpense>,
}

/// `relationOptions`: which relations to offer in a form.
#[derive(Clone, Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RelationOptionsRequest {
    pub policy: PolicyRef,
    pub as_of: Date,
    #[serde(default, deserialize_with = "crate::contract::text::or_default")]
    #[ts(optional, as = "Option<_>")]
    pub lang: Lang,
    /// Also answer every label a form shows (rule names and values, kinds,
    /// fields, split parts, finding titles).
    #[serde(default, deserialize_with = "crate::contract::text::or_default")]
    #[ts(optional, as = "Option<_>")]
    pub labels: bool,
}

/// `policies`: takes an empty object (or nothing), or asks for a view or
/// for some profiles only.
#[derive(Clone, Debug, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(optional_fields)]
pub struct PoliciesRequest {
    #[serde(default, deserialize_with = "crate::contract::text::or_default")]
    #[ts(optional, as = "Option<_>")]
    pub lang: Lang,
    #[serde(default, deserialize_with = "crate::contract::text::or_default")]
    #[ts(optional, as = "Option<_>")]
    pub view: PolicyView,
    /// Only the profiles with these ids (or old ids), in the engine's
    /// order. Absent: every one. A page showing one region asks for it
    /// alone: only it and the layers under it are resolved.
    pub ids: Option<Vec<String>>,
}

/// How `policies` shows the built-ins.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum PolicyView {
    /// Whole, every rule present, each source naming the layer that wrote
    /// it: what the rules read, and what a custom profile may copy.
    #[default]
    Resolved,
    /// As the files are written: a layer lists only what it overrides.
    Written,
    /// Each profile in a line (id, name, region, what it extends), as a
    /// region picker lists them: read from the build, nothing resolved.
    Summary,
}

/// `viewNetwork`: what may `viewerId` see of this network?
#[derive(Clone, Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ViewRequest {
    pub policy: PolicyRef,
    pub as_of: Date,
    #[serde(default, deserialize_with = "crate::contract::text::or_default")]
    #[ts(optional, as = "Option<_>")]
    pub lang: Lang,
    pub viewer_id: PersonId,
    pub founder: Insured,
    pub members: Vec<Member>,
}

// 医保钱包 transfers (`checkTransfer`).

/// Most earlier transfers one `checkTransfer` request may list: a day has
/// a few, anything past a hundred is a mistake.
pub const MAX_EARLIER_TRANSFERS: usize = 100;

/// Who sends a wallet transfer (转账人): an insured person and what his
/// personal account holds now.
#[derive(Clone, Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(optional_fields)]
pub struct TransferGiver {
    /// The caller's key for the giver.
    pub id: PersonId,
    pub scheme: Scheme,
    /// Where insured (参保地).
    pub region: RegionCode,
    #[serde(default, deserialize_with = "crate::contract::text::or_default")]
    #[ts(optional, as = "Option<_>")]
    pub status: Status,
    /// What the personal account holds now, after the day's earlier
    /// transfers left it.
    pub balance: Yuan,
}

/// Who is to receive a wallet transfer (被转账人).
#[derive(Clone, Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(optional_fields)]
pub struct TransferRecipient {
    /// The caller's key for the recipient; earlier transfers name him by it.
    pub id: PersonId,
    /// The recipient's relation to the giver: a name or a GB/T 4761 code.
    #[ts(type = "Relation | `${number}${number}`")]
    pub relation: Relation,
    pub scheme: Scheme,
    /// Where insured (参保地); any province may be admitted.
    pub region: RegionCode,
    #[serde(default, deserialize_with = "crate::contract::text::or_default")]
    #[ts(optional, as = "Option<_>")]
    pub status: Status,
    /// Has the recipient opened his own 医保钱包?
    pub wallet_opened: bool,
}

/// The transfer the giver wants to make.
#[derive(Clone, Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ProposedTransfer {
    pub amount: Yuan,
    /// Local date and time of the attempt (`2026-03-01T09:30`), on `asOf`.
    pub at: LocalDateTime,
}

/// Where an earlier transfer of the day stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum TransferState {
    /// The recipient accepted it.
    Accepted,
    /// Sent, not (yet) accepted.
    Pending,
}

/// A transfer the giver already made that day, before this one.
#[derive(Clone, Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(optional_fields)]
pub struct EarlierTransfer {
    pub amount: Yuan,
    /// On the same day as `transfer.at`, and not after it.
    pub at: LocalDateTime,
    pub state: TransferState,
    /// Whom it went to (a `recipient.id`). Absent: taken as this
    /// recipient, where that matters (`pendingTransferBlocks:
    /// sameRecipient`).
    pub recipient_id: Option<PersonId>,
}

/// `checkTransfer`: may this giver send this amount from his 医保钱包 to
/// this relative now?
#[derive(Clone, Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(optional_fields)]
pub struct TransferRequest {
    pub policy: PolicyRef,
    /// The day of the attempt: the version of the policy in force then.
    pub as_of: Date,
    #[serde(default, deserialize_with = "crate::contract::text::or_default")]
    #[ts(optional, as = "Option<_>")]
    pub lang: Lang,
    pub giver: TransferGiver,
    pub recipient: TransferRecipient,
    pub transfer: ProposedTransfer,
    /// The giver's transfers already made that day, accepted or pending.
    #[serde(default, deserialize_with = "crate::contract::text::or_default")]
    #[ts(optional, as = "Option<_>")]
    pub earlier: Vec<EarlierTransfer>,
}
