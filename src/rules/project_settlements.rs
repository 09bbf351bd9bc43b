//! `projectSettlements`: a sequence of bills against one fund or several
//! funders' funds, in settlement order.

use super::fund::{member_cap, part, parts, CapAt, FundState, Funds, HeldQuota};
use super::settlement::{settle, OwnAccounts};
use super::{quota, Context};
use crate::contract::date::Date;
use crate::contract::money::Yuan;
use crate::contract::request_checks::ProjectionIndex;
use crate::contract::{ContractError, Finding, Projection, ProjectionRequest, Step};
use crate::contract::{QuotaReturn, Verdict};
use crate::policy::load;

/// A sequence of bills against one fund or several funders' funds, in
/// settlement order: each split, the funds after each. Own balances and
/// caps are spent as the bills go, from what `bindings` says is already
/// used this year; once the funds are spent the rest is cash and the
/// network goes on.
///
/// # Errors
/// `UNKNOWN_POLICY`, `INVALID_POLICY`, `DATE_NOT_COVERED`, and those of
/// [`ProjectionRequest::check`].
pub fn project_settlements(req: &ProjectionRequest) -> Result<Projection, ContractError> {
    let index = req.check()?;
    let policy = load(&req.policy, req.lang)?;
    let ctx = Context::new(&policy, req.as_of, req.lang)?;
    let held: Vec<HeldQuota> = (req.members.iter().enumerate())
        .flat_map(|(m, member)| quota::held(&ctx, m, member, &format!("members[{m}]")))
        .collect();
    let funds = match (&req.fund, &req.funders) {
        (Some(fund), _) => Funds::Single {
            balance: fund.balance,
            used_by_member: None,
            modes: fund.modes.as_deref(),
            per_payment_cap: fund.per_payment_cap,
        },
        (None, Some(funders)) => Funds::Several(funders),
        // Checked: without fund or funders, the members hold quotas.
        (None, None) => Funds::Quotas(&held),
    };
    let mut run = Run::new(&ctx, req, funds, &index);
    let steps = index
        .expense_members
        .iter()
        .enumerate()
        .map(|(i, &m)| run.step(i, m))
        .collect();
    let mut projection = run.end(steps);
    projection.findings.extend(ctx.currency());
    Ok(projection)
}

/// A projection as the bills go.
struct Run<'a> {
    ctx: &'a Context<'a>,
    req: &'a ProjectionRequest,
    funds: Funds<'a>,
    /// Each member's funds: those his `bindings` name, or every fund.
    states: Vec<Vec<FundState<'a>>>,
    /// Each member's own balances, as his bills spend them.
    own: Vec<OwnAccounts>,
    /// Each member's balance note, for his first bill.
    notes: Vec<Vec<Finding>>,
    /// Each fund's balance and what it has paid, by every member.
    balances: Vec<Yuan>,
    paid: Vec<Yuan>,
    family_total: Yuan,
    /// The day of the bill being settled: its `on`, else the day before.
    day: Date,
}

impl<'a> Run<'a> {
    fn new(
        ctx: &'a Context<'a>,
        req: &'a ProjectionRequest,
        funds: Funds<'a>,
        index: &ProjectionIndex,
    ) -> Run<'a> {
        let mut notes: Vec<Vec<Finding>> = vec![Vec::new(); req.members.len()];
        let own = req
            .members
            .iter()
            .enumerate()
            .map(|(m, member)| {
                OwnAccounts::of(ctx, member, &format!("members[{m}]"), &mut notes[m])
            })
            .collect();
        let states = (0..req.members.len())
            .map(|m| {
                if let Funds::Quotas(held) = funds {
                    return (0..held.len())
                        .filter(|&i| held[i].member == m)
                        .map(|i| funds.state(i, None, None))
                        .collect();
                }
                let cap = member_cap(req.members[m].cap, CapAt::Member(Some(m)));
                let bound: Vec<FundState> = (index.bindings.iter().enumerate())
                    .filter(|&(_, &(member, _))| member == m)
                    .map(|(k, &(_, f))| funds.state(f, cap, Some((k, &req.bindings[k]))))
                    .collect();
                if bound.is_empty() {
                    (0..funds.count())
                        .map(|f| funds.state(f, cap, None))
                        .collect()
                } else {
                    bound
                }
            })
            .collect();
        Run {
            ctx,
            req,
            funds,
            states,
            own,
            notes,
            balances: (0..funds.count()).map(|f| funds.balance(f)).collect(),
            paid: vec![Yuan::ZERO; funds.count()],
            family_total: Yuan::ZERO,
            day: ctx.as_of,
        }
    }

    /// Settles expense `i`, member `m`'s, and spends what it paid.
    fn step(&mut self, i: usize, m: usize) -> Step {
        let member = &self.req.members[m];
        let states = &mut self.states[m];
        for state in states.iter_mut() {
            state.balance = self.balances[state.fund];
        }
        // Each bill on its own day: a quota pays only while it runs.
        self.day = self.req.expenses[i].on.unwrap_or(self.day);
        let ctx = Context {
            as_of: self.day,
            ..*self.ctx
        };
        let mut out = settle(
            &ctx,
            member,
            &format!("members[{m}]"),
            self.own[m],
            states,
            &self.req.expenses[i].expense,
            &format!("expenses[{i}].expense"),
        );
        let funders = self
            .funds
            .several()
            .then(|| parts(states, &out.paid, &out.after));
        // The member's balance note belongs to his first bill only.
        out.findings.append(&mut self.notes[m]);
        let own = &mut self.own[m];
        own.current = own.current.minus(out.split.own_current);
        own.historical = own.historical.minus(out.split.own_historical);
        for (k, state) in states.iter_mut().enumerate() {
            state.used_by_member = state.used_by_member.plus(out.paid[k]);
            self.balances[state.fund] = out.after[k];
            self.paid[state.fund] = self.paid[state.fund].plus(out.paid[k]);
        }
        self.family_total = self.family_total.plus(out.split.family);
        Step {
            member_id: member.person.id.as_str().to_owned(),
            allowed: out.allowed,
            split: out.split,
            fund_after: self.fund_after(),
            findings: out.findings,
            funders,
        }
    }

    /// Every fund's balance, together.
    fn fund_after(&self) -> Yuan {
        self.balances.iter().fold(Yuan::ZERO, |sum, &b| sum.plus(b))
    }

    /// Each quota that ends, with what goes back to its funder that day
    /// (what the bills before it left), and the finding that says so.
    fn returns(&self) -> (Vec<QuotaReturn>, Vec<Finding>) {
        let Funds::Quotas(held) = self.funds else {
            return (Vec::new(), Vec::new());
        };
        let rule = quota::rules(self.ctx).quota_ends_with_insurance.as_ref();
        (held.iter().enumerate())
            .filter_map(|(i, h)| {
                let on = h.ends?;
                let (funder, returned) = (h.quota.funder_id.as_str(), self.balances[i]);
                let verdict = Verdict::QuotaEnded {
                    funder,
                    on,
                    returned,
                };
                let mut finding = Finding::of(self.ctx.lang, verdict).at(&h.at);
                if let Some(rule) = rule {
                    finding = finding.cite(&rule.source);
                }
                let back = QuotaReturn {
                    member_id: self.req.members[h.member].person.id.as_str().to_owned(),
                    funder_id: funder.to_owned(),
                    on,
                    returned,
                };
                Some((back, finding))
            })
            .unzip()
    }

    fn end(self, steps: Vec<Step>) -> Projection {
        let (returns, findings) = self.returns();
        Projection {
            steps,
            family_total: self.family_total,
            fund_end: self.fund_after(),
            funders: self.funds.several().then(|| {
                (0..self.funds.count())
                    .map(|f| part(self.funds.id(f), self.paid[f], self.balances[f]))
                    .collect()
            }),
            returns,
            findings,
        }
    }
}
