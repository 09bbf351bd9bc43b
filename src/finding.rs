//! What gongji says about a request: findings (a rule's verdict, with its
//! source) and contract errors (input that cannot be judged at all).

use serde::{Deserialize, Serialize};

/// The language of messages: zh-CN unless a request asks for en.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    #[serde(rename = "zh-CN")]
    Zh,
    #[serde(rename = "en")]
    En,
}

impl Lang {
    /// The text for this language.
    pub fn pick<T>(self, zh: T, en: T) -> T {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }
}

/// `error` blocks the binding or the payment; `warning` informs of a risk;
/// `info` explains a step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

/// Where a rule comes from: a document id (see `policies()`) and the
/// question or section in it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub doc: String,
    #[serde(rename = "ref")]
    pub reference: String,
}

/// One verdict of one rule on one request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Finding {
    /// Stable, SCREAMING_SNAKE; front-ends switch on it.
    pub code: &'static str,
    pub severity: Severity,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    /// The request field the finding is about, e.g. `members[2].relation`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}

impl Finding {
    pub fn new(code: &'static str, severity: Severity, message: String) -> Finding {
        Finding {
            code,
            severity,
            message,
            hint: None,
            path: None,
            source: None,
        }
    }

    pub fn hint(mut self, hint: String) -> Finding {
        self.hint = Some(hint);
        self
    }

    pub fn at(mut self, path: impl Into<String>) -> Finding {
        self.path = Some(path.into());
        self
    }

    pub fn cite(mut self, source: &Source) -> Finding {
        self.source = Some(source.clone());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Input that cannot be judged: malformed JSON, a missing or unknown field,
/// a bad amount, date or ID number, an unknown policy, a limit passed.
/// Carries the path of the bad field and a message in the request's
/// language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ContractError {
    pub code: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    pub message: String,
}

impl ContractError {
    pub fn new(code: &'static str, path: Option<String>, message: String) -> ContractError {
        ContractError {
            code,
            path,
            message,
        }
    }
}

impl std::fmt::Display for ContractError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.path {
            Some(path) => write!(f, "{} at {}: {}", self.code, path, self.message),
            None => write!(f, "{}: {}", self.code, self.message),
        }
    }
}

impl std::error::Error for ContractError {}
