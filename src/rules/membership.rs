//! What conflicts: people listed twice, too many members, modes, and the
//! bindings the server already knows (`existing`) — a person in two
//! networks, a founder who is a member elsewhere, a member who founds
//! another network, a cycle of bindings.

use super::Context;
use crate::contract::person::{Insured, PersonId};
use crate::contract::profile::month_day;
use crate::contract::relation::Relation;
use crate::contract::{Binding, NetworkRequest, Role};
use crate::contract::{Finding, FindingCode, Severity};

/// Same person: same caller key, or same ID number.
fn same_person(a: &Insured, b: &Insured) -> bool {
    a.id == b.id || (a.id_number.is_some() && a.id_number == b.id_number)
}

/// Known bindings of `person` outside the network being edited.
fn elsewhere<'a>(
    req: &'a NetworkRequest,
    person: &'a PersonId,
) -> impl Iterator<Item = &'a Binding> + 'a {
    req.existing
        .iter()
        .filter(move |b| &b.person_id == person && Some(&b.network_id) != req.network_id.as_ref())
}

/// Findings about the founder's own bindings elsewhere.
pub fn founder_conflicts(ctx: &Context, req: &NetworkRequest) -> Vec<Finding> {
    let (r, lang) = (&ctx.version.rules, ctx.lang);
    let mut out = Vec::new();
    let founder = &req.founder.id;
    if let Some(b) = elsewhere(req, founder).find(|b| b.role == Role::Founder) {
        out.push(
            Finding::new(
                FindingCode::FounderHasNetwork,
                Severity::Error,
                say!(lang, "组建人已组建家庭共济网 {}，一个账户只能建立一个家庭共济关系", b.network_id.as_str();
                    "the founder already has network {}: one account backs one network", b.network_id.as_str()),
            )
            .hint(say!(lang, "在原共济网中增加成员，或撤销原共济网后再组建"; "add members to the existing network, or dissolve it first"))
            .at("founder.id")
            .cite(&r.fund.source),
        );
    }
    if !r.founder_may_be_member_elsewhere.value {
        if let Some(b) = elsewhere(req, founder).find(|b| b.role == Role::Member) {
            out.push(
                Finding::new(
                    FindingCode::FounderIsMemberElsewhere,
                    Severity::Error,
                    say!(lang, "组建人已作为成员加入家庭共济网 {}，不能再组建", b.network_id.as_str();
                        "the founder is a member of network {} and cannot found another", b.network_id.as_str()),
                )
                .hint(say!(lang, "退出原家庭共济网后可组建"; "leave that network first, then found this one"))
                .at("founder.id")
                .cite(&r.founder_may_be_member_elsewhere.source),
            );
        }
    }
    out
}

/// A member may draw on at most `networksPerMember` founders at a time.
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
        Finding::new(
            FindingCode::MemberInOtherNetwork,
            Severity::Error,
            say!(lang, "该成员已加入家庭共济网 {}，同一时间最多加入 {} 个", networks.join("、"), limit;
                "this person is already in network {}; at most {} at a time", networks.join(", "), limit),
        )
        .hint(say!(lang, "解绑后可加入：先退出原家庭共济网"; "the person may join after leaving (being unbound from) that network"))
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
            Finding::new(
                FindingCode::FounderListedAsMember,
                Severity::Error,
                say!(lang, "组建人不能把自己列为共济成员"; "the founder cannot be his own member"),
            )
            .hint(say!(lang, "删除该成员"; "remove this member"))
            .at(at.clone())
            .cite(&r.founder_may_be_member_elsewhere.source),
        );
    }
    if let Some(first) = req.members[..i]
        .iter()
        .position(|m| same_person(&m.person, person))
    {
        out.push(
            Finding::new(
                FindingCode::PersonListedTwice,
                Severity::Error,
                say!(lang, "与第 {} 位成员是同一人（id 或身份证号相同）", first + 1;
                    "the same person as member {} (same id or ID number)", first + 1),
            )
            .hint(say!(lang, "删除重复的成员"; "remove the duplicate"))
            .at(at.clone())
            .cite(&r.networks_per_member.source),
        );
    }
    if let Some(f) = impossible_relative(ctx, req, i) {
        out.push(f);
    }
    if !r.member_may_be_founder_elsewhere.value {
        if let Some(b) = elsewhere(req, &person.id).find(|b| b.role == Role::Founder) {
            out.push(
                Finding::new(
                    FindingCode::MemberIsFounderElsewhere,
                    Severity::Error,
                    say!(lang, "该成员已是家庭共济网 {} 的组建人，不能再被绑定", b.network_id.as_str();
                        "this person founds network {} and cannot be bound as a member", b.network_id.as_str()),
                )
                .hint(say!(lang, "其撤销自己的共济网后可加入"; "the person may join after dissolving his own network"))
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
        out.push(
            Finding::new(
                FindingCode::MemberSecondAuthorizer,
                Severity::Info,
                say!(lang, "该成员已有授权人（共济网 {}），可再绑定本授权人；两个授权人的资金依次使用，一笔费用不能同时使用两者", networks[0].as_str();
                    "this person already has an authorizer (network {}); binding a second is allowed, and the two funds are used in turn, never both on one bill", networks[0].as_str()),
            )
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
        out.push(
            Finding::new(
                FindingCode::BindingCycle,
                Severity::Error,
                say!(lang, "组建人已是该成员所建共济网 {} 的成员，两人不能互相共济", b.network_id.as_str();
                    "the founder is a member of network {} founded by this person: two people cannot fund each other", b.network_id.as_str()),
            )
            .hint(say!(lang, "先解除其中一方的绑定"; "unbind one of the two first"))
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
    let (code, zh, en) = match relation {
        Relation::Spouse => (
            FindingCode::SecondSpouse,
            "已列出一位配偶：一个家庭只能有一位配偶",
            "a spouse is already listed: a family has one spouse",
        ),
        Relation::Parent => (
            FindingCode::ThirdParent,
            "已列出两位父母：父母最多两位",
            "two parents are already listed: a person has two parents",
        ),
        _ => (
            FindingCode::ThirdSpouseParent,
            "已列出配偶的两位父母：配偶的父母最多两位",
            "two of the spouse's parents are already listed: the spouse has two",
        ),
    };
    Some(
        Finding::new(code, Severity::Error, lang.pick(zh, en).to_owned())
            .hint(say!(lang, "请改为其他亲属关系，或删除此成员"; "choose another relation, or remove this member"))
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
        if req.members.len() > max as usize {
            out.push(
                Finding::new(
                    FindingCode::TooManyMembers,
                    Severity::Error,
                    say!(lang, "最多绑定 {} 名近亲属，当前 {} 名", max, req.members.len();
                        "at most {} relatives may be bound; {} listed", max, req.members.len()),
                )
                .hint(
                    say!(lang, "解除 {} 名成员的绑定", req.members.len() - max as usize;
                    "unbind {} member(s)", req.members.len() - max as usize),
                )
                .at("members")
                .cite(&r.max_members.source),
            );
        }
    }
    // A mode the region lacks is refused alone: the network stands with
    // the modes it offers.
    for (i, mode) in req.modes.iter().enumerate() {
        if !r.modes.value.contains(mode) {
            let offered: Vec<&str> = r.modes.value.iter().map(|m| m.label(lang)).collect();
            out.push(
                Finding::new(
                    FindingCode::ModeNotOffered,
                    Severity::Warning,
                    say!(lang, "本政策不提供“{}”方式，只提供：{}", mode.label(lang), offered.join("、");
                        "this policy does not offer the {} mode, only: {}", mode.label(lang), offered.join(", ")),
                )
                .at(format!("modes[{i}]"))
                .cite(&r.modes.source),
            );
        }
    }
    if r.founder_chooses_modes.value && req.modes.is_empty() {
        out.push(
            Finding::new(
                FindingCode::ModesNotChosen,
                Severity::Warning,
                say!(lang, "组网后组建人须选择共济支付和/或共济缴费，成员方可使用";
                    "after founding, the founder must choose payment and/or premium mode before members can use the fund"),
            )
            .at("modes")
            .cite(&r.founder_chooses_modes.source),
        );
    }
    if let Some(deadline) = &r.premium_mode_deadline {
        if let (true, Some((m, d))) = (
            req.modes.contains(&crate::contract::profile::Mode::Premium),
            month_day(&deadline.value),
        ) {
            let passed = (req.as_of.month, req.as_of.day) > (m, d);
            out.push(
                Finding::new(
                    FindingCode::PremiumModeDeadline,
                    if passed { Severity::Warning } else { Severity::Info },
                    if passed {
                        say!(lang, "已过 {} 年 {} 月 {} 日 17:30：学校集中参保的孩子本年度无法再以共济缴费方式缴纳居保费", req.as_of.year, m, d;
                            "past {}-{:02}-{:02} 17:30: a child insured through the school batch can no longer have this year's premium paid by the fund", req.as_of.year, m, d)
                    } else {
                        say!(lang, "学校集中参保的孩子，须在 {} 年 {} 月 {} 日 17:30 前选定共济缴费", req.as_of.year, m, d;
                            "for a child insured through the school batch, choose premium mode by {}-{:02}-{:02} 17:30", req.as_of.year, m, d)
                    },
                )
                .at("modes")
                .cite(&deadline.source),
            );
        }
    }
    out
}
