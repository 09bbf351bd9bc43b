//! The rules: the calls of the contract, one module each, answered from a
//! request and a profile, every finding citing the clause it applies.
//! Nothing here reads or writes JSON or knows a binding of the engine.
//!
//! - who may be bound: [`relation_options`], [`check_network`];
//! - what conflicts: [`check_network`] against the bindings a server knows;
//! - how a bill splits: [`preview_settlement`], [`project_settlements`];
//! - 跨省共济, a relative helped through a funder's 共济额度: [`quota`];
//! - who sees whom: [`view_network`];
//! - a 医保钱包 transfer to a close relative: [`check_transfer`];
//! - and `policies`, answered by [`crate::policy`], which also loads the
//!   profile every call names.
//!
//! The calls share [`Context`] (the version in force), the rules each
//! applies ([`eligibility`], [`membership`], [`settlement`]) and the one
//! state of a fund a bill meets ([`fund::FundState`]). What a request must
//! hold before it is judged (limits, ids listed once) is checked beside the
//! request types, in [`crate::contract::request_checks`].

mod check_network;
mod check_transfer;
mod context;
pub mod eligibility;
pub mod fund;
pub mod membership;
mod preview_settlement;
mod project_settlements;
pub mod quota;
mod relation_options;
pub mod settlement;
mod view_network;

pub use check_network::check_network;
pub use check_transfer::check_transfer;
pub use context::Context;
pub use preview_settlement::preview_settlement;
pub use project_settlements::project_settlements;
pub use relation_options::relation_options;
pub use view_network::view_network;

// `policies` and loading are the policy layer's; named here too so that
// `rules::` lists every call.
pub use crate::policy::{list_policies, load, policies, written_policies, PolicyList};
