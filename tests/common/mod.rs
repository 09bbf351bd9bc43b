//! Builders for the scenario tests: short JSON requests, typed answers.
#![allow(dead_code)]

use gongji::contract::{ContractError, Finding};
use gongji::contract::{NetworkCheck, Projection, SettlementPreview};
pub use serde_json::{json, Value};

pub fn employee(id: &str, region: &str, historical: &str) -> Value {
    json!({"id": id, "scheme": "employee", "region": region, "historicalBalance": historical})
}

pub fn resident(id: &str, region: &str) -> Value {
    json!({"id": id, "scheme": "resident", "region": region})
}

pub fn member(relation: &str, person: Value) -> Value {
    json!({"relation": relation, "person": person})
}

pub fn network(policy: &str, as_of: &str, founder: Value, members: Vec<Value>) -> Value {
    json!({"policy": policy, "asOf": as_of, "founder": founder, "members": members, "modes": ["payment"]})
}

fn parse<T: serde::de::DeserializeOwned>(request: &Value) -> T {
    gongji::contract::parse(&request.to_string()).unwrap_or_else(|e| panic!("request refused: {e}"))
}

pub fn check(request: &Value) -> NetworkCheck {
    gongji::check_network(&parse(request)).unwrap_or_else(|e| panic!("{e}"))
}

pub fn check_error(request: &Value) -> ContractError {
    match gongji::contract::parse(&request.to_string()) {
        Err(e) => e,
        Ok(r) => gongji::check_network(&r).expect_err("expected a contract error"),
    }
}

pub fn bill(
    policy: &str,
    as_of: &str,
    member: Value,
    fund: &str,
    amount: &str,
    kind: &str,
) -> Value {
    json!({"policy": policy, "asOf": as_of, "member": member,
           "fund": {"balance": fund, "modes": ["payment", "premium"]},
           "expense": {"amount": amount, "kind": kind}})
}

pub fn preview(request: &Value) -> SettlementPreview {
    let answer = gongji::preview_settlement(&parse(request)).unwrap_or_else(|e| panic!("{e}"));
    let s = answer.split;
    assert_eq!(
        s.total(),
        parse_yuan(&request["expense"]["amount"]),
        "the split adds up"
    );
    answer
}

pub fn preview_error(request: &Value) -> ContractError {
    match gongji::contract::parse(&request.to_string()) {
        Err(e) => e,
        Ok(r) => gongji::preview_settlement(&r).expect_err("expected a contract error"),
    }
}

pub fn project(request: &Value) -> Projection {
    gongji::project_settlements(&parse(request)).unwrap_or_else(|e| panic!("{e}"))
}

fn parse_yuan(v: &Value) -> gongji::contract::money::Yuan {
    gongji::contract::money::Yuan::parse(v.as_str().expect("amount")).expect("amount")
}

pub fn codes(findings: &[Finding]) -> Vec<&'static str> {
    findings.iter().map(|f| f.code.as_str()).collect()
}

pub fn find<'a>(findings: &'a [Finding], code: &str) -> &'a Finding {
    findings
        .iter()
        .find(|f| f.code == code)
        .unwrap_or_else(|| panic!("no {code} in {:?}", codes(findings)))
}

/// The question a finding cites (`"Q17"`), if any.
pub fn reference(finding: &Finding) -> Option<&str> {
    finding.source.as_ref().map(|s| &*s.reference)
}

/// The question cited by the finding with this code.
pub fn cited<'a>(findings: &'a [Finding], code: &str) -> Option<&'a str> {
    reference(find(findings, code))
}

/// Every finding of a network check, wherever it sits.
pub fn all_codes(check: &NetworkCheck) -> Vec<&'static str> {
    let mut out = codes(&check.founder.findings);
    for m in &check.members {
        out.extend(codes(&m.findings));
    }
    out.extend(codes(&check.findings));
    out
}

pub fn errors(findings: &[Finding]) -> Vec<&'static str> {
    findings
        .iter()
        .filter(|f| f.is_error())
        .map(|f| f.code.as_str())
        .collect()
}

pub fn split(p: &SettlementPreview) -> [String; 4] {
    let s = p.split;
    [
        s.own_current.to_string(),
        s.own_historical.to_string(),
        s.family.to_string(),
        s.cash.to_string(),
    ]
}

/// A valid 18-digit ID number (GB 11643 check character) for a birth date.
pub fn id_number(region: &str, birth: &str, serial: &str) -> String {
    const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    let body = format!("{region}{birth}{serial}");
    assert_eq!(body.len(), 17);
    let sum: u32 = body
        .bytes()
        .zip(WEIGHTS)
        .map(|(d, w)| u32::from(d - b'0') * w)
        .sum();
    format!("{body}{}", b"10X98765432"[(sum % 11) as usize] as char)
}
