//! Native benchmarks of the core calls, typed and through the JSON entry
//! (`api::respond`, what the CLI and the wasm package run). Run with
//! `scripts/bench-native.sh`.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use gongji::api::respond;
use gongji::contract::{NetworkRequest, ProjectionRequest, SettlementRequest, TransferRequest};
use serde_json::{json, Value};

const RELATIONS: [&str; 3] = ["spouse", "parent", "child"];

/// The built-in the benches run on: the one with this region code, the
/// region benches/peer/ models (the JS benches use the same inputs).
fn policy() -> &'static str {
    let found = gongji::policies()
        .into_iter()
        .find(|p| p.region.as_ref().is_some_and(|r| r.to_string() == "310000"));
    &found.expect("the benches' region in policies/").id
}

fn preview_request() -> Value {
    json!({"policy": policy(), "asOf": "2025-03-10",
        "member": {"relation": "parent", "person": {"id": "mum", "scheme": "employee", "region": "310104",
                   "currentBalance": "120.00", "historicalBalance": "80.50"}},
        "fund": {"balance": "1500.00", "modes": ["payment"]},
        "expense": {"amount": "356.80", "kind": "pharmacy", "facilityType": "pharmacy"}})
}

fn network_request(members: usize) -> Value {
    let members: Vec<Value> = (0..members)
        .map(|i| json!({"relation": RELATIONS[i % 3], "person": {"id": format!("m{i}"), "scheme": "resident", "region": "310104"}}))
        .collect();
    json!({"policy": policy(), "asOf": "2025-03-10", "modes": ["payment"],
        "founder": {"id": "f", "scheme": "employee", "region": "310104", "historicalBalance": "5000.00"},
        "members": members, "existing": [{"personId": "m0", "role": "member", "networkId": "mine"}], "networkId": "mine"})
}

fn projection_request(expenses: usize) -> Value {
    let kinds = ["outpatient", "pharmacy", "inpatient"];
    let expenses: Vec<Value> = (0..expenses)
        .map(|i| json!({"memberId": format!("m{}", i % 3), "expense": {"amount": format!("{}.{:02}", 20 + i * 7 % 300, i % 100), "kind": kinds[i % 3]}}))
        .collect();
    let members: Vec<Value> = (0..3)
        .map(|i| json!({"relation": RELATIONS[i], "person": {"id": format!("m{i}"), "scheme": "resident", "region": "310104"}}))
        .collect();
    json!({"policy": policy(), "asOf": "2025-03-10", "fund": {"balance": "20000.00", "modes": ["payment"]},
        "members": members, "expenses": expenses})
}

/// A 医保钱包 transfer with two earlier that day, under the first root
/// built-in with transfer rules, on the first day of that version.
fn transfer_request() -> Value {
    let has = |v: &gongji::contract::profile::Version| v.rules.transfers_per_day.is_some();
    let root = gongji::policies()
        .into_iter()
        .find(|p| p.extend.is_none() && p.versions.iter().any(has))
        .expect("a built-in with wallet transfers");
    let day = root
        .versions
        .iter()
        .find(|v| has(v))
        .expect("found")
        .valid_from;
    json!({"policy": root.id, "asOf": day,
        "giver": {"id": "me", "scheme": "employee", "region": "440106", "balance": "8000.00"},
        "recipient": {"id": "sis", "relation": "sibling", "scheme": "resident", "region": "510107", "walletOpened": true},
        "transfer": {"amount": "1200.00", "at": format!("{day}T20:15")},
        "earlier": [{"amount": "500.00", "at": format!("{day}T08:00"), "state": "accepted"},
                    {"amount": "300.00", "at": format!("{day}T12:00"), "state": "accepted", "recipientId": "mum"}]})
}

fn typed<T: serde::de::DeserializeOwned>(v: &Value) -> T {
    gongji::contract::parse(&v.to_string()).expect("valid request")
}

fn benches(c: &mut Criterion) {
    let preview: SettlementRequest = typed(&preview_request());
    c.bench_function("preview_settlement (typed)", |b| {
        b.iter(|| gongji::preview_settlement(black_box(&preview)))
    });
    let text = preview_request().to_string();
    c.bench_function("previewSettlement (JSON in, JSON out)", |b| {
        b.iter(|| respond("previewSettlement", black_box(&text)))
    });
    for n in [1, 4, 8] {
        let req: NetworkRequest = typed(&network_request(n));
        c.bench_function(&format!("check_network {n} members (typed)"), |b| {
            b.iter(|| gongji::check_network(black_box(&req)))
        });
        let text = network_request(n).to_string();
        c.bench_function(&format!("checkNetwork {n} members (JSON)"), |b| {
            b.iter(|| respond("checkNetwork", black_box(&text)))
        });
    }
    let transfer: TransferRequest = typed(&transfer_request());
    c.bench_function("check_transfer (typed)", |b| {
        b.iter(|| gongji::check_transfer(black_box(&transfer)))
    });
    let text = transfer_request().to_string();
    c.bench_function("checkTransfer (JSON in, JSON out)", |b| {
        b.iter(|| respond("checkTransfer", black_box(&text)))
    });
    for n in [12, 365] {
        let req: ProjectionRequest = typed(&projection_request(n));
        c.bench_function(&format!("project_settlements {n} expenses (typed)"), |b| {
            b.iter(|| gongji::project_settlements(black_box(&req)))
        });
        let text = projection_request(n).to_string();
        c.bench_function(&format!("projectSettlements {n} expenses (JSON)"), |b| {
            b.iter(|| respond("projectSettlements", black_box(&text)))
        });
    }
}

criterion_group! {
    name = core;
    config = Criterion::default().warm_up_time(std::time::Duration::from_millis(500)).measurement_time(std::time::Duration::from_secs(2));
    targets = benches
}
criterion_main!(core);
