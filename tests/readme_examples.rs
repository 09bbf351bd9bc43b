//! The contract reference's worked examples are real runs: each request in
//! `docs/examples/` answered now must appear in `docs/contract.md` exactly
//! as shown (`scripts/update-readme-examples.py` writes them again).

use gongji::api::{respond, respond_pretty};
use strum::VariantArray;

fn contract_doc() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/contract.md"))
        .expect("docs/contract.md")
}

fn example(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/docs/examples/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("example")
}

fn assert_shown(call: &str, file: &str) {
    let request = example(file);
    let (ok, json) = respond_pretty(call, &request);
    assert!(ok, "{call}: {json}");
    let doc = contract_doc();
    assert!(
        doc.contains(request.trim()),
        "docs/contract.md does not show the request of {file}"
    );
    assert!(
        doc.contains(&json),
        "docs/contract.md shows a stale answer for {file}: now\n{json}"
    );
}

#[test]
fn contract_doc_shows_relation_options_as_answered_today() {
    assert_shown("relationOptions", "relation-options");
}

#[test]
fn contract_doc_shows_check_network_as_answered_today() {
    assert_shown("checkNetwork", "check-network");
}

#[test]
fn contract_doc_shows_preview_settlement_as_answered_today() {
    assert_shown("previewSettlement", "preview-settlement");
}

#[test]
fn contract_doc_shows_project_settlements_as_answered_today() {
    assert_shown("projectSettlements", "project-settlements");
}

#[test]
fn contract_doc_shows_a_preview_with_two_funders_as_answered_today() {
    assert_shown("previewSettlement", "preview-settlement-funders");
}

#[test]
fn contract_doc_shows_a_projection_with_two_funders_as_answered_today() {
    assert_shown("projectSettlements", "project-settlements-funders");
}

#[test]
fn contract_doc_shows_check_network_on_a_layer_as_answered_today() {
    assert_shown("checkNetwork", "check-network-layered");
}

/// The docs/contract.md block starting at `marker`, found in `policies` answered
/// with `request` (shown dedented: compared line by line, trimmed).
fn assert_excerpt(request: &str, marker: &str) {
    let (ok, pretty) = respond_pretty("policies", request);
    assert!(ok);
    let doc = contract_doc();
    let start = doc.find(marker).expect("excerpt in docs/contract.md");
    let excerpt = &doc[start..start + doc[start..].find("\n```").expect("end of block")];
    let squash = |s: &str| s.lines().map(str::trim).collect::<Vec<_>>().join("\n");
    assert!(
        squash(&pretty).contains(&squash(excerpt)),
        "docs/contract.md's policies excerpt at {marker:?} is stale"
    );
}

#[test]
fn contract_doc_shows_a_resolved_policies_excerpt_as_answered_today() {
    assert_excerpt("", "\"founderMinHistorical\": {\n  \"value\": \"0.01\"");
}

#[test]
fn contract_doc_shows_a_written_policies_excerpt_as_answered_today() {
    // Whichever layer the reference shows: its block starts with `extend`.
    assert_excerpt(r#"{"view":"written"}"#, "{\n  \"extend\": \"");
}

#[test]
fn pretty_and_compact_answers_are_the_same_json() {
    for (call, file) in [
        ("checkNetwork", "check-network"),
        ("previewSettlement", "preview-settlement"),
    ] {
        let (_, compact) = respond(call, &example(file));
        let (_, pretty) = respond_pretty(call, &example(file));
        let parse = |t: &str| serde_json::from_str::<serde_json::Value>(t).expect("JSON");
        assert_eq!(parse(&compact), parse(&pretty), "{call}");
        assert!(pretty.contains("\n  \""), "{call} is indented");
    }
}

/// The profile ids that start a row of the table under `heading` in
/// docs/policies.md.
fn ids_in_table(doc: &str, heading: &str) -> std::collections::BTreeSet<String> {
    let start = doc
        .find(heading)
        .expect("table heading in docs/policies.md");
    doc[start..]
        .lines()
        .skip_while(|line| !line.starts_with('|'))
        .take_while(|line| line.starts_with('|'))
        .filter_map(|line| line.strip_prefix("| `"))
        .filter_map(|rest| rest.split_once('`'))
        .map(|(id, _)| id.to_string())
        .collect()
}

/// A region is its profile and scenario files and nothing else must
/// change, so the table may lag a new region; but it never names a profile
/// that `policies/` no longer holds.
#[test]
fn policies_doc_names_only_profiles_that_exist() {
    let root = env!("CARGO_MANIFEST_DIR");
    let doc = std::fs::read_to_string(format!("{root}/docs/policies.md")).expect("policies.md");
    let listed = ids_in_table(&doc, "## The regions");
    assert!(
        listed.len() > 1,
        "docs/policies.md's regions table: {listed:?}"
    );
    for id in listed {
        assert!(
            std::path::Path::new(&format!("{root}/policies/{id}.json")).exists(),
            "docs/policies.md lists {id}, which policies/ does not hold"
        );
    }
}

/// The `findings` titles of `relationOptions({labels: true})` in `lang`.
fn finding_titles(lang: &str) -> Vec<(String, String)> {
    // Titles do not depend on the profile: ask the first built-in, on the
    // first day of its first version.
    let first = &gongji::policies()[0];
    let request = serde_json::json!({"policy": first.id, "asOf": first.versions[0].valid_from,
        "labels": true, "lang": lang})
    .to_string();
    let (ok, answer) = respond("relationOptions", &request);
    assert!(ok, "{answer}");
    let answer: serde_json::Value = serde_json::from_str(&answer).expect("JSON");
    answer["labels"]["findings"]
        .as_array()
        .expect("labels.findings")
        .iter()
        .map(|f| {
            (
                f["key"].as_str().unwrap().into(),
                f["label"].as_str().unwrap().into(),
            )
        })
        .collect()
}

#[test]
fn contract_doc_titles_every_finding_code_as_the_engine_does() {
    let (en, zh) = (finding_titles("en"), finding_titles("zh-CN"));
    assert_eq!(en.len(), gongji::contract::FindingCode::VARIANTS.len());
    let doc = contract_doc();
    for ((code, title), (_, zh_title)) in en.iter().zip(&zh) {
        let row = format!("| `{code}` | {title} | {zh_title} |\n");
        assert!(
            doc.contains(&row),
            "docs/contract.md lacks {row}(python3 scripts/update-readme-examples.py writes it)"
        );
    }
}

#[test]
fn contract_doc_lists_every_error_code_and_no_other() {
    let doc = contract_doc();
    let section = &doc[doc
        .find("### Contract error codes")
        .expect("error codes section")..];
    let listed: std::collections::BTreeSet<&str> = section
        .lines()
        .filter_map(|line| line.strip_prefix("| `"))
        .filter_map(|rest| rest.split_once('`').map(|(code, _)| code))
        .collect();
    let codes: std::collections::BTreeSet<&str> = gongji::contract::ErrorCode::VARIANTS
        .iter()
        .map(|&code| code.into())
        .collect();
    assert_eq!(listed, codes, "docs/contract.md's contract error codes");
}

/// The versions table of docs/policies.md (written by
/// `scripts/update-policies-doc.py`) may lag a new region or version, but
/// each row it has is a version the engine resolves, with its dates: a
/// profile that changed since says so here until the script is run again.
#[test]
fn policies_doc_versions_are_versions_the_engine_resolves() {
    let root = env!("CARGO_MANIFEST_DIR");
    let doc = std::fs::read_to_string(format!("{root}/docs/policies.md")).expect("policies.md");
    let (_, json) = respond("policies", "{}");
    let policies: Vec<serde_json::Value> = serde_json::from_str(&json).expect("policies");
    let resolved: std::collections::BTreeSet<String> = policies
        .iter()
        .flat_map(|p| {
            let id = p["id"].as_str().expect("id").to_owned();
            let versions = p["versions"].as_array().expect("versions").clone();
            versions.into_iter().map(move |v| {
                let from = v["validFrom"].as_str().expect("validFrom");
                match v["validUntil"].as_str() {
                    Some(until) => format!("`{id}` | {from} – {until}"),
                    None => format!("`{id}` | from {from}"),
                }
            })
        })
        .collect();
    let (start, end) = ("<!-- generated: versions -->", "<!-- end: versions -->");
    let table = &doc[doc.find(start).expect("the versions table")..doc.find(end).expect("its end")];
    let rows: Vec<&str> = table.lines().filter(|l| l.starts_with("| `")).collect();
    assert!(rows.len() > 1, "{table}");
    for row in rows {
        let key = row
            .trim_start_matches("| ")
            .split(" | ")
            .take(2)
            .collect::<Vec<_>>()
            .join(" | ");
        assert!(
            resolved.contains(&key),
            "docs/policies.md lists the version {key}, which the engine no longer resolves: \
             run `cargo build && python3 scripts/update-policies-doc.py`"
        );
    }
}
