//! `viewNetwork`, who sees whom: what a viewer may see of a network under
//! the policy's `memberSees` rule (Shanghai Q21: a member sees the founder
//! and himself; Dongying 问(八): a member sees the founder and every bound
//! relative; the founder sees everyone; a stranger sees no one). Only what
//! a list needs is returned: ids, roles, relations and masked ID numbers —
//! never balances or whole ID numbers.

use super::Context;
use crate::contract::person::{Insured, Member};
use crate::contract::profile::Visibility;
use crate::contract::{
    ContractError, Finding, NetworkView, Role, Verdict, ViewRequest, ViewerRole, Visible,
};
use crate::policy::load;

/// What a viewer may see of a network under the policy's visibility rule.
///
/// # Errors
/// `UNKNOWN_POLICY`, `INVALID_POLICY`, `DATE_NOT_COVERED`, and those of
/// [`ViewRequest::check`].
pub fn view_network(req: &ViewRequest) -> Result<NetworkView, ContractError> {
    req.check()?;
    let policy = load(&req.policy, req.lang)?;
    let ctx = Context::new(&policy, req.as_of, req.lang)?;
    let mut answer = view(&ctx, req);
    answer.findings.extend(ctx.currency());
    Ok(answer)
}

fn founder_entry(founder: &Insured) -> Visible {
    Visible {
        person_id: founder.id.as_str().to_owned(),
        role: Role::Founder,
        relation: None,
        id_number: founder.id_number.clone(),
    }
}

fn member_entry(member: &Member) -> Visible {
    Visible {
        person_id: member.person.id.as_str().to_owned(),
        role: Role::Member,
        relation: Some(member.relation),
        id_number: member.person.id_number.clone(),
    }
}

/// The view of `req.viewer_id`.
pub fn view(ctx: &Context, req: &ViewRequest) -> NetworkView {
    let rule = &ctx.version.rules.member_sees;
    let viewer = &req.viewer_id;
    let everyone = || {
        std::iter::once(founder_entry(&req.founder))
            .chain(req.members.iter().map(member_entry))
            .collect()
    };
    let (viewer_role, visible, findings) = if &req.founder.id == viewer {
        (ViewerRole::Founder, everyone(), Vec::new())
    } else if let Some(me) = req.members.iter().find(|m| &m.person.id == viewer) {
        let visible = match rule.value {
            Visibility::WholeNetwork => everyone(),
            Visibility::FounderAndSelf => vec![founder_entry(&req.founder), member_entry(me)],
        };
        (ViewerRole::Member, visible, Vec::new())
    } else {
        let finding = Finding::of(ctx.lang, Verdict::ViewerNotInNetwork)
            .at("viewerId")
            .cite(&rule.source);
        (ViewerRole::None, Vec::new(), vec![finding])
    };
    NetworkView {
        viewer_id: viewer.as_str().to_owned(),
        viewer_role,
        visible,
        findings,
        source: rule.source.clone(),
    }
}
