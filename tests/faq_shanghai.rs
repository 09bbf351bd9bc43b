//! Shanghai, 上海市医保局《…家庭共济使用的相关问答》 (doc `sh-faq`): one
//! scenario a question, named after it.

mod common;
use common::*;

const DAY: &str = "2025-03-10";

fn family(members: Vec<Value>) -> Value {
    network("shanghai", DAY, employee("f", "310104", "5000.00"), members)
}

#[test]
fn shanghai_q6_founder_may_bind_spouse_parents_and_children() {
    let c = check(&family(vec![
        member("spouse", employee("s", "310115", "10.00")),
        member("parent", resident("p", "310104")),
        member("child", resident("c", "310110")),
    ]));
    assert!(c.ok, "{:?}", all_codes(&c));
}

#[test]
fn shanghai_q8_a_spouses_parent_is_not_a_member() {
    let c = check(&family(vec![member(
        "spouseParent",
        resident("mil", "310104"),
    )]));
    let f = find(&c.members[0].findings, "RELATION_NOT_ADMITTED");
    assert!(f.is_error());
    assert_eq!(f.path.as_deref(), Some("members[0].relation"));
    assert_eq!(reference(f), Some("Q8"));
    assert!(!c.ok);
}

#[test]
fn shanghai_q8_a_sibling_is_not_a_member() {
    let c = check(&family(vec![member("sibling", resident("b", "310104"))]));
    assert_eq!(errors(&c.members[0].findings), ["RELATION_NOT_ADMITTED"]);
}

#[test]
fn shanghai_q8_a_member_insured_outside_shanghai_is_refused() {
    let c = check(&family(vec![member("parent", resident("p", "320500"))]));
    let f = find(&c.members[0].findings, "MEMBER_OUTSIDE_AREA");
    assert_eq!(f.path.as_deref(), Some("members[0].person.region"));
    assert!(f.hint.is_some());
}

#[test]
fn shanghai_q8_resident_and_employee_members_are_both_admitted() {
    let c = check(&family(vec![
        member("parent", resident("p", "310104")),
        member("child", employee("c", "310104", "0.00")),
    ]));
    assert!(c.members.iter().all(|m| m.eligible));
}

#[test]
fn shanghai_q7_the_founder_must_be_an_employee() {
    let c = check(&network("shanghai", DAY, resident("f", "310104"), vec![]));
    assert_eq!(
        errors(&c.founder.findings),
        ["FOUNDER_NOT_EMPLOYEE", "FOUNDER_BALANCE_UNKNOWN"]
    );
}

#[test]
fn shanghai_q7_a_founder_insured_in_suzhou_cannot_found_here() {
    let c = check(&network(
        "shanghai",
        DAY,
        employee("f", "320500", "100.00"),
        vec![],
    ));
    assert_eq!(errors(&c.founder.findings), ["FOUNDER_NOT_LOCAL"]);
}

#[test]
fn shanghai_q7_a_founder_needs_a_historical_balance_above_zero() {
    let zero = check(&network(
        "shanghai",
        DAY,
        employee("f", "310104", "0.00"),
        vec![],
    ));
    assert_eq!(errors(&zero.founder.findings), ["FOUNDER_BALANCE_TOO_LOW"]);
    let one_fen = check(&network(
        "shanghai",
        DAY,
        employee("f", "310104", "0.01"),
        vec![],
    ));
    assert!(one_fen.founder.eligible);
}

#[test]
fn shanghai_q7_a_suspended_account_cannot_found() {
    let mut founder = employee("f", "310104", "900.00");
    founder["status"] = json!("suspended");
    let c = check(&network("shanghai", DAY, founder, vec![]));
    assert_eq!(errors(&c.founder.findings), ["FOUNDER_ACCOUNT_NOT_ACTIVE"]);
}

#[test]
fn shanghai_q9_a_member_cannot_join_two_networks() {
    let mut r = family(vec![member("parent", resident("p", "310104"))]);
    r["existing"] = json!([{"personId": "p", "role": "member", "networkId": "other"}]);
    let c = check(&r);
    let f = find(&c.members[0].findings, "MEMBER_IN_OTHER_NETWORK");
    assert!(f.is_error());
    assert!(f.hint.as_deref().unwrap_or("").contains("解绑后可加入"));
    assert_eq!(reference(f), Some("Q9"));
}

#[test]
fn shanghai_q9_a_member_of_the_network_being_edited_is_no_conflict() {
    let mut r = family(vec![member("parent", resident("p", "310104"))]);
    r["existing"] = json!([{"personId": "p", "role": "member", "networkId": "mine"}]);
    r["networkId"] = json!("mine");
    assert!(check(&r).ok);
}

#[test]
fn shanghai_q22_a_founder_elsewhere_cannot_be_bound_as_a_member() {
    let mut r = family(vec![member("spouse", employee("s", "310104", "300.00"))]);
    r["existing"] = json!([{"personId": "s", "role": "founder", "networkId": "hers"}]);
    assert_eq!(
        errors(&check(&r).members[0].findings),
        ["MEMBER_IS_FOUNDER_ELSEWHERE"]
    );
}

#[test]
fn shanghai_q9_a_member_elsewhere_cannot_found_a_network() {
    let mut r = family(vec![]);
    r["existing"] = json!([{"personId": "f", "role": "member", "networkId": "parents"}]);
    assert_eq!(
        errors(&check(&r).founder.findings),
        ["FOUNDER_IS_MEMBER_ELSEWHERE"]
    );
}

#[test]
fn shanghai_q10_the_founder_is_reminded_to_choose_a_mode() {
    let mut r = family(vec![member("child", resident("c", "310104"))]);
    r["modes"] = json!([]);
    let c = check(&r);
    assert_eq!(
        find(&c.findings, "MODES_NOT_CHOSEN").severity,
        gongji::contract::Severity::Warning
    );
    assert!(c.ok, "a reminder, not an error");
}

#[test]
fn shanghai_q10_members_cannot_use_a_mode_the_founder_has_not_chosen() {
    let mut r = bill(
        "shanghai",
        DAY,
        member("child", resident("c", "310104")),
        "900.00",
        "100.00",
        "outpatient",
    );
    r["fund"]["modes"] = json!(["premium"]);
    let p = preview(&r);
    assert!(!p.allowed);
    assert_eq!(errors(&p.findings), ["MODE_NOT_CHOSEN"]);
    assert_eq!(split(&p), ["0.00", "0.00", "0.00", "100.00"]);
}

#[test]
fn shanghai_q10_an_employee_member_spends_his_own_accounts_first() {
    let mut person = employee("p", "310104", "80.50");
    person["currentBalance"] = json!("120.00");
    let p = preview(&bill(
        "shanghai",
        DAY,
        member("parent", person),
        "1500.00",
        "356.80",
        "outpatient",
    ));
    assert_eq!(split(&p), ["120.00", "80.50", "156.30", "0.00"]);
    assert_eq!(p.fund_after.to_string(), "1343.70");
    assert_eq!(p.nhsa.acct_pay.to_string(), "200.50");
    assert_eq!(p.nhsa.acct_mulaid_pay.to_string(), "156.30");
}

#[test]
fn shanghai_q10_a_resident_member_is_paid_from_the_fund_directly() {
    let p = preview(&bill(
        "shanghai",
        DAY,
        member("parent", resident("p", "310104")),
        "800.00",
        "1000.00",
        "inpatient",
    ));
    assert_eq!(split(&p), ["0.00", "0.00", "800.00", "200.00"]);
    assert!(p.allowed);
}

#[test]
fn shanghai_q13_a_premium_is_paid_in_full_or_not_at_all() {
    let short = preview(&bill(
        "shanghai",
        DAY,
        member("child", resident("c", "310104")),
        "300.00",
        "380.00",
        "residentPremium",
    ));
    assert_eq!(errors(&short.findings), ["FULL_PAYMENT_SHORT"]);
    assert_eq!(split(&short), ["0.00", "0.00", "0.00", "380.00"]);
    assert_eq!(short.fund_after.to_string(), "300.00");
}

#[test]
fn shanghai_q13_a_fund_equal_to_the_premium_does_not_pay_it() {
    // 结余资金大于缴费金额: strictly greater, as written.
    let equal = preview(&bill(
        "shanghai",
        DAY,
        member("child", resident("c", "310104")),
        "380.00",
        "380.00",
        "residentPremium",
    ));
    assert_eq!(errors(&equal.findings), ["FULL_PAYMENT_SHORT"]);
    assert!(find(&equal.findings, "FULL_PAYMENT_SHORT")
        .message
        .contains("大于"));
    assert_eq!(split(&equal), ["0.00", "0.00", "0.00", "380.00"]);
    assert!(!equal.allowed);
}

#[test]
fn shanghai_q13_a_fund_one_fen_greater_than_the_premium_pays_it() {
    let p = preview(&bill(
        "shanghai",
        DAY,
        member("child", resident("c", "310104")),
        "380.01",
        "380.00",
        "residentPremium",
    ));
    assert_eq!(split(&p), ["0.00", "0.00", "380.00", "0.00"]);
    assert_eq!(p.fund_after.to_string(), "0.01");
}

#[test]
fn shanghai_q13_an_employee_buying_commercial_insurance_is_paid_by_the_fund_alone() {
    let p = preview(&bill(
        "shanghai",
        DAY,
        member("spouse", employee("s", "310104", "500.00")),
        "900.00",
        "129.00",
        "commercialInsurance",
    ));
    assert_eq!(split(&p), ["0.00", "0.00", "129.00", "0.00"]);
}

#[test]
fn shanghai_q13_the_school_batch_deadline_is_12_19() {
    let mut before = family(vec![member("child", resident("c", "310104"))]);
    before["asOf"] = json!("2025-12-01");
    before["modes"] = json!(["payment", "premium"]);
    let f = check(&before);
    assert_eq!(
        find(&f.findings, "PREMIUM_MODE_DEADLINE").severity,
        gongji::contract::Severity::Info
    );
    let mut after = before.clone();
    after["asOf"] = json!("2025-12-20");
    let f = check(&after);
    assert_eq!(
        find(&f.findings, "PREMIUM_MODE_DEADLINE").severity,
        gongji::contract::Severity::Warning
    );
}

#[test]
fn shanghai_q17_pharmacy_costs_paid_by_the_fund_do_not_count_toward_the_deductible() {
    let p = preview(&bill(
        "shanghai",
        DAY,
        member("parent", resident("p", "310104")),
        "900.00",
        "60.00",
        "pharmacy",
    ));
    assert!(!p.flags.counts_toward_deductible);
    assert_eq!(cited(&p.findings, "NOT_TOWARD_DEDUCTIBLE"), Some("Q17"));
    let hospital = preview(&bill(
        "shanghai",
        DAY,
        member("parent", resident("p", "310104")),
        "900.00",
        "60.00",
        "outpatient",
    ));
    assert!(hospital.flags.counts_toward_deductible);
}

#[test]
fn shanghai_q18_there_is_no_per_member_cap() {
    let mut m = member("parent", resident("p", "310104"));
    m["cap"] = json!("100.00");
    let p = preview(&bill("shanghai", DAY, m, "900.00", "300.00", "outpatient"));
    assert_eq!(
        split(&p),
        ["0.00", "0.00", "300.00", "0.00"],
        "the cap is ignored"
    );
    assert!(codes(&p.findings).contains(&"CAP_NOT_IN_POLICY"));
}

#[test]
fn shanghai_q18_once_the_fund_is_spent_the_network_goes_on() {
    let r = json!({"policy": "shanghai", "asOf": DAY, "fund": {"balance": "500.00", "modes": ["payment"]},
        "members": [member("parent", resident("p", "310104"))],
        "expenses": [{"memberId": "p", "expense": {"amount": "450.00", "kind": "outpatient"}},
                     {"memberId": "p", "expense": {"amount": "120.00", "kind": "outpatient"}},
                     {"memberId": "p", "expense": {"amount": "80.00", "kind": "pharmacy"}}]});
    let y = project(&r);
    assert_eq!(y.steps[1].split.family.to_string(), "50.00");
    assert_eq!(y.steps[1].split.cash.to_string(), "70.00");
    assert!(codes(&y.steps[1].findings).contains(&"FUND_EXHAUSTED"));
    assert!(y.steps[2].allowed, "the network goes on");
    assert_eq!(y.steps[2].split.cash.to_string(), "80.00");
    assert_eq!(y.fund_end.to_string(), "0.00");
    assert_eq!(y.family_total.to_string(), "500.00");
}

#[test]
fn shanghai_q19_fund_payments_are_outside_the_relief_schemes() {
    let p = preview(&bill(
        "shanghai",
        DAY,
        member("parent", resident("p", "310104")),
        "900.00",
        "60.00",
        "inpatient",
    ));
    assert!(!p.flags.in_relief_schemes);
    assert_eq!(cited(&p.findings, "OUTSIDE_RELIEF_SCHEMES"), Some("Q19"));
}

#[test]
fn shanghai_q19_a_bill_the_own_account_pays_stays_in_the_relief_schemes() {
    let p = preview(&bill(
        "shanghai",
        DAY,
        member("spouse", employee("s", "310104", "900.00")),
        "900.00",
        "60.00",
        "inpatient",
    ));
    assert!(p.split.family.is_zero());
    assert!(p.flags.in_relief_schemes);
}

#[test]
fn shanghai_q10_vaccines_are_not_a_listed_use() {
    let p = preview(&bill(
        "shanghai",
        DAY,
        member("child", resident("c", "310104")),
        "900.00",
        "300.00",
        "vaccine",
    ));
    assert_eq!(errors(&p.findings), ["KIND_NOT_COVERED"]);
    assert_eq!(split(&p), ["0.00", "0.00", "0.00", "300.00"]);
}

#[test]
fn shanghai_q21_a_member_sees_the_founder_and_himself() {
    let shanghai = gongji::policy::built_in("shanghai").expect("built in");
    let rule = &shanghai.versions[0].rules.member_sees;
    assert_eq!(
        rule.value,
        gongji::contract::profile::Visibility::FounderAndSelf
    );
    assert_eq!(&*rule.source.reference, "Q21");
}

#[test]
fn shanghai_before_2022_is_not_covered() {
    let mut r = family(vec![]);
    r["asOf"] = json!("2021-12-31");
    let e = check_error(&r);
    assert_eq!(e.code.as_str(), "DATE_NOT_COVERED");
    assert_eq!(e.path.as_deref(), Some("asOf"));
}

#[test]
fn shanghai_q13_on_12_19_itself_the_premium_mode_may_still_be_chosen() {
    // The deadline is 17:30 on 12-19; a request judged on that day is still in time.
    let mut r = family(vec![member("child", resident("c", "310104"))]);
    r["asOf"] = json!("2025-12-19");
    r["modes"] = json!(["payment", "premium"]);
    let c = check(&r);
    assert!(c.ok);
    let f = find(&c.findings, "PREMIUM_MODE_DEADLINE");
    assert_eq!(f.severity, gongji::contract::Severity::Info);
    assert_eq!(reference(f), Some("Q13"));
}

#[test]
fn shanghai_q15_once_premium_mode_is_cancelled_the_fund_pays_no_premium() {
    let mut r = bill(
        "shanghai",
        DAY,
        member("child", resident("c", "310104")),
        "900.00",
        "380.00",
        "residentPremium",
    );
    r["fund"]["modes"] = json!(["payment"]);
    let p = preview(&r);
    assert!(!p.allowed);
    assert_eq!(errors(&p.findings), ["MODE_NOT_CHOSEN"]);
    assert_eq!(split(&p), ["0.00", "0.00", "0.00", "380.00"]);
    assert_eq!(p.fund_after.to_string(), "900.00");
}

#[test]
fn shanghai_q10_a_preview_without_modes_assumes_the_founder_chose_every_mode_offered() {
    let mut r = bill(
        "shanghai",
        DAY,
        member("child", resident("c", "310104")),
        "1000.00",
        "380.00",
        "residentPremium",
    );
    r["fund"].as_object_mut().expect("fund").remove("modes");
    assert!(preview(&r).allowed);
    // Given, the founder's choice decides (Q10).
    r["fund"]["modes"] = json!(["payment"]);
    assert_eq!(errors(&preview(&r).findings), ["MODE_NOT_CHOSEN"]);
}

#[test]
fn shanghai_q8_a_second_spouse_is_refused_at_its_relation() {
    let c = check(&family(vec![
        member("spouse", employee("s1", "310115", "10.00")),
        member("spouse", resident("s2", "310104")),
    ]));
    assert!(c.members[0].eligible);
    let f = find(&c.members[1].findings, "SECOND_SPOUSE");
    assert!(f.is_error());
    assert_eq!(f.path.as_deref(), Some("members[1].relation"));
    assert_eq!(reference(f), Some("Q8"));
    assert!(!c.ok);
}

#[test]
fn shanghai_q8_a_child_born_before_the_founder_is_implausible() {
    let mut founder = employee("f", "310104", "10.00");
    founder["idNumber"] = json!(id_number("310104", "19800101", "001"));
    let mut child = resident("c", "310104");
    child["idNumber"] = json!(id_number("310104", "19700101", "002"));
    let c = check(&network(
        "shanghai",
        DAY,
        founder,
        vec![member("child", child)],
    ));
    let f = find(&c.members[0].findings, "RELATION_AGE_IMPLAUSIBLE");
    assert_eq!(f.severity, gongji::contract::Severity::Warning);
    assert!(c.ok, "a warning, not a refusal");
}
