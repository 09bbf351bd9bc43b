//! The README's worked examples are real runs: each request in
//! `docs/examples/` answered now must appear in the README exactly as shown.

use gongji::api::{respond, respond_pretty};

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
    let (ok, json) = respond_pretty(call, &request);
    assert!(ok, "{call}: {json}");
    let readme = readme();
    assert!(
        readme.contains(request.trim()),
        "README does not show the request of {file}"
    );
    assert!(
        readme.contains(&json),
        "README shows a stale answer for {file}: now\n{json}"
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
fn readme_shows_a_preview_with_two_funders_as_answered_today() {
    assert_shown("previewSettlement", "preview-settlement-funders");
}

#[test]
fn readme_shows_a_projection_with_two_funders_as_answered_today() {
    assert_shown("projectSettlements", "project-settlements-funders");
}

#[test]
fn readme_shows_check_network_on_a_layer_as_answered_today() {
    assert_shown("checkNetwork", "check-network-layered");
}

/// The README block starting at `marker`, found in `policies` answered
/// with `request` (shown dedented: compared line by line, trimmed).
fn assert_excerpt(request: &str, marker: &str) {
    let (ok, pretty) = respond_pretty("policies", request);
    assert!(ok);
    let readme = readme();
    let start = readme.find(marker).expect("excerpt in README");
    let excerpt = &readme[start..start + readme[start..].find("\n```").expect("end of block")];
    let squash = |s: &str| s.lines().map(str::trim).collect::<Vec<_>>().join("\n");
    assert!(
        squash(&pretty).contains(&squash(excerpt)),
        "README's policies excerpt at {marker:?} is stale"
    );
}

#[test]
fn readme_shows_a_resolved_policies_excerpt_as_answered_today() {
    assert_excerpt("", "\"founderMinHistorical\": {\n  \"value\": \"0.01\"");
}

#[test]
fn readme_shows_a_written_policies_excerpt_as_answered_today() {
    // Whichever layer the README shows: its block starts with `extend`.
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
