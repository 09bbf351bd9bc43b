//! `projectSettlements`: a sequence of bills against one fund or several
//! funders' funds, in settlement order.

use super::fund::{member_cap, part, parts, CapAt, FundState, Funds};
use super::settlement::{settle, OwnAccounts};
use super::Context;
use crate::contract::money::Yuan;
use crate::contract::request_checks::ProjectionIndex;
use crate::contract::{ContractError, Finding, Projection, ProjectionRequest, Step};
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
    let funds = match (&req.fund, &req.funders) {
        (Some(fund), _) => Funds::Single {
            balance: fund.balance,
            used_by_member: None,
            modes: fund.modes.as_deref(),
            per_payment_cap: fund.per_payment_cap,
        },
        (None, funders) => Funds::Several(funders.as_deref().unwrap_or_default()),
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
        }
    }

    /// Settles expense `i`, member `m`'s, and spends what it paid.
    fn step(&mut self, i: usize, m: usize) -> Step {
        let member = &self.req.members[m];
        let states = &mut self.states[m];
        for state in states.iter_mut() {
            state.balance = self.balances[state.fund];
        }
        let mut out = settle(
            self.ctx,
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

    fn end(self, steps: Vec<Step>) -> Projection {
        Projection {
            steps,
            family_total: self.family_total,
            fund_end: self.fund_after(),
            funders: self.funds.several().then(|| {
                (0..self.funds.count())
                    .map(|f| part(self.funds.id(f), self.paid[f], self.balances[f]))
                    .collect()
            }),
            findings: Vec::new(),
        }
    }
}
