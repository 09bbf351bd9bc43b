//! Every label a page can show exists in zh-CN and en: each rule key and
//! value of every version of every built-in profile, every expense kind,
//! relation, field, split part, national field name and finding code
//! (steps included), and each region's next steps. A label that is missing,
//! empty, untranslated or the contract's own spelling fails here.

use gongji::api::respond;
use gongji::contract::labels::{rule_name, Labels};
use gongji::contract::Lang;
use serde_json::Value;

fn has_han(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

fn assert_words(zh: &str, en: &str, what: &str) {
    assert!(has_han(zh), "{what}: the zh-CN label {zh:?} is not Chinese");
    assert!(
        !en.is_empty() && !has_han(en),
        "{what}: the en label {en:?}"
    );
}

#[test]
fn every_rule_key_of_every_built_in_profile_has_a_name_in_both_languages() {
    for policy in gongji::rules::policies() {
        for version in &policy.versions {
            let rules = serde_json::to_value(&version.rules).expect("serializes");
            for key in rules.as_object().expect("an object").keys() {
                let (zh, en) = rule_name(key).unwrap_or_else(|| {
                    panic!(
                        "{} {}: rule {key} has no label",
                        policy.id, version.valid_from
                    )
                });
                assert_words(zh, en, key);
            }
        }
    }
}

#[test]
fn every_rule_value_is_said_in_words_never_as_the_contract_spells_it() {
    for policy in gongji::rules::policies() {
        for version in &policy.versions {
            let raw = serde_json::to_value(&version.rules).expect("serializes");
            let zh = Labels::new(&version.rules, Lang::Zh);
            let en = Labels::new(&version.rules, Lang::En);
            assert_eq!(
                zh.rules.len(),
                raw.as_object().expect("object").len(),
                "{}: one label a rule",
                policy.id
            );
            for (z, e) in zh.rules.iter().zip(&en.rules) {
                let what = format!("{} {} {}", policy.id, version.valid_from, z.key);
                assert_words(&z.label, &e.label, &what);
                assert!(
                    has_han(&z.value_label) || z.value_label.chars().all(|c| c.is_ascii_digit()),
                    "{what}: value {:?}",
                    z.value_label
                );
                assert!(
                    !e.value_label.is_empty() && !has_han(&e.value_label),
                    "{what}: en value {:?}",
                    e.value_label
                );
                // Never the contract's spelling of the value (`local`, `declineThenRetry`).
                let value = &raw[&z.key]["value"];
                if let Value::String(s) = value {
                    assert_ne!(&z.value_label, s, "{what}");
                    assert_ne!(&e.value_label, s, "{what}");
                }
            }
        }
    }
}

#[test]
fn every_kind_relation_field_part_national_field_and_finding_code_has_both_labels() {
    let version = &gongji::rules::policies()[0].versions[0];
    let zh = Labels::new(&version.rules, Lang::Zh);
    let en = Labels::new(&version.rules, Lang::En);
    let tables = [
        ("kinds", &zh.kinds, &en.kinds, 9),
        ("relations", &zh.relations, &en.relations, 9),
        ("schemes", &zh.schemes, &en.schemes, 3),
        ("statuses", &zh.statuses, &en.statuses, 3),
        ("modes", &zh.modes, &en.modes, 2),
        ("fields", &zh.fields, &en.fields, 10 + 10),
        ("parts", &zh.parts, &en.parts, 5),
        ("nhsa", &zh.nhsa, &en.nhsa, 3),
        ("flags", &zh.flags, &en.flags, 3),
        ("facilities", &zh.facilities, &en.facilities, 2),
        ("levels", &zh.levels, &en.levels, 3),
        ("answers", &zh.answers, &en.answers, 2),
        (
            "findings",
            &zh.findings,
            &en.findings,
            <gongji::contract::FindingCode as strum::VariantArray>::VARIANTS.len(),
        ),
    ];
    for (name, z, e, count) in tables {
        assert_eq!(z.len(), count, "{name}: every value labelled");
        for (z, e) in z.iter().zip(e.iter()) {
            assert_eq!(z.key, e.key);
            assert_words(&z.label, &e.label, &format!("{name}.{}", z.key));
        }
    }
    let nhsa: Vec<(&str, &str)> = zh
        .nhsa
        .iter()
        .map(|l| (l.key.as_str(), l.label.as_str()))
        .collect();
    assert_eq!(
        nhsa,
        [
            ("acct_pay", "个人账户支出"),
            ("acct_mulaid_pay", "个人账户共济支付"),
            ("psn_cash_pay", "个人现金支出")
        ]
    );
    assert!(zh
        .findings
        .iter()
        .any(|l| l.key == "STEP_FAMILY" && l.label == "家庭共济资金支付"));
}

/// The first built-in (in `policies()`'s order) whose last version's
/// rule `key` satisfies `matches`, with the day that version begins.
fn built_in_where(key: &str, matches: impl Fn(&Value) -> bool) -> (String, String, Value) {
    gongji::policies()
        .iter()
        .find_map(|policy| {
            let json = serde_json::to_value(policy).expect("JSON");
            let version = json["versions"].as_array()?.last()?.clone();
            let rule = version["rules"][key].clone();
            let day = version["validFrom"].as_str()?.to_owned();
            matches(&rule["value"]).then(|| (policy.id.clone(), day, rule))
        })
        .unwrap_or_else(|| panic!("a built-in profile with such a {key}"))
}

#[test]
fn the_member_area_local_reads_as_insured_in_this_city() {
    let (id, day, rule) = built_in_where("memberArea", |v| v == "local");
    let (ok, json) = respond(
        "relationOptions",
        &format!(r#"{{"policy":"{id}","asOf":"{day}","labels":true}}"#),
    );
    assert!(ok, "{json}");
    let answer: Value = serde_json::from_str(&json).expect("json");
    let rules = answer["labels"]["rules"].as_array().expect("rules");
    let area = rules
        .iter()
        .find(|r| r["key"] == "memberArea")
        .expect("memberArea");
    assert_eq!(area["label"], "成员参保地");
    assert_eq!(area["valueLabel"], "本市（本统筹区）参保");
    assert_eq!(area["source"]["ref"], rule["source"]["ref"]);
}

#[test]
fn relation_options_say_how_many_of_a_relation_a_family_can_have() {
    let admits_spouse_parents = |v: &Value| {
        v.as_array()
            .is_some_and(|r| r.contains(&"spouseParent".into()))
    };
    let (id, day, _) = built_in_where("relations", admits_spouse_parents);
    let (_, json) = respond(
        "relationOptions",
        &format!(r#"{{"policy":"{id}","asOf":"{day}"}}"#),
    );
    let answer: Value = serde_json::from_str(&json).expect("json");
    let max = |r: &str| {
        answer["options"]
            .as_array()
            .expect("options")
            .iter()
            .find(|o| o["relation"] == r)
            .expect(r)["max"]
            .clone()
    };
    assert_eq!(max("spouse"), 1);
    assert_eq!(max("parent"), 2);
    assert_eq!(max("spouseParent"), 2);
    assert_eq!(max("child"), Value::Null);
    assert!(answer.get("labels").is_none(), "labels only when asked");
}

#[test]
fn every_built_in_region_names_its_next_steps_in_both_languages_with_a_listed_source() {
    for policy in gongji::rules::policies() {
        assert!(
            !policy.next_steps.is_empty(),
            "{}: no next steps",
            policy.id
        );
        for step in &policy.next_steps {
            // The English names the app in Chinese too, as the citizen will
            // search for it: English words, Chinese names in brackets.
            assert!(has_han(&step.text.zh), "{}", policy.id);
            assert!(
                step.text.en.starts_with(|c: char| c.is_ascii_uppercase()),
                "{}",
                policy.id
            );
            assert!(
                policy.documents.iter().any(|d| *d.id == *step.source.doc),
                "{}: next step cites unlisted {}",
                policy.id,
                step.source.doc
            );
        }
    }
}

#[test]
fn every_rule_a_built_in_writes_is_declared_and_cited_once() {
    use gongji::contract::profile::Rules;
    for policy in gongji::rules::policies() {
        for version in &policy.versions {
            let raw = serde_json::to_value(&version.rules).expect("serializes");
            let declared: Vec<&str> = Rules::DECLARED
                .iter()
                .map(|rule| rule.key)
                .filter(|key| raw.get(key).is_some())
                .collect();
            let mut written: Vec<&str> = raw
                .as_object()
                .expect("an object")
                .keys()
                .map(String::as_str)
                .collect();
            let mut sorted = declared.clone();
            written.sort();
            sorted.sort();
            assert_eq!(written, sorted, "{} {}", policy.id, version.valid_from);
            // Cited in the order the table declares them.
            let cited: Vec<String> = version
                .sources()
                .into_iter()
                .map(|(path, _)| path)
                .filter(|path| path.starts_with("rules.") && !path.contains('['))
                .collect();
            let declared: Vec<String> = declared.iter().map(|k| format!("rules.{k}")).collect();
            assert_eq!(cited, declared, "{}: one citation a rule", policy.id);
        }
    }
}
