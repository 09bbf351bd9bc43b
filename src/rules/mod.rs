//! The rules: the three questions of the contract answered from a request
//! and a profile, every finding citing the clause it applies. Nothing here
//! reads or writes JSON or knows a binding.
//!
//! - who may be bound: [`relation_options`], [`check_network`] (with
//!   [`eligibility`]);
//! - what conflicts: [`check_network`] against the bindings a server knows
//!   ([`membership`]);
//! - how a bill splits: [`preview_settlement`], [`project_settlements`]
//!   ([`settlement`]);
//! - who sees whom: [`view_network`] ([`visibility`]).

pub mod eligibility;
pub mod membership;
pub mod settlement;
pub mod visibility;

use crate::contract::codes::ErrorCode;
use crate::contract::date::Date;
use crate::contract::error::clip;
use crate::contract::labels::Labels;
use crate::contract::money::Yuan;
use crate::contract::person::{Member, Scheme};
use crate::contract::profile::{Policy, Version};
use crate::contract::{
    ContractError, Finding, FindingCode, Lang, NetworkCheck, NetworkRequest, NetworkView, Nhsa,
    PersonCheck, PolicyRef, Projection, ProjectionRequest, RelationOption, RelationOptions,
    RelationOptionsRequest, SettlementPreview, SettlementRequest, Severity, Step, ViewRequest,
    MAX_EXISTING, MAX_EXPENSES, MAX_MEMBERS,
};
use crate::policy;
use settlement::{FundState, OwnAccounts};

/// A profile resolved for a request: the policy, the version in force on
/// the request's date, and the language of messages.
pub struct Context<'a> {
    pub policy: &'a Policy,
    pub version: &'a Version,
    pub lang: Lang,
}

impl<'a> Context<'a> {
    /// Picks the version of `policy` in force on `as_of`.
    ///
    /// # Errors
    /// `DATE_NOT_COVERED` for a date no version covers.
    pub fn new(policy: &'a Policy, as_of: Date, lang: Lang) -> Result<Context<'a>, ContractError> {
        Ok(Context {
            policy,
            version: policy.version_on(as_of, lang)?,
            lang,
        })
    }
}

/// The built-in profile, or the custom one checked.
///
/// # Errors
/// `UNKNOWN_POLICY` for an id that is not built in; for a custom profile,
/// `INVALID_POLICY` from [`Policy::validate`].
pub fn load(policy: &PolicyRef, lang: Lang) -> Result<&Policy, ContractError> {
    match policy {
        PolicyRef::Id(id) => {
            if let Some(built_in) = policy::built_in(id) {
                return Ok(built_in);
            }
            let known: Vec<&str> = policy::built_ins().iter().map(|p| p.id.as_str()).collect();
            Err(ContractError::new(
                ErrorCode::UnknownPolicy,
                Some("policy".into()),
                say!(lang, "没有名为 \"{}\" 的内置政策；可用：{}", clip(id), known.join("、");
                    "no built-in policy \"{}\"; known: {}", clip(id), known.join(", ")),
            ))
        }
        PolicyRef::Custom(policy) => {
            policy.validate(lang)?;
            Ok(policy)
        }
    }
}

/// Every built-in profile, in the same schema a custom profile uses.
pub fn policies() -> &'static [Policy] {
    policy::built_ins()
}

/// The relations a form should offer under a policy on a date.
///
/// # Errors
/// `UNKNOWN_POLICY`, `INVALID_POLICY`, `DATE_NOT_COVERED`.
pub fn relation_options(req: &RelationOptionsRequest) -> Result<RelationOptions, ContractError> {
    let policy = load(&req.policy, req.lang)?;
    let ctx = Context::new(policy, req.as_of, req.lang)?;
    let rule = &ctx.version.rules.relations;
    Ok(RelationOptions {
        policy: ctx.policy.id.clone(),
        valid_from: ctx.version.valid_from,
        options: rule
            .value
            .iter()
            .map(|&relation| RelationOption {
                relation,
                label: relation.label(req.lang),
                max: relation.max_in_family(),
            })
            .collect(),
        source: rule.source.clone(),
        labels: req
            .labels
            .then(|| Labels::new(&ctx.version.rules, req.lang)),
    })
}

fn limit(count: usize, max: usize, path: &str, lang: Lang) -> Result<(), ContractError> {
    if count > max {
        return Err(ContractError::new(
            ErrorCode::LimitExceeded,
            Some(path.to_owned()),
            say!(lang, "{} 最多 {} 项，当前 {} 项", path, max, count; "{} takes at most {} entries, not {}", path, max, count),
        ));
    }
    Ok(())
}

fn person_check(person_id: &str, findings: Vec<Finding>) -> PersonCheck {
    PersonCheck {
        person_id: person_id.to_owned(),
        eligible: !findings.iter().any(Finding::is_error),
        findings,
    }
}

/// May this founder bind these members, and what conflicts?
///
/// # Errors
/// `UNKNOWN_POLICY`, `INVALID_POLICY`, `DATE_NOT_COVERED`, and
/// `LIMIT_EXCEEDED` over [`MAX_MEMBERS`] members or
/// [`MAX_EXISTING`] known bindings. Everything about the family itself
/// is a finding, not an error.
pub fn check_network(req: &NetworkRequest) -> Result<NetworkCheck, ContractError> {
    limit(req.members.len(), MAX_MEMBERS, "members", req.lang)?;
    limit(req.existing.len(), MAX_EXISTING, "existing", req.lang)?;
    let policy = load(&req.policy, req.lang)?;
    let ctx = Context::new(policy, req.as_of, req.lang)?;
    let mut founder = eligibility::founder(&ctx, &req.founder);
    founder.extend(membership::founder_conflicts(&ctx, req));
    let members: Vec<PersonCheck> = req
        .members
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let mut findings =
                eligibility::member(&ctx, Some(&req.founder), m, &format!("members[{i}]"));
            findings.extend(membership::member_conflicts(&ctx, req, i));
            person_check(m.person.id.as_str(), findings)
        })
        .collect();
    let findings = membership::network_findings(&ctx, req);
    let founder = person_check(req.founder.id.as_str(), founder);
    let ok = founder.eligible
        && members.iter().all(|m| m.eligible)
        && !findings.iter().any(Finding::is_error);
    Ok(NetworkCheck {
        ok,
        founder,
        members,
        findings,
    })
}

/// The member's own balances as the request gives them, with a note when
/// an employee's are missing and taken as zero.
fn own_accounts(
    ctx: &Context,
    member: &Member,
    at: &str,
    findings: &mut Vec<Finding>,
) -> OwnAccounts {
    let p = &member.person;
    if p.scheme == Scheme::Employee
        && (p.current_balance.is_none() || p.historical_balance.is_none())
    {
        findings.push(
            Finding::new(
                FindingCode::OwnBalanceUnknown,
                Severity::Info,
                say!(ctx.lang, "未提供成员本人的当年或历年账户余额，按 0 元计算"; "the member's own current or historical balance is not given and is taken as zero"),
            )
            .at(format!("{at}.person")),
        );
    }
    OwnAccounts {
        current: p.current_balance.unwrap_or(Yuan::ZERO),
        historical: p.historical_balance.unwrap_or(Yuan::ZERO),
    }
}

/// How one bill will split between the member's own accounts, the family
/// fund and cash, and why.
///
/// # Errors
/// `UNKNOWN_POLICY`, `INVALID_POLICY`, `DATE_NOT_COVERED`. Whether the fund
/// may pay is a finding (`allowed: false`), not an error.
pub fn preview_settlement(req: &SettlementRequest) -> Result<SettlementPreview, ContractError> {
    let policy = load(&req.policy, req.lang)?;
    let ctx = Context::new(policy, req.as_of, req.lang)?;
    let mut notes = Vec::new();
    let own = own_accounts(&ctx, &req.member, "member", &mut notes);
    let fund = FundState {
        balance: req.fund.balance,
        used_by_member: req.fund.used_by_member.unwrap_or(Yuan::ZERO),
        modes: req.fund.modes.as_deref(),
    };
    let mut out = settlement::settle(
        &ctx,
        &req.member,
        "member",
        own,
        fund,
        &req.expense,
        "expense",
    );
    out.findings.extend(notes);
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
    })
}

/// A sequence of bills against one fund, in settlement order: each split,
/// the fund after each. Own balances and caps are spent as the bills go;
/// once the fund is spent the rest is cash and the network goes on.
///
/// # Errors
/// `UNKNOWN_POLICY`, `INVALID_POLICY`, `DATE_NOT_COVERED`; `LIMIT_EXCEEDED`
/// over [`MAX_MEMBERS`] members or [`MAX_EXPENSES`] expenses;
/// `DUPLICATE_MEMBER` for a member id listed twice; `UNKNOWN_MEMBER` for an
/// expense naming no listed member.
pub fn project_settlements(req: &ProjectionRequest) -> Result<Projection, ContractError> {
    let lang = req.lang;
    limit(req.members.len(), MAX_MEMBERS, "members", lang)?;
    limit(req.expenses.len(), MAX_EXPENSES, "expenses", lang)?;
    for (i, m) in req.members.iter().enumerate() {
        if req.members[..i].iter().any(|o| o.person.id == m.person.id) {
            return Err(ContractError::new(
                ErrorCode::DuplicateMember,
                Some(format!("members[{i}].person.id")),
                say!(lang, "成员 id 重复"; "member id listed twice"),
            ));
        }
    }
    let mut index = Vec::with_capacity(req.expenses.len());
    for (i, e) in req.expenses.iter().enumerate() {
        let Some(m) = req.members.iter().position(|m| m.person.id == e.member_id) else {
            return Err(ContractError::new(
                ErrorCode::UnknownMember,
                Some(format!("expenses[{i}].memberId")),
                say!(lang, "费用所属成员不在 members 列表中"; "the expense names no member in the members list"),
            ));
        };
        index.push(m);
    }
    let policy = load(&req.policy, lang)?;
    let ctx = Context::new(policy, req.as_of, lang)?;
    let mut notes: Vec<Vec<Finding>> = vec![Vec::new(); req.members.len()];
    let mut own: Vec<OwnAccounts> = req
        .members
        .iter()
        .enumerate()
        .map(|(i, m)| own_accounts(&ctx, m, &format!("members[{i}]"), &mut notes[i]))
        .collect();
    let mut used = vec![Yuan::ZERO; req.members.len()];
    let mut balance = req.fund.balance;
    let mut family_total = Yuan::ZERO;
    let mut steps = Vec::with_capacity(req.expenses.len());
    for (i, (e, &m)) in req.expenses.iter().zip(&index).enumerate() {
        let member = &req.members[m];
        let fund = FundState {
            balance,
            used_by_member: used[m],
            modes: req.fund.modes.as_deref(),
        };
        let mut out = settlement::settle(
            &ctx,
            member,
            &format!("members[{m}]"),
            own[m],
            fund,
            &e.expense,
            &format!("expenses[{i}].expense"),
        );
        // The member's balance note belongs to his first bill only.
        out.findings.append(&mut notes[m]);
        own[m].current = own[m].current.minus(out.split.own_current);
        own[m].historical = own[m].historical.minus(out.split.own_historical);
        used[m] = used[m].plus(out.split.family);
        family_total = family_total.plus(out.split.family);
        balance = out.fund_after;
        steps.push(Step {
            member_id: member.person.id.as_str().to_owned(),
            allowed: out.allowed,
            split: out.split,
            fund_after: out.fund_after,
            findings: out.findings,
        });
    }
    Ok(Projection {
        steps,
        family_total,
        fund_end: balance,
    })
}

/// What a viewer may see of a network under the policy's visibility rule:
/// the founder sees everyone; a member sees the founder and himself
/// (Shanghai Q21) or everyone (Dongying 问(八)); a stranger sees no one.
/// Only ids, roles, relations and masked ID numbers are returned.
///
/// # Errors
/// `UNKNOWN_POLICY`, `INVALID_POLICY`, `DATE_NOT_COVERED`, and
/// `LIMIT_EXCEEDED` over [`MAX_MEMBERS`] members.
pub fn view_network(req: &ViewRequest) -> Result<NetworkView, ContractError> {
    limit(req.members.len(), MAX_MEMBERS, "members", req.lang)?;
    let policy = load(&req.policy, req.lang)?;
    let ctx = Context::new(policy, req.as_of, req.lang)?;
    Ok(visibility::view(&ctx, req))
}
