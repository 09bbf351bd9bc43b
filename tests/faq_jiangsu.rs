//! Suzhou, 苏州市医保局 个人账户家庭共济热点问答 (doc `sz-2023`), under the
//! `jiangsu` profile (江苏医保云): one scenario a question.

mod common;
use common::*;

const DAY: &str = "2025-05-20";

/// A child's 380.00 resident premium against a fund of `fund`.
fn child_premium(fund: &str) -> Value {
    bill(
        "jiangsu",
        DAY,
        member("child", resident("c", "320505")),
        fund,
        "380.00",
        "residentPremium",
    )
}

fn family(members: Vec<Value>) -> Value {
    network("jiangsu", DAY, employee("f", "320505", "3000.00"), members)
}

#[test]
fn jiangsu_q2_the_rules_apply_from_2023_02_01() {
    let mut r = family(vec![member("child", resident("c", "320505"))]);
    r["asOf"] = json!("2023-01-31");
    assert_eq!(check_error(&r).code, "DATE_NOT_COVERED");
    r["asOf"] = json!("2023-02-01");
    assert!(check(&r).ok);
}

#[test]
fn jiangsu_q3_a_founder_needs_a_historical_balance() {
    let c = check(&network(
        "jiangsu",
        DAY,
        employee("f", "320505", "0.00"),
        vec![],
    ));
    assert_eq!(errors(&c.founder.findings), ["FOUNDER_BALANCE_TOO_LOW"]);
}

#[test]
fn jiangsu_q3_a_founder_must_be_insured_in_suzhou() {
    let c = check(&network(
        "jiangsu",
        DAY,
        employee("f", "320900", "500.00"),
        vec![],
    ));
    assert_eq!(errors(&c.founder.findings), ["FOUNDER_NOT_LOCAL"]);
}

#[test]
fn jiangsu_q3_a_suzhou_district_is_local() {
    // 吴江区 320509 is inside the Suzhou pooling area 3205.
    assert!(
        check(&network(
            "jiangsu",
            DAY,
            employee("f", "320509", "500.00"),
            vec![]
        ))
        .ok
    );
}

#[test]
fn jiangsu_q5_spouse_parents_and_children_only() {
    let c = check(&family(vec![
        member("spouse", resident("s", "320505")),
        member("grandparent", resident("g", "320505")),
    ]));
    assert!(c.members[0].eligible);
    assert_eq!(errors(&c.members[1].findings), ["RELATION_NOT_ADMITTED"]);
}

#[test]
fn jiangsu_q12_parents_insured_in_yancheng_may_join() {
    let c = check(&family(vec![member("parent", resident("p", "320900"))]));
    assert!(c.ok);
    assert!(
        c.members[0].findings.is_empty(),
        "no window claim in Jiangsu"
    );
}

#[test]
fn jiangsu_q12_a_member_insured_outside_jiangsu_is_refused() {
    let c = check(&family(vec![member("parent", resident("p", "310104"))]));
    assert_eq!(errors(&c.members[0].findings), ["MEMBER_OUTSIDE_AREA"]);
}

#[test]
fn jiangsu_q8_one_relation_per_person_at_a_time() {
    let mut r = family(vec![member("parent", resident("p", "320900"))]);
    r["existing"] = json!([{"personId": "p", "role": "member", "networkId": "brother"}]);
    assert_eq!(
        errors(&check(&r).members[0].findings),
        ["MEMBER_IN_OTHER_NETWORK"]
    );
}

#[test]
fn jiangsu_q8_a_founder_cannot_set_up_a_second_relation() {
    let mut r = family(vec![]);
    r["existing"] = json!([{"personId": "f", "role": "founder", "networkId": "first"}]);
    assert_eq!(errors(&check(&r).founder.findings), ["FOUNDER_HAS_NETWORK"]);
}

#[test]
fn jiangsu_q9_own_account_first_then_the_family_fund() {
    let mut person = employee("p", "320900", "30.00");
    person["currentBalance"] = json!("100.00");
    let p = preview(&bill(
        "jiangsu",
        DAY,
        member("parent", person),
        "1000.00",
        "450.00",
        "outpatient",
    ));
    assert_eq!(split(&p), ["100.00", "30.00", "320.00", "0.00"]);
    assert_eq!(cited(&p.findings, "STEP_FAMILY"), Some("Q9"));
}

#[test]
fn jiangsu_q9_a_member_without_an_account_is_paid_by_the_fund() {
    let p = preview(&bill(
        "jiangsu",
        DAY,
        member("child", resident("c", "320505")),
        "1000.00",
        "450.00",
        "outpatient",
    ));
    assert_eq!(split(&p), ["0.00", "0.00", "450.00", "0.00"]);
}

#[test]
fn jiangsu_q9_the_resident_premium_is_paid_in_full_only() {
    let short = preview(&bill(
        "jiangsu",
        DAY,
        member("child", resident("c", "320505")),
        "379.99",
        "380.00",
        "residentPremium",
    ));
    assert_eq!(errors(&short.findings), ["FULL_PAYMENT_SHORT"]);
    assert!(short.split.family.is_zero());
    let full = preview(&bill(
        "jiangsu",
        DAY,
        member("child", resident("c", "320505")),
        "1000.00",
        "380.00",
        "residentPremium",
    ));
    assert_eq!(split(&full), ["0.00", "0.00", "380.00", "0.00"]);
}

#[test]
fn jiangsu_q9_a_premium_the_fund_cannot_cover_in_full_is_not_allowed() {
    // `allowed` is false exactly when an answer carries an error finding,
    // also one found while paying.
    assert!(!preview(&child_premium("379.99")).allowed);
}

#[test]
fn jiangsu_q9_commercial_insurance_is_paid_in_full_only() {
    let p = preview(&bill(
        "jiangsu",
        DAY,
        member("spouse", employee("s", "320505", "9000.00")),
        "100.00",
        "129.00",
        "commercialInsurance",
    ));
    assert_eq!(errors(&p.findings), ["FULL_PAYMENT_SHORT"]);
    assert_eq!(
        split(&p),
        ["0.00", "0.00", "0.00", "129.00"],
        "not split with the member's own account"
    );
}

#[test]
fn jiangsu_q10_non_programme_vaccines_are_covered() {
    let p = preview(&bill(
        "jiangsu",
        DAY,
        member("child", resident("c", "320505")),
        "1000.00",
        "598.00",
        "vaccine",
    ));
    assert!(p.allowed);
    assert_eq!(p.split.family.to_string(), "598.00");
}

#[test]
fn jiangsu_q10_pharmacy_purchases_are_covered() {
    let p = preview(&bill(
        "jiangsu",
        DAY,
        member("parent", resident("p", "320900")),
        "1000.00",
        "86.40",
        "pharmacy",
    ));
    assert_eq!(p.split.family.to_string(), "86.40");
    assert!(
        p.flags.counts_toward_deductible,
        "Suzhou states no deductible exclusion"
    );
}

#[test]
fn jiangsu_q10_health_checks_are_not_a_listed_use() {
    let p = preview(&bill(
        "jiangsu",
        DAY,
        member("parent", resident("p", "320900")),
        "1000.00",
        "300.00",
        "checkup",
    ));
    assert_eq!(errors(&p.findings), ["KIND_NOT_COVERED"]);
}

#[test]
fn jiangsu_q13_there_is_no_per_member_limit() {
    let mut m = member("child", resident("c", "320505"));
    m["cap"] = json!("10.00");
    let p = preview(&bill("jiangsu", DAY, m, "1000.00", "450.00", "outpatient"));
    assert_eq!(p.split.family.to_string(), "450.00");
    assert_eq!(cited(&p.findings, "CAP_NOT_IN_POLICY"), Some("Q13"));
}

#[test]
fn jiangsu_q14_the_relation_goes_on_after_the_fund_is_spent() {
    let r = json!({"policy": "jiangsu", "asOf": DAY, "fund": {"balance": "1000.00", "modes": ["payment", "premium"]},
        "members": [member("child", resident("kid", "320506")), member("parent", resident("dad", "320900"))],
        "expenses": [{"memberId": "kid", "expense": {"amount": "380.00", "kind": "residentPremium"}},
                     {"memberId": "dad", "expense": {"amount": "450.00", "kind": "outpatient"}},
                     {"memberId": "kid", "expense": {"amount": "520.00", "kind": "inpatient"}},
                     {"memberId": "dad", "expense": {"amount": "90.00", "kind": "pharmacy"}}]});
    let y = project(&r);
    let family: Vec<String> = y.steps.iter().map(|s| s.split.family.to_string()).collect();
    assert_eq!(family, ["380.00", "450.00", "170.00", "0.00"]);
    assert_eq!(y.steps[3].split.cash.to_string(), "90.00");
    assert!(y.steps[3].allowed);
    assert_eq!(
        cited(&y.steps[2].findings, "FUND_EXHAUSTED"),
        Some("Q3; Q14")
    );
}

#[test]
fn jiangsu_q16_a_founder_who_transferred_out_ends_the_relation() {
    let mut founder = employee("f", "320505", "3000.00");
    founder["status"] = json!("transferred");
    let c = check(&network("jiangsu", DAY, founder, vec![]));
    let f = find(&c.founder.findings, "FOUNDER_ACCOUNT_NOT_ACTIVE");
    assert!(f.message.contains("终止"));
}

#[test]
fn jiangsu_q5_a_member_no_longer_insured_is_refused() {
    let mut person = resident("p", "320900");
    person["status"] = json!("suspended");
    let c = check(&family(vec![member("parent", person)]));
    assert_eq!(errors(&c.members[0].findings), ["MEMBER_NOT_ACTIVE"]);
}

#[test]
fn jiangsu_q4_a_current_year_balance_does_not_make_a_founder() {
    // Only the 历年 balance carried over at year end counts; this year's money does not.
    let mut f = employee("f", "320505", "0.00");
    f["currentBalance"] = json!("5000.00");
    let c = check(&network("jiangsu", DAY, f, vec![]));
    assert_eq!(errors(&c.founder.findings), ["FOUNDER_BALANCE_TOO_LOW"]);
}

#[test]
fn jiangsu_q15_a_member_joins_a_new_relation_once_he_has_left_the_old_one() {
    let mut r = family(vec![member("parent", resident("p", "320900"))]);
    r["existing"] = json!([{"personId": "p", "role": "member", "networkId": "brother"}]);
    let c = check(&r);
    assert!(!c.ok);
    let f = find(&c.members[0].findings, "MEMBER_IN_OTHER_NETWORK");
    let hint = f.hint.as_deref().unwrap_or_default();
    assert!(hint.contains("解绑后可加入"), "{hint}");
    // Once the brother's relation no longer lists him, the same request passes.
    r["existing"] = json!([]);
    assert!(check(&r).ok);
}

#[test]
fn jiangsu_q10_there_is_no_mode_to_choose_so_a_modes_given_never_refuses_a_use() {
    let mut r = child_premium("1000.00");
    r["fund"]["modes"] = json!(["payment"]);
    let p = preview(&r);
    assert!(p.allowed);
    assert_eq!(split(&p), ["0.00", "0.00", "380.00", "0.00"]);
    assert_eq!(
        find(&p.findings, "MODES_IGNORED").severity,
        gongji::contract::Severity::Info
    );
}

#[test]
fn jiangsu_q10_modes_may_be_left_out() {
    let mut r = child_premium("1000.00");
    r["fund"].as_object_mut().expect("fund").remove("modes");
    let p = preview(&r);
    assert!(p.allowed);
    assert!(!codes(&p.findings).contains(&"MODES_IGNORED"));
}

#[test]
fn jiangsu_q5_a_third_parent_is_refused_at_its_relation() {
    let c = check(&family(vec![
        member("parent", resident("p1", "320505")),
        member("parent", resident("p2", "320505")),
        member("parent", resident("p3", "320505")),
    ]));
    assert!(c.members[0].eligible && c.members[1].eligible);
    let f = find(&c.members[2].findings, "THIRD_PARENT");
    assert_eq!(f.path.as_deref(), Some("members[2].relation"));
    assert_eq!(reference(f), Some("Q5"));
    assert!(!c.ok);
}

#[test]
fn jiangsu_q5_a_second_spouse_is_refused() {
    let c = check(&family(vec![
        member("spouse", resident("s1", "320505")),
        member("spouse", resident("s2", "320505")),
    ]));
    assert_eq!(errors(&c.members[1].findings), ["SECOND_SPOUSE"]);
}
