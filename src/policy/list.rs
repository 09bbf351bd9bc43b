//! `policies`: every built-in profile, resolved or as written.

use super::{built_ins, written};
use crate::contract::profile::Policy;
use crate::contract::{PoliciesRequest, PolicyView};

/// Every built-in profile, resolved: in the schema the rules read and a
/// custom profile may copy, each source naming the layer that wrote it.
pub fn policies() -> &'static [Policy] {
    built_ins()
}

/// Every built-in profile as written, in the shape of a
/// [`crate::contract::profile::Profile`]: a layer lists only its overrides.
pub fn written_policies() -> &'static [serde_json::Value] {
    written()
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
