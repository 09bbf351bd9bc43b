//! The command-line tool: one request in, the response out; `--jsonl`
//! streams; bad input is a JSON error on stdout and exit 2, never a panic.

use std::io::{Read, Write};
use std::process::{Command, Stdio};

fn gongji(args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gongji"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn gongji");
    // An unknown call exits before reading stdin: a closed pipe is fine.
    if let Err(e) = child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
    {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
    }
    let out = child.wait_with_output().expect("wait");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

/// The first built-in profile's id and the day its last version begins.
fn first_built_in() -> (&'static str, String) {
    let policy = &gongji::policies()[0];
    let version = policy.versions.last().expect("a version");
    (&policy.id, version.valid_from.to_string())
}

/// A relationOptions request answered by the first built-in profile.
fn options() -> String {
    let (id, day) = first_built_in();
    format!(r#"{{"policy":"{id}","asOf":"{day}"}}"#)
}

#[test]
fn a_request_on_stdin_is_answered_on_stdout() {
    let (code, out, err) = gongji(&["relation-options"], &options());
    assert_eq!(code, 0, "{err}");
    let (id, day) = first_built_in();
    assert!(
        out.starts_with(&format!(r#"{{"policy":"{id}","validFrom":"{day}""#)),
        "{out}"
    );
}

#[test]
fn camel_case_call_names_work_too() {
    let (code, out, _) = gongji(&["relationOptions"], &options());
    assert_eq!(code, 0);
    assert!(out.contains(r#""relation":"spouse""#));
}

#[test]
fn bad_input_is_a_json_error_on_stdout_and_exit_2() {
    let (id, _) = first_built_in();
    let (code, out, err) = gongji(&["preview-settlement"], &format!(r#"{{"policy":"{id}"}}"#));
    assert_eq!(code, 2);
    assert!(
        out.starts_with(r#"{"error":{"code":"MISSING_FIELD","path":"asOf""#),
        "{out}"
    );
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn an_unknown_call_is_refused_with_usage() {
    let (code, out, err) = gongji(&["split-the-bill"], "{}");
    assert_eq!(code, 64);
    assert!(out.contains("UNKNOWN_CALL"), "{out}");
    assert!(err.contains("usage: gongji"), "{err}");
}

#[test]
fn jsonl_answers_each_line_and_exits_2_if_any_failed() {
    let options = options();
    let input = format!(
        "{options}\n\n{{\"policy\":\"atlantis\",\"asOf\":\"2025-01-01\"}}\nnot json\n{options}\n"
    );
    let (code, out, _) = gongji(&["relation-options", "--jsonl"], &input);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 4, "blank lines are skipped: {out}");
    let (id, _) = first_built_in();
    assert!(lines[0].starts_with(&format!(r#"{{"policy":"{id}""#)));
    assert!(lines[1].contains("UNKNOWN_POLICY"));
    assert!(lines[2].contains("INVALID_JSON"));
    assert_eq!(lines[0], lines[3]);
    assert_eq!(code, 2);
}

#[test]
fn a_closed_pipe_ends_quietly_without_a_panic() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gongji"))
        .args(["policies", "--pretty"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn gongji");
    let mut first = [0u8; 1];
    child
        .stdout
        .take()
        .expect("stdout")
        .read_exact(&mut first)
        .expect("read one byte");
    // stdout is dropped here: the rest of the output hits a closed pipe.
    let out = child.wait_with_output().expect("wait");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn citations_list_every_built_in_rule_with_its_question() {
    let (code, out, _) = gongji(&["policies", "--citations"], "");
    assert_eq!(code, 0);
    for policy in gongji::policies() {
        let json = serde_json::to_value(policy).expect("JSON");
        for version in json["versions"].as_array().expect("versions") {
            let day = version["validFrom"].as_str().expect("validFrom");
            for (key, rule) in version["rules"].as_object().expect("rules") {
                let (doc, at) = (&rule["source"]["doc"], &rule["source"]["ref"]);
                let line = format!(
                    "{}\t{day}\trules.{key}\t{}\t{}\t",
                    policy.id,
                    doc.as_str().expect("doc"),
                    at.as_str().expect("ref")
                );
                assert!(out.lines().any(|l| l.starts_with(&line)), "{line}");
            }
        }
    }
    assert!(out.lines().all(|l| l.split('\t').count() == 7));
}

#[test]
fn a_city_written_as_overrides_on_a_built_in_is_answered_through_the_cli() {
    let file = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/examples/check-network-layered.json"
    );
    let (code, out, err) = gongji(&["check-network", file], "");
    let request: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(file).expect("the example")).expect("JSON");
    let below = request["policy"]["extend"]
        .as_str()
        .expect("extends a built-in");
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with(r#"{"ok":false"#), "{out}");
    assert!(
        out.contains(r#""source":{"doc":"sz-2023","ref":"Q3","layer":"my-suzhou"}"#),
        "the city's own rule refused the founder: {out}"
    );
    assert!(
        out.contains(&format!(
            r#""source":{{"doc":"sz-2023","ref":"Q12","layer":"{below}"}}"#
        )),
        "the province's rule refused the member in Shanghai: {out}"
    );
    let (code, out, _) = gongji(
        &["relation-options"],
        r#"{"policy":{"id":"wuxi","extend":"wuxi","versions":[]},"asOf":"2025-01-01"}"#,
    );
    assert_eq!(code, 2);
    assert!(
        out.starts_with(r#"{"error":{"code":"EXTEND_CYCLE","path":"policy.extend""#),
        "{out}"
    );
}
