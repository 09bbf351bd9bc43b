//! Structured requests built from arbitrary values, sent to the core: it
//! must never panic, every split it answers must add up to the bill,
//! within the fund, and an allowed wallet transfer leaves the balance less
//! the amount.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "requests.rs"]
mod requests;

fn fen(v: &serde_json::Value) -> i64 {
    v.as_str().expect("amount").replace('.', "").parse().expect("fen")
}

fuzz_target!(|input: requests::Input| {
    for (call, request) in requests::requests(&input) {
        let name = ["policies", "relationOptions", "checkNetwork", "previewSettlement", "projectSettlements", "viewNetwork",
            "bogus", "checkTransfer"][usize::from(call)];
        let (ok, json) = gongji::api::respond(name, &request);
        if ok && name == "checkTransfer" {
            // What leaves the account and what stays add up to the balance.
            let answer: serde_json::Value = serde_json::from_str(&json).expect("JSON");
            let sent: serde_json::Value = serde_json::from_str(&request).expect("JSON");
            if answer["allowed"] == true {
                let after = fen(&answer["balanceAfter"]) + fen(&sent["transfer"]["amount"]);
                assert_eq!(after, fen(&sent["giver"]["balance"]), "{json}");
            }
        }
        if !ok || name != "projectSettlements" {
            continue;
        }
        let answer: serde_json::Value = serde_json::from_str(&json).expect("JSON");
        let sent: serde_json::Value = serde_json::from_str(&request).expect("JSON");
        for (step, e) in answer["steps"].as_array().expect("steps").iter().zip(sent["expenses"].as_array().expect("expenses")) {
            let s = &step["split"];
            let total = fen(&s["ownCurrent"]) + fen(&s["ownHistorical"]) + fen(&s["family"]) + fen(&s["cash"]);
            assert_eq!(total, fen(&e["expense"]["amount"]), "{json}");
        }
        assert!(fen(&answer["familyTotal"]) <= fen(&sent["fund"]["balance"]));
    }
});
