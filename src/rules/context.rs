//! What every call judges by: the profile, the version of it in force on
//! the request's date, that date, and the language of messages.

use crate::contract::date::Date;
use crate::contract::profile::{Policy, Version};
use crate::contract::{ContractError, Finding, Lang, Verdict};

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

impl Context<'_> {
    /// How current the answer is: an info finding when the day judged is
    /// after the day through which the profile's sources were reviewed,
    /// naming the national changes dated in between.
    pub fn currency(&self) -> Option<Finding> {
        let review = self.policy.reviewed_through.as_ref()?;
        (self.as_of > review.value).then(|| {
            let verdict = Verdict::ReviewedThrough {
                reviewed_through: review.value,
                as_of: self.as_of,
                changes: self.policy.changes_between(review.value, self.as_of),
            };
            Finding::of(self.lang, verdict).cite(&review.source)
        })
    }
}
