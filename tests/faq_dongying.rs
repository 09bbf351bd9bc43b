//! Dongying, 《东营日报》 article and its 常见问题解答 (doc `dy`): one
//! scenario a question.

mod common;
use common::*;

const DAY: &str = "2025-06-01";

fn family(members: Vec<Value>) -> Value {
    network(
        "dongying",
        DAY,
        employee("owner", "370502", "8000.00"),
        members,
    )
}

fn relatives(n: usize) -> Vec<Value> {
    (0..n)
        .map(|i| {
            member(
                // A family that can exist: one spouse, two parents, two of
                // the spouse's parents, then children.
                ["spouse", "parent", "parent", "spouseParent", "spouseParent"]
                    .get(i)
                    .copied()
                    .unwrap_or("child"),
                resident(&format!("r{i}"), "370502"),
            )
        })
        .collect()
}

fn own(current: &str, historical: &str) -> Value {
    let mut p = employee("a", "370502", historical);
    p["currentBalance"] = json!(current);
    p
}

#[test]
fn dongying_intro_an_owner_may_bind_seven_relatives() {
    assert!(check(&family(relatives(7))).ok);
}

#[test]
fn dongying_intro_an_eighth_relative_is_refused() {
    let c = check(&family(relatives(8)));
    let f = find(&c.findings, "TOO_MANY_MEMBERS");
    assert!(f.is_error());
    assert_eq!(f.path.as_deref(), Some("members"));
    assert!(!c.ok);
}

#[test]
fn dongying_staff_a_spouses_parents_are_close_relatives_here() {
    assert!(
        check(&family(vec![member(
            "spouseParent",
            resident("mil", "370521")
        )]))
        .ok
    );
}

#[test]
fn dongying_staff_siblings_are_not_admitted() {
    let c = check(&family(vec![member("sibling", resident("b", "370502"))]));
    assert_eq!(errors(&c.members[0].findings), ["RELATION_NOT_ADMITTED"]);
}

#[test]
fn dongying_q2_the_members_own_account_pays_when_it_can() {
    let p = preview(&bill(
        "dongying",
        DAY,
        member("parent", own("100.00", "500.00")),
        "2000.00",
        "560.00",
        "outpatient",
    ));
    assert_eq!(split(&p), ["100.00", "460.00", "0.00", "0.00"]);
    assert!(!codes(&p.findings).contains(&"DECLINED_THEN_RETRY"));
}

#[test]
fn dongying_q3_a_short_own_account_declines_then_the_retry_charges_the_owner() {
    let p = preview(&bill(
        "dongying",
        DAY,
        member("parent", own("30.00", "20.00")),
        "2000.00",
        "600.00",
        "outpatient",
    ));
    // The failed swipe takes nothing; the retry is paid whole from the family fund.
    assert_eq!(split(&p), ["0.00", "0.00", "600.00", "0.00"]);
    let f = find(&p.findings, "DECLINED_THEN_RETRY");
    assert_eq!(f.severity, gongji::contract::Severity::Warning);
    assert_eq!(reference(f), Some("问(三)"));
    assert!(f.message.contains("5 分钟"));
}

#[test]
fn dongying_q3_what_the_retry_cannot_cover_is_cash() {
    let p = preview(&bill(
        "dongying",
        DAY,
        member("parent", own("30.00", "20.00")),
        "250.00",
        "600.00",
        "inpatient",
    ));
    assert_eq!(split(&p), ["0.00", "0.00", "250.00", "350.00"]);
}

#[test]
fn dongying_q3_a_resident_relative_has_no_account_to_decline() {
    let p = preview(&bill(
        "dongying",
        DAY,
        member("child", resident("c", "370502")),
        "2000.00",
        "600.00",
        "inpatient",
    ));
    assert_eq!(split(&p), ["0.00", "0.00", "600.00", "0.00"]);
    assert!(!codes(&p.findings).contains(&"DECLINED_THEN_RETRY"));
}

#[test]
fn dongying_q4_the_owners_cap_limits_a_relative() {
    let mut m = member("spouseParent", resident("mil", "370521"));
    m["cap"] = json!("500.00");
    let mut r = bill("dongying", DAY, m, "2000.00", "600.00", "outpatient");
    r["fund"]["usedByMember"] = json!("100.00");
    let p = preview(&r);
    assert_eq!(split(&p), ["0.00", "0.00", "400.00", "200.00"]);
    assert!(codes(&p.findings).contains(&"CAP_REACHED"));
    assert_eq!(p.fund_after.to_string(), "1600.00");
}

#[test]
fn dongying_q4_the_cap_is_cumulative_over_the_year() {
    let mut m = member("child", resident("c", "370502"));
    m["cap"] = json!("1000.00");
    let r = json!({"policy": "dongying", "asOf": DAY, "fund": {"balance": "5000.00", "modes": ["payment", "premium"]},
        "members": [m],
        "expenses": [{"memberId": "c", "expense": {"amount": "700.00", "kind": "inpatient"}},
                     {"memberId": "c", "expense": {"amount": "700.00", "kind": "inpatient"}},
                     {"memberId": "c", "expense": {"amount": "50.00", "kind": "pharmacy"}}]});
    let y = project(&r);
    let family: Vec<String> = y.steps.iter().map(|s| s.split.family.to_string()).collect();
    assert_eq!(family, ["700.00", "300.00", "0.00"]);
    assert_eq!(y.fund_end.to_string(), "4000.00");
}

#[test]
fn dongying_q6_1_a_relative_bound_by_another_owner_cannot_be_bound() {
    let mut r = family(vec![member("parent", resident("p", "370502"))]);
    r["existing"] = json!([{"personId": "p", "role": "member", "networkId": "brother"}]);
    assert_eq!(
        errors(&check(&r).members[0].findings),
        ["MEMBER_IN_OTHER_NETWORK"]
    );
}

#[test]
fn dongying_q6_2_an_owner_cannot_be_bound() {
    let mut r = family(vec![member("spouse", employee("s", "370502", "100.00"))]);
    r["existing"] = json!([{"personId": "s", "role": "founder", "networkId": "hers"}]);
    let c = check(&r);
    assert_eq!(
        cited(&c.members[0].findings, "MEMBER_IS_FOUNDER_ELSEWHERE"),
        Some("问(六)2")
    );
}

#[test]
fn dongying_q6_3_a_bound_relative_cannot_become_an_owner() {
    let mut r = family(vec![member("child", resident("c", "370502"))]);
    r["existing"] = json!([{"personId": "owner", "role": "member", "networkId": "parents"}]);
    assert_eq!(
        errors(&check(&r).founder.findings),
        ["FOUNDER_IS_MEMBER_ELSEWHERE"]
    );
}

#[test]
fn dongying_q7_the_owner_may_add_to_his_own_network() {
    let mut r = family(vec![
        member("child", resident("c", "370502")),
        member("spouse", resident("s", "370502")),
    ]);
    r["networkId"] = json!("ours");
    r["existing"] = json!([{"personId": "owner", "role": "founder", "networkId": "ours"},
                           {"personId": "c", "role": "member", "networkId": "ours"}]);
    assert!(check(&r).ok);
}

#[test]
fn dongying_q8_a_relative_sees_the_owner_and_every_bound_relative() {
    let rule = &gongji::policy::built_in("dongying")
        .expect("built in")
        .versions[0]
        .rules
        .member_sees;
    assert_eq!(
        rule.value,
        gongji::contract::profile::Visibility::WholeNetwork
    );
    assert_eq!(&*rule.source.reference, "问(八)");
}

#[test]
fn dongying_staff_long_term_care_premiums_may_be_paid() {
    let p = preview(&bill(
        "dongying",
        DAY,
        member("parent", resident("p", "370502")),
        "2000.00",
        "180.00",
        "longTermCarePremium",
    ));
    assert_eq!(split(&p), ["0.00", "0.00", "180.00", "0.00"]);
}

#[test]
fn dongying_staff_health_checks_may_be_paid() {
    let p = preview(&bill(
        "dongying",
        DAY,
        member("parent", resident("p", "370502")),
        "2000.00",
        "320.00",
        "checkup",
    ));
    assert!(p.allowed);
    assert_eq!(p.split.family.to_string(), "320.00");
}

#[test]
fn dongying_staff_commercial_insurance_is_not_listed() {
    let p = preview(&bill(
        "dongying",
        DAY,
        member("parent", resident("p", "370502")),
        "2000.00",
        "120.00",
        "commercialInsurance",
    ));
    assert_eq!(errors(&p.findings), ["KIND_NOT_COVERED"]);
}

#[test]
fn dongying_undated_article_profile_opens_on_2022_01_01() {
    // The profile's note: the article is undated, so earlier days are refused, not guessed.
    let mut r = family(vec![]);
    r["asOf"] = json!("2021-12-31");
    assert_eq!(check_error(&r).code, "DATE_NOT_COVERED");
    r["asOf"] = json!("2022-01-01");
    assert!(check(&r).ok);
}

#[test]
fn dongying_q3_the_retry_reports_under_the_national_field_names() {
    let p = preview(&bill(
        "dongying",
        DAY,
        member("parent", own("30.00", "20.00")),
        "250.00",
        "600.00",
        "inpatient",
    ));
    assert_eq!(p.nhsa.acct_pay.to_string(), "0.00");
    assert_eq!(p.nhsa.acct_mulaid_pay.to_string(), "250.00");
    assert_eq!(p.nhsa.psn_cash_pay.to_string(), "350.00");
    assert_eq!(p.fund_after.to_string(), "0.00");
}

#[test]
fn dongying_q4_an_owner_needs_no_minimum_balance_to_open() {
    // The profile's note: no threshold; the owner sets caps and a swipe fails only when money is short.
    let c = check(&network(
        "dongying",
        DAY,
        employee("owner", "370502", "0.00"),
        relatives(1),
    ));
    assert!(c.ok);
    assert!(c.founder.eligible);
}

#[test]
fn dongying_staff_a_third_parent_of_the_spouse_is_refused() {
    let c = check(&family(vec![
        member("spouseParent", resident("a", "370502")),
        member("spouseParent", resident("b", "370502")),
        member("spouseParent", resident("c", "370502")),
    ]));
    assert!(c.members[0].eligible && c.members[1].eligible);
    let f = find(&c.members[2].findings, "THIRD_SPOUSE_PARENT");
    assert_eq!(f.path.as_deref(), Some("members[2].relation"));
    assert!(f.source.is_some());
    assert!(!c.ok);
}

#[test]
fn dongying_staff_seven_relatives_may_not_include_two_spouses() {
    let c = check(&family(vec![
        member("spouse", resident("s1", "370502")),
        member("child", resident("c", "370502")),
        member("spouse", resident("s2", "370502")),
    ]));
    assert_eq!(errors(&c.members[2].findings), ["SECOND_SPOUSE"]);
}
