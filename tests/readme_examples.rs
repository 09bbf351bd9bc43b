//! The README's worked examples are real runs: each request in
//! `docs/examples/` answered now must appear in the README exactly as shown.

use gongji::api::{pretty_json, respond};

fn readme() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README.md")
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
    let (ok, json) = respond(call, &request);
    assert!(ok, "{call}: {json}");
    let readme = readme();
    assert!(
        readme.contains(request.trim()),
        "README does not show the request of {file}"
    );
    assert!(
        readme.contains(&pretty_json(&json)),
        "README shows a stale answer for {file}: now\n{}",
        pretty_json(&json)
    );
}

#[test]
fn readme_shows_relation_options_as_answered_today() {
    assert_shown("relationOptions", "relation-options");
}

#[test]
fn readme_shows_check_network_as_answered_today() {
    assert_shown("checkNetwork", "check-network");
}

#[test]
fn readme_shows_preview_settlement_as_answered_today() {
    assert_shown("previewSettlement", "preview-settlement");
}

#[test]
fn readme_shows_project_settlements_as_answered_today() {
    assert_shown("projectSettlements", "project-settlements");
}

#[test]
fn readme_shows_a_policies_excerpt_as_answered_today() {
    let (ok, json) = respond("policies", "");
    assert!(ok);
    let pretty = pretty_json(&json);
    let readme = readme();
    let start = readme
        .find("\"founderMinHistorical\": {\n  \"value\": \"2000.00\"")
        .expect("excerpt in README");
    let excerpt = &readme[start..start + readme[start..].find("\n```").expect("end of block")];
    // The excerpt is shown dedented; compare line by line, ignoring indentation.
    let squash = |s: &str| s.lines().map(str::trim).collect::<Vec<_>>().join("\n");
    assert!(
        squash(&pretty).contains(&squash(excerpt)),
        "README's policies excerpt is stale"
    );
}

#[test]
fn pretty_json_keeps_key_order_and_strings() {
    assert_eq!(
        pretty_json(r#"{"b":[1,{}],"a":"x, {y}: \"z\""}"#),
        "{\n  \"b\": [\n    1,\n    {}\n  ],\n  \"a\": \"x, {y}: \\\"z\\\"\"\n}"
    );
}
