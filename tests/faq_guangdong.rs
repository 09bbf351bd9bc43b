//! Guangdong (粤医保) and the national 2024 expansion to 近亲属 (doc
//! `gd-2024`): two dated versions, one scenario a rule.

mod common;
use common::*;

fn family(day: &str, members: Vec<Value>) -> Value {
    network("guangdong", day, employee("f", "440106", "0.00"), members)
}

#[test]
fn guangdong_a_sibling_is_refused_on_2024_06_30_and_admitted_on_2024_07_01() {
    let sibling = || vec![member("sibling", resident("b", "440304"))];
    let before = check(&family("2024-06-30", sibling()));
    assert_eq!(
        errors(&before.members[0].findings),
        ["RELATION_NOT_ADMITTED"]
    );
    assert!(check(&family("2024-07-01", sibling())).ok);
}

#[test]
fn guangdong_2024_every_close_relative_is_admitted() {
    let members = [
        "spouse",
        "parent",
        "child",
        "sibling",
        "grandparent",
        "maternalGrandparent",
        "grandchild",
        "maternalGrandchild",
    ]
    .iter()
    .enumerate()
    .map(|(i, r)| member(r, resident(&format!("m{i}"), "440304")))
    .collect();
    assert!(check(&family("2025-01-01", members)).ok);
}

#[test]
fn guangdong_a_spouses_parents_are_never_admitted() {
    for day in ["2023-01-01", "2025-01-01"] {
        let c = check(&family(
            day,
            vec![member("spouseParent", resident("mil", "440304"))],
        ));
        let f = find(&c.members[0].findings, "RELATION_NOT_ADMITTED");
        assert!(f.hint.as_deref().unwrap_or("").contains("配偶"), "{day}");
    }
}

#[test]
fn guangdong_relation_options_grow_in_july_2024() {
    let options = |day: &str| {
        let r: gongji::contract::RelationOptionsRequest =
            gongji::contract::parse(&json!({"policy": "guangdong", "asOf": day}).to_string())
                .expect("request");
        gongji::relation_options(&r).expect("options").options.len()
    };
    assert_eq!(options("2024-06-30"), 3);
    assert_eq!(options("2024-07-01"), 8);
}

#[test]
fn guangdong_any_employee_may_found_without_a_balance_threshold() {
    let c = check(&family("2025-01-01", vec![]));
    assert!(c.founder.eligible, "{:?}", codes(&c.founder.findings));
}

#[test]
fn guangdong_the_founder_must_be_an_employee() {
    let c = check(&network(
        "guangdong",
        "2025-01-01",
        resident("f", "440106"),
        vec![],
    ));
    assert_eq!(errors(&c.founder.findings), ["FOUNDER_NOT_EMPLOYEE"]);
}

#[test]
fn guangdong_sharing_is_within_the_province() {
    let c = check(&family(
        "2025-01-01",
        vec![member("parent", resident("p", "430102"))],
    ));
    assert_eq!(errors(&c.members[0].findings), ["MEMBER_OUTSIDE_AREA"]);
}

#[test]
fn guangdong_members_must_be_insured_now() {
    let mut person = resident("p", "440304");
    person["status"] = json!("transferred");
    let c = check(&family("2025-01-01", vec![member("parent", person)]));
    assert_eq!(errors(&c.members[0].findings), ["MEMBER_NOT_ACTIVE"]);
}

#[test]
fn guangdong_duplicate_insurance_the_same_person_listed_twice_is_refused() {
    let id = id_number("440106", "19900101", "123");
    let mut a = resident("a", "440304");
    a["idNumber"] = json!(id);
    let mut b = employee("b", "440106", "10.00");
    b["idNumber"] = json!(id);
    let c = check(&family(
        "2025-01-01",
        vec![member("sibling", a), member("sibling", b)],
    ));
    assert_eq!(errors(&c.members[1].findings), ["PERSON_LISTED_TWICE"]);
}

#[test]
fn guangdong_the_members_own_account_pays_before_the_funders() {
    let mut person = employee("s", "440106", "40.00");
    person["currentBalance"] = json!("60.00");
    let p = preview(&bill(
        "guangdong",
        "2025-01-01",
        member("spouse", person),
        "2000.00",
        "300.00",
        "outpatient",
    ));
    assert_eq!(split(&p), ["60.00", "40.00", "200.00", "0.00"]);
}

#[test]
fn guangdong_the_resident_premium_may_be_paid() {
    let p = preview(&bill(
        "guangdong",
        "2025-01-01",
        member("grandchild", resident("g", "440304")),
        "2000.00",
        "400.00",
        "residentPremium",
    ));
    assert_eq!(split(&p), ["0.00", "0.00", "400.00", "0.00"]);
}

#[test]
fn guangdong_a_premium_for_a_sibling_before_the_expansion_is_refused() {
    let p = preview(&bill(
        "guangdong",
        "2024-06-30",
        member("sibling", resident("b", "440304")),
        "2000.00",
        "400.00",
        "residentPremium",
    ));
    assert!(!p.allowed);
    assert_eq!(errors(&p.findings), ["RELATION_NOT_ADMITTED"]);
    assert_eq!(split(&p), ["0.00", "0.00", "0.00", "400.00"]);
}

#[test]
fn guangdong_vaccines_are_not_a_listed_use() {
    let p = preview(&bill(
        "guangdong",
        "2025-01-01",
        member("child", resident("c", "440304")),
        "2000.00",
        "300.00",
        "vaccine",
    ));
    assert_eq!(errors(&p.findings), ["KIND_NOT_COVERED"]);
}

#[test]
fn guangdong_before_2022_is_not_covered() {
    assert_eq!(
        check_error(&family("2021-06-01", vec![])).code,
        "DATE_NOT_COVERED"
    );
}

#[test]
fn guangdong_reimbursement_is_unchanged_so_a_fund_paid_pharmacy_bill_keeps_its_flags() {
    // 报销比例: sharing changes nothing in the member's own benefits (unlike Shanghai Q17/Q19).
    let p = preview(&bill(
        "guangdong",
        "2025-03-01",
        member("parent", resident("p", "440106")),
        "500.00",
        "60.00",
        "pharmacy",
    ));
    assert!(p.allowed);
    assert_eq!(split(&p), ["0.00", "0.00", "60.00", "0.00"]);
    assert!(p.flags.counts_toward_deductible);
    assert!(p.flags.in_relief_schemes);
    assert!(!p.flags.window_claim);
}

#[test]
fn guangdong_a_short_founder_balance_cannot_settle_the_rest_is_cash() {
    // 余额检查: what the founder's balance cannot pay is not shared.
    let p = preview(&bill(
        "guangdong",
        "2025-03-01",
        member("child", resident("c", "440106")),
        "45.20",
        "100.00",
        "outpatient",
    ));
    assert_eq!(split(&p), ["0.00", "0.00", "45.20", "54.80"]);
    assert_eq!(p.fund_after.to_string(), "0.00");
    assert_eq!(p.nhsa.psn_cash_pay.to_string(), "54.80");
}

#[test]
fn guangdong_2024_a_second_spouse_is_refused_even_with_every_close_relative_admitted() {
    let c = check(&family(
        "2024-07-01",
        vec![
            member("spouse", resident("s1", "440106")),
            member("sibling", resident("b", "440106")),
            member("spouse", resident("s2", "440106")),
        ],
    ));
    assert!(c.members[0].eligible && c.members[1].eligible);
    let f = find(&c.members[2].findings, "SECOND_SPOUSE");
    assert_eq!(f.path.as_deref(), Some("members[2].relation"));
    assert!(!c.ok);
}

#[test]
fn guangdong_a_third_parent_is_refused() {
    let c = check(&family(
        "2024-07-01",
        vec![
            member("parent", resident("p1", "440106")),
            member("parent", resident("p2", "440106")),
            member("parent", resident("p3", "440106")),
        ],
    ));
    assert_eq!(errors(&c.members[2].findings), ["THIRD_PARENT"]);
}
