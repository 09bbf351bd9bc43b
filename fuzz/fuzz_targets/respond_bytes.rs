//! Arbitrary bytes into every call's JSON entry: the first byte picks the
//! call, the rest is the request. Must never panic; must always answer
//! JSON that is either a response or `{"error":{...}}`.
#![no_main]

use libfuzzer_sys::fuzz_target;

const CALLS: [&str; 8] = [
    "policies", "relationOptions", "checkNetwork", "previewSettlement", "projectSettlements", "viewNetwork", "bogus",
    "checkTransfer",
];

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else { return };
    let call = CALLS[usize::from(first) % CALLS.len()];
    let request = String::from_utf8_lossy(rest);
    let (ok, json) = gongji::api::respond(call, &request);
    let answer: serde_json::Value = serde_json::from_str(&json).expect("every answer is JSON");
    assert_eq!(!ok, answer.get("error").is_some(), "{json}");
});
