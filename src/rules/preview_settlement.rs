//! `previewSettlement`: how one bill will split between the member's own
//! accounts, the family fund (or the funds of several funders) and cash,
//! and why.

use super::fund::{member_cap, parts, CapAt, FundState, Funds};
use super::settlement::{settle, OwnAccounts};
use super::{quota, Context};
use crate::contract::{ContractError, Nhsa, SettlementPreview, SettlementRequest};
use crate::policy::load;

/// How one bill will split, and why.
///
/// # Errors
/// `UNKNOWN_POLICY`, `INVALID_POLICY`, `DATE_NOT_COVERED`, and those of
/// [`SettlementRequest::check`]. Whether the fund may pay is a finding
/// (`allowed: false`), not an error.
pub fn preview_settlement(req: &SettlementRequest) -> Result<SettlementPreview, ContractError> {
    req.check()?;
    let policy = load(&req.policy, req.lang)?;
    let ctx = Context::new(&policy, req.as_of, req.lang)?;
    let mut notes = Vec::new();
    let own = OwnAccounts::of(&ctx, &req.member, "member", &mut notes);
    let held = quota::held(&ctx, 0, &req.member, "member");
    let funds = match (&req.fund, &req.funders) {
        (Some(fund), _) => Funds::Single {
            balance: fund.balance,
            used_by_member: fund.used_by_member,
            modes: fund.modes.as_deref(),
            per_payment_cap: fund.per_payment_cap,
        },
        (None, Some(funders)) => Funds::Several(funders),
        // Checked: without fund or funders, the member holds quotas.
        (None, None) => Funds::Quotas(&held),
    };
    let cap = member_cap(req.member.cap, CapAt::Member(None));
    let states: Vec<FundState> = (0..funds.count())
        .map(|i| funds.state(i, cap, None))
        .collect();
    let mut out = settle(
        &ctx,
        &req.member,
        "member",
        own,
        &states,
        &req.expense,
        "expense",
    );
    out.findings.extend(notes);
    out.findings.extend(ctx.currency());
    let s = out.split;
    Ok(SettlementPreview {
        allowed: out.allowed,
        split: s,
        fund_after: out.fund_after,
        findings: out.findings,
        flags: out.flags,
        nhsa: Nhsa {
            acct_pay: s.own_current.plus(s.own_historical),
            acct_mulaid_pay: s.family,
            psn_cash_pay: s.cash,
        },
        funders: funds
            .several()
            .then(|| parts(&states, &out.paid, &out.after)),
    })
}
