//! Properties that hold for every valid request, whatever the numbers:
//! the split adds up to the fen, nothing is negative, the fund and the caps
//! are never exceeded, premiums are paid whole or not at all, a projection
//! never spends more than the fund, and the same request gets the same
//! answer. With several funders: no funder pays past his balance or the
//! member's cap there, their parts add up to the family part, and a bill
//! is never split across funders where the region forbids it.

use gongji::api::respond;
use gongji::contract::money::Yuan;
use gongji::contract::profile::Policy;
use gongji::contract::{ProjectionRequest, SettlementRequest};
use proptest::prelude::*;
use serde_json::{json, Value};
use std::sync::LazyLock;

/// A built-in region, a day its last version is in force, and its code
/// for the family's registration.
#[derive(Debug)]
struct Region {
    id: &'static str,
    day: String,
    code: String,
}

/// Every built-in profile with a region code, from `policies()`.
static REGIONS: LazyLock<Vec<Region>> = LazyLock::new(|| {
    let regions: Vec<Region> = gongji::policies()
        .iter()
        .filter_map(|p| {
            Some(Region {
                id: &p.id,
                day: in_force(p),
                code: p.region.as_ref()?.to_string(),
            })
        })
        .collect();
    assert!(!regions.is_empty(), "policies/ holds regions");
    regions
});

/// 2025-03-10, or the first day of the profile's last version if later.
fn in_force(policy: &Policy) -> String {
    let from = policy
        .versions
        .last()
        .expect("a version")
        .valid_from
        .to_string();
    from.max("2025-03-10".into())
}

/// The first built-in whose profile matches, in `policies()`'s order.
fn built_in_where(matches: impl Fn(&Policy) -> bool) -> &'static Policy {
    let found = gongji::policies().into_iter().find(|p| matches(p));
    found.expect("a built-in profile of that kind in policies/")
}
const RELATIONS: [&str; 5] = ["spouse", "parent", "child", "spouseParent", "sibling"];
const KINDS: [&str; 9] = [
    "outpatient",
    "inpatient",
    "pharmacy",
    "vaccine",
    "residentPremium",
    "commercialInsurance",
    "longTermCarePremium",
    "checkup",
    "cosmetic",
];

fn yuan(fen: i64) -> String {
    Yuan::from_fen(fen).expect("in range").to_string()
}

prop_compose! {
    fn a_member(region: &'static str)(
        relation in prop::sample::select(&RELATIONS[..]),
        employee in any::<bool>(),
        current in 0i64..200_000,
        historical in 0i64..500_000,
        cap in prop::option::of(0i64..300_000),
    ) -> Value {
        let mut person = json!({"id": "m", "scheme": if employee { "employee" } else { "resident" }, "region": region});
        if employee {
            person["currentBalance"] = json!(yuan(current));
            person["historicalBalance"] = json!(yuan(historical));
        }
        let mut m = json!({"relation": relation, "person": person});
        if let Some(cap) = cap {
            m["cap"] = json!(yuan(cap));
        }
        m
    }
}

fn a_bill() -> impl Strategy<Value = (Value, i64, i64, Option<i64>, i64, bool)> {
    (0..REGIONS.len()).prop_flat_map(|r| {
        let Region { id: policy, day, code } = &REGIONS[r];
        (
            a_member(code),
            0i64..1_000_000,
            0i64..300_000,
            0i64..2_000_000,
            prop::sample::select(&KINDS[..]),
            prop::option::of(1u8..=3),
            any::<bool>(),
        )
            .prop_map(move |(member, balance, used, amount, kind, level, pharmacy)| {
                let cap = member["cap"].as_str().map(|c| Yuan::parse(c).expect("cap").fen());
                let mut expense = json!({"amount": yuan(amount), "kind": kind,
                    "facilityType": if pharmacy { "pharmacy" } else { "hospital" }});
                if let Some(level) = level {
                    expense["facilityLevel"] = json!(level);
                }
                let full = matches!(kind, "residentPremium" | "commercialInsurance" | "longTermCarePremium");
                let request = json!({"policy": policy, "asOf": day, "member": member,
                    "fund": {"balance": yuan(balance), "usedByMember": yuan(used), "modes": ["payment", "premium"]},
                    "expense": expense});
                (request, balance, used, cap, amount, full)
            })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn a_bill_always_splits_exactly_within_the_fund_and_the_cap((request, balance, used, cap, amount, full) in a_bill()) {
        let parsed: SettlementRequest = gongji::contract::parse(&request.to_string()).expect("valid request");
        let p = gongji::preview_settlement(&parsed).expect("answered");
        let s = p.split;
        let parts = [s.own_current.fen(), s.own_historical.fen(), s.family.fen(), s.cash.fen()];
        prop_assert!(parts.iter().all(|&f| f >= 0));
        prop_assert_eq!(parts.iter().sum::<i64>(), amount, "adds up to the fen");
        prop_assert!(s.family.fen() <= balance, "never more than the fund");
        prop_assert_eq!(p.fund_after.fen(), balance - s.family.fen());
        let policy = gongji::policy::built_in(request["policy"].as_str().expect("id")).expect("built in");
        if policy.versions[0].rules.per_member_cap.value {
            if let Some(cap) = cap {
                prop_assert!(s.family.fen() <= (cap - used).max(0), "never more than the cap left");
            }
        }
        if full {
            prop_assert!(s.family.is_zero() || s.family.fen() == amount, "premiums whole or not at all");
        }
        if !p.allowed {
            prop_assert!(s.family.is_zero());
        }
        let member = &request["member"]["person"];
        if let Some(own) = member["currentBalance"].as_str() {
            prop_assert!(s.own_current.fen() <= Yuan::parse(own).expect("own").fen());
        } else {
            prop_assert!(s.own_current.is_zero() && s.own_historical.is_zero(), "a resident has no account");
        }
        prop_assert_eq!(p.nhsa.acct_pay.fen() + p.nhsa.acct_mulaid_pay.fen() + p.nhsa.psn_cash_pay.fen(), amount);
    }

    #[test]
    fn the_same_request_always_gets_the_same_answer((request, ..) in a_bill()) {
        let text = request.to_string();
        prop_assert_eq!(respond("previewSettlement", &text), respond("previewSettlement", &text));
    }

    #[test]
    fn a_projection_never_spends_more_than_the_fund(
        r in 0..REGIONS.len(),
        balance in 0i64..500_000,
        bills in prop::collection::vec((0usize..3, 0i64..300_000, prop::sample::select(&KINDS[..])), 0..40),
    ) {
        let Region { id: policy, day, code: region } = &REGIONS[r];
        let members: Vec<Value> = (0..3).map(|i| json!({"relation": RELATIONS[i], "cap": yuan(100_000),
            "person": {"id": format!("m{i}"), "scheme": if i == 0 { "employee" } else { "resident" }, "region": region,
                       "currentBalance": yuan(5_000), "historicalBalance": yuan(20_000)}})).collect();
        let expenses: Vec<Value> = bills.iter().map(|(m, amount, kind)| json!({"memberId": format!("m{m}"),
            "expense": {"amount": yuan(*amount), "kind": kind, "facilityLevel": 2}})).collect();
        let request = json!({"policy": policy, "asOf": day, "fund": {"balance": yuan(balance), "modes": ["payment", "premium"]},
            "members": members, "expenses": expenses});
        let parsed: ProjectionRequest = gongji::contract::parse(&request.to_string()).expect("valid");
        let y = gongji::project_settlements(&parsed).expect("answered");
        let family: i64 = y.steps.iter().map(|s| s.split.family.fen()).sum();
        prop_assert_eq!(family, y.family_total.fen());
        prop_assert!(family <= balance);
        prop_assert_eq!(y.fund_end.fen(), balance - family);
        let mut before = balance;
        for (step, (_, amount, _)) in y.steps.iter().zip(&bills) {
            prop_assert_eq!(step.split.total().fen(), *amount);
            prop_assert_eq!(step.fund_after.fen(), before - step.split.family.fen());
            before = step.fund_after.fen();
        }
    }
}

/// The first built-in that lets a member have several funders, as built
/// (by its id), and the first with per-member caps reworked to allow
/// three funders drawn by each rule, or by none stated.
fn several_funders_policy(choice: usize) -> Value {
    const DRAWS: [Option<&str>; 5] = [
        None,
        Some("inTurn"),
        Some("registrationOrder"),
        Some("largestBalance"),
        Some("onlyOne"),
    ];
    if choice == DRAWS.len() {
        return json!(several_funders_built_in().id);
    }
    let capped = built_in_where(|p| p.versions.iter().all(|v| v.rules.per_member_cap.value));
    let mut policy = serde_json::to_value(capped).expect("JSON");
    policy["id"] = json!("capped-several");
    let rules = &mut policy["versions"][0]["rules"];
    rules["networksPerMember"]["value"] = json!(3);
    if let Some(draw) = DRAWS[choice] {
        rules["funderDraw"] =
            json!({"value": draw, "source": rules["networksPerMember"]["source"].clone()});
    }
    policy
}

/// The first built-in that lets a member have several funders.
fn several_funders_built_in() -> &'static Policy {
    built_in_where(|p| {
        p.versions
            .iter()
            .any(|v| v.rules.networks_per_member.value > 1)
    })
}

/// The policy (an id or a profile) as a profile.
fn profile(policy: &Value) -> Value {
    match policy.as_str() {
        Some(id) => {
            serde_json::to_value(gongji::policy::built_in(id).expect("built in")).expect("JSON")
        }
        None => policy.clone(),
    }
}

/// Whether one bill may draw on only one funder under this policy.
fn one_funder_a_bill(policy: &Value) -> bool {
    let profile = profile(policy);
    let draw = &profile["versions"][0]["rules"]["funderDraw"]["value"];
    draw.is_null() || draw == "inTurn" || draw == "onlyOne"
}

/// Whether this policy holds a member to a cap at each funder.
fn capped(policy: &Value) -> bool {
    profile(policy)["versions"][0]["rules"]["perMemberCap"]["value"] == true
}

/// The day and region code of a several-funders request under this policy.
fn day_and_region(policy: &Value) -> (String, String) {
    let profile = profile(policy);
    let code = profile["region"]
        .as_str()
        .expect("a region code")
        .to_owned();
    let built_in = gongji::policy::built_in(profile["id"].as_str().expect("id"));
    (built_in.map_or_else(|| "2025-03-10".into(), in_force), code)
}

prop_compose! {
    fn a_funder(i: usize)(
        balance in 0i64..300_000,
        cap in prop::option::of(0i64..200_000),
        used in prop::option::of(0i64..200_000),
        bound in prop::option::of(1u8..28),
    ) -> Value {
        let mut f = json!({"id": format!("f{i}"), "balance": yuan(balance)});
        if let Some(cap) = cap { f["cap"] = json!(yuan(cap)); }
        if let Some(used) = used { f["usedByMember"] = json!(yuan(used)); }
        if let Some(day) = bound { f["boundOn"] = json!(format!("2017-05-{day:02}")); }
        f
    }
}

fn fen(v: &Value) -> i64 {
    v.as_str()
        .map_or(0, |t| Yuan::parse(t).expect("amount").fen())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn several_funders_never_pay_past_a_balance_or_a_cap_and_add_up_to_the_fen(
        choice in 0usize..6,
        member in a_member("000000"),
        funders in (a_funder(0), a_funder(1), a_funder(2)),
        count in 1usize..=3,
        amount in 0i64..600_000,
        kind in prop::sample::select(&KINDS[..]),
    ) {
        let policy = several_funders_policy(choice);
        let (day, region) = day_and_region(&policy);
        let mut member = member;
        member["person"]["region"] = json!(region);
        let funders: Vec<Value> = [funders.0, funders.1, funders.2].into_iter().take(count).collect();
        let request = json!({"policy": policy, "asOf": day, "member": member, "funders": funders,
            "expense": {"amount": yuan(amount), "kind": kind, "facilityLevel": 2}});
        let parsed: SettlementRequest = gongji::contract::parse(&request.to_string()).expect("valid request");
        let p = gongji::preview_settlement(&parsed).expect("answered");
        let parts = p.funders.as_ref().expect("funders named");
        prop_assert_eq!(parts.len(), funders.len());
        prop_assert_eq!(p.split.total().fen(), amount, "the split adds up to the fen");
        let paid: i64 = parts.iter().map(|f| f.paid.fen()).sum();
        prop_assert_eq!(paid, p.split.family.fen(), "the funders' parts are the family part");
        prop_assert_eq!(p.nhsa.acct_mulaid_pay.fen(), paid);
        for (part, funder) in parts.iter().zip(&funders) {
            prop_assert!(part.paid.fen() <= fen(&funder["balance"]), "never past a balance");
            prop_assert_eq!(part.balance_after.fen(), fen(&funder["balance"]) - part.paid.fen());
            let cap = funder["cap"].as_str().or(member["cap"].as_str());
            // Only a policy with per-member caps holds a funder to one.
            if let (true, Some(cap)) = (capped(&policy), cap) {
                let left = (Yuan::parse(cap).expect("cap").fen() - fen(&funder["usedByMember"])).max(0);
                prop_assert!(part.paid.fen() <= left, "never past the member's cap there");
            }
        }
        if one_funder_a_bill(&policy) {
            prop_assert!(parts.iter().filter(|f| !f.paid.is_zero()).count() <= 1, "never split across funders");
        }
        if !p.allowed {
            prop_assert!(p.split.family.is_zero());
        }
    }

    #[test]
    fn a_projection_with_several_funders_spends_each_within_its_balance_and_caps(
        choice in 0usize..6,
        balances in prop::collection::vec(0i64..200_000, 1..=3),
        used in prop::collection::vec(0i64..50_000, 6),
        bills in prop::collection::vec((0usize..2, 0i64..150_000), 0..25),
    ) {
        let policy = several_funders_policy(choice);
        let (day, region) = day_and_region(&policy);
        let funders: Vec<Value> = balances.iter().enumerate()
            .map(|(i, b)| json!({"id": format!("f{i}"), "balance": yuan(*b)})).collect();
        let members: Vec<Value> = (0..2).map(|i| json!({"relation": RELATIONS[i], "cap": yuan(80_000),
            "person": {"id": format!("m{i}"), "scheme": "resident", "region": region}})).collect();
        // Member 0 is bound to every funder with what he has used; member 1
        // draws on every funder with his own cap.
        let bindings: Vec<Value> = (0..balances.len()).map(|f| json!({"memberId": "m0", "funderId": format!("f{f}"),
            "boundOn": format!("2017-05-{:02}", 20 - f), "usedByMember": yuan(used[f])})).collect();
        let expenses: Vec<Value> = bills.iter().map(|(m, amount)| json!({"memberId": format!("m{m}"),
            "expense": {"amount": yuan(*amount), "kind": "outpatient", "facilityLevel": 2}})).collect();
        let request = json!({"policy": policy, "asOf": day, "funders": funders, "members": members,
            "bindings": bindings, "expenses": expenses});
        let parsed: ProjectionRequest = gongji::contract::parse(&request.to_string()).expect("valid");
        let y = gongji::project_settlements(&parsed).expect("answered");
        let end = y.funders.as_ref().expect("funders named");
        let total_paid: i64 = end.iter().map(|f| f.paid.fen()).sum();
        prop_assert_eq!(total_paid, y.family_total.fen());
        for (f, balance) in end.iter().zip(&balances) {
            prop_assert!(f.paid.fen() <= *balance, "never past a balance");
            prop_assert_eq!(f.balance_after.fen(), balance - f.paid.fen());
        }
        let mut drawn = [[0i64; 3]; 2];
        for (step, (m, amount)) in y.steps.iter().zip(&bills) {
            prop_assert_eq!(step.split.total().fen(), *amount);
            let parts = step.funders.as_ref().expect("funders named");
            let paid: i64 = parts.iter().map(|f| f.paid.fen()).sum();
            prop_assert_eq!(paid, step.split.family.fen());
            if one_funder_a_bill(&policy) {
                prop_assert!(parts.iter().filter(|f| !f.paid.is_zero()).count() <= 1, "never split across funders");
            }
            for part in parts {
                let f: usize = part.funder_id[1..].parse().expect("f<i>");
                drawn[*m][f] += part.paid.fen();
            }
        }
        if capped(&policy) {
            for f in 0..balances.len() {
                prop_assert!(drawn[0][f] + used[f] <= 80_000 || drawn[0][f] == 0, "member 0's cap at f{} kept", f);
                prop_assert!(drawn[1][f] <= 80_000, "member 1's cap at f{} kept", f);
            }
        }
    }
}

// 医保钱包 transfers (`checkTransfer`) under the first root profile with
// the 2025 rules (three a day, 2,000 yuan each, 06:00 to 22:00, none while
// one is pending, an opened wallet), on the first day of its version, whatever
// the amount, the time and the day so far: the transfer is allowed exactly
// when each limit, counted here independently, holds, and what leaves the
// account and what stays add up to the balance.
static TRANSFERS: LazyLock<(&'static str, String)> = LazyLock::new(|| {
    let has = |v: &gongji::contract::profile::Version| v.rules.transfers_per_day.is_some();
    let root = built_in_where(|p| p.extend.is_none() && p.versions.iter().any(has));
    let version = root.versions.iter().find(|v| has(v)).expect("found");
    (&root.id, version.valid_from.to_string())
});

prop_compose! {
    fn a_transfer()(
        amount in 1i64..400_000,
        balance in 0i64..1_000_000,
        hour in 0u8..24,
        minute in 0u8..60,
        earlier in prop::collection::vec((1i64..300_000, any::<bool>()), 0..5),
        wallet in any::<bool>(),
    ) -> (Value, i64, i64, u8, usize, bool, bool) {
        let pending = earlier.iter().any(|(_, p)| *p);
        let (policy, day) = &*TRANSFERS;
        // At midnight: never after the attempt, whatever its time.
        let earlier: Vec<Value> = earlier.iter().map(|(fen, p)| json!({
            "amount": yuan(*fen), "at": format!("{day}T00:00"),
            "state": if *p { "pending" } else { "accepted" }})).collect();
        let made = earlier.len();
        let request = json!({"policy": policy, "asOf": day,
            "giver": {"id": "g", "scheme": "employee", "region": "440106", "balance": yuan(balance)},
            "recipient": {"id": "r", "relation": "sibling", "scheme": "resident", "region": "510107", "walletOpened": wallet},
            "transfer": {"amount": yuan(amount), "at": format!("{day}T{hour:02}:{minute:02}")},
            "earlier": earlier});
        (request, amount, balance, hour, made, pending, wallet)
    }
}

// 跨省共济: a relative's bills drawn on quotas under every built-in region
// (each judged by the national frame's quota rules where it states none).
prop_compose! {
    fn a_quota(funder: usize)(
        amount in 0i64..300_000,
        used in 0i64..300_000,
        set in 0u32..300,
        ended in prop::option::of(0u32..300),
    ) -> Value {
        let day = |n: u32| format!("2026-{:02}-{:02}", 1 + n / 28 % 12, 1 + n % 28);
        let mut q = json!({"funderId": format!("f{funder}"), "amount": yuan(amount), "used": yuan(used.min(amount)),
            "setOn": day(set.max(20))});
        if let Some(ended) = ended {
            q["endedOn"] = json!(day(ended.max(set.max(20))));
        }
        q
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn a_transfer_is_allowed_exactly_when_every_limit_holds((request, amount, balance, hour, made, pending, wallet) in a_transfer()) {
        let (ok, json) = respond("checkTransfer", &request.to_string());
        prop_assert!(ok, "{}", json);
        let answer: Value = serde_json::from_str(&json).expect("JSON");
        let open = (6..22).contains(&hour);
        let expected = amount <= 200_000 && amount <= balance && open && made < 3 && !pending && wallet;
        prop_assert_eq!(answer["allowed"].as_bool(), Some(expected), "{}", json);
        if expected {
            prop_assert_eq!(fen(&answer["balanceAfter"]) + amount, balance);
        } else {
            prop_assert!(answer.get("balanceAfter").is_none());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn a_bill_on_quotas_adds_up_and_no_quota_pays_past_what_is_unused(
        region in 0usize..8,
        member in a_member("510104"),
        quotas in (a_quota(0), a_quota(1)),
        count in 1usize..=2,
        amount in 0i64..800_000,
        kind in prop::sample::select(&KINDS[..]),
    ) {
        let region = &REGIONS[region % REGIONS.len()];
        let mut member = member;
        member.as_object_mut().expect("object").remove("cap");
        member["quotas"] = json!([quotas.0, quotas.1].into_iter().take(count).collect::<Vec<_>>());
        let req = json!({"policy": region.id, "asOf": "2026-12-01", "member": member,
            "expense": {"amount": yuan(amount), "kind": kind}});
        let (ok, text) = respond("previewSettlement", &req.to_string());
        prop_assert!(ok, "{text}");
        let answer: Value = serde_json::from_str(&text).expect("json");
        let split = &answer["split"];
        let parts = ["ownCurrent", "ownHistorical", "family", "cash"].map(|k| fen(&split[k]));
        prop_assert_eq!(parts.iter().sum::<i64>(), amount);
        let paid: Vec<i64> = answer["funders"].as_array().expect("funders").iter().map(|f| fen(&f["paid"])).collect();
        prop_assert_eq!(paid.iter().sum::<i64>(), parts[2]);
        for (k, q) in member["quotas"].as_array().expect("quotas").iter().enumerate() {
            prop_assert!(paid[k] <= fen(&q["amount"]) - fen(&q["used"]), "{text}");
            let ended = q["endedOn"].as_str().is_some_and(|d| d <= "2026-12-01");
            prop_assert!(!ended || paid[k] == 0, "an ended quota paid: {text}");
        }
        let again = respond("previewSettlement", &req.to_string());
        prop_assert_eq!(again.1, text);
    }
}
