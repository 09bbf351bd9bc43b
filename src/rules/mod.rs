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
use crate::contract::person::{Member, PersonId, Scheme};
use crate::contract::profile::{Mode, Policy, Version};
use crate::contract::{
    ContractError, Finding, FindingCode, FunderPart, Lang, NetworkCheck, NetworkRequest,
    NetworkView, Nhsa, PersonCheck, PoliciesRequest, PolicyRef, PolicyView, Projection,
    ProjectionRequest, RelationOption, RelationOptions, RelationOptionsRequest, SettlementPreview,
    SettlementRequest, Severity, Step, ViewRequest, MAX_BINDINGS, MAX_EXISTING, MAX_EXPENSES,
    MAX_FUNDERS, MAX_MEMBERS,
};
use crate::policy;
use crate::policy::resolve::Layer;
use settlement::{FundState, OwnAccounts};
use std::borrow::Cow;

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

/// The built-in profile, or the custom one resolved onto the profile it
/// extends and checked.
///
/// # Errors
/// `UNKNOWN_POLICY` for an id that is not built in; for a custom profile,
/// `EXTEND_UNKNOWN` or `EXTEND_CYCLE` from its `extend`, and
/// `INVALID_POLICY` (or a parse error of its rules) from resolving and
/// [`Policy::validate`].
pub fn load(policy: &PolicyRef, lang: Lang) -> Result<Cow<'static, Policy>, ContractError> {
    let layers: Vec<Layer> = match policy {
        PolicyRef::Id(id) => {
            if let Some(built_in) = policy::built_in(id) {
                return Ok(Cow::Borrowed(built_in));
            }
            let known: Vec<&str> = policy::built_ins().iter().map(|p| p.id.as_str()).collect();
            return Err(ContractError::new(
                ErrorCode::UnknownPolicy,
                Some("policy".into()),
                say!(lang, "没有名为 \"{}\" 的内置政策；可用：{}", clip(id), known.join("、");
                    "no built-in policy \"{}\"; known: {}", clip(id), known.join(", ")),
            ));
        }
        PolicyRef::Custom(profile) => vec![Layer::read(profile, "policy".to_owned(), lang)?],
        PolicyRef::Layers(profiles) => {
            if profiles.is_empty() {
                return Err(ContractError::new(
                    ErrorCode::InvalidPolicy,
                    Some("policy".into()),
                    say!(lang, "政策列表不能为空"; "the list of profiles must not be empty"),
                ));
            }
            limit(profiles.len(), policy::MAX_LIST, "policy", lang)?;
            profiles
                .iter()
                .enumerate()
                .map(|(i, p)| Layer::read(p, format!("policy[{i}]"), lang))
                .collect::<Result<_, _>>()?
        }
    };
    let (resolved, _) = policy::resolve::resolve(&layers, 0, &policy::built_in_base, lang)?;
    resolved.validate(lang)?;
    Ok(Cow::Owned(resolved))
}

/// Every built-in profile, resolved: in the schema the rules read and a
/// custom profile may copy, each source naming the layer that wrote it.
pub fn policies() -> &'static [Policy] {
    policy::built_ins()
}

/// Every built-in profile as written, in the shape of a [`crate::contract::profile::Profile`]: a
/// layer lists only its overrides.
pub fn written_policies() -> &'static [serde_json::Value] {
    policy::written()
}

/// The built-ins in the view a `policies` request asks for.
#[derive(serde::Serialize)]
#[serde(untagged)]
pub enum PolicyList {
    Resolved(&'static [Policy]),
    /// The files' JSON as written (see [`crate::contract::profile::Profile`] for its shape).
    Written(&'static [serde_json::Value]),
}

/// `policies`: the built-ins resolved (the default) or as written.
pub fn list_policies(req: &PoliciesRequest) -> PolicyList {
    match req.view {
        PolicyView::Resolved => PolicyList::Resolved(policies()),
        PolicyView::Written => PolicyList::Written(written_policies()),
    }
}

/// The relations a form should offer under a policy on a date.
///
/// # Errors
/// `UNKNOWN_POLICY`, `INVALID_POLICY`, `DATE_NOT_COVERED`.
pub fn relation_options(req: &RelationOptionsRequest) -> Result<RelationOptions, ContractError> {
    let policy = load(&req.policy, req.lang)?;
    let ctx = Context::new(&policy, req.as_of, req.lang)?;
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
    let ctx = Context::new(&policy, req.as_of, req.lang)?;
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

/// Exactly one of `fund` and `funders`; funders at most [`MAX_FUNDERS`],
/// each id once.
///
/// # Errors
/// `MISSING_FIELD` (at `fund`, as before `funders` existed) for neither,
/// `INVALID_VALUE` for both or an empty list, `LIMIT_EXCEEDED`,
/// `DUPLICATE_FUNDER`.
fn fund_or_funders(
    fund: bool,
    funders: Option<&[PersonId]>,
    lang: Lang,
) -> Result<(), ContractError> {
    let invalid = |message| {
        Err(ContractError::new(
            ErrorCode::InvalidValue,
            Some("funders".into()),
            message,
        ))
    };
    match (fund, funders) {
        (false, None) => Err(ContractError::new(
            ErrorCode::MissingField,
            Some("fund".into()),
            say!(lang, "缺少必填字段 {}", "fund"; "missing required field {}", "fund"),
        )),
        (true, Some(_)) => invalid(
            say!(lang, "fund 与 funders 只能给出其一"; "give either fund or funders, not both"),
        ),
        (false, Some([])) => invalid(
            say!(lang, "funders 至少列出一位授权人"; "funders must name at least one funder"),
        ),
        (false, Some(ids)) => {
            limit(ids.len(), MAX_FUNDERS, "funders", lang)?;
            for (i, id) in ids.iter().enumerate() {
                if ids[..i].contains(id) {
                    return Err(ContractError::new(
                        ErrorCode::DuplicateFunder,
                        Some(format!("funders[{i}].id")),
                        say!(lang, "授权人 id 重复"; "funder id listed twice"),
                    ));
                }
            }
            Ok(())
        }
        (true, None) => Ok(()),
    }
}

/// The paths of a request's funders (`funders[1]`), or `fund`.
fn fund_paths(funders: Option<usize>) -> Vec<String> {
    match funders {
        None => vec!["fund".to_owned()],
        Some(n) => (0..n).map(|i| format!("funders[{i}]")).collect(),
    }
}

/// How one bill will split between the member's own accounts, the family
/// fund (or the funds of several founders) and cash, and why.
///
/// # Errors
/// `UNKNOWN_POLICY`, `INVALID_POLICY`, `DATE_NOT_COVERED`, and those of a
/// bad `fund`/`funders` pair ([`fund_or_funders`]). Whether the fund may
/// pay is a finding (`allowed: false`), not an error.
pub fn preview_settlement(req: &SettlementRequest) -> Result<SettlementPreview, ContractError> {
    let ids: Option<Vec<PersonId>> = req
        .funders
        .as_ref()
        .map(|list| list.iter().map(|f| f.id.clone()).collect());
    fund_or_funders(req.fund.is_some(), ids.as_deref(), req.lang)?;
    let policy = load(&req.policy, req.lang)?;
    let ctx = Context::new(&policy, req.as_of, req.lang)?;
    let mut notes = Vec::new();
    let own = own_accounts(&ctx, &req.member, "member", &mut notes);
    // The funders' paths and their caps' (none for a single fund).
    let count = req.funders.as_ref().map_or(0, Vec::len);
    let paths: Vec<String> = (0..count).map(|i| format!("funders[{i}]")).collect();
    let caps: Vec<String> = (0..count).map(|i| format!("funders[{i}].cap")).collect();
    let member_cap = req.member.cap.map(|cap| (cap, "member.cap"));
    let funds: Vec<FundState> = match (&req.fund, &req.funders) {
        (Some(fund), _) => vec![FundState {
            id: None,
            at: "fund",
            balance: fund.balance,
            used_by_member: fund.used_by_member.unwrap_or(Yuan::ZERO),
            cap: member_cap,
            bound_on: None,
            modes: fund.modes.as_deref(),
        }],
        (None, funders) => funders
            .iter()
            .flatten()
            .enumerate()
            .map(|(i, f)| FundState {
                id: Some(f.id.as_str()),
                at: &paths[i],
                balance: f.balance,
                used_by_member: f.used_by_member.unwrap_or(Yuan::ZERO),
                cap: f.cap.map(|cap| (cap, caps[i].as_str())).or(member_cap),
                bound_on: f.bound_on,
                modes: f.modes.as_deref(),
            })
            .collect(),
    };
    let mut out = settlement::settle(
        &ctx,
        &req.member,
        "member",
        own,
        &funds,
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
        funders: req
            .funders
            .as_ref()
            .map(|_| parts(&funds, &out.paid, &out.after)),
    })
}

/// Each funder's part of a bill (or a projection) in the answer.
fn parts(funds: &[FundState], paid: &[Yuan], after: &[Yuan]) -> Vec<FunderPart> {
    funds
        .iter()
        .zip(paid.iter().zip(after))
        .map(|(f, (&paid, &balance_after))| FunderPart {
            funder_id: f.id.unwrap_or_default().to_owned(),
            paid,
            balance_after,
        })
        .collect()
}

/// One fund of a projection as the bills spend it.
struct Spending<'a> {
    id: Option<&'a str>,
    balance: Yuan,
    modes: Option<&'a [Mode]>,
    /// Paid so far, by every member.
    paid: Yuan,
}

impl<'a> Spending<'a> {
    fn new(id: Option<&'a str>, balance: Yuan, modes: Option<&'a [Mode]>) -> Spending<'a> {
        Spending {
            id,
            balance,
            modes,
            paid: Yuan::ZERO,
        }
    }
}

/// A member's binding to one fund of a projection, as the bills spend it.
struct Link {
    fund: usize,
    bound_on: Option<Date>,
    cap: Option<(Yuan, String)>,
    used: Yuan,
}

/// Each member's links to the projection's funds: the `bindings` naming
/// him, or every fund. What a binding leaves out comes from the funder's
/// entry, then from the member's `cap`.
///
/// # Errors
/// `LIMIT_EXCEEDED` over [`MAX_BINDINGS`]; `UNKNOWN_MEMBER`,
/// `UNKNOWN_FUNDER`, `MISSING_FIELD` for a binding without `funderId`
/// among several funders, `DUPLICATE_FUNDER` for a member bound to one
/// funder twice.
fn links(req: &ProjectionRequest) -> Result<Vec<Vec<Link>>, ContractError> {
    let lang = req.lang;
    limit(req.bindings.len(), MAX_BINDINGS, "bindings", lang)?;
    let funders = req.funders.as_deref().unwrap_or_default();
    let funds = funders.len().max(1);
    // The link of member `m` to fund `f` before any binding speaks.
    let link = |m: usize, f: usize| {
        let member_cap = req.members[m]
            .cap
            .map(|cap| (cap, format!("members[{m}].cap")));
        match funders.get(f) {
            None => Link {
                fund: f,
                bound_on: None,
                cap: member_cap,
                used: Yuan::ZERO,
            },
            Some(funder) => Link {
                fund: f,
                bound_on: funder.bound_on,
                cap: funder
                    .cap
                    .map(|cap| (cap, format!("funders[{f}].cap")))
                    .or(member_cap),
                used: funder.used_by_member.unwrap_or(Yuan::ZERO),
            },
        }
    };
    let mut links: Vec<Vec<Link>> = req.members.iter().map(|_| Vec::new()).collect();
    let error = |code, at: String, message| Err(ContractError::new(code, Some(at), message));
    for (k, b) in req.bindings.iter().enumerate() {
        let Some(m) = req.members.iter().position(|m| m.person.id == b.member_id) else {
            return error(
                ErrorCode::UnknownMember,
                format!("bindings[{k}].memberId"),
                say!(lang, "绑定所属成员不在 members 列表中"; "the binding names no member in the members list"),
            );
        };
        let f = match &b.funder_id {
            None if funds == 1 => 0,
            None => {
                return error(
                    ErrorCode::MissingField,
                    format!("bindings[{k}].funderId"),
                    say!(lang, "缺少必填字段 bindings[{}].funderId（有多位授权人时必填）", k; "missing required field bindings[{}].funderId (required with several funders)", k),
                );
            }
            Some(id) => match funders.iter().position(|f| &f.id == id) {
                Some(f) => f,
                None => {
                    return error(
                        ErrorCode::UnknownFunder,
                        format!("bindings[{k}].funderId"),
                        say!(lang, "绑定所指授权人不在 funders 列表中"; "the binding names no funder in the funders list"),
                    );
                }
            },
        };
        if links[m].iter().any(|l| l.fund == f) {
            return error(
                ErrorCode::DuplicateFunder,
                format!("bindings[{k}]"),
                say!(lang, "同一成员与同一授权人的绑定重复"; "the member is bound to this funder twice"),
            );
        }
        let mut bound = link(m, f);
        bound.bound_on = b.bound_on.or(bound.bound_on);
        if let Some(cap) = b.cap {
            bound.cap = Some((cap, format!("bindings[{k}].cap")));
        }
        bound.used = b.used_by_member.unwrap_or(bound.used);
        links[m].push(bound);
    }
    for (m, member_links) in links.iter_mut().enumerate() {
        if member_links.is_empty() {
            *member_links = (0..funds).map(|f| link(m, f)).collect();
        }
    }
    Ok(links)
}

/// A sequence of bills against one fund or several founders' funds, in
/// settlement order: each split, the funds after each. Own balances and
/// caps are spent as the bills go, from what `bindings` says is already
/// used this year; once the funds are spent the rest is cash and the
/// network goes on.
///
/// # Errors
/// `UNKNOWN_POLICY`, `INVALID_POLICY`, `DATE_NOT_COVERED`; `LIMIT_EXCEEDED`
/// over [`MAX_MEMBERS`] members or [`MAX_EXPENSES`] expenses;
/// `DUPLICATE_MEMBER` for a member id listed twice; `UNKNOWN_MEMBER` for an
/// expense naming no listed member; those of a bad `fund`/`funders` pair
/// ([`fund_or_funders`]) and of bad `bindings` ([`links`]).
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
    let ids: Option<Vec<PersonId>> = req
        .funders
        .as_ref()
        .map(|list| list.iter().map(|f| f.id.clone()).collect());
    fund_or_funders(req.fund.is_some(), ids.as_deref(), lang)?;
    let mut links = links(req)?;
    let policy = load(&req.policy, lang)?;
    let ctx = Context::new(&policy, req.as_of, lang)?;
    let mut notes: Vec<Vec<Finding>> = vec![Vec::new(); req.members.len()];
    let mut own: Vec<OwnAccounts> = req
        .members
        .iter()
        .enumerate()
        .map(|(i, m)| own_accounts(&ctx, m, &format!("members[{i}]"), &mut notes[i]))
        .collect();
    let paths = fund_paths(req.funders.as_ref().map(Vec::len));
    let mut funds: Vec<Spending> = match (&req.fund, &req.funders) {
        (Some(fund), _) => vec![Spending::new(None, fund.balance, fund.modes.as_deref())],
        (None, funders) => funders
            .iter()
            .flatten()
            .map(|f| Spending::new(Some(f.id.as_str()), f.balance, f.modes.as_deref()))
            .collect(),
    };
    let total = |funds: &[Spending]| funds.iter().fold(Yuan::ZERO, |sum, f| sum.plus(f.balance));
    let several = req.funders.is_some();
    let mut family_total = Yuan::ZERO;
    let mut steps = Vec::with_capacity(req.expenses.len());
    for (i, (e, &m)) in req.expenses.iter().zip(&index).enumerate() {
        let member = &req.members[m];
        let states: Vec<FundState> = links[m]
            .iter()
            .map(|l| FundState {
                id: funds[l.fund].id,
                at: &paths[l.fund],
                balance: funds[l.fund].balance,
                used_by_member: l.used,
                cap: l.cap.as_ref().map(|(cap, at)| (*cap, at.as_str())),
                bound_on: l.bound_on,
                modes: funds[l.fund].modes,
            })
            .collect();
        let mut out = settlement::settle(
            &ctx,
            member,
            &format!("members[{m}]"),
            own[m],
            &states,
            &e.expense,
            &format!("expenses[{i}].expense"),
        );
        let funders = several.then(|| parts(&states, &out.paid, &out.after));
        drop(states);
        // The member's balance note belongs to his first bill only.
        out.findings.append(&mut notes[m]);
        own[m].current = own[m].current.minus(out.split.own_current);
        own[m].historical = own[m].historical.minus(out.split.own_historical);
        for (k, link) in links[m].iter_mut().enumerate() {
            link.used = link.used.plus(out.paid[k]);
            let fund = &mut funds[link.fund];
            fund.balance = out.after[k];
            fund.paid = fund.paid.plus(out.paid[k]);
        }
        family_total = family_total.plus(out.split.family);
        steps.push(Step {
            member_id: member.person.id.as_str().to_owned(),
            allowed: out.allowed,
            split: out.split,
            fund_after: total(&funds),
            findings: out.findings,
            funders,
        });
    }
    Ok(Projection {
        steps,
        family_total,
        fund_end: total(&funds),
        funders: several.then(|| {
            funds
                .iter()
                .map(|f| FunderPart {
                    funder_id: f.id.unwrap_or_default().to_owned(),
                    paid: f.paid,
                    balance_after: f.balance,
                })
                .collect()
        }),
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
    let ctx = Context::new(&policy, req.as_of, req.lang)?;
    Ok(visibility::view(&ctx, req))
}
