//! `checkNetwork`: may this founder bind these members, and what
//! conflicts with the bindings a server already knows?

use super::{eligibility, membership, quota, Context};
use crate::contract::{ContractError, Finding, NetworkCheck, NetworkRequest, PersonCheck};
use crate::policy::load;

/// May this founder bind these members, and what conflicts?
///
/// # Errors
/// `UNKNOWN_POLICY`, `INVALID_POLICY`, `DATE_NOT_COVERED`, and those of
/// [`NetworkRequest::check`]. Everything about the family itself is a
/// finding, not an error.
pub fn check_network(req: &NetworkRequest) -> Result<NetworkCheck, ContractError> {
    req.check()?;
    let policy = load(&req.policy, req.lang)?;
    let ctx = Context::new(&policy, req.as_of, req.lang)?;
    let mut founder = eligibility::founder(&ctx, &req.founder);
    founder.extend(membership::founder_conflicts(&ctx, req));
    let mut member_findings: Vec<Vec<Finding>> = (req.members.iter().enumerate())
        .map(|(i, m)| {
            let at = format!("members[{i}]");
            let mut findings = eligibility::member(&ctx, Some(&req.founder), m, &at);
            // Which arrangement applies: the network, or 跨省共济's quota.
            quota::member_route(&ctx, &req.founder, m, &at, &mut findings);
            findings.extend(membership::member_conflicts(&ctx, req, i));
            findings
        })
        .collect();
    quota::founder_quotas(&ctx, req, &mut founder, &mut member_findings);
    let members: Vec<PersonCheck> = (req.members.iter().zip(member_findings))
        .map(|(m, findings)| person_check(m.person.id.as_str(), findings))
        .collect();
    let mut findings = membership::network_findings(&ctx, req);
    findings.extend(ctx.currency());
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

/// One person's verdict: eligible when no finding is an error.
fn person_check(person_id: &str, findings: Vec<Finding>) -> PersonCheck {
    PersonCheck {
        person_id: person_id.to_owned(),
        eligible: !findings.iter().any(Finding::is_error),
        findings,
    }
}
