//! The JSON contract shared by the wasm package, the native crate and the
//! command-line tool: request and response types in camelCase, amounts as
//! decimal strings, and [`respond`], which turns a call name and a request
//! string into a response string.

use std::borrow::Cow;

use serde::{de, Deserialize, Deserializer, Serialize};
use serde_json::value::RawValue;

use crate::date::Date;
use crate::finding::{ContractError, Finding, Lang, Source};
use crate::money::Yuan;
use crate::person::{Insured, Member, PersonId};
use crate::policy::{self, ExpenseKind, Mode, Policy, Version};
use crate::relation::Relation;

/// Largest request accepted, in bytes of JSON.
pub const MAX_REQUEST_BYTES: usize = 1 << 20;
/// Most members one network request may list.
pub const MAX_MEMBERS: usize = 50;
/// Most known bindings (`existing`) one request may list.
pub const MAX_EXISTING: usize = 1_000;
/// Most expenses one projection may list.
pub const MAX_EXPENSES: usize = 10_000;

/// A built-in profile's id (`"shanghai"`) or a whole custom profile.
///
/// A custom profile is kept as raw JSON until [`PolicyRef::load`], which
/// parses it with the same code that parses the built-ins: one parser for
/// every profile keeps the wasm small, and its errors carry paths under
/// `policy.`.
#[derive(Clone, Debug)]
pub enum PolicyRef {
    BuiltIn(String),
    Custom(Box<RawValue>),
}

impl<'de> Deserialize<'de> for PolicyRef {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<PolicyRef, D::Error> {
        let raw = Box::<RawValue>::deserialize(d)?;
        match raw.get().as_bytes().first() {
            Some(b'"') => serde_json::from_str(raw.get())
                .map(PolicyRef::BuiltIn)
                .map_err(|_| de::Error::custom("INVALID_JSON")),
            Some(b'{') => Ok(PolicyRef::Custom(raw)),
            _ => Err(de::Error::invalid_type(
                de::Unexpected::Other(raw.get()),
                &"a built-in policy id or a policy object",
            )),
        }
    }
}

/// A profile resolved for a request: the policy, the version in force on
/// the request's date, and the language of messages.
pub struct Context<'a> {
    pub policy: &'a Policy,
    pub version: &'a Version,
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
            lang,
        })
    }
}

impl PolicyRef {
    /// The built-in profile, or the custom one parsed and checked.
    ///
    /// # Errors
    /// `UNKNOWN_POLICY` for an id that is not built in; for a custom
    /// profile, any parse error (path under `policy.`) or `INVALID_POLICY`
    /// from [`Policy::validate`].
    pub fn load(&self, lang: Lang) -> Result<Cow<'static, Policy>, ContractError> {
        match self {
            PolicyRef::BuiltIn(id) => policy::built_in(id).map(Cow::Borrowed).ok_or_else(|| {
                let known: Vec<&str> = policy::built_ins().iter().map(|p| p.id.as_str()).collect();
                ContractError::new(
                    "UNKNOWN_POLICY",
                    Some("policy".into()),
                    say!(lang, "没有名为 \"{}\" 的内置政策；可用：{}", clip(id), known.join("、");
                        "no built-in policy \"{}\"; known: {}", clip(id), known.join(", ")),
                )
            }),
            PolicyRef::Custom(raw) => {
                let policy: Policy = crate::contract::parse_at(raw.get(), "policy", lang)?;
                policy.validate(lang)?;
                Ok(Cow::Owned(policy))
            }
        }
    }
}

/// At most 40 characters of caller text in a message.
fn clip(text: &str) -> String {
    text.chars().take(40).collect()
}

/// A binding the server already knows.
#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Binding {
    pub person_id: PersonId,
    pub role: Role,
    pub network_id: PersonId,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Role {
    Founder,
    Member,
}

/// `checkNetwork`: may this founder bind these members?
#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NetworkRequest {
    pub policy: PolicyRef,
    pub as_of: Date,
    #[serde(default)]
    pub lang: Lang,
    pub founder: Insured,
    pub members: Vec<Member>,
    /// The modes the founder has chosen (or wants); absent: none yet.
    #[serde(default)]
    pub modes: Vec<Mode>,
    #[serde(default)]
    pub existing: Vec<Binding>,
    /// The network being edited, if it exists already: bindings in it are
    /// not conflicts.
    #[serde(default)]
    pub network_id: Option<PersonId>,
}

/// One person's verdict.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PersonCheck {
    pub person_id: String,
    pub eligible: bool,
    pub findings: Vec<Finding>,
}

#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NetworkCheck {
    /// No error anywhere.
    pub ok: bool,
    pub founder: PersonCheck,
    pub members: Vec<PersonCheck>,
    /// Network-wide findings (limits, duplicates, modes).
    pub findings: Vec<Finding>,
}

/// Where a bill is incurred.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum FacilityType {
    Hospital,
    Pharmacy,
}

/// One bill (or premium) a member wants to pay.
#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Expense {
    pub amount: Yuan,
    pub kind: ExpenseKind,
    /// 1, 2 or 3 (一级、二级、三级).
    #[serde(default, deserialize_with = "facility_level")]
    pub facility_level: Option<u8>,
    #[serde(default)]
    pub facility_type: Option<FacilityType>,
}

fn facility_level<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u8>, D::Error> {
    let level = Option::<u8>::deserialize(d)?;
    match level {
        Some(1..=3) | None => Ok(level),
        Some(_) => Err(de::Error::custom("INVALID_FACILITY_LEVEL")),
    }
}

/// The founder's fund as the member's bill meets it.
#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Fund {
    /// What is left in the family fund now.
    pub balance: Yuan,
    /// What this member has already drawn against his cap.
    #[serde(default)]
    pub used_by_member: Option<Yuan>,
    pub modes: Vec<Mode>,
}

/// `previewSettlement`: how will one bill split?
#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SettlementRequest {
    pub policy: PolicyRef,
    pub as_of: Date,
    #[serde(default)]
    pub lang: Lang,
    pub member: Member,
    pub fund: Fund,
    pub expense: Expense,
}

/// Who pays what of one bill; the four parts add up to the amount.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Split {
    pub own_current: Yuan,
    pub own_historical: Yuan,
    pub family: Yuan,
    pub cash: Yuan,
}

impl Split {
    pub fn total(&self) -> Yuan {
        self.own_current
            .plus(self.own_historical)
            .plus(self.family)
            .plus(self.cash)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Flags {
    /// Does the bill count toward the deductible (起付线 / 自负段)?
    pub counts_toward_deductible: bool,
    /// May the family-paid part enter relief schemes (减负、大病、救助)?
    pub in_relief_schemes: bool,
    /// Must the bill be claimed at the insurance office window?
    pub window_claim: bool,
}

/// The split under the national platform's settlement field names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Nhsa {
    /// 个人账户支出: the member's own accounts.
    pub acct_pay: Yuan,
    /// 个人账户共济支付金额: the family fund.
    pub acct_mulaid_pay: Yuan,
    /// 个人现金支出.
    pub psn_cash_pay: Yuan,
}

#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SettlementPreview {
    /// May the family fund pay (any of) this bill: no error finding.
    pub allowed: bool,
    pub split: Split,
    pub fund_after: Yuan,
    pub findings: Vec<Finding>,
    pub flags: Flags,
    pub nhsa: Nhsa,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ProjectionFund {
    pub balance: Yuan,
    pub modes: Vec<Mode>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ProjectedExpense {
    pub member_id: PersonId,
    pub expense: Expense,
}

/// `projectSettlements`: a sequence of bills against one fund.
#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ProjectionRequest {
    pub policy: PolicyRef,
    pub as_of: Date,
    #[serde(default)]
    pub lang: Lang,
    pub fund: ProjectionFund,
    pub members: Vec<Member>,
    pub expenses: Vec<ProjectedExpense>,
}

#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Step {
    pub member_id: String,
    pub allowed: bool,
    pub split: Split,
    pub fund_after: Yuan,
    pub findings: Vec<Finding>,
}

#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Projection {
    pub steps: Vec<Step>,
    /// Sum of the family parts of every step.
    pub family_total: Yuan,
    pub fund_end: Yuan,
}

/// `relationOptions`: which relations to offer in a form.
#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RelationOptionsRequest {
    pub policy: PolicyRef,
    pub as_of: Date,
    #[serde(default)]
    pub lang: Lang,
}

#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RelationOption {
    pub relation: Relation,
    pub label: &'static str,
}

#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RelationOptions {
    pub policy: String,
    pub valid_from: Date,
    pub options: Vec<RelationOption>,
    pub source: Source,
}

/// `policies`: takes an empty object (or nothing).
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PoliciesRequest {
    #[serde(default)]
    pub lang: Lang,
}

/// The calls of the contract.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Call {
    Policies,
    RelationOptions,
    CheckNetwork,
    PreviewSettlement,
    ProjectSettlements,
    ViewNetwork,
}

impl Call {
    pub const ALL: [Call; 6] = [
        Call::Policies,
        Call::RelationOptions,
        Call::CheckNetwork,
        Call::PreviewSettlement,
        Call::ProjectSettlements,
        Call::ViewNetwork,
    ];

    /// The camelCase name (`checkNetwork`).
    pub fn name(self) -> &'static str {
        match self {
            Call::Policies => "policies",
            Call::RelationOptions => "relationOptions",
            Call::CheckNetwork => "checkNetwork",
            Call::PreviewSettlement => "previewSettlement",
            Call::ProjectSettlements => "projectSettlements",
            Call::ViewNetwork => "viewNetwork",
        }
    }

    /// Accepts `checkNetwork` and `check-network`.
    pub fn from_name(name: &str) -> Option<Call> {
        Call::ALL
            .into_iter()
            .find(|c| c.name() == name || kebab(c.name()) == name)
    }
}

fn kebab(name: &str) -> String {
    name.chars()
        .flat_map(|c| {
            if c.is_ascii_uppercase() {
                vec!['-', c.to_ascii_lowercase()]
            } else {
                vec![c]
            }
        })
        .collect()
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
    match answer(call, request) {
        Ok(json) => (true, json),
        Err(error) => (false, error_json(&error)),
    }
}

/// The JSON a contract error crosses the boundary as.
pub fn error_json(error: &ContractError) -> String {
    #[derive(Serialize)]
    struct Envelope<'a> {
        error: &'a ContractError,
    }
    serde_json::to_string(&Envelope { error })
        .unwrap_or_else(|_| r#"{"error":{"code":"INTERNAL"}}"#.into())
}

fn answer(call: &str, request: &str) -> Result<String, ContractError> {
    let Some(call) = Call::from_name(call) else {
        return Err(ContractError::new(
            "UNKNOWN_CALL",
            None,
            format!(
                "未知调用 / unknown call \"{}\"; {}",
                clip(call),
                Call::ALL.map(Call::name).join(", ")
            ),
        ));
    };
    if request.len() > MAX_REQUEST_BYTES {
        let lang = crate::contract::sniff_lang_prefix(request);
        return Err(ContractError::new(
            "REQUEST_TOO_LARGE",
            None,
            lang.pick(
                format!("请求超过 {} 字节上限", MAX_REQUEST_BYTES),
                format!("the request is over the {MAX_REQUEST_BYTES}-byte limit"),
            ),
        ));
    }
    match call {
        Call::Policies => {
            if !request.trim().is_empty() {
                crate::contract::parse::<PoliciesRequest>(request)?;
            }
            to_json(&crate::policies())
        }
        Call::RelationOptions => {
            to_json(&crate::relation_options(&crate::contract::parse(request)?)?)
        }
        Call::CheckNetwork => to_json(&crate::check_network(&crate::contract::parse(request)?)?),
        Call::PreviewSettlement => to_json(&crate::preview_settlement(&crate::contract::parse(
            request,
        )?)?),
        Call::ProjectSettlements => to_json(&crate::project_settlements(&crate::contract::parse(
            request,
        )?)?),
        Call::ViewNetwork => to_json(&crate::view_network(&crate::contract::parse(request)?)?),
    }
}

fn to_json<T: Serialize>(value: &T) -> Result<String, ContractError> {
    serde_json::to_string(value).map_err(|e| ContractError::new("INTERNAL", None, e.to_string()))
}

/// Re-indents compact JSON (two spaces a level) keeping the key order,
/// for people reading the CLI's `--pretty` output and the README.
pub fn pretty_json(compact: &str) -> String {
    let mut out = String::with_capacity(compact.len() * 2);
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        out.extend(std::iter::repeat_n("  ", depth));
    };
    let mut chars = compact.chars().peekable();
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                if matches!(chars.peek(), Some('}' | ']')) {
                    out.push(chars.next().unwrap_or(']'));
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            c if c.is_whitespace() => {}
            c => out.push(c),
        }
    }
    out
}
