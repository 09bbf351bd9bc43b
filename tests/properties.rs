//! Properties that hold for every valid request, whatever the numbers:
//! the split adds up to the fen, nothing is negative, the fund and the caps
//! are never exceeded, premiums are paid whole or not at all, a projection
//! never spends more than the fund, and the same request gets the same
//! answer.

use gongji::api::respond;
use gongji::contract::money::Yuan;
use gongji::contract::{ProjectionRequest, SettlementRequest};
use proptest::prelude::*;
use serde_json::{json, Value};

const POLICIES: [(&str, &str, &str); 5] = [
    ("shanghai", "2025-03-10", "310104"),
    ("jiangsu", "2025-03-10", "320505"),
    ("guangdong", "2025-03-10", "440106"),
    ("dongying", "2025-03-10", "370502"),
    ("ruian", "2017-06-01", "330381"),
];
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
    (0usize..5).prop_flat_map(|p| {
        let (policy, day, region) = POLICIES[p];
        (
            a_member(region),
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
        p in 0usize..5,
        balance in 0i64..500_000,
        bills in prop::collection::vec((0usize..3, 0i64..300_000, prop::sample::select(&KINDS[..])), 0..40),
    ) {
        let (policy, day, region) = POLICIES[p];
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
