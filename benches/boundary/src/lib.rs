//! The previewSettlement and checkNetwork request and answer shapes with
//! serde derives, crossed three ways. Each call reads the request into the
//! typed struct (so a malformed one would be refused, as gongji does) and
//! answers a typed answer given once by `set_answers` (the real gongji
//! answers): the rules are not what is timed, the crossing is.

use std::cell::RefCell;

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[allow(dead_code)]
struct Person {
    id: String,
    scheme: String,
    region: String,
    #[serde(default)]
    status: Option<String>,
    #[serde(default)]
    current_balance: Option<String>,
    #[serde(default)]
    historical_balance: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[allow(dead_code)]
struct Member {
    relation: String,
    person: Person,
    #[serde(default)]
    cap: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[allow(dead_code)]
struct Fund {
    balance: String,
    modes: Vec<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[allow(dead_code)]
struct Expense {
    amount: String,
    kind: String,
    #[serde(default)]
    facility_type: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[allow(dead_code)]
struct PreviewRequest {
    policy: String,
    as_of: String,
    member: Member,
    fund: Fund,
    expense: Expense,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[allow(dead_code)]
struct Binding {
    person_id: String,
    role: String,
    network_id: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[allow(dead_code)]
struct NetworkRequest {
    policy: String,
    as_of: String,
    modes: Vec<String>,
    founder: Person,
    members: Vec<Member>,
    existing: Vec<Binding>,
    network_id: String,
}

#[derive(Serialize, Deserialize, Clone)]
struct Source {
    doc: String,
    #[serde(rename = "ref")]
    reference: String,
}

#[derive(Serialize, Deserialize, Clone)]
struct Finding {
    code: String,
    severity: String,
    message: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    hint: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    path: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    source: Option<Source>,
}

#[derive(Serialize, Deserialize, Clone)]
#[serde(rename_all = "camelCase")]
struct Split {
    own_current: String,
    own_historical: String,
    family: String,
    cash: String,
}

#[derive(Serialize, Deserialize, Clone)]
#[serde(rename_all = "camelCase")]
struct Flags {
    counts_toward_deductible: bool,
    in_relief_schemes: bool,
    window_claim: bool,
}

#[derive(Serialize, Deserialize, Clone)]
struct Nhsa {
    acct_pay: String,
    acct_mulaid_pay: String,
    psn_cash_pay: String,
}

#[derive(Serialize, Deserialize, Clone)]
#[serde(rename_all = "camelCase")]
struct Preview {
    allowed: bool,
    split: Split,
    fund_after: String,
    findings: Vec<Finding>,
    flags: Flags,
    nhsa: Nhsa,
}

#[derive(Serialize, Deserialize, Clone)]
#[serde(rename_all = "camelCase")]
struct PersonCheck {
    person_id: String,
    eligible: bool,
    findings: Vec<Finding>,
}

#[derive(Serialize, Deserialize, Clone)]
struct NetworkCheck {
    ok: bool,
    founder: PersonCheck,
    members: Vec<PersonCheck>,
    findings: Vec<Finding>,
}

thread_local! {
    static ANSWERS: RefCell<Option<(Preview, NetworkCheck)>> = const { RefCell::new(None) };
}

/// The real gongji answers to the two benchmark requests, as JSON.
#[wasm_bindgen]
pub fn set_answers(preview: &str, network: &str) -> Result<(), JsError> {
    let answers = (serde_json::from_str(preview)?, serde_json::from_str(network)?);
    ANSWERS.with(|a| *a.borrow_mut() = Some(answers));
    Ok(())
}

fn answer<T>(pick: impl Fn(&(Preview, NetworkCheck)) -> T) -> Result<T, JsError> {
    ANSWERS.with(|a| a.borrow().as_ref().map(pick).ok_or_else(|| JsError::new("set_answers first")))
}

/// One JSON string each way (serde_json in the wasm; JSON.stringify and
/// JSON.parse in JS).
#[wasm_bindgen]
pub fn via_json(call: &str, request: &str) -> Result<String, JsError> {
    Ok(match call {
        "previewSettlement" => {
            let _: PreviewRequest = serde_json::from_str(request)?;
            serde_json::to_string(&answer(|a| a.0.clone())?)?
        }
        _ => {
            let _: NetworkRequest = serde_json::from_str(request)?;
            serde_json::to_string(&answer(|a| a.1.clone())?)?
        }
    })
}

/// serde-wasm-bindgen: the request object walked from the wasm, the answer
/// built as JS objects from the wasm.
#[wasm_bindgen]
pub fn via_swb(call: &str, request: JsValue) -> Result<JsValue, JsError> {
    let out = serde_wasm_bindgen::Serializer::json_compatible();
    Ok(match call {
        "previewSettlement" => {
            let _: PreviewRequest = serde_wasm_bindgen::from_value(request)?;
            answer(|a| a.0.clone())?.serialize(&out)?
        }
        _ => {
            let _: NetworkRequest = serde_wasm_bindgen::from_value(request)?;
            answer(|a| a.1.clone())?.serialize(&out)?
        }
    })
}
