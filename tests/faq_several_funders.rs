//! Members with several funders: a member bound by two authorizers in
//! Ruian (发布会: 依次使用两个（含两个）授权人的历年个人账户资金，不能同时
//! 使用), the other ways a region may draw them, the limit checkNetwork
//! already applies, and a Dongying cap half spent before the projection
//! starts (问(四)). One scenario a question.

mod common;
use common::*;

const RUIAN_DAY: &str = "2017-06-01";

/// A Ruian employee relative with empty own accounts, so the whole bill
/// meets the authorizers' funds.
fn ruian_relative() -> Value {
    let mut person = employee("m", "330381", "0.00");
    person["currentBalance"] = json!("0.00");
    member("parent", person)
}

fn funder(id: &str, balance: &str, bound_on: &str) -> Value {
    json!({"id": id, "balance": balance, "boundOn": bound_on})
}

fn ruian_bill(policy: Value, funders: Vec<Value>, amount: &str) -> Value {
    json!({"policy": policy, "asOf": RUIAN_DAY, "member": ruian_relative(),
           "funders": funders, "expense": {"amount": amount, "kind": "outpatient"}})
}

/// What each funder paid, in the request's order.
fn paid(p: &gongji::contract::SettlementPreview) -> Vec<(String, String)> {
    p.funders
        .iter()
        .flatten()
        .map(|f| (f.funder_id.clone(), f.paid.to_string()))
        .collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

/// Ruian's profile with another draw rule (or none), as a custom profile.
fn ruian_drawing(rule: Option<&str>) -> Value {
    let mut policy =
        serde_json::to_value(gongji::policy::built_in("ruian").expect("built in")).expect("JSON");
    policy["id"] = json!("ruian-variant");
    let rules = policy["versions"][0]["rules"]
        .as_object_mut()
        .expect("rules");
    match rule {
        Some(value) => rules["funderDraw"]["value"] = json!(value),
        None => {
            rules.remove("funderDraw");
        }
    }
    policy
}

#[test]
fn ruian_a_member_with_two_authorizers_draws_on_the_earlier_binding_first() {
    let p = preview(&ruian_bill(
        json!("ruian"),
        vec![
            funder("later", "5000.00", "2017-05-20"),
            funder("earlier", "3000.00", "2017-05-10"),
        ],
        "1000.00",
    ));
    assert!(p.allowed);
    assert_eq!(
        paid(&p),
        pairs(&[("later", "0.00"), ("earlier", "1000.00")])
    );
    assert_eq!(p.nhsa.acct_mulaid_pay.to_string(), "1000.00");
    assert_eq!(p.fund_after.to_string(), "7000.00", "both funds together");
    let step = find(&p.findings, "STEP_FAMILY");
    assert_eq!(step.path.as_deref(), Some("funders[1]"));
    assert!(step.message.contains("earlier"), "{}", step.message);
}

#[test]
fn ruian_one_bill_is_never_paid_from_both_authorizers() {
    let p = preview(&ruian_bill(
        json!("ruian"),
        vec![
            funder("first", "300.00", "2017-05-10"),
            funder("second", "5000.00", "2017-05-20"),
        ],
        "1000.00",
    ));
    assert!(p.allowed);
    assert_eq!(split(&p), ["0.00", "0.00", "300.00", "700.00"]);
    assert_eq!(paid(&p), pairs(&[("first", "300.00"), ("second", "0.00")]));
    let f = find(&p.findings, "FUNDERS_NOT_COMBINED");
    assert_eq!(f.path.as_deref(), Some("funders[1]"));
    assert_eq!(reference(f), Some("发布会·依次使用两个授权人"));
}

#[test]
fn ruian_once_the_first_authorizer_is_spent_the_second_pays_the_next_bill() {
    let bill = |amount: &str| json!({"memberId": "m", "expense": {"amount": amount, "kind": "outpatient"}});
    let y = project(&json!({"policy": "ruian", "asOf": RUIAN_DAY,
        "funders": [{"id": "first", "balance": "300.00"}, {"id": "second", "balance": "5000.00"}],
        "members": [ruian_relative()],
        "bindings": [{"memberId": "m", "funderId": "second", "boundOn": "2017-05-20"},
                     {"memberId": "m", "funderId": "first", "boundOn": "2017-05-10"}],
        "expenses": [bill("1000.00"), bill("1000.00")]}));
    let parts = |i: usize| -> Vec<(String, String)> {
        y.steps[i]
            .funders
            .iter()
            .flatten()
            .map(|f| (f.funder_id.clone(), f.paid.to_string()))
            .collect()
    };
    assert_eq!(parts(0), pairs(&[("second", "0.00"), ("first", "300.00")]));
    assert_eq!(y.steps[0].split.cash.to_string(), "700.00");
    assert_eq!(parts(1), pairs(&[("second", "1000.00"), ("first", "0.00")]));
    assert_eq!(y.steps[1].split.cash.to_string(), "0.00");
    assert_eq!(y.family_total.to_string(), "1300.00");
    assert_eq!(y.fund_end.to_string(), "4000.00");
    let end: Vec<(String, String, String)> = y
        .funders
        .iter()
        .flatten()
        .map(|f| {
            (
                f.funder_id.clone(),
                f.paid.to_string(),
                f.balance_after.to_string(),
            )
        })
        .collect();
    assert_eq!(
        end,
        [
            ("first".into(), "300.00".into(), "0.00".into()),
            ("second".into(), "1000.00".into(), "4000.00".into())
        ]
    );
}

#[test]
fn ruian_a_third_authorizer_is_refused_in_a_preview_as_in_check_network() {
    let p = preview(&ruian_bill(
        json!("ruian"),
        vec![
            funder("a", "3000.00", "2017-05-10"),
            funder("b", "3000.00", "2017-05-11"),
            funder("c", "3000.00", "2017-05-12"),
        ],
        "100.00",
    ));
    let f = find(&p.findings, "MEMBER_IN_OTHER_NETWORK");
    assert!(f.is_error());
    assert_eq!(f.path.as_deref(), Some("member.person.id"));
    assert!(!p.allowed);
    assert_eq!(p.split.family.to_string(), "0.00");
    // checkNetwork says the same, with the same code, for a third binding.
    let mut request = network(
        "ruian",
        RUIAN_DAY,
        employee("c", "330381", "3000.00"),
        vec![ruian_relative()],
    );
    request["existing"] = json!([
        {"personId": "m", "role": "member", "networkId": "a"},
        {"personId": "m", "role": "member", "networkId": "b"}]);
    let c = check(&request);
    assert_eq!(
        errors(&c.members[0].findings),
        ["MEMBER_IN_OTHER_NETWORK"],
        "the same code in checkNetwork"
    );
}

#[test]
fn shanghai_q9_a_member_with_two_funders_is_refused_where_one_network_is_the_limit() {
    let mut request = bill(
        "shanghai",
        "2025-03-10",
        member("parent", resident("m", "310104")),
        "0",
        "100.00",
        "outpatient",
    );
    request.as_object_mut().expect("object").remove("fund");
    request["funders"] =
        json!([{"id": "a", "balance": "800.00"}, {"id": "b", "balance": "800.00"}]);
    let p = preview(&request);
    assert_eq!(errors(&p.findings), ["MEMBER_IN_OTHER_NETWORK"]);
    assert_eq!(cited(&p.findings, "MEMBER_IN_OTHER_NETWORK"), Some("Q9"));
    assert_eq!(split(&p), ["0.00", "0.00", "0.00", "100.00"]);
}

#[test]
fn one_funder_in_funders_splits_exactly_as_the_single_fund() {
    let single = preview(&json!({"policy": "ruian", "asOf": RUIAN_DAY,
        "member": ruian_relative(), "fund": {"balance": "300.00"},
        "expense": {"amount": "1000.00", "kind": "outpatient"}}));
    let listed = preview(&ruian_bill(
        json!("ruian"),
        vec![funder("a", "300.00", "2017-05-10")],
        "1000.00",
    ));
    assert_eq!(single.split, listed.split);
    assert_eq!(single.nhsa, listed.nhsa);
    assert_eq!(single.fund_after, listed.fund_after);
    assert_eq!(codes(&single.findings), codes(&listed.findings));
    assert!(
        single.funders.is_none(),
        "a single fund's answer is unchanged"
    );
}

#[test]
fn where_a_region_draws_in_registration_order_a_bill_spills_over_to_the_next_funder() {
    let p = preview(&ruian_bill(
        ruian_drawing(Some("registrationOrder")),
        vec![
            funder("second", "5000.00", "2017-05-20"),
            funder("first", "300.00", "2017-05-10"),
        ],
        "1000.00",
    ));
    assert_eq!(
        paid(&p),
        pairs(&[("second", "700.00"), ("first", "300.00")])
    );
    assert_eq!(p.nhsa.acct_mulaid_pay.to_string(), "1000.00", "their sum");
    assert_eq!(p.split.cash.to_string(), "0.00");
}

#[test]
fn where_a_region_draws_the_largest_balance_first_the_richer_funder_pays_first() {
    let p = preview(&ruian_bill(
        ruian_drawing(Some("largestBalance")),
        vec![
            funder("early", "600.00", "2017-05-10"),
            funder("rich", "800.00", "2017-05-20"),
        ],
        "1000.00",
    ));
    assert_eq!(paid(&p), pairs(&[("early", "200.00"), ("rich", "800.00")]));
}

#[test]
fn where_a_region_allows_only_one_funder_the_later_one_never_pays() {
    let p = preview(&ruian_bill(
        ruian_drawing(Some("onlyOne")),
        vec![
            funder("early", "0.00", "2017-05-10"),
            funder("late", "5000.00", "2017-05-20"),
        ],
        "100.00",
    ));
    assert_eq!(paid(&p), pairs(&[("early", "0.00"), ("late", "0.00")]));
    assert_eq!(p.split.cash.to_string(), "100.00");
    assert!(codes(&p.findings).contains(&"FUNDERS_NOT_COMBINED"));
}

#[test]
fn where_a_region_is_silent_several_funders_are_drawn_in_turn() {
    let p = preview(&ruian_bill(
        ruian_drawing(None),
        vec![
            funder("first", "300.00", "2017-05-10"),
            funder("second", "5000.00", "2017-05-20"),
        ],
        "1000.00",
    ));
    assert_eq!(paid(&p), pairs(&[("first", "300.00"), ("second", "0.00")]));
    // The finding then cites the rule that allows two funders at all.
    assert_eq!(
        cited(&p.findings, "FUNDERS_NOT_COMBINED"),
        Some("发布会·依次使用两个授权人")
    );
    let shanghai = gongji::policy::built_in("shanghai").expect("built in");
    assert_eq!(
        shanghai.versions[0].rules.funder_draw().0,
        gongji::contract::profile::FunderDraw::InTurn
    );
}

#[test]
fn funders_listed_without_a_registration_date_come_after_the_dated_ones() {
    let p = preview(&ruian_bill(
        json!("ruian"),
        vec![
            json!({"id": "undated", "balance": "5000.00"}),
            funder("dated", "5000.00", "2017-05-20"),
        ],
        "100.00",
    ));
    assert_eq!(paid(&p), pairs(&[("undated", "0.00"), ("dated", "100.00")]));
}

/// Dongying: the owner sets each relative's cumulative cap (问(四)).
fn dongying_projection(bindings: Value, bills: &[&str]) -> gongji::contract::Projection {
    let expenses: Vec<Value> = bills
        .iter()
        .map(|amount| json!({"memberId": "r", "expense": {"amount": amount, "kind": "outpatient"}}))
        .collect();
    project(&json!({"policy": "dongying", "asOf": "2025-03-15",
        "fund": {"balance": "8000.00"},
        "members": [{"relation": "child", "cap": "2000.00", "person": resident("r", "370502")}],
        "bindings": bindings, "expenses": expenses}))
}

#[test]
fn dongying_q4_a_cap_half_spent_by_march_projects_from_where_it_stands() {
    let y = dongying_projection(
        json!([{"memberId": "r", "usedByMember": "1000.00"}]),
        &["800.00", "800.00"],
    );
    assert_eq!(y.steps[0].split.family.to_string(), "800.00");
    assert_eq!(y.steps[1].split.family.to_string(), "200.00");
    assert_eq!(y.steps[1].split.cash.to_string(), "600.00");
    let cap = find(&y.steps[1].findings, "CAP_REACHED");
    assert_eq!(cap.path.as_deref(), Some("members[0].cap"));
    assert_eq!(y.fund_end.to_string(), "7000.00");
    assert!(
        y.funders.is_none(),
        "one fund: the answer's shape is unchanged"
    );
}

#[test]
fn dongying_q4_without_what_was_used_the_whole_cap_is_projected() {
    let y = dongying_projection(json!([]), &["800.00", "800.00"]);
    assert_eq!(y.family_total.to_string(), "1600.00");
}

#[test]
fn dongying_q4_a_binding_may_carry_the_owners_own_cap() {
    let y = dongying_projection(
        json!([{"memberId": "r", "cap": "500.00", "usedByMember": "100.00"}]),
        &["800.00"],
    );
    assert_eq!(y.steps[0].split.family.to_string(), "400.00");
    assert_eq!(
        find(&y.steps[0].findings, "CAP_REACHED").path.as_deref(),
        Some("bindings[0].cap")
    );
}

#[test]
fn a_request_with_both_fund_and_funders_is_refused() {
    let mut request = ruian_bill(
        json!("ruian"),
        vec![funder("a", "1.00", "2017-05-10")],
        "1.00",
    );
    request["fund"] = json!({"balance": "1.00"});
    let e = preview_error(&request);
    assert_eq!(e.code, "INVALID_VALUE");
    assert_eq!(e.path.as_deref(), Some("funders"));
}

/// Shanghai's profile (the founder chooses modes, Q10) reworked to let a
/// member hold two funders.
fn shanghai_with_two_funders() -> Value {
    let mut policy = serde_json::to_value(gongji::policy::built_in("shanghai").expect("built in"))
        .expect("JSON");
    policy["id"] = json!("shanghai-two");
    policy["versions"][0]["rules"]["networksPerMember"]["value"] = json!(2);
    policy
}

fn shanghai_bill_with_modes(a: &[&str], b: &[&str]) -> gongji::contract::SettlementPreview {
    preview(
        &json!({"policy": shanghai_with_two_funders(), "asOf": "2025-03-10",
        "member": member("parent", resident("m", "310104")),
        "funders": [{"id": "a", "balance": "800.00", "boundOn": "2024-01-01", "modes": a},
                    {"id": "b", "balance": "800.00", "boundOn": "2024-02-01", "modes": b}],
        "expense": {"amount": "100.00", "kind": "outpatient"}}),
    )
}

#[test]
fn shanghai_q10_a_funder_who_has_not_chosen_payment_is_passed_over_for_one_who_has() {
    let p = shanghai_bill_with_modes(&["premium"], &["payment"]);
    assert!(p.allowed);
    assert_eq!(paid(&p), pairs(&[("a", "0.00"), ("b", "100.00")]));
    let f = find(&p.findings, "MODE_NOT_CHOSEN");
    assert_eq!(f.severity, gongji::contract::Severity::Warning);
    assert_eq!(f.path.as_deref(), Some("funders[0].modes"));
}

#[test]
fn shanghai_q10_when_no_funder_has_chosen_payment_the_bill_is_refused() {
    let p = shanghai_bill_with_modes(&["premium"], &["premium"]);
    assert!(!p.allowed);
    assert_eq!(errors(&p.findings), ["MODE_NOT_CHOSEN", "MODE_NOT_CHOSEN"]);
    assert_eq!(p.split.cash.to_string(), "100.00");
}

#[test]
fn a_projection_takes_each_funders_registration_and_cap_unless_a_binding_differs() {
    let bill = |who: &str| json!({"memberId": who, "expense": {"amount": "500.00", "kind": "outpatient", "facilityLevel": 2}});
    let y = project(
        &json!({"policy": ruian_drawing(Some("registrationOrder")), "asOf": RUIAN_DAY,
        "funders": [{"id": "late", "balance": "5000.00", "boundOn": "2017-05-20"},
                    {"id": "early", "balance": "5000.00", "boundOn": "2017-05-10"}],
        "members": [member("parent", resident("mum", "330381")), member("parent", resident("dad", "330381"))],
        // Dad was bound to "late" first.
        "bindings": [{"memberId": "dad", "funderId": "late", "boundOn": "2017-05-01"},
                     {"memberId": "dad", "funderId": "early"}],
        "expenses": [bill("mum"), bill("dad")]}),
    );
    let payer = |i: usize| -> Vec<String> {
        y.steps[i]
            .funders
            .iter()
            .flatten()
            .filter(|f| !f.paid.is_zero())
            .map(|f| f.funder_id.clone())
            .collect()
    };
    assert_eq!(payer(0), ["early"], "mum: the funders' own dates");
    assert_eq!(payer(1), ["late"], "dad: his binding's date");
}
