//! Scenarios shared by the browser and node wasm suites, through the same
//! JSON entry point the package uses (`api::respond`).

use gongji::api::respond;
use serde_json::Value;

fn answer(call: &str, request: &str) -> String {
    let (ok, json) = respond(call, request);
    assert!(ok, "{call} refused: {json}");
    json
}

/// The first built-in (in `policies()`'s order) whose profile, as JSON,
/// satisfies `matches`.
fn built_in_where(matches: impl Fn(&Value) -> bool) -> Value {
    gongji::policies()
        .iter()
        .map(|p| serde_json::to_value(p).expect("JSON"))
        .find(|p| matches(p))
        .expect("a built-in profile of that kind in policies/")
}

/// A profile's last version.
fn last(profile: &Value) -> &Value {
    profile["versions"]
        .as_array()
        .and_then(|v| v.last())
        .expect("a version")
}

/// Whether a version's rules admit a relation.
fn admits(version: &Value, relation: &str) -> bool {
    version["rules"]["relations"]["value"]
        .as_array()
        .is_some_and(|r| r.contains(&relation.into()))
}

/// The first built-in region: its id, the day its last version begins and
/// its region code.
fn first_region() -> (String, String, String) {
    let p = built_in_where(|p| p["region"].is_string());
    let day = last(&p)["validFrom"].as_str().expect("day").to_owned();
    (
        p["id"].as_str().expect("id").into(),
        day,
        p["region"].as_str().expect("code").into(),
    )
}

pub fn previews_a_bill_to_the_fen() {
    let (policy, day, region) = first_region();
    let json = answer(
        "previewSettlement",
        &format!(
            r#"{{"policy":"{policy}","asOf":"{day}",
            "member":{{"relation":"parent","person":{{"id":"mum","scheme":"employee","region":"{region}","currentBalance":"120.00","historicalBalance":"80.50"}}}},
            "fund":{{"balance":"1500.00","modes":["payment"]}},
            "expense":{{"amount":"356.80","kind":"pharmacy","facilityType":"pharmacy"}}}}"#
        ),
    );
    let answer: Value = serde_json::from_str(&json).expect("JSON");
    let fen = |part: &str| {
        let text = answer["split"][part].as_str().expect("an amount");
        text.replace('.', "").parse::<i64>().expect("fen")
    };
    let parts = ["ownCurrent", "ownHistorical", "family", "cash"].map(fen);
    assert_eq!(
        parts.iter().sum::<i64>(),
        35680,
        "the split adds up to the fen: {json}"
    );
    assert!(json.contains(r#""countsTowardDeductible":"#), "{json}");
}

pub fn refuses_a_relation_its_profile_does_not_admit() {
    let p = built_in_where(|p| !admits(last(p), "spouseParent"));
    let (policy, day) = (&p["id"], &last(&p)["validFrom"]);
    let json = answer(
        "checkNetwork",
        &format!(
            r#"{{"policy":{policy},"asOf":{day},"founder":{{"id":"f","scheme":"employee","region":"310104","historicalBalance":"10.00"}},
            "members":[{{"relation":"spouseParent","person":{{"id":"m","scheme":"resident","region":"310104"}}}}]}}"#
        ),
    );
    assert!(json.starts_with(r#"{"ok":false"#), "{json}");
    assert!(json.contains(r#""code":"RELATION_NOT_ADMITTED""#), "{json}");
}

/// A profile whose later version admits siblings and whose earlier one
/// did not: the day the version changes decides.
pub fn admits_a_sibling_only_from_the_version_that_admits_siblings() {
    let p = built_in_where(|p| {
        let versions = p["versions"].as_array().expect("versions");
        versions.len() > 1 && !admits(&versions[0], "sibling") && admits(last(p), "sibling")
    });
    let region = p["region"].as_str().unwrap_or("110105");
    let request = |day: &Value| {
        format!(
            r#"{{"policy":{},"asOf":{day},"founder":{{"id":"f","scheme":"employee","region":"{region}"}},
                "members":[{{"relation":"sibling","person":{{"id":"b","scheme":"resident","region":"{region}"}}}}]}}"#,
            p["id"]
        )
    };
    let before = &p["versions"][0]["validUntil"];
    assert!(answer("checkNetwork", &request(before)).starts_with(r#"{"ok":false"#));
    assert!(answer("checkNetwork", &request(&last(&p)["validFrom"])).starts_with(r#"{"ok":true"#));
}

/// A city written as one override on the built-in Jiangsu province (the
/// README's example): each finding names the layer that decided.
pub fn answers_a_city_written_as_overrides_on_a_built_in() {
    let json = answer(
        "checkNetwork",
        include_str!("../../docs/examples/check-network-layered.json"),
    );
    assert!(json.starts_with(r#"{"ok":false"#), "{json}");
    assert!(
        json.contains(r#""code":"FOUNDER_BALANCE_TOO_LOW","severity":"error","#)
            && json.contains(r#""source":{"doc":"sz-2023","ref":"Q3","layer":"my-suzhou"}"#),
        "{json}"
    );
    // The member is refused by the built-in layer the city extends.
    let request: Value = serde_json::from_str(include_str!(
        "../../docs/examples/check-network-layered.json"
    ))
    .expect("JSON");
    let below = request["policy"]["extend"]
        .as_str()
        .expect("extends a built-in");
    assert!(
        json.contains(&format!(
            r#""source":{{"doc":"sz-2023","ref":"Q12","layer":"{below}"}}"#
        )),
        "{json}"
    );
    let (ok, cycle) = respond(
        "relationOptions",
        r#"{"policy":[{"id":"a","extend":"b","versions":[]},{"id":"b","extend":"a","versions":[]}],"asOf":"2025-01-01"}"#,
    );
    assert!(!ok);
    assert!(
        cycle.starts_with(r#"{"error":{"code":"EXTEND_CYCLE","path":"policy[1].extend""#),
        "{cycle}"
    );
}

pub fn reports_bad_input_with_code_and_path() {
    let (policy, day, region) = first_region();
    let (ok, json) = respond(
        "previewSettlement",
        &format!(
            r#"{{"policy":"{policy}","asOf":"{day}","lang":"en",
            "member":{{"relation":"parent","person":{{"id":"mum","scheme":"resident","region":"{region}"}}}},
            "fund":{{"balance":"1500.001","modes":["payment"]}},"expense":{{"amount":"1.00","kind":"outpatient"}}}}"#
        ),
    );
    assert!(!ok);
    assert!(
        json.starts_with(r#"{"error":{"code":"AMOUNT_TOO_PRECISE","path":"fund.balance""#),
        "{json}"
    );
}

pub fn projection_never_spends_more_than_the_fund() {
    for profile in gongji::policies() {
        let json = serde_json::to_value(profile).expect("JSON");
        let (policy, day) = (&profile.id, &last(&json)["validFrom"]);
        let region = profile
            .region
            .as_ref()
            .map_or("110105".into(), ToString::to_string);
        let json = answer(
            "projectSettlements",
            &format!(
                r#"{{"policy":"{policy}","asOf":{day},"fund":{{"balance":"1000.00","modes":["payment","premium"]}},
                "members":[{{"relation":"child","person":{{"id":"kid","scheme":"resident","region":"{region}"}}}}],
                "expenses":[{{"memberId":"kid","expense":{{"amount":"700.00","kind":"inpatient"}}}},
                            {{"memberId":"kid","expense":{{"amount":"700.00","kind":"inpatient"}}}}]}}"#
            ),
        );
        let answer: Value = serde_json::from_str(&json).expect("JSON");
        let fen = |v: &Value| {
            v.as_str()
                .expect("an amount")
                .replace('.', "")
                .parse::<i64>()
                .expect("fen")
        };
        let (total, end) = (fen(&answer["familyTotal"]), fen(&answer["fundEnd"]));
        assert!(
            total <= 100_000 && total + end == 100_000,
            "{policy}: {json}"
        );
    }
}

pub fn answers_hostile_input_without_panicking() {
    for (call, request) in [
        ("checkNetwork", ""),
        ("checkNetwork", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["),
        ("previewSettlement", r#"{"policy":{"id":"x"}}"#),
        ("projectSettlements", "\u{0}\u{ffff}"),
        ("nothing", "{}"),
    ] {
        let (ok, json) = respond(call, request);
        assert!(!ok);
        assert!(json.starts_with(r#"{"error":{"code":""#), "{json}");
    }
}

/// The first built-in that lets a member have several funders, drawn in
/// turn: the funder bound first pays first, and a bill is not combined.
pub fn draws_two_authorizers_in_turn() {
    let p = built_in_where(|p| {
        let rules = &last(p)["rules"];
        // A region keeping part of each balance back (funderKeeps) draws
        // in turn too, but asks other figures.
        rules["networksPerMember"]["value"].as_u64() > Some(1)
            && rules["funderDraw"]["value"] == "inTurn"
            && rules["funderKeeps"].is_null()
    });
    let (policy, from) = (&p["id"], last(&p)["validFrom"].as_str().expect("day"));
    let region = p["region"].as_str().unwrap_or("110105");
    let day = from.max("2025-03-10");
    // The son is bound first: on the profile's first day, before `day`.
    let first = p["versions"][0]["validFrom"].as_str().expect("first day");
    let json = answer(
        "previewSettlement",
        &format!(
            r#"{{"policy":{policy},"asOf":"{day}",
            "member":{{"relation":"parent","person":{{"id":"grandma","scheme":"employee","region":"{region}","currentBalance":"0.00","historicalBalance":"0.00"}}}},
            "funders":[{{"id":"daughter","balance":"2600.00","boundOn":"{day}"}},{{"id":"son","balance":"300.00","boundOn":"{first}"}}],
            "expense":{{"amount":"480.00","kind":"outpatient"}}}}"#
        ),
    );
    assert!(json.contains(r#""split":{"ownCurrent":"0.00","ownHistorical":"0.00","family":"300.00","cash":"180.00"}"#), "{json}");
    assert!(json.contains(r#""funders":[{"funderId":"daughter","paid":"0.00","balanceAfter":"2600.00"},{"funderId":"son","paid":"300.00","balanceAfter":"0.00"}]"#), "{json}");
    assert!(json.contains(r#""code":"FUNDERS_NOT_COMBINED""#), "{json}");
}
