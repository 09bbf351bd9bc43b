//! What holds everywhere: custom profiles, relation codes, ID numbers,
//! people listed twice, languages.

mod common;
use common::*;

fn shanghai_as_custom(id: &str) -> Value {
    let (ok, json) = gongji::api::respond("policies", "");
    assert!(ok);
    let all: Value = serde_json::from_str(&json).expect("policies");
    let mut p = all[0].clone();
    assert_eq!(p["id"], "shanghai");
    p["id"] = json!(id);
    p
}

#[test]
fn a_custom_policy_copied_from_a_built_in_answers_exactly_like_it() {
    let built_in = network(
        "shanghai",
        "2025-03-10",
        employee("f", "310104", "10.00"),
        vec![
            member("spouseParent", resident("m", "310104")),
            member("child", resident("c", "310104")),
        ],
    );
    let mut custom = built_in.clone();
    custom["policy"] = shanghai_as_custom("shanghai");
    let a = gongji::api::respond("checkNetwork", &built_in.to_string());
    let b = gongji::api::respond("checkNetwork", &custom.to_string());
    assert!(a.0);
    assert_eq!(a, b);
}

#[test]
fn a_custom_policy_can_serve_a_region_not_built_in() {
    // A city admitting siblings and capping at three members.
    let mut p = shanghai_as_custom("hangzhou-demo");
    p["region"] = json!("330100");
    p["versions"][0]["rules"]["relations"]["value"] =
        json!(["spouse", "parent", "child", "sibling"]);
    p["versions"][0]["rules"]["maxMembers"]["value"] = json!(3);
    let mut r = network(
        "shanghai",
        "2025-03-10",
        employee("f", "330106", "10.00"),
        (0..4)
            .map(|i| member("sibling", resident(&format!("b{i}"), "330102")))
            .collect(),
    );
    r["policy"] = p;
    let c = check(&r);
    assert!(c.members.iter().all(|m| m.eligible));
    assert_eq!(errors(&c.findings), ["TOO_MANY_MEMBERS"]);
}

#[test]
fn a_custom_policy_citing_an_unlisted_document_is_refused() {
    let mut p = shanghai_as_custom("broken");
    p["versions"][0]["rules"]["relations"]["source"]["doc"] = json!("nowhere");
    let mut r = network(
        "shanghai",
        "2025-03-10",
        employee("f", "310104", "10.00"),
        vec![],
    );
    r["policy"] = p;
    let e = check_error(&r);
    assert_eq!(e.code.as_str(), "INVALID_POLICY");
    assert_eq!(
        e.path.as_deref(),
        Some("policy.versions[0].rules.relations.source.doc")
    );
}

#[test]
fn an_unknown_built_in_policy_is_refused_with_the_known_ones() {
    let e = check_error(&network(
        "hangzhou",
        "2025-03-10",
        employee("f", "330106", "10.00"),
        vec![],
    ));
    assert_eq!(e.code.as_str(), "UNKNOWN_POLICY");
    assert!(e.message.contains("shanghai"));
}

#[test]
fn gb4761_code_12_wife_is_a_spouse_and_55_father_in_law_a_spouses_parent() {
    let c = check(&network(
        "shanghai",
        "2025-03-10",
        employee("f", "310104", "10.00"),
        vec![
            member("12", resident("w", "310104")),
            member("55", resident("fil", "310104")),
        ],
    ));
    assert!(c.members[0].eligible);
    assert_eq!(errors(&c.members[1].findings), ["RELATION_NOT_ADMITTED"]);
}

#[test]
fn gb4761_code_92_a_cousin_is_no_relation_any_policy_binds() {
    let e = check_error(&network(
        "guangdong",
        "2025-03-10",
        employee("f", "440106", "10.00"),
        vec![member("92", resident("c", "440106"))],
    ));
    assert_eq!(e.code.as_str(), "RELATION_CODE_NOT_BINDABLE");
    assert_eq!(e.path.as_deref(), Some("members[0].relation"));
}

#[test]
fn a_parent_younger_than_the_founder_is_implausible() {
    let mut founder = employee("f", "310104", "10.00");
    founder["idNumber"] = json!(id_number("310104", "19800101", "001"));
    let mut parent = resident("p", "310104");
    parent["idNumber"] = json!(id_number("310104", "19900101", "002"));
    let c = check(&network(
        "shanghai",
        "2025-03-10",
        founder,
        vec![member("parent", parent)],
    ));
    let f = find(&c.members[0].findings, "RELATION_AGE_IMPLAUSIBLE");
    assert_eq!(f.severity, gongji::contract::Severity::Warning);
    assert!(c.ok, "a warning, not a refusal");
}

#[test]
fn an_id_number_with_a_wrong_check_digit_is_refused_with_its_path() {
    let mut founder = employee("f", "310104", "10.00");
    let good = id_number("310104", "19800101", "001");
    let bad = format!(
        "{}{}",
        &good[..17],
        if good.ends_with('0') { '1' } else { '0' }
    );
    founder["idNumber"] = json!(bad);
    let e = check_error(&network("shanghai", "2025-03-10", founder, vec![]));
    assert_eq!(e.code.as_str(), "INVALID_ID_NUMBER");
    assert_eq!(e.path.as_deref(), Some("founder.idNumber"));
}

#[test]
fn an_id_number_is_never_echoed_whole() {
    let id = id_number("310104", "19800101", "001");
    let mut founder = employee("f", "310104", "10.00");
    founder["idNumber"] = json!(id);
    let mut same = resident("again", "310104");
    same["idNumber"] = json!(id);
    let r = network(
        "shanghai",
        "2025-03-10",
        founder,
        vec![member("parent", same)],
    );
    let (_, json) = gongji::api::respond("checkNetwork", &r.to_string());
    assert!(json.contains("FOUNDER_LISTED_AS_MEMBER"), "{json}");
    assert!(!json.contains(&id[4..14]), "{json}");
}

#[test]
fn the_founder_cannot_be_his_own_member() {
    let c = check(&network(
        "jiangsu",
        "2025-03-10",
        employee("f", "320505", "10.00"),
        vec![member("child", resident("f", "320505"))],
    ));
    assert_eq!(errors(&c.members[0].findings), ["FOUNDER_LISTED_AS_MEMBER"]);
}

#[test]
fn a_person_listed_twice_is_refused_at_the_second_listing() {
    let c = check(&network(
        "jiangsu",
        "2025-03-10",
        employee("f", "320505", "10.00"),
        vec![
            member("child", resident("c", "320505")),
            member("child", resident("c", "320505")),
        ],
    ));
    assert!(c.members[0].eligible);
    assert_eq!(errors(&c.members[1].findings), ["PERSON_LISTED_TWICE"]);
    assert_eq!(
        c.members[1].findings[0].path.as_deref(),
        Some("members[1].person.id")
    );
}

#[test]
fn messages_come_in_english_on_request() {
    let mut r = network(
        "shanghai",
        "2025-03-10",
        employee("f", "310104", "10.00"),
        vec![member("sibling", resident("b", "310104"))],
    );
    r["lang"] = json!("en");
    let c = check(&r);
    assert!(c.members[0].findings[0]
        .message
        .contains("does not admit a sibling"));
}

#[test]
fn a_three_decimal_amount_is_refused_in_both_languages() {
    let mut r = network(
        "shanghai",
        "2025-03-10",
        employee("f", "310104", "10.005"),
        vec![],
    );
    let zh = check_error(&r);
    assert_eq!(
        (zh.code.as_str(), zh.path.as_deref()),
        ("AMOUNT_TOO_PRECISE", Some("founder.historicalBalance"))
    );
    assert!(zh.message.contains("两位小数"));
    r["lang"] = json!("en");
    assert!(check_error(&r).message.contains("two decimals"));
}

#[test]
fn a_projection_naming_an_unknown_member_is_refused() {
    let r = json!({"policy": "jiangsu", "asOf": "2025-03-10", "fund": {"balance": "10.00", "modes": ["payment"]},
        "members": [member("child", resident("c", "320505"))],
        "expenses": [{"memberId": "nobody", "expense": {"amount": "1.00", "kind": "outpatient"}}]});
    let e = gongji::project_settlements(&gongji::contract::parse(&r.to_string()).expect("parses"))
        .expect_err("refused");
    assert_eq!(
        (e.code.as_str(), e.path.as_deref()),
        ("UNKNOWN_MEMBER", Some("expenses[0].memberId"))
    );
}
