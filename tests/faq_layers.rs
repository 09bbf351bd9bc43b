//! Layered profiles: the national frame, the regions written on top of it,
//! Jiangsu split into the province and Suzhou, and a caller's own city
//! written as a few overrides. Each answer cites the layer that decided.

mod common;
use common::*;

use gongji::api::respond;
use gongji::contract::profile::{Note, Policy};
use gongji::contract::Finding;

fn layer_of<'a>(findings: &'a [Finding], code: &str) -> Option<&'a str> {
    findings
        .iter()
        .find(|f| f.code.as_str() == code)
        .and_then(|f| f.source.as_ref())
        .and_then(|s| s.layer.as_deref())
}

fn written_policies() -> Vec<Value> {
    let (ok, json) = respond("policies", r#"{"view":"written"}"#);
    assert!(ok, "{json}");
    serde_json::from_str(&json).expect("JSON")
}

fn resolved(id: &str) -> &'static Policy {
    gongji::policy::built_in(id).expect("built in")
}

/// Suzhou's founder conditions (Q3), written by a city team on top of the
/// provincial layer: the README's worked example.
fn my_suzhou() -> Value {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/examples/check-network-layered.json"
    ))
    .expect("example");
    serde_json::from_str::<Value>(&text).expect("JSON")["policy"].clone()
}

#[test]
fn national_2021_who_may_be_bound_is_decided_by_the_national_layer_in_guangdong() {
    let request = |day: &str| {
        network(
            "guangdong",
            day,
            employee("f", "440106", "100.00"),
            vec![member("sibling", resident("b", "440304"))],
        )
    };
    let before = check(&request("2024-06-30"));
    assert_eq!(
        layer_of(&before.members[0].findings, "RELATION_NOT_ADMITTED"),
        Some("national")
    );
    assert!(
        check(&request("2024-07-01")).ok,
        "国办发〔2024〕38号: 近亲属"
    );
}

#[test]
fn guangdong_a_founder_insured_outside_guangdong_is_refused_by_the_guangdong_layer() {
    let c = check(&network(
        "guangdong",
        "2025-01-01",
        employee("f", "310104", "100.00"),
        vec![member("child", resident("c", "440304"))],
    ));
    assert_eq!(
        layer_of(&c.founder.findings, "FOUNDER_NOT_LOCAL"),
        Some("guangdong")
    );
}

#[test]
fn national_own_account_first_is_cited_from_the_national_layer_in_guangdong() {
    let mut person = employee("p", "440304", "30.00");
    person["currentBalance"] = json!("20.00");
    let p = preview(&bill(
        "guangdong",
        "2025-01-01",
        member("parent", person),
        "500.00",
        "100.00",
        "outpatient",
    ));
    assert_eq!(layer_of(&p.findings, "STEP_FAMILY"), Some("national"));
}

#[test]
fn national_frame_alone_keeps_members_in_the_founders_province() {
    let c = check(&network(
        "national",
        "2025-01-01",
        employee("f", "510104", "0.00"),
        vec![
            member("sibling", resident("b", "510703")),
            member("parent", resident("p", "440304")),
        ],
    ));
    assert!(c.founder.eligible, "any employee may found under the frame");
    assert!(c.members[0].eligible, "Sichuan founder, Sichuan sibling");
    assert_eq!(
        errors(&c.members[1].findings),
        ["MEMBER_OUTSIDE_AREA"],
        "省内共济: not across provinces"
    );
}

#[test]
fn suzhou_q3_a_founder_without_historical_balance_is_refused_by_the_suzhou_layer() {
    let c = check(&network(
        "jiangsu-suzhou",
        "2025-03-10",
        employee("f", "320505", "0.00"),
        vec![member("child", resident("c", "320505"))],
    ));
    assert_eq!(
        layer_of(&c.founder.findings, "FOUNDER_BALANCE_TOO_LOW"),
        Some("jiangsu-suzhou")
    );
}

#[test]
fn suzhou_q3_a_founder_insured_in_nanjing_is_refused_by_suzhou_but_admitted_by_the_province() {
    let request = |policy: &str| {
        network(
            policy,
            "2025-03-10",
            employee("f", "320102", "10.00"),
            vec![member("child", resident("c", "320505"))],
        )
    };
    let suzhou = check(&request("jiangsu-suzhou"));
    assert_eq!(
        layer_of(&suzhou.founder.findings, "FOUNDER_NOT_LOCAL"),
        Some("jiangsu-suzhou")
    );
    assert!(check(&request("jiangsu-province")).ok);
}

#[test]
fn jiangsu_q12_a_member_insured_outside_the_province_is_refused_by_the_provincial_layer() {
    let c = check(&network(
        "jiangsu-suzhou",
        "2025-03-10",
        employee("f", "320505", "10.00"),
        vec![member("parent", resident("p", "310104"))],
    ));
    assert_eq!(
        layer_of(&c.members[0].findings, "MEMBER_OUTSIDE_AREA"),
        Some("jiangsu-province")
    );
}

#[test]
fn the_old_id_jiangsu_answers_exactly_as_jiangsu_suzhou() {
    let requests = [
        (
            "relationOptions",
            json!({"policy": "jiangsu", "asOf": "2025-03-10"}),
        ),
        (
            "checkNetwork",
            network(
                "jiangsu",
                "2025-03-10",
                employee("f", "320505", "0.00"),
                vec![member("sibling", resident("b", "310104"))],
            ),
        ),
        (
            "previewSettlement",
            bill(
                "jiangsu",
                "2025-03-10",
                member("child", resident("c", "320505")),
                "300.00",
                "500.00",
                "vaccine",
            ),
        ),
    ];
    for (call, request) in requests {
        let mut renamed = request.clone();
        renamed["policy"] = json!("jiangsu-suzhou");
        assert_eq!(
            respond(call, &request.to_string()),
            respond(call, &renamed.to_string()),
            "{call}"
        );
    }
}

#[test]
fn a_city_written_as_a_handful_of_overrides_on_a_built_in_answers_end_to_end() {
    let city = my_suzhou();
    assert!(
        city["versions"][0]["rules"]
            .as_object()
            .expect("rules")
            .len()
            <= 10
    );
    let mut request = network(
        "x",
        "2025-03-10",
        employee("f", "320505", "0.00"),
        vec![
            member("parent", resident("mum", "320902")),
            member("sibling", resident("b", "310104")),
        ],
    );
    request["policy"] = city.clone();
    let custom = check(&request);
    assert_eq!(
        layer_of(&custom.founder.findings, "FOUNDER_BALANCE_TOO_LOW"),
        Some("my-suzhou"),
        "the city's own rule decided"
    );
    assert!(
        custom.members[0].eligible,
        "Yancheng is in the province (Q12)"
    );
    assert_eq!(
        layer_of(&custom.members[1].findings, "MEMBER_OUTSIDE_AREA"),
        Some("jiangsu-province"),
        "the province's rule decided"
    );
    // The same request under the built-in Suzhou: the same verdicts.
    request["policy"] = json!("jiangsu-suzhou");
    let built_in = check(&request);
    assert_eq!(
        errors(&custom.founder.findings),
        errors(&built_in.founder.findings)
    );
    for (a, b) in custom.members.iter().zip(&built_in.members) {
        assert_eq!(errors(&a.findings), errors(&b.findings));
    }
    // A bill: the fund pays a Suzhou child's vaccine (Q10(3), the province).
    let mut b = bill(
        "x",
        "2025-03-10",
        member("child", resident("c", "320505")),
        "300.00",
        "120.00",
        "vaccine",
    );
    b["policy"] = city;
    let p = preview(&b);
    assert!(p.allowed);
    assert_eq!(p.split.family.to_string(), "120.00");
}

#[test]
fn profiles_given_together_may_extend_one_another() {
    let province = json!({
        "id": "my-province", "extend": "national", "region": "320000",
        "name": {"zh-CN": "某省", "en": "A province"},
        "documents": [{"id": "sz-2023", "title": "苏州市医保局 个人账户家庭共济热点问答"}],
        "versions": [{"validFrom": "2024-07-01", "rules": {
            "relations": {"value": ["spouse", "parent", "child"], "source": {"doc": "gd-2024", "ref": "适用范围·适用人群（最初）"}}
        }}]
    });
    let mut city = my_suzhou();
    city["extend"] = json!("my-province");
    city["versions"][0]["validFrom"] = json!("2024-07-01");
    let mut request = network(
        "x",
        "2025-03-10",
        employee("f", "320505", "10.00"),
        vec![member("sibling", resident("b", "320505"))],
    );
    request["policy"] = json!([city, province]);
    let c = check(&request);
    assert_eq!(
        layer_of(&c.members[0].findings, "RELATION_NOT_ADMITTED"),
        Some("my-province")
    );
}

#[test]
fn a_layer_spanning_the_2024_expansion_follows_the_national_frame_on_each_side() {
    let mut request = network(
        "x",
        "2024-06-30",
        employee("f", "440106", "10.00"),
        vec![member("sibling", resident("b", "440304"))],
    );
    request["policy"] = json!({
        "id": "my-city", "extend": "national", "region": "440100",
        "name": {"zh-CN": "某市", "en": "A city"},
        "versions": [{"validFrom": "2023-01-01", "rules": {
            "founderArea": {"value": "local", "source": {"doc": "gd-2024", "ref": "适用范围·地域范围"}, "note": "plain notes still read"}
        }}]
    });
    assert!(!check(&request).ok);
    request["asOf"] = json!("2024-07-01");
    assert!(check(&request).ok);
}

#[test]
fn policies_shows_each_profile_as_written_and_resolved() {
    let written = written_policies();
    let suzhou = written
        .iter()
        .find(|p| p["id"] == "jiangsu-suzhou")
        .expect("listed");
    assert_eq!(suzhou["extend"], "jiangsu-province");
    let overrides = suzhou["versions"][0]["rules"].as_object().expect("rules");
    assert_eq!(
        overrides.keys().collect::<Vec<_>>(),
        ["founderArea", "founderMinHistorical", "founderMustBeActive"]
    );
    // Resolved: every rule present, each naming its layer in the chain.
    let resolved = resolved("jiangsu-suzhou");
    for v in &resolved.versions {
        for (rule, source) in v.sources() {
            let layer = source.layer.as_deref().expect("stamped");
            assert!(
                ["jiangsu-suzhou", "jiangsu-province", "national"].contains(&layer),
                "{rule}: {layer}"
            );
        }
    }
    assert_eq!(
        resolved.versions[0]
            .rules
            .founder_min_historical
            .source
            .layer
            .as_deref(),
        Some("jiangsu-suzhou")
    );
    assert_eq!(
        resolved.versions[0]
            .rules
            .member_area
            .source
            .layer
            .as_deref(),
        Some("jiangsu-province")
    );
}

#[test]
fn the_built_ins_form_a_tree_under_the_national_frame() {
    let parents: Vec<(String, Option<String>)> = written_policies()
        .iter()
        .map(|p| {
            (
                p["id"].as_str().expect("id").to_owned(),
                p["extend"].as_str().map(str::to_owned),
            )
        })
        .collect();
    let parent = |id: &str| {
        parents
            .iter()
            .find(|(i, _)| i == id)
            .and_then(|(_, p)| p.as_deref())
    };
    assert_eq!(parent("national"), None);
    assert_eq!(parent("guangdong"), Some("national"));
    assert_eq!(parent("jiangsu-province"), Some("national"));
    assert_eq!(parent("jiangsu-suzhou"), Some("jiangsu-province"));
    // Shanghai, Dongying and Ruian restate every rule from their own texts
    // (Ruian's from 2017, before the national frame): roots of their own.
    for id in ["shanghai", "dongying", "ruian"] {
        assert_eq!(parent(id), None, "{id}");
    }
}

#[test]
fn every_built_in_note_speaks_chinese_and_english() {
    for policy in gongji::policies() {
        for v in &policy.versions {
            let json = serde_json::to_value(v).expect("serializes");
            let mut notes = Vec::new();
            collect_notes(&json, &mut notes);
            assert!(!notes.is_empty());
            for note in notes {
                let note: Note = serde_json::from_value(note.clone()).expect("a note");
                let Note::Both(names) = note else {
                    panic!("{}: a plain note {note:?}", policy.id)
                };
                assert!(
                    names
                        .zh
                        .chars()
                        .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                    "{}: {}",
                    policy.id,
                    names.zh
                );
                assert!(!names.en.is_empty());
            }
        }
    }
}

fn collect_notes<'a>(value: &'a Value, out: &mut Vec<&'a Value>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                if k == "note" {
                    out.push(v);
                } else {
                    collect_notes(v, out);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| collect_notes(v, out)),
        _ => {}
    }
}

#[test]
fn a_layer_that_names_no_name_or_region_answers_with_its_parents() {
    let mut request = network(
        "x",
        "2025-03-10",
        employee("f", "320102", "10.00"),
        vec![member("sibling", resident("b", "320102"))],
    );
    request["lang"] = json!("en");
    request["policy"] = json!({
        "id": "nanjing-draft", "extend": "jiangsu-province",
        "versions": [{"validFrom": "2023-02-01", "rules": {}}]
    });
    let c = check(&request);
    assert!(
        c.founder.eligible,
        "the province's region: a Nanjing founder"
    );
    let refusal = &c.members[0].findings[0];
    assert!(
        refusal.message.starts_with("Jiangsu province"),
        "{}",
        refusal.message
    );
}
