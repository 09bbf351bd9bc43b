//! The profile a request names: a built-in by id, or custom profiles
//! resolved onto the profiles they extend and checked.

use std::borrow::Cow;

use super::resolve::{resolve, Layer};
use super::{built_in, built_in_base, ids, MAX_LIST};
use crate::contract::codes::ErrorCode;
use crate::contract::error::clip;
use crate::contract::profile::Policy;
use crate::contract::request_checks::limit;
use crate::contract::{ContractError, Lang, PolicyRef};

/// The built-in profile, or the custom one resolved onto the profile it
/// extends and checked.
///
/// # Errors
/// `UNKNOWN_POLICY` for an id that is not built in; for a custom profile,
/// `EXTEND_UNKNOWN` or `EXTEND_CYCLE` from its `extend`, and
/// `INVALID_POLICY` (or a parse error of its rules) from resolving and
/// [`Policy::validate`]; `LIMIT_EXCEEDED` over [`MAX_LIST`] layers.
pub fn load(policy: &PolicyRef, lang: Lang) -> Result<Cow<'static, Policy>, ContractError> {
    let layers: Vec<Layer> = match policy {
        PolicyRef::Id(id) => {
            return built_in(id)
                .map(Cow::Borrowed)
                .ok_or_else(|| unknown(id, "policy", lang))
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
            limit(profiles.len(), MAX_LIST, "policy", lang)?;
            profiles
                .iter()
                .enumerate()
                .map(|(i, p)| Layer::read(p, format!("policy[{i}]"), lang))
                .collect::<Result<_, _>>()?
        }
    };
    let (resolved, _) = resolve(&layers, 0, &built_in_base, lang)?;
    resolved.validate(lang)?;
    Ok(Cow::Owned(resolved))
}

/// `UNKNOWN_POLICY` at `path`, listing the ids there are.
pub(super) fn unknown(id: &str, path: &str, lang: Lang) -> ContractError {
    let known: Vec<&str> = ids().collect();
    ContractError::new(
        ErrorCode::UnknownPolicy,
        Some(path.into()),
        say!(lang, "没有名为 \"{}\" 的内置政策；可用：{}", clip(id), known.join("、");
            "no built-in policy \"{}\"; known: {}", clip(id), known.join(", ")),
    )
}
