//! What every call judges by: the profile, the version of it in force on
//! the request's date, that date, and the language of messages.

use crate::contract::date::Date;
use crate::contract::profile::{Policy, Version};
use crate::contract::{ContractError, Lang};

/// A profile resolved for a request: the policy, the version in force on
/// the request's date, and the language of messages.
pub struct Context<'a> {
    pub policy: &'a Policy,
    pub version: &'a Version,
    /// The day judged: a binding made after it does not hold yet.
    pub as_of: Date,
    pub lang: Lang,
}

impl<'a> Context<'a> {
    /// Picks the version of `policy` in force on `as_of`.
    ///
    /// # Errors
    /// `DATE_NOT_COVERED` for a date no version covers.
    pub fn new(policy: &'a Policy, as_of: Date, lang: Lang) -> Result<Context<'a>, ContractError> {
        Ok(Context {
            policy,
            version: policy.version_on(as_of, lang)?,
            as_of,
            lang,
        })
    }
}
