//! Builders for the Rust tests that build requests in code (the scenarios
//! themselves are data: scenarios/*.json, tests/scenarios.rs).

use gongji::contract::Finding;
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

/// The codes of the findings that refuse.
pub fn errors(findings: &[Finding]) -> Vec<&'static str> {
    findings
        .iter()
        .filter(|f| f.is_error())
        .map(|f| f.code.as_str())
        .collect()
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
