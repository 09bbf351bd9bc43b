//! The contract, declared once: every request, answer, finding and error
//! the front-ends, the native crate and the command-line tool exchange, as
//! Rust types with serde derives, and the value types (amounts, dates,
//! regions, ID numbers, relations) that check themselves as they are read.
//! Nothing here decides a rule.

pub mod answer;
mod area_names;
pub mod clock;
pub mod codes;
pub mod date;
pub mod error;
pub mod finding;
pub mod labels;
pub mod money;
pub mod person;
pub mod profile;
pub mod read;
pub mod relation;
pub mod request;
pub mod request_checks;
pub mod text;

pub use answer::*;
pub use codes::{ErrorCode, FindingCode, Verdict};
pub use error::ContractError;
pub use finding::{Finding, Lang, Severity, Source};
pub use read::{from_value, from_value_at, parse};
pub use request::*;
