//! 跨省共济: a relative helped through the 共济额度 (quota) a funder sets in
//! the 医保钱包. Who may hold one, what the funder may still earmark, when
//! a quota runs and ends, and what its funder can no longer spend; the
//! bill itself is settled by [`super::settlement::settle`], the quotas
//! being its funds ([`super::fund::Funds::Quotas`]).
//!
//! The rules are the `quota…` rules of the version in force; a version
//! without them (before the national notice of 2026-01-09) admits no quota.

use super::eligibility::in_area;
use super::fund::{FundState, HeldQuota};
use super::Context;
use crate::contract::date::Date;
use crate::contract::money::Yuan;
use crate::contract::person::{unused_on, Insured, Member, Quota, Status};
use crate::contract::profile::{Pot, Rules};
use crate::contract::{Finding, Verdict};
use crate::contract::{FindingCode, NetworkRequest};

/// The rules that judge quotas on the day judged: the version's own. Every
/// built-in region extends the national frame and inherits its `quota…`
/// rules from 2026-01-09; a region's layer that states them decides for its
/// region, and a custom root profile without them admits no quota.
pub fn rules<'a>(ctx: &Context<'a>) -> &'a Rules {
    &ctx.version.rules
}

/// The day a quota's relation ends: its `endedOn`, or the day either
/// side's insurance moved (`moved`, where `quotaEndsWithInsurance` says so),
/// whichever is first.
fn ends_on(ctx: &Context, ended_on: Option<Date>, moved: Option<Date>) -> Option<Date> {
    let with_insurance =
        (rules(ctx).quota_ends_with_insurance.as_ref()).is_some_and(|rule| rule.value);
    let moved = moved.filter(|_| with_insurance);
    match (ended_on, moved) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// The quotas member `m` holds, as funds his bills meet; `at` is his path.
pub fn held<'a>(ctx: &Context, m: usize, member: &'a Member, at: &str) -> Vec<HeldQuota<'a>> {
    let moved = member.person.moved_on();
    (member.quotas.iter().enumerate())
        .map(|(j, quota)| HeldQuota {
            member: m,
            quota,
            ends: ends_on(ctx, quota.ended_on, moved),
            at: format!("{at}.quotas[{j}]"),
        })
        .collect()
}

/// What of `person`'s own account is earmarked on the day judged: the
/// unused part of every quota he has set that runs that day.
fn earmarked(ctx: &Context, person: &Insured) -> Yuan {
    let moved = person.moved_on();
    person.earmarked.iter().fold(Yuan::ZERO, |sum, e| {
        let ends = ends_on(ctx, e.ended_on, moved);
        sum.plus(unused_on(e.amount, e.used, e.set_on, ends, ctx.as_of))
    })
}

/// `person`'s own balances (current, historical) less what his quotas
/// earmark, taken from the pots in `quotaPots` order, with a note saying
/// so; as given where nothing is earmarked or the profile has no quotas.
pub fn net_of_earmarks(
    ctx: &Context,
    person: &Insured,
    (current, historical): (Yuan, Yuan),
    at: &str,
    notes: &mut Vec<Finding>,
) -> (Yuan, Yuan) {
    let r = rules(ctx);
    let (Some(rule), Some(pots)) = (r.quota_earmarked.as_ref(), r.quota_pots.as_ref()) else {
        return (current, historical);
    };
    let earmarked = earmarked(ctx, person);
    if !rule.value || earmarked.is_zero() {
        return (current, historical);
    }
    let (mut current, mut historical, mut left) = (current, historical, earmarked);
    for pot in &pots.value {
        let balance = match pot {
            Pot::Current => &mut current,
            Pot::Historical => &mut historical,
        };
        let take = left.min(*balance);
        *balance = balance.minus(take);
        left = left.minus(take);
    }
    let spendable = current.plus(historical);
    let verdict = Verdict::QuotaEarmarked {
        earmarked,
        spendable,
    };
    notes.push(
        Finding::of(ctx.lang, verdict)
            .at(format!("{at}.earmarked"))
            .cite(&rule.source),
    );
    (current, historical)
}

/// Is this finding a network refusal the quota route does not share?
fn network_refusal(finding: &Finding) -> bool {
    finding.is_error()
        && matches!(
            finding.code,
            FindingCode::MemberOutsideArea
                | FindingCode::RelationNotAdmitted
                | FindingCode::MemberSchemeNotAdmitted
        )
}

/// `checkNetwork`, one member: which arrangement applies and why. With a
/// quota from the founder, the quota rules judge relation, scheme and area
/// in place of the network's; without one, a relative the network refuses
/// only for his area is told of the cross-province quota.
pub fn member_route(
    ctx: &Context,
    founder: &Insured,
    member: &Member,
    at: &str,
    findings: &mut Vec<Finding>,
) {
    let r = rules(ctx);
    let from_founder = member.quotas.iter().position(|q| q.funder_id == founder.id);
    let (Some(relations), Some(schemes), Some(area)) = (
        r.quota_relations.as_ref(),
        r.quota_schemes.as_ref(),
        r.quota_area.as_ref(),
    ) else {
        if let Some(j) = from_founder {
            let verdict = Verdict::QuotaNotInForce {
                valid_from: ctx.version.valid_from,
            };
            findings.push(Finding::of(ctx.lang, verdict).at(format!("{at}.quotas[{j}]")));
        }
        return;
    };
    let person = &member.person;
    let quota_refusals = [
        (!relations.value.contains(&member.relation)).then(|| {
            let verdict = Verdict::RelationNotAdmitted {
                policy: &ctx.policy.name,
                valid_from: ctx.version.valid_from,
                relation: member.relation,
                admitted: &relations.value,
            };
            let finding = Finding::of(ctx.lang, verdict).at(format!("{at}.relation"));
            finding.cite(&relations.source)
        }),
        (!schemes.value.contains(&person.scheme)).then(|| {
            let verdict = Verdict::MemberSchemeNotAdmitted {
                scheme: person.scheme,
            };
            let finding = Finding::of(ctx.lang, verdict).at(format!("{at}.person.scheme"));
            finding.cite(&schemes.source)
        }),
        (!in_area(
            area.value,
            &person.region,
            &founder.region,
            Some(&founder.region),
        ))
        .then(|| {
            let (area, home, region) = (area.value, &founder.region, &person.region);
            let verdict = Verdict::MemberOutsideArea { area, home, region };
            let finding = Finding::of(ctx.lang, verdict).at(format!("{at}.person.region"));
            finding.cite(&r.quota_area.as_ref().map_or(&r.member_area, |a| a).source)
        }),
    ];
    let network_too = !findings.iter().any(network_refusal);
    let area_only = findings.iter().filter(|f| network_refusal(f)).count() == 1
        && findings
            .iter()
            .any(|f| f.code == FindingCode::MemberOutsideArea);
    match from_founder {
        Some(j) => {
            findings.retain(|f| !network_refusal(f));
            let refused = quota_refusals.iter().any(Option::is_some);
            findings.extend(quota_refusals.into_iter().flatten());
            if !refused {
                let funder = founder.id.as_str();
                let verdict = Verdict::QuotaRoute {
                    funder,
                    network_too,
                };
                let finding = Finding::of(ctx.lang, verdict).at(format!("{at}.quotas[{j}]"));
                findings.push(finding.cite(&area.source));
            }
        }
        None if area_only && quota_refusals.iter().all(Option::is_none) => {
            let finding = Finding::of(ctx.lang, Verdict::CrossProvinceRoute)
                .at(format!("{at}.person.region"))
                .cite(&area.source);
            findings.push(finding);
        }
        None => {}
    }
}

/// `checkNetwork`: may the founder set the quotas his members hold from
/// him? Each, in the order they were set, must fit in what his account
/// still has once the quotas set before it are earmarked (and under the
/// profile's cap); the founder's findings end with what he may still
/// spend. `members` are each member's findings, in order.
pub fn founder_quotas(
    ctx: &Context,
    req: &NetworkRequest,
    founder: &mut Vec<Finding>,
    members: &mut [Vec<Finding>],
) {
    let r = rules(ctx);
    let Some(earmark_rule) = r.quota_earmarked.as_ref() else {
        return;
    };
    let f = &req.founder;
    let members_refused: Vec<bool> = members
        .iter()
        .map(|m| m.iter().any(network_refusal))
        .collect();
    let members_refused = &members_refused;
    let mut quotas: Vec<(Date, usize, usize, &Quota)> = (req.members.iter().enumerate())
        .flat_map(|(i, m)| {
            let moved = m.person.moved_on().or(f.moved_on());
            (m.quotas.iter().enumerate())
                .filter(|(_, q)| q.funder_id == f.id)
                // A relative the quota rules refuse earmarks nothing.
                .filter(move |_| !members_refused[i])
                .filter(move |(_, q)| ends_on(ctx, q.ended_on, moved).is_none_or(|e| ctx.as_of < e))
                .map(move |(j, q)| (q.set_on, i, j, q))
        })
        .collect();
    if quotas.is_empty() && f.earmarked.is_empty() {
        return;
    }
    quotas.sort_by_key(|&(set_on, i, j, _)| (set_on, i, j));
    let own =
        (f.current_balance.unwrap_or(Yuan::ZERO)).plus(f.historical_balance.unwrap_or(Yuan::ZERO));
    let mut spendable = own.minus(earmarked(ctx, f));
    let cap = r
        .quota_cap
        .as_ref()
        .and_then(|c| c.value.map(|v| (v, &c.source)));
    for (_, i, j, q) in quotas {
        let at = format!("members[{i}].quotas[{j}].amount");
        let unused = q.amount.minus(q.used.unwrap_or(Yuan::ZERO));
        if let Some((cap, source)) = cap.filter(|&(cap, _)| q.amount > cap) {
            let verdict = Verdict::QuotaOverCap {
                amount: q.amount,
                cap,
            };
            members[i].push(Finding::of(ctx.lang, verdict).at(&at).cite(source));
        } else if unused > spendable {
            let verdict = Verdict::QuotaOverSpendable {
                amount: unused,
                spendable,
            };
            let finding = Finding::of(ctx.lang, verdict).at(&at);
            members[i].push(finding.cite(&earmark_rule.source));
        } else {
            spendable = spendable.minus(unused);
        }
    }
    let verdict = Verdict::QuotaEarmarked {
        earmarked: own.minus(spendable),
        spendable,
    };
    let finding = Finding::of(ctx.lang, verdict).at("founder");
    founder.push(finding.cite(&earmark_rule.source));
}

/// A settlement on quotas: the holder's conditions under the quota rules
/// (relation, scheme, insured on the day), or `QUOTA_NOT_IN_FORCE` where
/// the version has none. `at` is the member's path.
pub fn holder(ctx: &Context, member: &Member, at: &str) -> Vec<Finding> {
    let r = rules(ctx);
    let lang = ctx.lang;
    let (Some(relations), Some(schemes)) = (r.quota_relations.as_ref(), r.quota_schemes.as_ref())
    else {
        let verdict = Verdict::QuotaNotInForce {
            valid_from: ctx.version.valid_from,
        };
        return vec![Finding::of(lang, verdict).at(format!("{at}.quotas"))];
    };
    let person = &member.person;
    let mut out = Vec::new();
    if !relations.value.contains(&member.relation) {
        let verdict = Verdict::RelationNotAdmitted {
            policy: &ctx.policy.name,
            valid_from: ctx.version.valid_from,
            relation: member.relation,
            admitted: &relations.value,
        };
        let finding = Finding::of(lang, verdict).at(format!("{at}.relation"));
        out.push(finding.cite(&relations.source));
    }
    if !schemes.value.contains(&person.scheme) {
        let verdict = Verdict::MemberSchemeNotAdmitted {
            scheme: person.scheme,
        };
        let finding = Finding::of(lang, verdict).at(format!("{at}.person.scheme"));
        out.push(finding.cite(&schemes.source));
    }
    // Suspended: not insured that day. Transferred: insured elsewhere, the
    // relation ended with the move (`not_running` says so).
    if person.status_on(ctx.as_of) == Status::Suspended {
        let finding = Finding::of(lang, Verdict::MemberNotActive)
            .at(format!("{at}.person.status"))
            .cite(&schemes.source);
        out.push(finding);
    }
    out
}

/// A settlement on quotas: each quota not running on the day judged, set
/// later (a warning) or ended, its unused part back with its funder (an
/// info).
pub fn not_running(ctx: &Context, funds: &[FundState], findings: &mut Vec<Finding>) {
    let r = rules(ctx);
    for fund in funds {
        let funder = fund.id.unwrap_or_default();
        if let Some(set_on) = fund.bound_on.filter(|&d| d > ctx.as_of) {
            let verdict = Verdict::QuotaNotSetYet { funder, set_on };
            findings.push(Finding::of(ctx.lang, verdict).at(format!("{}.setOn", fund.at())));
        } else if let Some(on) = fund.ends.filter(|&e| e <= ctx.as_of) {
            let returned = fund.balance;
            let verdict = Verdict::QuotaEnded {
                funder,
                on,
                returned,
            };
            let mut finding = Finding::of(ctx.lang, verdict).at(fund.at());
            if let Some(rule) = r.quota_ends_with_insurance.as_ref() {
                finding = finding.cite(&rule.source);
            }
            findings.push(finding);
        }
    }
}
