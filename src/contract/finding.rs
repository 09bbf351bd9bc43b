//! What gongji says about a request: findings (a rule's verdict, with its
//! source) and contract errors (input that cannot be judged at all).

use std::sync::Arc;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::codes::FindingCode;

/// The language of messages: zh-CN unless a request asks for en.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
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

/// `error` blocks the binding or the payment; `warning` informs of a
/// risk; `info` explains a step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

/// Where a rule comes from: a document id (see `policies()`) and the
/// question or section in it.
///
/// Shared, not copied: every finding cites one, so a citation is two
/// reference counts rather than two strings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub doc: Arc<str>,
    /// The question or section.
    #[serde(rename = "ref")]
    pub reference: Arc<str>,
    /// The profile (layer) whose rule this is: set by gongji when a profile
    /// is resolved, so an answer says which layer decided; what a written
    /// profile gives here is replaced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub layer: Option<Arc<str>>,
}

/// One verdict of one rule on one request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(optional_fields)]
pub struct Finding {
    /// Stable; front-ends switch on it.
    pub code: FindingCode,
    pub severity: Severity,
    /// In the request's language.
    pub message: String,
    /// How to fix it, where there is a fix.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    /// The request field the finding is about, e.g. `members[2].relation`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// The clause the verdict rests on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}

impl Finding {
    /// Only the table of codes words a finding (`codes.rs`); a check
    /// calls [`Finding::of`] with its arguments.
    pub(super) fn new(code: FindingCode, severity: Severity, message: String) -> Finding {
        Finding {
            code,
            severity,
            message,
            hint: None,
            path: None,
            source: None,
        }
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
