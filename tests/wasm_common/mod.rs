//! Scenarios shared by the browser and node wasm suites, through the same
//! JSON entry point the package uses (`api::respond`).

use gongji::api::respond;

fn answer(call: &str, request: &str) -> String {
    let (ok, json) = respond(call, request);
    assert!(ok, "{call} refused: {json}");
    json
}

pub fn previews_a_shanghai_bill_to_the_fen() {
    let json = answer(
        "previewSettlement",
        r#"{"policy":"shanghai","asOf":"2025-03-10",
            "member":{"relation":"parent","person":{"id":"mum","scheme":"employee","region":"310104","currentBalance":"120.00","historicalBalance":"80.50"}},
            "fund":{"balance":"1500.00","modes":["payment"]},
            "expense":{"amount":"356.80","kind":"pharmacy","facilityType":"pharmacy"}}"#,
    );
    assert!(json.contains(r#""split":{"ownCurrent":"120.00","ownHistorical":"80.50","family":"156.30","cash":"0.00"}"#), "{json}");
    assert!(json.contains(r#""countsTowardDeductible":false"#), "{json}");
}

pub fn refuses_a_spouse_parent_in_shanghai() {
    let json = answer(
        "checkNetwork",
        r#"{"policy":"shanghai","asOf":"2025-03-10","founder":{"id":"f","scheme":"employee","region":"310104","historicalBalance":"10.00"},
            "members":[{"relation":"spouseParent","person":{"id":"m","scheme":"resident","region":"310104"}}]}"#,
    );
    assert!(json.starts_with(r#"{"ok":false"#), "{json}");
    assert!(json.contains(r#""code":"RELATION_NOT_ADMITTED""#), "{json}");
}

pub fn admits_a_sibling_in_guangdong_only_from_2024_07_01() {
    let request = |day: &str| {
        format!(
            r#"{{"policy":"guangdong","asOf":"{day}","founder":{{"id":"f","scheme":"employee","region":"440106"}},
                "members":[{{"relation":"sibling","person":{{"id":"b","scheme":"resident","region":"440304"}}}}]}}"#
        )
    };
    assert!(answer("checkNetwork", &request("2024-06-30")).starts_with(r#"{"ok":false"#));
    assert!(answer("checkNetwork", &request("2024-07-01")).starts_with(r#"{"ok":true"#));
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
    assert!(
        json.contains(r#""source":{"doc":"sz-2023","ref":"Q12","layer":"jiangsu-province"}"#),
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
    let (ok, json) = respond(
        "previewSettlement",
        r#"{"policy":"shanghai","asOf":"2025-03-10","lang":"en",
            "member":{"relation":"parent","person":{"id":"mum","scheme":"resident","region":"310104"}},
            "fund":{"balance":"1500.001","modes":["payment"]},"expense":{"amount":"1.00","kind":"outpatient"}}"#,
    );
    assert!(!ok);
    assert!(
        json.starts_with(r#"{"error":{"code":"AMOUNT_TOO_PRECISE","path":"fund.balance""#),
        "{json}"
    );
}

pub fn projection_never_spends_more_than_the_fund() {
    let json = answer(
        "projectSettlements",
        r#"{"policy":"jiangsu","asOf":"2025-01-15","fund":{"balance":"1000.00","modes":["payment","premium"]},
            "members":[{"relation":"child","person":{"id":"kid","scheme":"resident","region":"320506"}}],
            "expenses":[{"memberId":"kid","expense":{"amount":"700.00","kind":"inpatient"}},
                        {"memberId":"kid","expense":{"amount":"700.00","kind":"inpatient"}}]}"#,
    );
    assert!(
        json.ends_with(r#""familyTotal":"1000.00","fundEnd":"0.00"}"#),
        "{json}"
    );
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

pub fn draws_two_ruian_authorizers_in_turn() {
    let json = answer(
        "previewSettlement",
        r#"{"policy":"ruian","asOf":"2017-09-01",
            "member":{"relation":"parent","person":{"id":"grandma","scheme":"employee","region":"330381","currentBalance":"0.00","historicalBalance":"0.00"}},
            "funders":[{"id":"daughter","balance":"2600.00","boundOn":"2017-06-12"},{"id":"son","balance":"300.00","boundOn":"2017-05-08"}],
            "expense":{"amount":"480.00","kind":"outpatient"}}"#,
    );
    assert!(json.contains(r#""split":{"ownCurrent":"0.00","ownHistorical":"0.00","family":"300.00","cash":"180.00"}"#), "{json}");
    assert!(json.contains(r#""funders":[{"funderId":"daughter","paid":"0.00","balanceAfter":"2600.00"},{"funderId":"son","paid":"300.00","balanceAfter":"0.00"}]"#), "{json}");
    assert!(json.contains(r#""code":"FUNDERS_NOT_COMBINED""#), "{json}");
}
