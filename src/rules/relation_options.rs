//! `relationOptions`: the relations a form should offer, and on request
//! every label the form shows.

use super::Context;
use crate::contract::labels::Labels;
use crate::contract::{ContractError, RelationOption, RelationOptions, RelationOptionsRequest};
use crate::policy::load;

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
        findings: ctx.currency().into_iter().collect(),
    })
}
