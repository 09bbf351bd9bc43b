//! The JSON contract shared by the wasm package, the native crate and the
//! command-line tool: request and response types in camelCase, amounts as
//! decimal strings, and [`respond`], which turns a call name and a request
//! string into a response string.

use crate::date::Date;
use crate::finding::{ContractError, Finding, Lang, Source};
use crate::json::{self, FromJson, Object, Out, Reader, ToJson, Ty};
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
/// A built-in is looked up as the request is read; a custom profile is read
/// by the same code that reads the built-ins (its errors carry paths under
/// `policy.`). [`PolicyRef::load`] refuses an unknown id and checks a
/// custom profile.
#[derive(Clone, Debug)]
pub enum PolicyRef {
    BuiltIn(&'static Policy),
    /// An id no built-in profile has.
    Unknown(String),
    Custom(Box<Policy>),
}

impl FromJson for PolicyRef {
    fn read(r: &mut Reader<'_>) -> json::Result<PolicyRef> {
        if r.null()? {
            return Err(json::Error::new(json::Kind::WrongType(
                Ty::PolicyRef,
                json::Found::Null,
            )));
        }
        match r.string(Ty::PolicyRef) {
            Ok(id) => Ok(match policy::built_in(&id) {
                Some(built_in) => PolicyRef::BuiltIn(built_in),
                None => PolicyRef::Unknown(id.into_owned()),
            }),
            Err(json::Error {
                kind: json::Kind::WrongType(_, json::Found::Object),
                ..
            }) => Box::<Policy>::read(r).map(PolicyRef::Custom),
            Err(e) => Err(e),
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
    /// The built-in profile, or the custom one checked.
    ///
    /// # Errors
    /// `UNKNOWN_POLICY` for an id that is not built in; for a custom
    /// profile, `INVALID_POLICY` from [`Policy::validate`].
    pub fn load(&self, lang: Lang) -> Result<&Policy, ContractError> {
        match self {
            PolicyRef::BuiltIn(built_in) => Ok(built_in),
            PolicyRef::Unknown(id) => {
                let known: Vec<&str> = policy::built_ins().iter().map(|p| p.id.as_str()).collect();
                Err(ContractError::new(
                    "UNKNOWN_POLICY",
                    Some("policy".into()),
                    say!(lang, "没有名为 \"{}\" 的内置政策；可用：{}", json::clip(id), known.join("、");
                        "no built-in policy \"{}\"; known: {}", json::clip(id), known.join(", ")),
                ))
            }
            PolicyRef::Custom(policy) => {
                policy.validate(lang)?;
                Ok(policy)
            }
        }
    }
}

/// A binding the server already knows.
#[derive(Clone, Debug)]
pub struct Binding {
    pub person_id: PersonId,
    pub role: Role,
    pub network_id: PersonId,
}

from_json!(Binding {
    person_id: "personId",
    role: "role",
    network_id: "networkId",
});

json_enum! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Role {
        Founder = "founder",
        Member = "member",
    }
}

/// `checkNetwork`: may this founder bind these members?
#[derive(Clone, Debug)]
pub struct NetworkRequest {
    pub policy: PolicyRef,
    pub as_of: Date,
    pub lang: Lang,
    pub founder: Insured,
    pub members: Vec<Member>,
    /// The modes the founder has chosen (or wants); absent: none yet.
    pub modes: Vec<Mode>,
    pub existing: Vec<Binding>,
    /// The network being edited, if it exists already: bindings in it are
    /// not conflicts.
    pub network_id: Option<PersonId>,
}

from_json!(NetworkRequest {
    policy: "policy",
    as_of: "asOf",
    founder: "founder",
    members: "members";
    lang: "lang",
    modes: "modes",
    existing: "existing",
    network_id: "networkId",
});

/// One person's verdict.
#[derive(Clone, Debug)]
pub struct PersonCheck {
    pub person_id: String,
    pub eligible: bool,
    pub findings: Vec<Finding>,
}

impl ToJson for PersonCheck {
    fn write_json(&self, out: &mut Out) {
        Object::new(out)
            .field("personId", &self.person_id)
            .field("eligible", &self.eligible)
            .field("findings", &self.findings)
            .end();
    }
}

#[derive(Clone, Debug)]
pub struct NetworkCheck {
    /// No error anywhere.
    pub ok: bool,
    pub founder: PersonCheck,
    pub members: Vec<PersonCheck>,
    /// Network-wide findings (limits, duplicates, modes).
    pub findings: Vec<Finding>,
}

impl ToJson for NetworkCheck {
    fn write_json(&self, out: &mut Out) {
        Object::new(out)
            .field("ok", &self.ok)
            .field("founder", &self.founder)
            .field("members", &self.members)
            .field("findings", &self.findings)
            .end();
    }
}

json_enum! {
    /// Where a bill is incurred.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum FacilityType {
        Hospital = "hospital",
        Pharmacy = "pharmacy",
    }
}

/// 一级、二级、三级: a facility level, 1 to 3.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct FacilityLevel(pub u8);

impl FromJson for FacilityLevel {
    fn read(r: &mut Reader<'_>) -> json::Result<FacilityLevel> {
        match u8::read(r)? {
            level @ 1..=3 => Ok(FacilityLevel(level)),
            _ => Err(json::Error::invalid("INVALID_FACILITY_LEVEL")),
        }
    }
}

/// One bill (or premium) a member wants to pay.
#[derive(Clone, Debug)]
pub struct Expense {
    pub amount: Yuan,
    pub kind: ExpenseKind,
    pub facility_level: Option<FacilityLevel>,
    pub facility_type: Option<FacilityType>,
}

from_json!(Expense {
    amount: "amount",
    kind: "kind";
    facility_level: "facilityLevel",
    facility_type: "facilityType",
});

/// The founder's fund as the member's bill meets it.
#[derive(Clone, Debug)]
pub struct Fund {
    /// What is left in the family fund now.
    pub balance: Yuan,
    /// What this member has already drawn against his cap.
    pub used_by_member: Option<Yuan>,
    pub modes: Vec<Mode>,
}

from_json!(Fund {
    balance: "balance",
    modes: "modes";
    used_by_member: "usedByMember",
});

/// `previewSettlement`: how will one bill split?
#[derive(Clone, Debug)]
pub struct SettlementRequest {
    pub policy: PolicyRef,
    pub as_of: Date,
    pub lang: Lang,
    pub member: Member,
    pub fund: Fund,
    pub expense: Expense,
}

from_json!(SettlementRequest {
    policy: "policy",
    as_of: "asOf",
    member: "member",
    fund: "fund",
    expense: "expense";
    lang: "lang",
});

/// Who pays what of one bill; the four parts add up to the amount.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
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

impl ToJson for Split {
    fn write_json(&self, out: &mut Out) {
        Object::new(out)
            .field("ownCurrent", &self.own_current)
            .field("ownHistorical", &self.own_historical)
            .field("family", &self.family)
            .field("cash", &self.cash)
            .end();
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Flags {
    /// Does the bill count toward the deductible (起付线 / 自负段)?
    pub counts_toward_deductible: bool,
    /// May the family-paid part enter relief schemes (减负、大病、救助)?
    pub in_relief_schemes: bool,
    /// Must the bill be claimed at the insurance office window?
    pub window_claim: bool,
}

impl ToJson for Flags {
    fn write_json(&self, out: &mut Out) {
        Object::new(out)
            .field("countsTowardDeductible", &self.counts_toward_deductible)
            .field("inReliefSchemes", &self.in_relief_schemes)
            .field("windowClaim", &self.window_claim)
            .end();
    }
}

/// The split under the national platform's settlement field names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Nhsa {
    /// 个人账户支出: the member's own accounts.
    pub acct_pay: Yuan,
    /// 个人账户共济支付金额: the family fund.
    pub acct_mulaid_pay: Yuan,
    /// 个人现金支出.
    pub psn_cash_pay: Yuan,
}

impl ToJson for Nhsa {
    fn write_json(&self, out: &mut Out) {
        Object::new(out)
            .field("acct_pay", &self.acct_pay)
            .field("acct_mulaid_pay", &self.acct_mulaid_pay)
            .field("psn_cash_pay", &self.psn_cash_pay)
            .end();
    }
}

#[derive(Clone, Debug)]
pub struct SettlementPreview {
    /// May the family fund pay (any of) this bill: no error finding.
    pub allowed: bool,
    pub split: Split,
    pub fund_after: Yuan,
    pub findings: Vec<Finding>,
    pub flags: Flags,
    pub nhsa: Nhsa,
}

impl ToJson for SettlementPreview {
    fn write_json(&self, out: &mut Out) {
        Object::new(out)
            .field("allowed", &self.allowed)
            .field("split", &self.split)
            .field("fundAfter", &self.fund_after)
            .field("findings", &self.findings)
            .field("flags", &self.flags)
            .field("nhsa", &self.nhsa)
            .end();
    }
}

#[derive(Clone, Debug)]
pub struct ProjectionFund {
    pub balance: Yuan,
    pub modes: Vec<Mode>,
}

from_json!(ProjectionFund {
    balance: "balance",
    modes: "modes",
});

#[derive(Clone, Debug)]
pub struct ProjectedExpense {
    pub member_id: PersonId,
    pub expense: Expense,
}

from_json!(ProjectedExpense {
    member_id: "memberId",
    expense: "expense",
});

/// `projectSettlements`: a sequence of bills against one fund.
#[derive(Clone, Debug)]
pub struct ProjectionRequest {
    pub policy: PolicyRef,
    pub as_of: Date,
    pub lang: Lang,
    pub fund: ProjectionFund,
    pub members: Vec<Member>,
    pub expenses: Vec<ProjectedExpense>,
}

from_json!(ProjectionRequest {
    policy: "policy",
    as_of: "asOf",
    fund: "fund",
    members: "members",
    expenses: "expenses";
    lang: "lang",
});

#[derive(Clone, Debug)]
pub struct Step {
    pub member_id: String,
    pub allowed: bool,
    pub split: Split,
    pub fund_after: Yuan,
    pub findings: Vec<Finding>,
}

impl ToJson for Step {
    fn write_json(&self, out: &mut Out) {
        Object::new(out)
            .field("memberId", &self.member_id)
            .field("allowed", &self.allowed)
            .field("split", &self.split)
            .field("fundAfter", &self.fund_after)
            .field("findings", &self.findings)
            .end();
    }
}

#[derive(Clone, Debug)]
pub struct Projection {
    pub steps: Vec<Step>,
    /// Sum of the family parts of every step.
    pub family_total: Yuan,
    pub fund_end: Yuan,
}

impl ToJson for Projection {
    fn write_json(&self, out: &mut Out) {
        Object::new(out)
            .field("steps", &self.steps)
            .field("familyTotal", &self.family_total)
            .field("fundEnd", &self.fund_end)
            .end();
    }
}

/// `relationOptions`: which relations to offer in a form.
#[derive(Clone, Debug)]
pub struct RelationOptionsRequest {
    pub policy: PolicyRef,
    pub as_of: Date,
    pub lang: Lang,
}

from_json!(RelationOptionsRequest {
    policy: "policy",
    as_of: "asOf";
    lang: "lang",
});

#[derive(Clone, Debug)]
pub struct RelationOption {
    pub relation: Relation,
    pub label: &'static str,
}

impl ToJson for RelationOption {
    fn write_json(&self, out: &mut Out) {
        Object::new(out)
            .field("relation", &self.relation)
            .field("label", self.label)
            .end();
    }
}

#[derive(Clone, Debug)]
pub struct RelationOptions {
    pub policy: String,
    pub valid_from: Date,
    pub options: Vec<RelationOption>,
    pub source: Source,
}

impl ToJson for RelationOptions {
    fn write_json(&self, out: &mut Out) {
        Object::new(out)
            .field("policy", &self.policy)
            .field("validFrom", &self.valid_from)
            .field("options", &self.options)
            .field("source", &self.source)
            .end();
    }
}

/// `policies`: takes an empty object (or nothing).
#[derive(Clone, Debug, Default)]
pub struct PoliciesRequest {
    pub lang: Lang,
}

from_json!(PoliciesRequest {
    ;
    lang: "lang",
});

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
    respond_as(call, request, json::to_string)
}

/// As [`respond`], with every non-ASCII character escaped (`\u4e2d`): the
/// same JSON value, which a JavaScript engine reads without decoding UTF-8.
/// The wasm package's object calls use it.
pub fn respond_ascii(call: &str, request: &str) -> (bool, String) {
    respond_as(call, request, json::to_ascii_string)
}

/// Which writer: [`json::to_string`] or [`json::to_ascii_string`].
type Writer = fn(&dyn ToJson) -> String;

fn respond_as(call: &str, request: &str, write: Writer) -> (bool, String) {
    match answer(call, request, write) {
        Ok(json) => (true, json),
        Err(error) => (false, write(&ErrorEnvelope(&error))),
    }
}

/// The JSON a contract error crosses the boundary as.
pub fn error_json(error: &ContractError) -> String {
    json::to_string(&ErrorEnvelope(error))
}

/// `{"error": ...}`.
struct ErrorEnvelope<'a>(&'a ContractError);

impl ToJson for ErrorEnvelope<'_> {
    fn write_json(&self, out: &mut Out) {
        Object::new(out).field("error", self.0).end();
    }
}

fn answer(call: &str, request: &str, write: Writer) -> Result<String, ContractError> {
    let Some(call) = Call::from_name(call) else {
        return Err(ContractError::new(
            "UNKNOWN_CALL",
            None,
            format!(
                "未知调用 / unknown call \"{}\"; {}",
                json::clip(call),
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
    use crate::contract::parse;
    Ok(match call {
        Call::Policies => {
            if !request.trim().is_empty() {
                parse::<PoliciesRequest>(request)?;
            }
            write(&crate::policies())
        }
        Call::RelationOptions => write(&crate::relation_options(&parse(request)?)?),
        Call::CheckNetwork => write(&crate::check_network(&parse(request)?)?),
        Call::PreviewSettlement => write(&crate::preview_settlement(&parse(request)?)?),
        Call::ProjectSettlements => write(&crate::project_settlements(&parse(request)?)?),
        Call::ViewNetwork => write(&crate::view_network(&parse(request)?)?),
    })
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
