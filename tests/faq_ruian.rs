//! Ruian, 《瑞安日报》 May 2017: press conference and Q&A (doc `ra-2017`):
//! one scenario a question.

mod common;
use common::*;

const DAY: &str = "2017-06-01";

/// A 200.00 bill of a parent insured in `region`, paid from a fund of
/// 5000.00 by 共济支付.
fn parent_bill(region: &str, kind: &str) -> Value {
    let mut r = bill(
        "ruian",
        DAY,
        member("parent", resident("p", region)),
        "5000.00",
        "200.00",
        kind,
    );
    r["fund"]["modes"] = json!(["payment"]);
    r
}

/// A 200.00 inpatient bill of a relative insured in 杭州 (330106), elsewhere
/// in Zhejiang.
fn hangzhou_relative_bill() -> Value {
    parent_bill("330106", "inpatient")
}

fn family(members: Vec<Value>) -> Value {
    network("ruian", DAY, employee("f", "330381", "2000.00"), members)
}

fn resident_bill(level: Option<u8>, facility: &str) -> Value {
    let mut r = parent_bill("330381", "outpatient");
    r["expense"]["facilityType"] = json!(facility);
    if let Some(level) = level {
        r["expense"]["facilityLevel"] = json!(level);
    }
    r
}

#[test]
fn ruian_press_an_authorizer_needs_2000_yuan_of_historical_balance() {
    let short = check(&network(
        "ruian",
        DAY,
        employee("f", "330381", "1999.99"),
        vec![],
    ));
    let f = find(&short.founder.findings, "FOUNDER_BALANCE_TOO_LOW");
    assert_eq!(reference(f), Some("发布会·受理条件"));
    assert!(
        check(&network(
            "ruian",
            DAY,
            employee("f", "330381", "2000.00"),
            vec![]
        ))
        .founder
        .eligible
    );
}

#[test]
fn ruian_press_the_authorizer_is_insured_in_ruian_itself() {
    // 温州市区 330302 is another pooling area than 瑞安 330381.
    let c = check(&network(
        "ruian",
        DAY,
        employee("f", "330302", "5000.00"),
        vec![],
    ));
    assert_eq!(errors(&c.founder.findings), ["FOUNDER_NOT_LOCAL"]);
}

#[test]
fn ruian_press_rules_start_on_2017_05_08() {
    let mut r = family(vec![]);
    r["asOf"] = json!("2017-05-07");
    assert_eq!(check_error(&r).code, "DATE_NOT_COVERED");
    r["asOf"] = json!("2017-05-08");
    assert!(check(&r).ok);
}

#[test]
fn ruian_q2_a_spouses_parents_are_excluded() {
    let c = check(&family(vec![member(
        "spouseParent",
        resident("fil", "330381"),
    )]));
    assert_eq!(errors(&c.members[0].findings), ["RELATION_NOT_ADMITTED"]);
}

#[test]
fn ruian_q2_an_adopted_child_is_a_child() {
    // GB/T 4761 code 27: 养子或继子.
    let c = check(&family(vec![member("27", resident("a", "330381"))]));
    assert!(c.ok);
}

#[test]
fn ruian_q4_cosmetic_costs_are_never_paid_from_an_account() {
    let mut r = bill(
        "ruian",
        DAY,
        member("spouse", employee("s", "330381", "900.00")),
        "5000.00",
        "800.00",
        "cosmetic",
    );
    r["fund"]["modes"] = json!(["payment"]);
    let p = preview(&r);
    assert_eq!(errors(&p.findings), ["KIND_NOT_COVERED"]);
    assert_eq!(split(&p), ["0.00", "0.00", "0.00", "800.00"]);
}

#[test]
fn ruian_q4_non_programme_vaccines_are_covered() {
    let mut r = bill(
        "ruian",
        DAY,
        member("child", employee("c", "330381", "0.00")),
        "5000.00",
        "350.00",
        "vaccine",
    );
    r["fund"]["modes"] = json!(["payment"]);
    assert_eq!(preview(&r).split.family.to_string(), "350.00");
}

#[test]
fn ruian_q4_a_resident_member_cannot_use_the_fund_at_a_level_3_hospital() {
    let p = preview(&resident_bill(Some(3), "hospital"));
    let f = find(&p.findings, "FACILITY_NOT_ALLOWED");
    assert_eq!(f.path.as_deref(), Some("expense.facilityLevel"));
    assert_eq!(split(&p), ["0.00", "0.00", "0.00", "200.00"]);
}

#[test]
fn ruian_q4_a_resident_member_cannot_use_the_fund_at_a_retail_pharmacy() {
    let p = preview(&resident_bill(None, "pharmacy"));
    assert_eq!(errors(&p.findings), ["FACILITY_NOT_ALLOWED"]);
}

#[test]
fn ruian_q4_a_resident_member_may_use_the_fund_at_a_level_2_hospital() {
    let p = preview(&resident_bill(Some(2), "hospital"));
    assert_eq!(split(&p), ["0.00", "0.00", "200.00", "0.00"]);
}

#[test]
fn ruian_q4_the_facility_level_is_needed_for_a_resident_member() {
    let p = preview(&resident_bill(None, "hospital"));
    assert_eq!(errors(&p.findings), ["FACILITY_LEVEL_MISSING"]);
}

#[test]
fn ruian_q4_an_employee_member_may_use_a_level_3_hospital() {
    let mut r = resident_bill(Some(3), "hospital");
    r["member"] = member("spouse", employee("s", "330381", "0.00"));
    assert!(preview(&r).allowed);
}

#[test]
fn ruian_q6_relatives_anywhere_in_zhejiang_may_be_authorized() {
    let c = check(&family(vec![member("parent", resident("p", "330106"))]));
    assert!(c.ok);
    let outside = check(&family(vec![member("parent", resident("p", "310104"))]));
    assert_eq!(
        errors(&outside.members[0].findings),
        ["MEMBER_OUTSIDE_AREA"]
    );
}

#[test]
fn ruian_q7_a_relative_insured_elsewhere_in_zhejiang_claims_at_the_window() {
    let c = check(&family(vec![member("parent", resident("p", "330106"))]));
    assert_eq!(
        find(&c.members[0].findings, "MEMBER_WINDOW_CLAIM").severity,
        gongji::contract::Severity::Warning
    );
    let mut r = hangzhou_relative_bill();
    r["expense"]["facilityLevel"] = json!(2);
    assert!(preview(&r).flags.window_claim);
}

#[test]
fn ruian_q4_the_facility_limit_is_for_ruians_own_residents_not_relatives_elsewhere_in_zhejiang() {
    // 问4 limits 我市城乡居民 (Ruian's own) to level 1-2; a resident of
    // 杭州 (330106) is paid by window claim (问7), whatever the level.
    let mut r = hangzhou_relative_bill();
    r["expense"]["facilityLevel"] = json!(3);
    let p = preview(&r);
    assert!(p.allowed, "{:?}", codes(&p.findings));
    assert!(p.flags.window_claim);
    assert_eq!(split(&p), ["0.00", "0.00", "200.00", "0.00"]);
    // No level given: nothing to refuse either.
    r["expense"]
        .as_object_mut()
        .expect("expense")
        .remove("facilityLevel");
    assert!(preview(&r).allowed);
    // Ruian's own resident at a level-3 hospital is still refused.
    assert_eq!(
        errors(&preview(&resident_bill(Some(3), "hospital")).findings),
        ["FACILITY_NOT_ALLOWED"]
    );
}

#[test]
fn ruian_q7_a_relative_insured_in_ruian_pays_at_the_point_of_sale() {
    assert!(
        !preview(&resident_bill(Some(1), "hospital"))
            .flags
            .window_claim
    );
}

#[test]
fn ruian_press_a_member_may_hold_two_authorizers_used_in_turn() {
    let mut r = family(vec![member("parent", resident("p", "330381"))]);
    r["existing"] = json!([{"personId": "p", "role": "member", "networkId": "daughter"}]);
    let c = check(&r);
    assert!(c.ok);
    let f = find(&c.members[0].findings, "MEMBER_SECOND_AUTHORIZER");
    assert!(f.message.contains("不能同时使用"));
}

#[test]
fn ruian_press_a_third_authorizer_is_refused() {
    let mut r = family(vec![member("parent", resident("p", "330381"))]);
    r["existing"] = json!([{"personId": "p", "role": "member", "networkId": "daughter"},
                           {"personId": "p", "role": "member", "networkId": "son"}]);
    assert_eq!(
        errors(&check(&r).members[0].findings),
        ["MEMBER_IN_OTHER_NETWORK"]
    );
}

#[test]
fn ruian_press_one_bill_is_paid_from_one_authorizers_fund() {
    // A preview takes one fund: what it cannot cover is cash, never a second fund.
    let mut r = resident_bill(Some(1), "hospital");
    r["fund"]["balance"] = json!("120.00");
    assert_eq!(split(&preview(&r)), ["0.00", "0.00", "120.00", "80.00"]);
}

#[test]
fn ruian_an_authorizer_may_also_be_authorized_by_a_relative() {
    let mut r = family(vec![member("child", resident("c", "330381"))]);
    r["existing"] = json!([{"personId": "f", "role": "member", "networkId": "parents"}]);
    assert!(check(&r).ok);
}

#[test]
fn ruian_two_people_cannot_fund_each_other() {
    let mut r = family(vec![member("spouse", employee("s", "330381", "3000.00"))]);
    r["existing"] = json!([{"personId": "s", "role": "founder", "networkId": "hers"},
                           {"personId": "f", "role": "member", "networkId": "hers"}]);
    assert_eq!(errors(&check(&r).members[0].findings), ["BINDING_CYCLE"]);
}

#[test]
fn ruian_press_asking_for_both_modes_refuses_only_the_premium_mode_it_lacks() {
    let mut r = family(vec![]);
    r["modes"] = json!(["payment", "premium"]);
    let c = check(&r);
    assert!(c.ok, "the network stands with payment");
    let f = find(&c.findings, "MODE_NOT_OFFERED");
    assert_eq!(f.severity, gongji::contract::Severity::Warning);
    assert_eq!(f.path.as_deref(), Some("modes[1]"));
    assert!(
        f.message.contains("共济缴费") && f.message.contains("共济支付"),
        "{}",
        f.message
    );
}

#[test]
fn ruian_press_premiums_are_not_a_use_here() {
    let p = preview(&bill(
        "ruian",
        DAY,
        member("child", resident("c", "330381")),
        "5000.00",
        "180.00",
        "residentPremium",
    ));
    assert_eq!(errors(&p.findings), ["KIND_NOT_COVERED"]);
}

#[test]
fn ruian_press_what_one_fund_cannot_cover_is_personal_cash_in_nhsa_terms() {
    let mut r = resident_bill(Some(1), "hospital");
    r["fund"]["balance"] = json!("120.00");
    let p = preview(&r);
    assert_eq!(p.nhsa.acct_pay.to_string(), "0.00");
    assert_eq!(p.nhsa.acct_mulaid_pay.to_string(), "120.00");
    assert_eq!(p.nhsa.psn_cash_pay.to_string(), "80.00");
    assert_eq!(p.fund_after.to_string(), "0.00");
}

#[test]
fn ruian_press_the_current_year_account_does_not_count_toward_the_2000() {
    // Only the 历年 balance is authorized, so only it meets the threshold.
    let mut f = employee("f", "330381", "1999.99");
    f["currentBalance"] = json!("3000.00");
    let c = check(&network("ruian", DAY, f, vec![]));
    assert!(!c.founder.eligible);
    assert_eq!(errors(&c.founder.findings), ["FOUNDER_BALANCE_TOO_LOW"]);
}

#[test]
fn ruian_q2_a_second_spouse_is_refused() {
    let c = check(&family(vec![
        member("spouse", resident("s1", "330381")),
        member("spouse", resident("s2", "330381")),
    ]));
    let f = find(&c.members[1].findings, "SECOND_SPOUSE");
    assert_eq!(f.path.as_deref(), Some("members[1].relation"));
    assert_eq!(reference(f), Some("问2"));
}

#[test]
fn ruian_q2_a_third_parent_is_refused() {
    let c = check(&family(vec![
        member("parent", resident("p1", "330381")),
        member("parent", resident("p2", "330381")),
        member("parent", resident("p3", "330381")),
    ]));
    assert_eq!(errors(&c.members[2].findings), ["THIRD_PARENT"]);
}
