//! The bad-input catalog (`tests/bad_inputs/catalog.json`): malformed and
//! hostile requests, each with the error (or finding) code and field path
//! it must get — natively, in zh-CN and en, and through
//! the CLI with exit 2 and no panic. Huge inputs are generated here rather
//! than stored. The same catalog runs through wasm in
//! `tests/js/bad_inputs.test.mjs`.

use std::io::Write;
use std::process::{Command, Stdio};

use gongji::api::respond;
use serde_json::{json, Value};

struct Case {
    name: String,
    call: String,
    request: Value,
    code: String,
    path: Option<String>,
    finding: bool,
}

fn catalog() -> Vec<Case> {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/bad_inputs/catalog.json"
    ))
    .expect("catalog");
    let entries: Vec<Value> = serde_json::from_str(&text).expect("catalog is JSON");
    entries
        .into_iter()
        .map(|e| Case {
            name: e["name"].as_str().expect("name").to_owned(),
            call: e["call"].as_str().expect("call").to_owned(),
            request: e["request"].clone(),
            code: e["code"].as_str().expect("code").to_owned(),
            path: e["path"].as_str().map(str::to_owned),
            finding: e["kind"] == "finding",
        })
        .collect()
}

fn text(request: &Value) -> String {
    match request {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn with_lang(request: &Value, lang: &str) -> Value {
    let mut r = request.clone();
    if let Some(map) = r.as_object_mut() {
        map.insert("lang".into(), json!(lang));
    }
    r
}

fn has_cjk(s: &str) -> bool {
    s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// Every place a finding can sit in a response.
fn findings(response: &Value) -> Vec<&Value> {
    let mut out: Vec<&Value> = response["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .collect();
    out.extend(
        response["founder"]["findings"]
            .as_array()
            .into_iter()
            .flatten(),
    );
    for m in response["members"].as_array().into_iter().flatten() {
        out.extend(m["findings"].as_array().into_iter().flatten());
    }
    out
}

fn check(case: &Case, request: &Value) -> String {
    let (ok, json) = respond(&case.call, &text(request));
    let answer: Value = serde_json::from_str(&json)
        .unwrap_or_else(|e| panic!("{}: answer is not JSON ({e}): {json}", case.name));
    let found = if case.finding {
        assert!(
            ok,
            "{}: expected an answer with a finding, got {json}",
            case.name
        );
        let f = findings(&answer)
            .into_iter()
            .find(|f| f["code"] == case.code.as_str());
        f.unwrap_or_else(|| panic!("{}: no finding {} in {json}", case.name, case.code))
            .clone()
    } else {
        assert!(!ok, "{}: expected a contract error, got {json}", case.name);
        answer["error"].clone()
    };
    assert_eq!(found["code"], case.code.as_str(), "{}: {json}", case.name);
    assert_eq!(
        found["path"].as_str(),
        case.path.as_deref(),
        "{}: {json}",
        case.name
    );
    let message = found["message"].as_str().unwrap_or_default().to_owned();
    assert!(!message.is_empty(), "{}: empty message", case.name);
    message
}

#[test]
fn every_catalogued_bad_input_gets_its_code_and_path_in_both_languages() {
    let cases = catalog();
    assert!(cases.len() >= 80, "{} cases", cases.len());
    let mut bilingual = 0;
    for case in &cases {
        check(case, &case.request);
        // Ask again in each language, unless the language is what is bad.
        let relangable = case.request.is_object()
            && case.path.as_deref() != Some("lang")
            && case.code != "UNKNOWN_CALL";
        if relangable {
            let zh = check(case, &with_lang(&case.request, "zh-CN"));
            let en = check(case, &with_lang(&case.request, "en"));
            assert!(has_cjk(&zh), "{}: zh message {zh:?}", case.name);
            assert_ne!(zh, en, "{}: the en message is the zh one", case.name);
            bilingual += 1;
        }
    }
    println!(
        "bad inputs tried natively: {} ({} also in zh-CN and en)",
        cases.len(),
        bilingual
    );
}

#[test]
fn every_catalogued_bad_input_through_the_cli_is_json_and_exit_2_without_a_panic() {
    let cases = catalog();
    for case in &cases {
        let call = if case.call.is_empty() {
            "nothing"
        } else {
            case.call.as_str()
        };
        let mut child = Command::new(env!("CARGO_BIN_EXE_gongji"))
            .arg(call)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn gongji");
        // An unknown call exits before reading stdin: a closed pipe is
        // not a failure of the test.
        let written = child
            .stdin
            .take()
            .expect("stdin")
            .write_all(text(&case.request).as_bytes());
        if let Err(e) = written {
            assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{}", case.name);
        }
        let out = child.wait_with_output().expect("wait");
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            !stderr.contains("panicked") && !stderr.contains("backtrace"),
            "{}: {stderr}",
            case.name
        );
        let answer: Value = serde_json::from_str(stdout.trim())
            .unwrap_or_else(|e| panic!("{}: {e}: {stdout}", case.name));
        if case.finding {
            assert_eq!(out.status.code(), Some(0), "{}", case.name);
        } else {
            let expected = if case.code == "UNKNOWN_CALL" { 64 } else { 2 };
            assert_eq!(out.status.code(), Some(expected), "{}: {stdout}", case.name);
            assert_eq!(answer["error"]["code"], case.code.as_str(), "{}", case.name);
        }
    }
    println!("bad inputs tried through the CLI: {}", cases.len());
}

/// The first built-in profile: its id, the day its last version begins,
/// and its region code (a family registered there).
fn first_built_in() -> (&'static str, String, String) {
    let policy = gongji::policies()[0];
    let version = policy.versions.last().expect("a version");
    let region = policy
        .region
        .as_ref()
        .map_or("110105".into(), ToString::to_string);
    (&policy.id, version.valid_from.to_string(), region)
}

fn network_with_members(n: usize) -> String {
    let (policy, day, region) = first_built_in();
    let members: Vec<Value> = (0..n)
        .map(|i| json!({"relation": "child", "person": {"id": format!("m{i}"), "scheme": "resident", "region": region}}))
        .collect();
    json!({"policy": policy, "asOf": day, "founder": {"id": "f", "scheme": "employee", "region": region, "historicalBalance": "1.00"},
        "members": members})
    .to_string()
}

#[test]
fn ten_thousand_members_are_refused_by_the_member_limit() {
    let (ok, json) = respond("checkNetwork", &network_with_members(10_000));
    assert!(!ok);
    assert!(
        json.starts_with(r#"{"error":{"code":"LIMIT_EXCEEDED","path":"members""#),
        "{json}"
    );
    assert!(
        respond(
            "checkNetwork",
            &network_with_members(gongji::contract::MAX_MEMBERS)
        )
        .0
    );
}

#[test]
fn a_ten_megabyte_request_is_refused_by_size_before_parsing() {
    let (policy, day, _) = first_built_in();
    let big = format!(
        r#"{{"policy":"{policy}","asOf":"{day}","lang":"en","founder":{{"id":"{}"}}}}"#,
        "x".repeat(10 << 20)
    );
    let (ok, json) = respond("checkNetwork", &big);
    assert!(!ok);
    assert!(
        json.starts_with(r#"{"error":{"code":"REQUEST_TOO_LARGE""#),
        "{json}"
    );
    assert!(json.contains("limit"), "in English, as asked: {json}");
}

#[test]
fn a_ten_megabyte_string_inside_a_field_is_refused_too() {
    let big = json!({"policy": "x".repeat(10 << 20), "asOf": "2025-03-10"}).to_string();
    assert!(respond("relationOptions", &big)
        .1
        .contains("REQUEST_TOO_LARGE"));
}

#[test]
fn deeply_nested_json_is_refused_without_overflowing_the_stack() {
    let (policy, day, _) = first_built_in();
    let deep = format!(
        r#"{{"policy":"{policy}","asOf":"{day}","founder":{}{}}}"#,
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let (ok, json) = respond("checkNetwork", &deep);
    assert!(!ok);
    assert!(json.contains(r#""code":"#), "{json}");
}

#[test]
fn too_many_expenses_are_refused_by_the_projection_limit() {
    let expenses: Vec<Value> = (0..=gongji::contract::MAX_EXPENSES)
        .map(|_| json!({"memberId": "c", "expense": {"amount": "1.00", "kind": "outpatient"}}))
        .collect();
    let (policy, day, region) = first_built_in();
    let r = json!({"policy": policy, "asOf": day, "fund": {"balance": "1.00", "modes": ["payment"]},
        "members": [{"relation": "child", "person": {"id": "c", "scheme": "resident", "region": region}}], "expenses": expenses});
    let (ok, json) = respond("projectSettlements", &r.to_string());
    assert!(!ok);
    assert!(
        json.starts_with(r#"{"error":{"code":"LIMIT_EXCEEDED","path":"expenses""#),
        "{json}"
    );
}

/// Found by a 400 MB line piped to `gongji relation-options --jsonl`: the
/// whole line was read into memory (394 MB resident) before being refused.
/// Now a line is read to one byte over the limit and the rest skipped
/// (the child's peak memory stays far below the 24 MB line), and the lines
/// after it are still answered, in order.
#[test]
fn an_oversized_jsonl_line_is_refused_in_flat_memory_and_the_stream_goes_on() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gongji"))
        .args(["relation-options", "--jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn gongji");
    let mut stdin = child.stdin.take().expect("stdin");
    let (policy, day, _) = first_built_in();
    let request = format!(r#"{{"policy":"{policy}","asOf":"{day}""#);
    stdin
        .write_all(format!("{request}}}\n").as_bytes())
        .expect("write");
    let chunk = vec![b'x'; 1 << 20];
    for _ in 0..24 {
        stdin.write_all(&chunk).expect("write");
    }
    stdin.write_all(b"\n").expect("write");
    // All but a pipe buffer of the line has been read by now.
    let status = std::fs::read_to_string(format!("/proc/{}/status", child.id()));
    if let Some(peak) = status.ok().as_deref().and_then(|s| {
        s.lines()
            .find_map(|l| l.strip_prefix("VmHWM:"))
            .and_then(|v| v.trim().trim_end_matches(" kB").parse::<u64>().ok())
    }) {
        // The CLI with every built-in region resolved holds about 17 MB; a
        // buffered line would add its 24 MB on top.
        assert!(peak < 22 * 1024, "peak resident {peak} kB for a 24 MB line");
    }
    stdin
        .write_all(format!(r#"{request},"lang":"en"}}"#).as_bytes())
        .expect("write");
    drop(stdin);
    let out = child.wait_with_output().expect("wait");
    let lines: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert_eq!(lines[0]["policy"], policy);
    assert_eq!(lines[1]["error"]["code"], "REQUEST_TOO_LARGE");
    assert_eq!(lines[2]["options"][0]["label"], "spouse");
    assert_eq!(out.status.code(), Some(2));
}
