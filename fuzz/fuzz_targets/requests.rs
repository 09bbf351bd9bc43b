//! Requests built from arbitrary values (any policy, date, relation,
//! scheme, region, balance, cap, kind, facility): shared by the `structured`
//! fuzz target and `export_replay`, which turns its corpus into requests the
//! main test suite replays.
use arbitrary::Arbitrary;
use serde_json::json;

/// Every built-in id in `policies()`'s order, the old ids, and one no
/// profile has.
static POLICIES: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    let ids = gongji::policies().iter().map(|p| p.id.as_str());
    ids.chain(gongji::policy::ALIASES.iter().map(|(old, _)| *old)).chain(["nowhere"]).collect()
});
const REGIONS: [&str; 8] = ["310104", "320505", "320900", "440106", "370502", "330381", "330106", "110105"];
const RELATIONS: [&str; 11] = [
    "spouse", "parent", "child", "spouseParent", "sibling", "grandparent", "maternalGrandparent", "grandchild",
    "maternalGrandchild", "12", "55",
];
const KINDS: [&str; 9] = [
    "outpatient", "inpatient", "pharmacy", "vaccine", "residentPremium", "commercialInsurance",
    "longTermCarePremium", "checkup", "cosmetic",
];

#[derive(Arbitrary, Debug)]
pub struct Person {
    employee: bool,
    region: u8,
    status: u8,
    current: Option<u32>,
    historical: Option<u32>,
}

#[derive(Arbitrary, Debug)]
pub struct Input {
    policy: u8,
    year: u8,
    month: u8,
    day: u8,
    founder: Person,
    members: Vec<(u8, Person, Option<u32>)>,
    existing: Vec<(u8, bool, u8)>,
    fund: u32,
    used: Option<u32>,
    bills: Vec<(u8, u32, u8, Option<u8>, bool)>,
    premium_mode: bool,
    /// A wallet transfer: relation, amount, hour (24 and 25 are no hour),
    /// minute, recipient's wallet opened; and the day's earlier transfers
    /// (amount, hour, pending).
    transfer: (u8, u32, u8, u8, bool),
    earlier: Vec<(u32, u8, bool)>,
    /// 跨省共济: quotas members hold (member, amount, used, set-on day,
    /// days until it ends) and quotas the founder has set (amount, used).
    quotas: Vec<(u8, u32, Option<u32>, u8, Option<u8>)>,
    earmarks: Vec<(u32, Option<u32>)>,
}

fn yuan(fen: u32) -> String {
    format!("{}.{:02}", fen / 100, fen % 100)
}

const STATUSES: [&str; 3] = ["active", "suspended", "transferred"];

fn person(id: String, p: &Person) -> serde_json::Value {
    let status = STATUSES[usize::from(p.status) % 3];
    let mut v = json!({"id": id, "scheme": if p.employee { "employee" } else { "resident" },
        "region": REGIONS[usize::from(p.region) % REGIONS.len()], "status": status});
    if let Some(c) = p.current { v["currentBalance"] = json!(yuan(c)); }
    if let Some(h) = p.historical { v["historicalBalance"] = json!(yuan(h)); }
    v
}

/// The requests one input makes: (call index as in `respond_bytes`, JSON).
pub fn requests(input: &Input) -> Vec<(u8, String)> {
    let as_of = format!("{}-{:02}-{:02}", 2015 + u32::from(input.year % 13), 1 + input.month % 12, 1 + input.day % 28);
    let policy = POLICIES[usize::from(input.policy) % POLICIES.len()];
    let members: Vec<_> = input.members.iter().take(12).enumerate().map(|(i, (r, p, cap))| {
        let mut m = json!({"relation": RELATIONS[usize::from(*r) % RELATIONS.len()], "person": person(format!("m{i}"), p)});
        if let Some(cap) = cap { m["cap"] = json!(yuan(*cap)); }
        m
    }).collect();
    let mut members = members;
    for (m, amount, used, set, ends) in input.quotas.iter().take(8) {
        let Some(member) = (!members.is_empty()).then(|| usize::from(*m) % members.len()) else { break };
        let set_on = format!("{}-{:02}-{:02}", 2025 + u32::from(set % 3), 1 + set % 12, 1 + set % 28);
        let mut q = json!({"funderId": if m % 3 == 0 { "f".to_string() } else { format!("g{}", m % 3) },
            "amount": yuan(*amount), "setOn": set_on});
        if let Some(used) = used { q["used"] = json!(yuan(*used)); }
        if let Some(ends) = ends { q["endedOn"] = json!(format!("2027-{:02}-{:02}", 1 + ends % 12, 1 + ends % 28)); }
        let quotas = &mut members[member]["quotas"];
        if quotas.is_null() { *quotas = json!([]); }
        quotas.as_array_mut().map(|list| list.push(q));
    }
    let earmarked: Vec<_> = input.earmarks.iter().take(4).enumerate().map(|(i, (amount, used))| json!({
        "relativeId": format!("r{i}"), "amount": yuan(*amount), "used": used.map(yuan), "setOn": "2026-01-20"})).collect();
    let modes = if input.premium_mode { json!(["payment", "premium"]) } else { json!(["payment"]) };
    let existing: Vec<_> = input.existing.iter().take(6).map(|(who, founder, net)| json!({
        "personId": if *who % 4 == 0 { "f".to_string() } else { format!("m{}", who % 12) },
        "role": if *founder { "founder" } else { "member" }, "networkId": format!("n{}", net % 3)})).collect();
    let mut founder = person("f".into(), &input.founder);
    if !earmarked.is_empty() { founder["earmarked"] = json!(earmarked); }
    let network = json!({"policy": policy, "asOf": as_of, "founder": founder,
        "members": members, "modes": modes, "existing": existing});
    let mut out = vec![(2, network.to_string()), (7, transfer(input, policy, &as_of))];
    if members.is_empty() {
        return out;
    }
    let expenses: Vec<_> = input.bills.iter().take(30).map(|(m, amount, kind, level, pharmacy)| {
        let mut e = json!({"amount": yuan(*amount % 100_000_000), "kind": KINDS[usize::from(*kind) % KINDS.len()],
            "facilityType": if *pharmacy { "pharmacy" } else { "hospital" }});
        if let Some(l) = level { e["facilityLevel"] = json!(1 + l % 3); }
        json!({"memberId": format!("m{}", usize::from(*m) % members.len()), "expense": e})
    }).collect();
    let projection = json!({"policy": policy, "asOf": as_of, "fund": {"balance": yuan(input.fund), "modes": modes},
        "members": members, "expenses": expenses});
    out.push((4, projection.to_string()));
    let bill = json!({"policy": policy, "asOf": as_of, "member": members[0].clone(),
        "fund": {"balance": yuan(input.fund), "usedByMember": input.used.map(yuan), "modes": modes},
        "expense": expenses.first().map_or(json!({"amount": "1.00", "kind": "outpatient"}), |e| e["expense"].clone())});
    out.push((3, bill.to_string()));
    // The same bills on the quotas alone, where members hold any.
    if members.iter().any(|m| !m["quotas"].is_null()) {
        let dated: Vec<_> = expenses.iter().enumerate().map(|(i, e)| {
            let mut e = e.clone();
            if i % 2 == 1 { e["on"] = json!(format!("2027-{:02}-01", 1 + (i / 2) % 12)); }
            e
        }).collect();
        let on_quotas = json!({"policy": policy, "asOf": as_of, "members": members, "expenses": dated});
        out.push((4, on_quotas.to_string()));
        let bill = json!({"policy": policy, "asOf": as_of, "member": members[0].clone(),
            "expense": expenses.first().map_or(json!({"amount": "1.00", "kind": "outpatient"}), |e| e["expense"].clone())});
        out.push((3, bill.to_string()));
    }
    out
}

/// A `checkTransfer` request: any relation, amount and time, a day of
/// earlier transfers before (or, to be refused, after) it.
fn transfer(input: &Input, policy: &str, as_of: &str) -> String {
    let (relation, amount, hour, minute, wallet) = input.transfer;
    let earlier: Vec<_> = input.earlier.iter().take(6).map(|(amount, hour, pending)| json!({
        "amount": yuan(amount % 500_000), "at": format!("{as_of}T{:02}:00", hour % 24),
        "state": if *pending { "pending" } else { "accepted" }, "recipientId": format!("m{}", hour % 3)})).collect();
    json!({"policy": policy, "asOf": as_of,
        "giver": {"id": "f", "scheme": if input.founder.employee { "employee" } else { "resident" },
            "region": REGIONS[usize::from(input.founder.region) % REGIONS.len()],
            "status": STATUSES[usize::from(input.founder.status) % 3], "balance": yuan(input.fund)},
        "recipient": {"id": "m0", "relation": RELATIONS[usize::from(relation) % RELATIONS.len()], "scheme": "resident",
            "region": REGIONS[usize::from(relation / 16) % REGIONS.len()], "walletOpened": wallet},
        "transfer": {"amount": yuan(amount % 500_000), "at": format!("{as_of}T{:02}:{:02}", hour % 26, minute % 60)},
        "earlier": earlier}).to_string()
}
