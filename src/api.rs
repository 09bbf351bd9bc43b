//! A call by name, JSON text in and JSON text out: what the command-line
//! tool, servers, `callJson` and the mini-program build speak. Reading and
//! writing are serde_json's; the answers are the rules'.

use serde::Serialize;

pub use crate::contract::error::MAX_REQUEST_BYTES;
use crate::contract::error::{clip, sniff_lang_prefix};
use crate::contract::{parse, ContractError, ErrorCode, PoliciesRequest};

/// Declares the calls once: the enum, [`Call::ALL`] and each one's name.
macro_rules! calls {
    ($($(#[$doc:meta])* $call:ident => $name:literal,)+) => {
        /// The calls of the contract: the one list that the CLI, `callJson`,
        /// the wasm interface (`src/host/wasm.rs`, one function each) and the
        /// npm entries (through `gongji --calls` at build time) answer.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Call {
            $($(#[$doc])* $call,)+
        }

        impl Call {
            /// Every call, in the order the documentation lists them.
            pub const ALL: &'static [Call] = &[$(Call::$call),+];

            /// The camelCase name (`checkNetwork`), as JavaScript calls it.
            pub fn name(self) -> &'static str {
                match self {
                    $(Call::$call => $name,)+
                }
            }
        }
    };
}

calls! {
    /// Every built-in profile with its citations.
    Policies => "policies",
    /// The relations a form should offer under a policy on a date.
    RelationOptions => "relationOptions",
    /// May this founder bind these members, and what conflicts?
    CheckNetwork => "checkNetwork",
    /// How one bill will split.
    PreviewSettlement => "previewSettlement",
    /// A sequence of bills against one fund.
    ProjectSettlements => "projectSettlements",
    /// What a viewer may see of a network.
    ViewNetwork => "viewNetwork",
    /// May this 医保钱包 transfer to a close relative be made now?
    CheckTransfer => "checkTransfer",
}

impl Call {
    /// The kebab-case name (`check-network`), as the CLI spells it.
    pub fn kebab_name(self) -> String {
        self.name().chars().fold(String::new(), |mut kebab, c| {
            if c.is_ascii_uppercase() {
                kebab.push('-');
            }
            kebab.push(c.to_ascii_lowercase());
            kebab
        })
    }

    /// Accepts `checkNetwork` and `check-network`.
    pub fn from_name(name: &str) -> Option<Call> {
        Call::ALL
            .iter()
            .copied()
            .find(|c| c.name() == name || is_kebab_of(name, c.name()))
    }
}

/// Is `kebab` the kebab-case spelling of camelCase `camel`?
fn is_kebab_of(kebab: &str, camel: &str) -> bool {
    let mut k = kebab.bytes();
    camel.bytes().all(|c| {
        if c.is_ascii_uppercase() {
            k.next() == Some(b'-') && k.next() == Some(c.to_ascii_lowercase())
        } else {
            k.next() == Some(c)
        }
    }) && k.next().is_none()
}

/// Answers one call: the response JSON, or the contract error's JSON as
/// `{"error":{"code","path","message"}}`. The `bool` says which. Never
/// panics on any input.
///
/// ```
/// let (ok, json) = gongji::api::respond("relationOptions",
///     r#"{"policy":"shanghai","asOf":"2025-01-01","lang":"en"}"#);
/// assert!(ok);
/// assert!(json.contains("\"spouse\""));
/// let (ok, json) = gongji::api::respond("relationOptions", r#"{"policy":"mars","asOf":"2025-01-01"}"#);
/// assert!(!ok);
/// assert!(json.contains("UNKNOWN_POLICY"));
/// ```
pub fn respond(call: &str, request: &str) -> (bool, String) {
    respond_as(call, request, Layout::Compact)
}

/// As [`respond`], indented two spaces a level, for people reading the
/// CLI's `--pretty` output and the README.
pub fn respond_pretty(call: &str, request: &str) -> (bool, String) {
    respond_as(call, request, Layout::Pretty)
}

#[derive(Clone, Copy)]
enum Layout {
    Compact,
    Pretty,
}

fn write<T: Serialize>(value: &T, layout: Layout) -> String {
    let text = match layout {
        Layout::Compact => serde_json::to_string(value),
        Layout::Pretty => serde_json::to_string_pretty(value),
    };
    // The contract's types serialize to JSON without fail: string keys,
    // no floats, no maps with other keys.
    text.unwrap_or_default()
}

fn respond_as(call: &str, request: &str, layout: Layout) -> (bool, String) {
    match answer(call, request, layout) {
        Ok(json) => (true, json),
        Err(error) => (false, write(&ErrorEnvelope { error: &error }, layout)),
    }
}

/// `{"error": ...}`.
#[derive(Serialize)]
struct ErrorEnvelope<'a> {
    error: &'a ContractError,
}

/// The contract error for a call name the contract does not have.
fn unknown_call(call: &str) -> ContractError {
    ContractError::new(
        ErrorCode::UnknownCall,
        None,
        format!(
            "未知调用 / unknown call \"{}\"; {}",
            clip(call),
            Call::ALL
                .iter()
                .map(|c| c.name())
                .collect::<Vec<_>>()
                .join(", ")
        ),
    )
}

fn answer(call: &str, request: &str, layout: Layout) -> Result<String, ContractError> {
    let Some(call) = Call::from_name(call) else {
        return Err(unknown_call(call));
    };
    if request.len() > MAX_REQUEST_BYTES {
        let lang = sniff_lang_prefix(request);
        return Err(ContractError::new(
            ErrorCode::RequestTooLarge,
            None,
            lang.pick(
                format!("请求超过 {MAX_REQUEST_BYTES} 字节上限"),
                format!("the request is over the {MAX_REQUEST_BYTES}-byte limit"),
            ),
        ));
    }
    Ok(match call {
        Call::Policies => {
            let req = if request.trim().is_empty() {
                PoliciesRequest::default()
            } else {
                parse::<PoliciesRequest>(request)?
            };
            write(&crate::rules::list_policies(&req)?, layout)
        }
        Call::RelationOptions => write(&crate::rules::relation_options(&parse(request)?)?, layout),
        Call::CheckNetwork => write(&crate::rules::check_network(&parse(request)?)?, layout),
        Call::PreviewSettlement => {
            write(&crate::rules::preview_settlement(&parse(request)?)?, layout)
        }
        Call::ProjectSettlements => write(
            &crate::rules::project_settlements(&parse(request)?)?,
            layout,
        ),
        Call::ViewNetwork => write(&crate::rules::view_network(&parse(request)?)?, layout),
        Call::CheckTransfer => write(&crate::rules::check_transfer(&parse(request)?)?, layout),
    })
}

#[cfg(test)]
mod tests {
    use super::Call;

    #[test]
    fn every_call_is_found_by_its_camel_case_and_kebab_case_names() {
        for &call in Call::ALL {
            assert_eq!(Call::from_name(call.name()), Some(call));
            assert_eq!(Call::from_name(&call.kebab_name()), Some(call));
        }
        assert_eq!(Call::ProjectSettlements.kebab_name(), "project-settlements");
        assert_eq!(Call::from_name("checknetwork"), None);
    }
}
