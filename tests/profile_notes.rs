//! What every built-in profile's notes must be: a note explains a reading
//! of the text to people of both languages, so each is `{"zh-CN", "en"}`,
//! the Chinese in Chinese. (Not a scenario: it walks every profile.)

use serde_json::Value;

/// Every `note` under `value`, at any depth.
fn notes<'a>(value: &'a Value, out: &mut Vec<&'a Value>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                if key == "note" {
                    out.push(v);
                } else {
                    notes(v, out);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| notes(v, out)),
        _ => {}
    }
}

#[test]
fn every_built_in_note_speaks_chinese_and_english() {
    let (ok, json) = gongji::api::respond("policies", "");
    assert!(ok, "{json}");
    let policies: Value = serde_json::from_str(&json).expect("JSON");
    for policy in policies.as_array().expect("a list") {
        let id = &policy["id"];
        for version in policy["versions"].as_array().expect("versions") {
            let mut found = Vec::new();
            notes(version, &mut found);
            assert!(!found.is_empty(), "{id}: a version without notes");
            for note in found {
                let zh = note["zh-CN"]
                    .as_str()
                    .unwrap_or_else(|| panic!("{id}: {note}"));
                let en = note["en"]
                    .as_str()
                    .unwrap_or_else(|| panic!("{id}: {note}"));
                let chinese = zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
                assert!(chinese, "{id}: {zh}");
                assert!(!en.is_empty(), "{id}: {note}");
            }
        }
    }
}
