//! A fund as one member's bill meets it: the one type for a fund's state,
//! whether a preview's single `fund`, one of its `funders`, or a fund of a
//! projection as the bills spend it.

use std::fmt;

use crate::contract::date::Date;
use crate::contract::money::Yuan;
use crate::contract::person::Quota;
use crate::contract::profile::Mode;
use crate::contract::{Funder, FunderPart, MemberBinding};

/// Where the request gives a cap.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CapAt {
    /// `member.cap` of a preview, `members[m].cap` of a projection.
    Member(Option<usize>),
    /// `funders[i].cap`.
    Funder(usize),
    /// `bindings[k].cap`.
    Binding(usize),
}

impl fmt::Display for CapAt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CapAt::Member(None) => f.write_str("member.cap"),
            CapAt::Member(Some(m)) => write!(f, "members[{m}].cap"),
            CapAt::Funder(i) => write!(f, "funders[{i}].cap"),
            CapAt::Binding(k) => write!(f, "bindings[{k}].cap"),
        }
    }
}

/// What a funder lets one member draw in all, and where the request says so.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cap {
    pub amount: Yuan,
    pub at: CapAt,
}

impl Cap {
    fn given(amount: Option<Yuan>, at: CapAt) -> Option<Cap> {
        amount.map(|amount| Cap { amount, at })
    }
}

/// A fund as one member meets it: the funder's balance and modes, and the
/// member's binding to him (when made, the cap there, what is used of it).
#[derive(Clone, Copy, Debug)]
pub struct FundState<'a> {
    /// Which of the request's funds: the index in `funders`, 0 for `fund`.
    pub fund: usize,
    /// The funder's id; `None` for a single `fund`, which findings call
    /// "the family fund".
    pub id: Option<&'a str>,
    pub balance: Yuan,
    /// Drawn by this member so far (against his cap there).
    pub used_by_member: Yuan,
    /// The member's cap at this fund.
    pub cap: Option<Cap>,
    /// The day the member was bound to it: the order of registration. A
    /// day after the one judged: not bound yet, so it neither pays nor
    /// counts towards the funder limit.
    pub bound_on: Option<Date>,
    /// Which of `bindings` gave `bound_on`; `None`: the funder's entry.
    pub bound_by: Option<usize>,
    /// The last day the binding holds: a day judged after it, the binding
    /// has lapsed (at 00:00 the day after), so the fund neither pays nor
    /// counts towards the funder limit.
    pub ends_on: Option<Date>,
    /// Which of `bindings` gave `ends_on`; `None`: the funder's entry.
    pub ends_by: Option<usize>,
    /// The binding's rank (顺位) among the member's funders, 1 first.
    pub rank: Option<u32>,
    /// The modes chosen; `None`: every mode the region offers.
    pub modes: Option<&'a [Mode]>,
    /// The most one payment may take from it for this member.
    pub per_payment_cap: Option<Yuan>,
    /// Which of `bindings` gave `per_payment_cap`; `None`: the fund's or
    /// funder's entry.
    pub per_payment_by: Option<usize>,
    /// A 共济额度 (跨省共济): where the request states it
    /// (`member.quotas[0]`); `None` for a network's fund.
    pub quota_at: Option<&'a str>,
    /// The day a quota's relation ends: from it the quota pays nothing.
    pub ends: Option<Date>,
}

impl FundState<'_> {
    /// Where the fund sits in the request (`fund`, `funders[1]`).
    pub fn at(&self) -> String {
        match (self.quota_at, self.id) {
            (Some(at), _) => at.to_owned(),
            (None, None) => "fund".to_owned(),
            (None, Some(_)) => format!("funders[{}]", self.fund),
        }
    }

    /// Whether the member is bound to it on `day`: made by then and not
    /// ended before it (a binding's end day itself still holds); undated
    /// bindings are. A quota runs from the day it was set until the day
    /// its relation ends.
    pub fn bound_by_day(&self, day: Date) -> bool {
        self.bound_on.is_none_or(|bound_on| bound_on <= day)
            && self.ends_on.is_none_or(|ends_on| day <= ends_on)
            && self.ends.is_none_or(|ends| day < ends)
    }

    /// Where the request gives `ends_on` (`funders[1].endsOn`,
    /// `bindings[3].endsOn`).
    pub fn ends_on_at(&self) -> String {
        match self.ends_by {
            Some(k) => format!("bindings[{k}].endsOn"),
            None => format!("{}.endsOn", self.at()),
        }
    }

    /// Where the request gives `per_payment_cap` (`fund.perPaymentCap`,
    /// `funders[1].perPaymentCap`, `bindings[3].perPaymentCap`).
    pub fn per_payment_cap_at(&self) -> String {
        match self.per_payment_by {
            Some(k) => format!("bindings[{k}].perPaymentCap"),
            None => format!("{}.perPaymentCap", self.at()),
        }
    }

    /// Where the request gives `bound_on` (`funders[1].boundOn`,
    /// `bindings[3].boundOn`).
    pub fn bound_on_at(&self) -> String {
        match self.bound_by {
            Some(k) => format!("bindings[{k}].boundOn"),
            None => format!("{}.boundOn", self.at()),
        }
    }
}

/// A 共济额度 a member holds, as a fund his bills meet.
#[derive(Clone, Debug)]
pub struct HeldQuota<'a> {
    /// Which member holds it (0 in a preview).
    pub member: usize,
    pub quota: &'a Quota,
    /// The day its relation ends: its `endedOn`, or the day the holder's
    /// insurance moved, whichever is first.
    pub ends: Option<Date>,
    /// Where the request states it (`members[1].quotas[0]`).
    pub at: String,
}

impl HeldQuota<'_> {
    /// What is left of it before any bill of the request.
    pub fn unused(&self) -> Yuan {
        let q = self.quota;
        q.amount.minus(q.used.unwrap_or(Yuan::ZERO))
    }
}

/// The funds a request names: its single `fund`, its `funders`, or the
/// quotas its members hold.
#[derive(Clone, Copy)]
pub enum Funds<'a> {
    Single {
        balance: Yuan,
        used_by_member: Option<Yuan>,
        modes: Option<&'a [Mode]>,
        per_payment_cap: Option<Yuan>,
    },
    Several(&'a [Funder]),
    Quotas(&'a [HeldQuota<'a>]),
}

impl<'a> Funds<'a> {
    pub fn count(&self) -> usize {
        match self {
            Funds::Single { .. } => 1,
            Funds::Several(funders) => funders.len(),
            Funds::Quotas(quotas) => quotas.len(),
        }
    }

    /// Whether answers list each funder's part: several funders or quotas.
    pub fn several(&self) -> bool {
        !matches!(self, Funds::Single { .. })
    }

    /// Funder `i`'s id; `None` for a single `fund`.
    pub fn id(&self, i: usize) -> Option<&'a str> {
        match self {
            Funds::Single { .. } => None,
            Funds::Several(funders) => Some(funders[i].id.as_str()),
            Funds::Quotas(quotas) => Some(quotas[i].quota.funder_id.as_str()),
        }
    }

    /// What is in fund `i` before any bill.
    pub fn balance(&self, i: usize) -> Yuan {
        match self {
            Funds::Single { balance, .. } => *balance,
            Funds::Several(funders) => funders[i].balance,
            Funds::Quotas(quotas) => quotas[i].unused(),
        }
    }

    /// Fund `i` as a member meets it: what his binding says, else what the
    /// funder's entry says, else (for the cap) what his own entry says.
    pub fn state(
        &self,
        i: usize,
        member_cap: Option<Cap>,
        binding: Option<(usize, &MemberBinding)>,
    ) -> FundState<'a> {
        let (id, balance, used, funder_cap, modes, per_payment) = match *self {
            Funds::Single {
                balance,
                used_by_member,
                modes,
                per_payment_cap,
            } => (None, balance, used_by_member, None, modes, per_payment_cap),
            Funds::Several(funders) => {
                let f = &funders[i];
                let cap = Cap::given(f.cap, CapAt::Funder(i));
                (
                    Some(f.id.as_str()),
                    f.balance,
                    f.used_by_member,
                    cap,
                    f.modes.as_deref(),
                    f.per_payment_cap,
                )
            }
            Funds::Quotas(quotas) => return quota_state(i, &quotas[i]),
        };
        let funder = match *self {
            Funds::Single { .. } => None,
            Funds::Several(funders) => Some(&funders[i]),
            Funds::Quotas(_) => None,
        };
        let bound = binding.map(|(_, b)| b);
        let binding_cap = binding.and_then(|(k, b)| Cap::given(b.cap, CapAt::Binding(k)));
        FundState {
            fund: i,
            id,
            balance,
            used_by_member: bound
                .and_then(|b| b.used_by_member)
                .or(used)
                .unwrap_or(Yuan::ZERO),
            cap: binding_cap.or(funder_cap).or(member_cap),
            bound_on: bound
                .and_then(|b| b.bound_on)
                .or(funder.and_then(|f| f.bound_on)),
            bound_by: binding.and_then(|(k, b)| b.bound_on.map(|_| k)),
            ends_on: bound
                .and_then(|b| b.ends_on)
                .or(funder.and_then(|f| f.ends_on)),
            ends_by: binding.and_then(|(k, b)| b.ends_on.map(|_| k)),
            rank: bound.and_then(|b| b.rank).or(funder.and_then(|f| f.rank)),
            modes,
            per_payment_cap: bound.and_then(|b| b.per_payment_cap).or(per_payment),
            per_payment_by: binding.and_then(|(k, b)| b.per_payment_cap.map(|_| k)),
            quota_at: None,
            ends: None,
        }
    }
}

/// Quota `i` as its holder's bills meet it: no cap but its unused amount,
/// running from the day it was set.
fn quota_state<'a>(i: usize, held: &'a HeldQuota<'a>) -> FundState<'a> {
    FundState {
        fund: i,
        id: Some(held.quota.funder_id.as_str()),
        balance: held.unused(),
        used_by_member: Yuan::ZERO,
        cap: None,
        bound_on: Some(held.quota.set_on),
        bound_by: None,
        ends_on: None,
        ends_by: None,
        rank: None,
        modes: None,
        per_payment_cap: None,
        per_payment_by: None,
        quota_at: Some(&held.at),
        ends: held.ends,
    }
}

/// The member's cap given on his own entry.
pub fn member_cap(cap: Option<Yuan>, at: CapAt) -> Option<Cap> {
    Cap::given(cap, at)
}

/// Each funder's part of a bill in the answer: what he paid, what is left.
pub fn parts(funds: &[FundState], paid: &[Yuan], after: &[Yuan]) -> Vec<FunderPart> {
    funds
        .iter()
        .zip(paid.iter().zip(after))
        .map(|(f, (&paid, &balance_after))| part(f.id, paid, balance_after))
        .collect()
}

/// One funder's part in the answer.
pub fn part(id: Option<&str>, paid: Yuan, balance_after: Yuan) -> FunderPart {
    FunderPart {
        funder_id: id.unwrap_or_default().to_owned(),
        paid,
        balance_after,
    }
}
