//! The npm package's interface to its JavaScript host, and the only file
//! that knows wasm-bindgen: each call takes a plain JS object and returns
//! one (serde-wasm-bindgen), and a refused request throws a `GongjiError`
//! built here with js-sys. It converts and maps errors; every rule stays in
//! the core. One function for each [`crate::api::Call`], named as
//! `Call::name` names it (the package build, `scripts/assemble-pkg.mjs`,
//! stops when the exports and that list differ). The TypeScript of the
//! contract types comes from the Rust types (`tests/typescript.rs` writes
//! `contract.d.ts` beside this file).

use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::contract::read::{from_value, JsonValue};
use crate::contract::{
    ContractError, ErrorCode, Lang, NetworkCheck, NetworkRequest, NetworkView, PoliciesRequest,
    Projection, ProjectionRequest, RelationOptions, RelationOptionsRequest, SettlementPreview,
    SettlementRequest, TransferCheck, TransferRequest, ViewRequest,
};

#[wasm_bindgen(typescript_custom_section)]
const CONTRACT_TYPES: &str = include_str!("contract.d.ts");

/// `BuiltInPolicy`, the union of the built-in ids, written by `build.rs`
/// from `policies/`.
#[wasm_bindgen(typescript_custom_section)]
const BUILT_IN_POLICY: &str = include_str!(concat!(env!("OUT_DIR"), "/built_in_policy.d.ts"));

#[wasm_bindgen(typescript_custom_section)]
const OPTIONAL_REQUEST: &str = r#"
/**
 * Every built-in profile, in the same schema a custom profile uses: id,
 * names, region, documents and dated versions of rules, each rule with
 * its citation. In order: each profile before the layers it extends (so
 * the regions come first), then by region code (GB/T 2260), then by id.
 *
 * `ids` asks for some profiles only (an old id answers its profile): a
 * page showing one region asks for it alone, and the engine resolves only
 * that profile and the layers under it, where every profile takes it
 * longer at start.
 *
 * Throws `GongjiError` for a request it cannot read (`UNKNOWN_FIELD`,
 * `UNKNOWN_VALUE`), and `UNKNOWN_POLICY` at `ids[i]` for an id not built in.
 *
 * @example
 * ```js
 * policies().map((p) => p.id); // ['beijing', 'hebei', 'shanxi', 'shanghai', 'jiangsu-suzhou', 'ruian', 'dongying', 'hunan', 'guangdong', 'sichuan', 'shaanxi', 'jiangsu-province', 'national']
 * policies({ ids: ['guangdong'] })[0].extend; // 'national'
 * ```
 */
export function policies(request?: PoliciesRequest & { view?: "resolved" }): Policy[];
/**
 * Every built-in profile as written: a layer lists only what it overrides
 * on the profile it `extend`s (keys in alphabetical order); with `ids`,
 * those profiles only.
 *
 * Throws `GongjiError` for a request it cannot read, and `UNKNOWN_POLICY`
 * at `ids[i]` for an id not built in.
 *
 * @example
 * ```js
 * policies({ view: 'written' }).find((p) => p.id === 'guangdong').extend; // 'national'
 * ```
 */
export function policies(request: PoliciesRequest & { view: "written" }): Profile[];
/**
 * Every built-in profile in a line (id, name, region, what it extends), as
 * a region picker lists them: nothing is resolved, so it answers at once
 * where the whole list waits for every profile; with `ids`, those only.
 *
 * Throws `GongjiError` for a request it cannot read, and `UNKNOWN_POLICY`
 * at `ids[i]` for an id not built in.
 *
 * @example
 * ```js
 * policies({ view: 'summary' }).map((p) => p.id).join() === policies().map((p) => p.id).join(); // true
 * ```
 */
export function policies(request: PoliciesRequest & { view: "summary" }): PolicySummary[];
"#;

#[wasm_bindgen(typescript_custom_section)]
const GONGJI_ERROR: &str = r#"
/**
 * Thrown by every call for a request gongji cannot judge (never for a rule
 * verdict, which is a finding in the answer).
 *
 * @example
 * ```js
 * try {
 *   previewSettlement({ policy: 'shanghai', asOf: '2025-13-01' });
 * } catch (e) {
 *   e instanceof GongjiError; // true
 *   [e.code, e.path]; // ['INVALID_DATE', 'asOf']
 * }
 * ```
 */
export declare class GongjiError extends Error {
  /** Stable: switch on it. */
  readonly code: ErrorCode;
  /** The bad field (`members[2].person.scheme`); absent for the request as a whole. */
  readonly path?: string;
}
"#;

/// Every built-in profile, in the same schema a custom profile uses: id,
/// names, region, documents and dated versions of rules, each rule with
/// its citation and layer; with `{view: "written"}`, as the files write
/// them (a layer's overrides); with `{view: "summary"}`, each in a line.
/// (Declared in `OPTIONAL_REQUEST`: wasm-bindgen cannot
/// write an optional parameter.)
#[wasm_bindgen(skip_typescript)]
pub fn policies(request: Option<js_sys::Object>) -> Result<JsValue, JsValue> {
    let req = match request {
        Some(request) => read::<PoliciesRequest>(&request)?,
        None => PoliciesRequest::default(),
    };
    write(&crate::rules::list_policies(&req).map_err(|e| thrown(&e))?)
}

/// The relations a form should offer under a policy on a date, with their
/// labels in the request's language.
///
/// Throws `GongjiError` for a request it cannot judge: `code` (`UNKNOWN_POLICY`, `INVALID_DATE`, `DATE_NOT_COVERED`, ...),
/// `path` naming the field, `message` in zh-CN or en (`lang: 'en'`). Rule
/// verdicts are never thrown: they are findings in the answer.
///
/// @example
/// ```js
/// const { options } = relationOptions({ policy: 'guangdong', asOf: '2024-07-01', lang: 'en' });
/// options.slice(0, 3).map((o) => o.label); // ['spouse', 'parent', 'child']
/// ```
#[wasm_bindgen(js_name = relationOptions, unchecked_return_type = "RelationOptions")]
pub fn relation_options(
    #[wasm_bindgen(unchecked_param_type = "RelationOptionsRequest")] request: JsValue,
) -> Result<JsValue, JsValue> {
    answer::<RelationOptionsRequest, RelationOptions>(&request, crate::rules::relation_options)
}

/// May this founder bind these members, and what conflicts? Every verdict
/// cites its clause; `ok` is false when any finding is an error.
///
/// Throws `GongjiError` for a request it cannot judge: `code` (`MISSING_FIELD`, `UNKNOWN_VALUE`, `AMOUNT_TOO_PRECISE`, `INVALID_REGION`, ...),
/// `path` naming the field, `message` in zh-CN or en (`lang: 'en'`). Rule
/// verdicts are never thrown: they are findings in the answer.
///
/// @example
/// ```js
/// const check = checkNetwork({
///   policy: 'dongying', asOf: '2024-12-08',
///   founder: { id: 'wang', scheme: 'employee', region: '370502', historicalBalance: '8200.00' },
///   members: [{ relation: 'sibling', person: { id: 'bro', scheme: 'employee', region: '370502' } }],
/// });
/// check.ok; // false
/// check.members[0].findings.map((f) => f.code); // ['RELATION_NOT_ADMITTED']
/// ```
#[wasm_bindgen(js_name = checkNetwork, unchecked_return_type = "NetworkCheck")]
pub fn check_network(
    #[wasm_bindgen(unchecked_param_type = "NetworkRequest")] request: JsValue,
) -> Result<JsValue, JsValue> {
    answer::<NetworkRequest, NetworkCheck>(&request, crate::rules::check_network)
}

/// How one bill will split between the member's own accounts, the family
/// fund and cash, exact to the fen, and why.
///
/// Throws `GongjiError` for a request it cannot judge: `code` (`INVALID_DATE`, `AMOUNT_TOO_PRECISE`, `UNKNOWN_RELATION`, ...),
/// `path` naming the field, `message` in zh-CN or en (`lang: 'en'`). Rule
/// verdicts are never thrown: they are findings in the answer.
///
/// @example
/// ```js
/// const preview = previewSettlement({
///   policy: 'shanghai', asOf: '2025-03-10',
///   member: { relation: 'parent', person: { id: 'mum', scheme: 'resident', region: '310104' } },
///   fund: { balance: '800.00', modes: ['payment'] },
///   expense: { amount: '1000.00', kind: 'outpatient' },
/// });
/// preview.split; // { ownCurrent: '0.00', ownHistorical: '0.00', family: '800.00', cash: '200.00' }
/// ```
#[wasm_bindgen(js_name = previewSettlement, unchecked_return_type = "SettlementPreview")]
pub fn preview_settlement(
    #[wasm_bindgen(unchecked_param_type = "SettlementRequest")] request: JsValue,
) -> Result<JsValue, JsValue> {
    answer::<SettlementRequest, SettlementPreview>(&request, crate::rules::preview_settlement)
}

/// A sequence of bills against one fund, in settlement order: each split
/// and the fund after each.
///
/// Throws `GongjiError` for a request it cannot judge: `code` (`UNKNOWN_MEMBER`, `DUPLICATE_MEMBER`, `LIMIT_EXCEEDED`, ...),
/// `path` naming the field, `message` in zh-CN or en (`lang: 'en'`). Rule
/// verdicts are never thrown: they are findings in the answer.
///
/// @example
/// ```js
/// const year = projectSettlements({
///   policy: 'jiangsu', asOf: '2025-01-15',
///   fund: { balance: '1000.00', modes: ['payment', 'premium'] },
///   members: [{ relation: 'child', person: { id: 'kid', scheme: 'resident', region: '320506' } }],
///   expenses: [
///     { memberId: 'kid', expense: { amount: '380.00', kind: 'residentPremium' } },
///     { memberId: 'kid', expense: { amount: '520.00', kind: 'inpatient' } },
///   ],
/// });
/// year.fundEnd; // '100.00'
/// ```
#[wasm_bindgen(js_name = projectSettlements, unchecked_return_type = "Projection")]
pub fn project_settlements(
    #[wasm_bindgen(unchecked_param_type = "ProjectionRequest")] request: JsValue,
) -> Result<JsValue, JsValue> {
    answer::<ProjectionRequest, Projection>(&request, crate::rules::project_settlements)
}

/// What a viewer may see of a network under the policy's visibility rule.
///
/// Throws `GongjiError` for a request it cannot judge: `code` (`MISSING_FIELD`, `UNKNOWN_POLICY`, `INVALID_DATE`, ...),
/// `path` naming the field, `message` in zh-CN or en (`lang: 'en'`). Rule
/// verdicts are never thrown: they are findings in the answer.
///
/// @example
/// ```js
/// const view = viewNetwork({
///   policy: 'shanghai', asOf: '2025-03-10', viewerId: 'mum',
///   founder: { id: 'me', scheme: 'employee', region: '310104' },
///   members: [{ relation: 'parent', person: { id: 'mum', scheme: 'resident', region: '310104' } }],
/// });
/// view.viewerRole; // 'member'
/// ```
#[wasm_bindgen(js_name = viewNetwork, unchecked_return_type = "NetworkView")]
pub fn view_network(
    #[wasm_bindgen(unchecked_param_type = "ViewRequest")] request: JsValue,
) -> Result<JsValue, JsValue> {
    answer::<ViewRequest, NetworkView>(&request, crate::rules::view_network)
}

/// May this 医保钱包 transfer to a close relative be made now: the day's
/// count and limit, the hour, a transfer still unaccepted, the recipient's
/// relation, insurance and wallet, the giver's balance; and, when allowed,
/// when it comes back if the recipient does not accept it.
///
/// Throws `GongjiError` for a request it cannot judge: `code` (`INVALID_DATE_TIME` for
/// `transfer.at: '2026-03-01T25:00'`, `AMOUNT_TOO_PRECISE`, ...), `path`
/// naming the field, `message` in zh-CN or en (`lang: 'en'`). Rule verdicts
/// are never thrown: they are findings in the answer.
///
/// @example
/// ```js
/// const check = checkTransfer({
///   policy: 'national', asOf: '2025-11-03',
///   giver: { id: 'me', scheme: 'employee', region: '440106', balance: '5000.00' },
///   recipient: { id: 'sis', relation: 'sibling', scheme: 'resident', region: '510107', walletOpened: true },
///   transfer: { amount: '2000.00', at: '2025-11-03T21:59' },
/// });
/// check.allowed; // true
/// check.returnIfUnaccepted.time; // '2025-11-04T06:00'
/// ```
#[wasm_bindgen(js_name = checkTransfer, unchecked_return_type = "TransferCheck")]
pub fn check_transfer(
    #[wasm_bindgen(unchecked_param_type = "TransferRequest")] request: JsValue,
) -> Result<JsValue, JsValue> {
    answer::<TransferRequest, TransferCheck>(&request, crate::rules::check_transfer)
}

/// The raw call for callers who hold JSON text: a call name and a request
/// as JSON in, the answer as JSON out, or `{"error":{...}}` (never thrown),
/// byte for byte what the native CLI answers.
///
/// @example
/// ```js
/// const text = callJson('previewSettlement', '{"policy":"shanghai","asOf":"2025-13-01"}');
/// JSON.parse(text).error.code; // 'INVALID_DATE'
/// ```
#[wasm_bindgen(js_name = callJson)]
pub fn call_json(name: &str, request: &str) -> String {
    crate::api::respond(name, request).1
}

thread_local! {
    /// The package's `GongjiError` class, registered once by its entry.
    static ERROR_CLASS: std::cell::RefCell<Option<js_sys::Function>> = const { std::cell::RefCell::new(None) };
}

/// Registers the JS class thrown errors are instances of (the package's
/// entry does this once, with its exported `GongjiError`).
#[wasm_bindgen(js_name = setErrorClass, skip_typescript)]
pub fn set_error_class(class: js_sys::Function) {
    ERROR_CLASS.with(|c| *c.borrow_mut() = Some(class));
}

/// One typed call: read the request, answer, write the answer.
fn answer<Req: DeserializeOwned, Ans: Serialize>(
    request: &JsValue,
    call: impl FnOnce(&Req) -> Result<Ans, ContractError>,
) -> Result<JsValue, JsValue> {
    let request = read::<Req>(request)?;
    write(&call(&request).map_err(|e| thrown(&e))?)
}

/// A JS value as a request. serde-wasm-bindgen reads only the fields a
/// struct names, so unknown fields would pass unseen: the value is read
/// into a `serde_json::Value` first (keeping every key, bounded in depth)
/// and the request from that, which refuses them as the JSON route does.
fn read<Req: DeserializeOwned>(request: &JsValue) -> Result<Req, JsValue> {
    let reader = serde_wasm_bindgen::Deserializer::from(request.clone());
    let value = JsonValue::read(reader).map_err(|e| {
        // A value JSON has no form for (a BigInt, a Symbol, a function), or
        // an object that contains itself.
        let why = String::from(js_sys::Error::from(JsValue::from(e)).message());
        let lang = js_sys::Reflect::get(request, &"lang".into()).ok().and_then(|l| l.as_string());
        let lang = if lang.as_deref() == Some("en") { Lang::En } else { Lang::Zh };
        thrown(&ContractError::new(
            ErrorCode::InvalidJson,
            None,
            say!(lang, "请求无法按 JSON 读取（{}）", why; "the request cannot be read as JSON: {}", why),
        ))
    })?;
    from_value(&value).map_err(|e| thrown(&e))
}

/// An answer as a plain JS object (not a `Map`), amounts as strings.
fn write<Ans: Serialize + ?Sized>(answer: &Ans) -> Result<JsValue, JsValue> {
    answer
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| {
            thrown(&ContractError::new(
                ErrorCode::Internal,
                None,
                e.to_string(),
            ))
        })
}

/// The `GongjiError` for a contract error: a real `Error`, of the
/// registered class when there is one, with `code` and `path`.
fn thrown(error: &ContractError) -> JsValue {
    let js = js_sys::Error::new(&error.message);
    js.set_name("GongjiError");
    ERROR_CLASS.with(|class| {
        if let Some(class) = &*class.borrow() {
            if let Ok(prototype) = js_sys::Reflect::get(class, &"prototype".into()) {
                js_sys::Object::set_prototype_of(&js, &prototype.into());
            }
        }
    });
    let set = |key: &str, value: JsValue| js_sys::Reflect::set(&js, &key.into(), &value);
    let _ = set("code", error.code.as_str().into());
    if let Some(path) = &error.path {
        let _ = set("path", path.into());
    }
    js.into()
}
