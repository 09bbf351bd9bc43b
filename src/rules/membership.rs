//! What conflicts: people listed twice, too many members, modes, and the
//! bindings the server already knows (`existing`) — a person in two
//! networks, a founder who is a member elsewhere, a member who founds
//! another network, a cycle of bindings.

use super::Context;
use crate::contract::person::{Insured, PersonId};
use crate::contract::profile::month_day;
use crate::contract::relation::Relation;
use crate::contract::{Binding, NetworkRequest, Role};
use crate::contract::{Finding, Verdict};

/// Same person: same caller key, or same ID number.
fn same_person(a: &Insured, b: &Insured) -> bool {
    a.id == b.id || (a.id_number.is_some() && a.id_number == b.id_number)
}

/// Known bindings of `person` outside the network being edited that still
/// hold on the day judged: one ended (`endsOn` before `asOf`) is no
/// conflict. A binding holds through its last day, lapsing the day after.
fn elsewhere<'a>(
    req: &'a NetworkRequest,
    person: &'a PersonId,
) -> impl Iterator<Item = &'a Binding> + 'a {
    req.existing.iter().filter(move |b| {
        &b.person_id == person
            && Some(&b.network_id) != req.network_id.as_ref()
            && b.ends_on.is_none_or(|end| end >= req.as_of)
    })
}

/// Every different relative the founder has bound, ever or now: the
/// members of his networks in `existing` (the one edited, and any he
/// founds there), ended or not, and the members listed. A relative bound
/// again is one person (a press reading of Hunan's text; see the profile).
fn relatives_ever(req: &NetworkRequest) -> Vec<&str> {
    let founder = &req.founder.id;
    let his = |network: &PersonId| {
        Some(network) == req.network_id.as_ref()
            || (req.existing.iter()).any(|b| {
                &b.person_id == founder && b.role == Role::Founder && &b.network_id == network
            })
    };
    let past = (req.existing.iter())
        .filter(|b| b.role == Role::Member && his(&b.network_id))
        .map(|b| b.person_id.as_str());
    let mut ids: Vec<&str> = past
        .chain(req.members.iter().map(|m| m.person.id.as_str()))
        .collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

/// Findings about the founder's own bindings elsewhere.
pub fn founder_conflicts(ctx: &Context, req: &NetworkRequest) -> Vec<Finding> {
    let (r, lang) = (&ctx.version.rules, ctx.lang);
    let mut out = Vec::new();
    let founder = &req.founder.id;
    if let Some(b) = elsewhere(req, founder).find(|b| b.role == Role::Founder) {
        let network = b.network_id.as_str();
        out.push(
            Finding::of(lang, Verdict::FounderHasNetwork { network })
                .at("founder.id")
                .cite(&r.fund.source),
        );
    }
    if !r.founder_may_be_member_elsewhere.value {
        if let Some(b) = elsewhere(req, founder).find(|b| b.role == Role::Member) {
            let network = b.network_id.as_str();
            out.push(
                Finding::of(lang, Verdict::FounderIsMemberElsewhere { network })
                    .at("founder.id")
                    .cite(&r.founder_may_be_member_elsewhere.source),
            );
        }
    }
    out
}

/// A member may draw on at most `networksPerMember` funders at a time.
/// `funders` counts them all, the one being judged included; `networks`
/// names the others (the networks he is in elsewhere, for checkNetwork;
/// every funder a settlement names, for previews and projections).
pub fn over_the_funder_limit(
    ctx: &Context,
    networks: &[&str],
    funders: usize,
    at: String,
) -> Option<Finding> {
    let (r, lang) = (&ctx.version.rules, ctx.lang);
    let limit = usize::from(r.networks_per_member.value);
    (funders > limit).then(|| {
        Finding::of(lang, Verdict::MemberInOtherNetwork { networks, limit })
            .at(at)
            .cite(&r.networks_per_member.source)
    })
}

/// Findings about member `i`'s place in this request and elsewhere.
pub fn member_conflicts(ctx: &Context, req: &NetworkRequest, i: usize) -> Vec<Finding> {
    let (r, lang) = (&ctx.version.rules, ctx.lang);
    let person = &req.members[i].person;
    let at = format!("members[{i}].person.id");
    let mut out = Vec::new();
    if same_person(person, &req.founder) {
        out.push(
            Finding::of(lang, Verdict::FounderListedAsMember)
                .at(at.clone())
                .cite(&r.founder_may_be_member_elsewhere.source),
        );
    }
    if let Some(first) = req.members[..i]
        .iter()
        .position(|m| same_person(&m.person, person))
    {
        out.push(
            Finding::of(lang, Verdict::PersonListedTwice { first })
                .at(at.clone())
                .cite(&r.networks_per_member.source),
        );
    }
    if let Some(f) = impossible_relative(ctx, req, i) {
        out.push(f);
    }
    if !r.member_may_be_founder_elsewhere.value {
        if let Some(b) = elsewhere(req, &person.id).find(|b| b.role == Role::Founder) {
            let network = b.network_id.as_str();
            out.push(
                Finding::of(lang, Verdict::MemberIsFounderElsewhere { network })
                    .at(at.clone())
                    .cite(&r.member_may_be_founder_elsewhere.source),
            );
        }
    }
    let mut networks: Vec<&PersonId> = elsewhere(req, &person.id)
        .filter(|b| b.role == Role::Member)
        .map(|b| &b.network_id)
        .collect();
    networks.sort_by(|a, b| a.as_str().cmp(b.as_str()));
    networks.dedup();
    let list: Vec<&str> = networks.iter().map(|n| n.as_str()).collect();
    if let Some(over) = over_the_funder_limit(ctx, &list, list.len() + 1, at.clone()) {
        out.push(over);
    } else if !networks.is_empty() {
        let network = networks[0].as_str();
        out.push(
            Finding::of(lang, Verdict::MemberSecondAuthorizer { network })
                .at(at.clone())
                .cite(&r.networks_per_member.source),
        );
    }
    // A cycle: the member founds a network in which our founder is a member.
    let founded: Vec<&PersonId> = elsewhere(req, &person.id)
        .filter(|b| b.role == Role::Founder)
        .map(|b| &b.network_id)
        .collect();
    if let Some(b) = elsewhere(req, &req.founder.id)
        .find(|b| b.role == Role::Member && founded.contains(&&b.network_id))
    {
        let network = b.network_id.as_str();
        out.push(
            Finding::of(lang, Verdict::BindingCycle { network })
                .at(at)
                .cite(&r.member_may_be_founder_elsewhere.source),
        );
    }
    out
}

/// A relative the family cannot have: a second spouse, a third parent, a
/// third parent of the spouse. The first ones listed stand; the one over
/// the bound is refused at its relation, citing the rule that names the
/// relation.
fn impossible_relative(ctx: &Context, req: &NetworkRequest, i: usize) -> Option<Finding> {
    let (r, lang) = (&ctx.version.rules, ctx.lang);
    let relation = req.members[i].relation;
    let max = relation.max_in_family()?;
    let before = req.members[..i]
        .iter()
        .filter(|m| m.relation == relation)
        .count();
    if before < usize::from(max) {
        return None;
    }
    let verdict = match relation {
        Relation::Spouse => Verdict::SecondSpouse,
        Relation::Parent => Verdict::ThirdParent,
        _ => Verdict::ThirdSpouseParent,
    };
    Some(
        Finding::of(lang, verdict)
            .at(format!("members[{i}].relation"))
            .cite(&r.relations.source),
    )
}

/// Network-wide findings: member limit, modes offered and chosen, the
/// premium-mode deadline.
pub fn network_findings(ctx: &Context, req: &NetworkRequest) -> Vec<Finding> {
    let (r, lang) = (&ctx.version.rules, ctx.lang);
    let mut out = Vec::new();
    if let Some(max) = r.max_members.value {
        let (max, listed) = (max as usize, req.members.len());
        if listed > max {
            out.push(
                Finding::of(lang, Verdict::TooManyMembers { max, listed })
                    .at("members")
                    .cite(&r.max_members.source),
            );
        }
    }
    if let Some(rule) = &r.max_members_ever {
        let counted = relatives_ever(req).len();
        if counted > rule.value as usize {
            let verdict = Verdict::TooManyMembersEver {
                max: rule.value,
                counted,
            };
            out.push(Finding::of(lang, verdict).at("members").cite(&rule.source));
        }
    }
    // A mode the region lacks is refused alone: the network stands with
    // the modes it offers.
    for (i, mode) in req.modes.iter().enumerate() {
        if !r.modes.value.contains(mode) {
            let (mode, offered) = (*mode, &r.modes.value[..]);
            out.push(
                Finding::of(lang, Verdict::ModeNotOffered { mode, offered })
                    .at(format!("modes[{i}]"))
                    .cite(&r.modes.source),
            );
        }
    }
    if r.founder_chooses_modes.value && req.modes.is_empty() {
        out.push(
            Finding::of(lang, Verdict::ModesNotChosen)
                .at("modes")
                .cite(&r.founder_chooses_modes.source),
        );
    }
    if let Some(deadline) = &r.premium_mode_deadline {
        if let (true, Some((month, day))) = (
            req.modes.contains(&crate::contract::profile::Mode::Premium),
            month_day(&deadline.value),
        ) {
            let verdict = Verdict::PremiumModeDeadline {
                passed: (req.as_of.month, req.as_of.day) > (month, day),
                year: req.as_of.year,
                month,
                day,
            };
            out.push(
                Finding::of(lang, verdict)
                    .at("modes")
                    .cite(&deadline.source),
            );
        }
    }
    out
}
