//! Policy profiles at work: the built-ins (`policies/*.json`, parsed and
//! resolved once) and the `policies` call that lists them, the profile a
//! request names loaded ([`load`]), layers resolved onto the profile they
//! extend, the checks a custom profile must pass beyond parsing, and the
//! version in force on a date. The schema itself is part of the contract
//! (`contract::profile`): a custom profile is a request field.

mod builtin;
mod list;
mod load;
pub mod resolve;
mod validate;

pub use builtin::{built_in, built_in_base, built_ins, ids, summaries, written, ALIASES};
pub use list::{list_policies, policies, written_policies, PolicyList};
pub use load::load;
pub use validate::{MAX_LIST, MAX_NAME_CHARS, MAX_REF_CHARS, MAX_TITLE_CHARS};

use crate::contract::codes::ErrorCode;
use crate::contract::date::Date;
use crate::contract::error::ContractError;
use crate::contract::finding::Lang;
use crate::contract::profile::{Policy, Version};

impl Policy {
    /// The version in force on `date`.
    ///
    /// # Errors
    /// `DATE_NOT_COVERED` when no version covers the date: gongji refuses
    /// to guess the rules before a policy began or after a version ended.
    pub fn version_on(&self, date: Date, lang: Lang) -> Result<&Version, ContractError> {
        self.versions
            .iter()
            .find(|v| v.valid_from <= date && v.valid_until.is_none_or(|end| date <= end))
            .ok_or_else(|| {
                let first = self
                    .versions
                    .first()
                    .map(|v| v.valid_from.to_string())
                    .unwrap_or_default();
                ContractError::new(
                    ErrorCode::DateNotCovered,
                    Some("asOf".into()),
                    lang.pick(
                        format!(
                            "{} 的政策自 {} 起收录，{} 不在任何版本的有效期内",
                            self.name.zh, first, date
                        ),
                        format!(
                            "{} is covered from {}; no version is in force on {}",
                            self.name.en, first, date
                        ),
                    ),
                )
            })
    }
}
