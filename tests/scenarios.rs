//! The scenarios: every `scenarios/*.json`, found at run time, answered
//! through [`gongji::api::respond`] and held to what its source says.
//! `cargo test --test scenarios -- --nocapture` prints a line a file.
//!
//! A file names its base requests once; a scenario patches one of them
//! (an RFC 7396 JSON merge patch: a key replaces, `null` removes, an object
//! merges, an array replaces whole) and says what the answer must show:
//!
//! ```json
//! {
//!   "about": "Dongying: the 《东营日报》 article and its FAQ (doc dy).",
//!   "requests": {
//!     "family": {"policy": "dongying", "asOf": "2025-06-01", "modes": ["payment"],
//!                "founder": {"id": "owner", "scheme": "employee", "region": "370502",
//!                            "historicalBalance": "8000.00"},
//!                "members": []}
//!   },
//!   "scenarios": [{
//!     "test": "dongying_staff_siblings_are_not_admitted",
//!     "question": "兄弟姐妹可以绑定吗?",
//!     "source": {"doc": "dy", "ref": "市医保局工作人员介绍",
//!                "quote": "近亲属(配偶、子女、本人的父母、配偶的父母)"},
//!     "call": "checkNetwork",
//!     "base": "family",
//!     "request": {"members": [{"relation": "sibling",
//!                  "person": {"id": "b", "scheme": "resident", "region": "370502"}}]},
//!     "expect": {"members[0].findings[?severity=error].code": ["RELATION_NOT_ADMITTED"]}
//!   }]
//! }
//! ```
//!
//! `expect` maps a path in the answer to what it must be. A path is fields
//! and brackets: `[2]` an element, `[*]` every element (of a list, or every
//! value of an object), `[code=CAP_REACHED]` the first element whose `code`
//! is that, `[?severity=error]` every such element; `$` is the answer
//! itself. A value matches when it is equal, an expected object matching
//! the keys it names (`"split": {"family": "400.00"}` checks one part), an
//! absent field matching `null`. A key may end in an operator: `includes`,
//! `excludes` (a list holds, lacks these items), `within` (a list's every
//! item is one of these), `contains`, `lacks` (a text, or a value's JSON
//! text, holds or lacks this text or each of a list of texts), `prefix`,
//! `length`, `keys` (an object's keys, sorted), `exists`. A contract error
//! is the answer `{"error": {"code", "path", "message"}}`: a scenario
//! expects one by naming `error` paths, and no other scenario may get one.
//!
//! `also` lists further requests answering the same question: each a merge
//! patch over the scenario's own request, or over the file's request named
//! by its `base`; its `call` may differ; `"sameAnswer": true` requires the
//! answer of the request before it, byte for byte. A request may hold a
//! built-in profile as `{"$builtIn": "shanghai"}` (as `policies` lists it),
//! and `edit` maps JSON pointers to values set (or, `null`, removed) after
//! the patch: a variant of a built-in, e.g. `"/policy/versions/0/rules/
//! maxMembers/value": 3`.
//!
//! Every answer also keeps the invariants: a preview's split adds up to the
//! bill, a projection's every step to its expense and its family total to
//! the steps' family parts, to the fen.
//!
//! `source` is `{doc, ref, quote}`: `doc` a document of a built-in profile,
//! `quote` a clause of at most 30 Chinese characters found (whitespace
//! aside) in that document's text in the policy-sources folder
//! (`../shared/policy-sources` beside the checkout, or
//! `$GONGJI_POLICY_SOURCES`); a document without a file there is looked
//! up in its `LATER-SOURCES.md`. A rule of the contract or of the engine
//! that no policy text states (a check character, a two-decimal amount, a
//! region variant) gives `{"rationale": "…"}` instead. Without the folder
//! the quote check is skipped, and fails under `CI=true`.
//!
//! The wasm and JS engines: this harness writes every request it sent and
//! the answer it checked to `target/tmp/scenario-answers.json`;
//! `tests/js/scenarios.test.mjs` sends each request through the npm
//! package's wasm and JS engines and requires the same answer byte for
//! byte. So every expectation checked here holds in every engine, judged by
//! one evaluator, this one.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::path::{Path, PathBuf};

/// The FAQ tests written in Rust that these scenarios replaced numbered
/// 177 (one of them, on the profiles' notes, is now tests/profile_notes.rs;
/// one scenario is new): there are never fewer.
const AT_LEAST: usize = 177;

/// A file: its base requests, and the scenarios that patch them.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ScenarioFile {
    about: String,
    #[serde(default)]
    requests: Map<String, Value>,
    scenarios: Vec<Scenario>,
}

/// One question: its source, the request a front-end sends, and what the
/// answer must show.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Scenario {
    test: String,
    question: String,
    source: Source,
    call: String,
    base: Option<String>,
    #[serde(default = "no_change")]
    request: Value,
    #[serde(default)]
    edit: Map<String, Value>,
    expect: Map<String, Value>,
    #[serde(default)]
    also: Vec<Also>,
}

/// A further request answering the same question.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct Also {
    call: Option<String>,
    /// A base request of the file to patch instead of the scenario's.
    base: Option<String>,
    #[serde(default = "no_change")]
    request: Value,
    #[serde(default)]
    edit: Map<String, Value>,
    #[serde(default)]
    expect: Map<String, Value>,
    /// The answer must be, byte for byte, the one to the request before.
    #[serde(default)]
    same_answer: bool,
}

/// A quoted clause of a policy text, or why no text states the rule.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Source {
    doc: Option<String>,
    #[serde(rename = "ref")]
    reference: Option<String>,
    quote: Option<String>,
    rationale: Option<String>,
}

/// The merge patch that changes nothing.
fn no_change() -> Value {
    Value::Object(Map::new())
}

/// One request sent and the answer checked, for the JS test.
#[derive(Serialize)]
struct Answered<'a> {
    file: &'a str,
    test: &'a str,
    call: &'a str,
    request: String,
    answer: String,
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every scenario file, sorted, with its name as shown (`scenarios/x.json`).
fn scenario_files() -> Vec<(String, ScenarioFile)> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(root().join("scenarios"))
        .expect("scenarios/")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let name = format!("scenarios/{}", p.file_name().unwrap().to_string_lossy());
            let text = std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{name}: {e}"));
            let file = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
            (name, file)
        })
        .collect()
}

/// RFC 7396: `patch` merged into `target`.
fn merge_patch(target: &mut Value, patch: &Value) {
    let Value::Object(patch) = patch else {
        *target = patch.clone();
        return;
    };
    if !target.is_object() {
        *target = Value::Object(Map::new());
    }
    let target = target.as_object_mut().expect("an object");
    for (key, value) in patch {
        if value.is_null() {
            target.remove(key);
        } else {
            merge_patch(target.entry(key).or_insert(Value::Null), value);
        }
    }
}

#[test]
fn every_scenario_answers_as_its_source_says() {
    let files = scenario_files();
    let mut failures = Vec::new();
    let mut answered = Vec::new();
    let mut total = 0;
    for (name, file) in &files {
        let before = failures.len();
        for scenario in &file.scenarios {
            let runs = run(name, file, scenario, &mut answered);
            failures.extend(
                runs.into_iter()
                    .map(|f| format!("{name}: {}: {f}", scenario.test)),
            );
        }
        total += file.scenarios.len();
        match failures.len() - before {
            0 => println!("{name}: {} scenarios passed", file.scenarios.len()),
            n => println!("{name}: {n} of {} scenarios failed", file.scenarios.len()),
        }
    }
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("scenario-answers.json");
    std::fs::write(&out, serde_json::to_string(&answered).expect("JSON")).expect("write");
    println!(
        "{total} scenarios, {} requests, written to {}",
        answered.len(),
        out.display()
    );
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    assert!(
        total >= AT_LEAST,
        "{total} scenarios, fewer than {AT_LEAST}"
    );
}

/// A built-in profile as the `policies` call lists it.
fn built_in(id: &str) -> Option<Value> {
    static ALL: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    let all = ALL.get_or_init(|| {
        let (_, json) = gongji::api::respond("policies", "");
        serde_json::from_str(&json).expect("policies")
    });
    all.as_array()?.iter().find(|p| p["id"] == id).cloned()
}

/// Replaces each `{"$builtIn": id}` by that built-in profile.
fn insert_built_ins(value: &mut Value) -> Result<(), String> {
    if let Some(id) = value.get("$builtIn").and_then(Value::as_str) {
        *value = built_in(id).ok_or(format!("no built-in profile {id}"))?;
        return Ok(());
    }
    match value {
        Value::Object(map) => map.values_mut().try_for_each(insert_built_ins),
        Value::Array(items) => items.iter_mut().try_for_each(insert_built_ins),
        _ => Ok(()),
    }
}

/// Sets (or, given `null`, removes) the value at a JSON pointer.
fn edit_at(request: &mut Value, pointer: &str, value: &Value) -> Result<(), String> {
    let (parent, key) = pointer
        .rsplit_once('/')
        .ok_or(format!("bad pointer {pointer}"))?;
    let missing = || format!("nothing at {parent}");
    match request.pointer_mut(parent).ok_or_else(missing)? {
        Value::Object(map) if value.is_null() => {
            map.remove(key).ok_or_else(missing)?;
        }
        Value::Object(map) => {
            map.insert(key.to_string(), value.clone());
        }
        Value::Array(items) => {
            let i: usize = key.parse().map_err(|_| format!("bad index in {pointer}"))?;
            *items.get_mut(i).ok_or_else(missing)? = value.clone();
        }
        _ => return Err(missing()),
    }
    Ok(())
}

/// A request: the named base (or `or`) merge-patched, its built-in
/// profiles inserted, then edited.
fn build(
    file: &ScenarioFile,
    base: &Option<String>,
    or: &Value,
    patch: &Value,
    edit: &Map<String, Value>,
) -> Result<Value, String> {
    let mut request = match base {
        None => or.clone(),
        Some(name) => file
            .requests
            .get(name)
            .cloned()
            .ok_or(format!("no base request \"{name}\""))?,
    };
    merge_patch(&mut request, patch);
    insert_built_ins(&mut request)?;
    for (pointer, value) in edit {
        edit_at(&mut request, pointer, value)?;
    }
    Ok(request)
}

/// Sends a scenario's requests; what went wrong, if anything.
fn run<'a>(
    name: &'a str,
    file: &ScenarioFile,
    scenario: &'a Scenario,
    answered: &mut Vec<Answered<'a>>,
) -> Vec<String> {
    let s = scenario;
    let first = match build(file, &s.base, &Value::Null, &s.request, &s.edit) {
        Ok(request) => request,
        Err(e) => return vec![e],
    };
    let mut runs = vec![(s.call.as_str(), first.clone(), &s.expect, false)];
    for also in &s.also {
        match build(file, &also.base, &first, &also.request, &also.edit) {
            Ok(next) => {
                let call = also.call.as_deref().unwrap_or(&s.call);
                runs.push((call, next, &also.expect, also.same_answer));
            }
            Err(e) => return vec![e],
        }
    }
    let mut failures = Vec::new();
    let mut previous = String::new();
    for (i, (call, request, expect, same_answer)) in runs.into_iter().enumerate() {
        let text = request.to_string();
        let (_, answer) = gongji::api::respond(call, &text);
        let json: Value = serde_json::from_str(&answer).expect("answers are JSON");
        let mut problems = match expect.is_empty() {
            true => invariants(call, &request, &json),
            false => check(call, &request, &json, expect),
        };
        if same_answer && answer != previous {
            problems.push(format!(
                "answers otherwise than the request before it: {previous}"
            ));
        }
        let which = match i {
            0 => String::new(),
            _ => format!("also[{}]: ", i - 1),
        };
        let with_answer = |p| format!("{which}{p}\n    request: {text}\n    answer: {answer}");
        failures.extend(problems.into_iter().map(with_answer));
        answered.push(Answered {
            file: name,
            test: &s.test,
            call,
            request: text,
            answer: answer.clone(),
        });
        previous = answer;
    }
    failures
}

/// What the answer breaks: the expectations, then the invariants.
fn check(call: &str, request: &Value, answer: &Value, expect: &Map<String, Value>) -> Vec<String> {
    let expects_error = expect
        .keys()
        .any(|k| k == "error" || k.starts_with("error."));
    let mut problems = Vec::new();
    if answer.get("error").is_some() != expects_error {
        problems.push(if expects_error {
            "expected a contract error".to_string()
        } else {
            format!("a contract error: {}", answer["error"])
        });
        return problems;
    }
    for (key, expected) in expect {
        if let Err(e) = expectation(answer, key, expected) {
            problems.push(format!("`{key}`: {e}"));
        }
    }
    problems.extend(invariants(call, request, answer));
    problems
}

/// `Ok` when the answer holds `key: expected`.
fn expectation(answer: &Value, key: &str, expected: &Value) -> Result<(), String> {
    const OPERATORS: [&str; 9] = [
        "includes", "excludes", "within", "contains", "lacks", "prefix", "length", "keys", "exists",
    ];
    let (path, op) = match key.rsplit_once(' ') {
        Some((path, op)) if OPERATORS.contains(&op) => (path, op),
        _ => (key, "is"),
    };
    let actual = select(answer, path)?;
    let items = || actual.as_array().ok_or(format!("{actual} is not a list"));
    let holds = match op {
        "is" => matches(expected, &actual),
        "includes" | "excludes" | "within" => {
            let items = items()?;
            let wanted = expected.as_array().ok_or("expects a list")?;
            let found = |w: &Value| items.iter().any(|a| matches(w, a));
            match op {
                "includes" => wanted.iter().all(found),
                "excludes" => !wanted.iter().any(found),
                _ => items.iter().all(|a| wanted.iter().any(|w| matches(w, a))),
            }
        }
        "prefix" => {
            let text = actual.as_str().ok_or(format!("{actual} is not a text"))?;
            text.starts_with(expected.as_str().ok_or("expects a text")?)
        }
        "keys" => {
            let keys = actual
                .as_object()
                .ok_or(format!("{actual} is not an object"))?;
            let keys: Vec<Value> = keys.keys().map(|k| Value::String(k.clone())).collect();
            Value::Array(keys) == *expected
        }
        "contains" | "lacks" => {
            // A text, or any other value as its JSON text.
            let text = match &actual {
                Value::String(text) => text.clone(),
                other => other.to_string(),
            };
            let parts = match expected {
                Value::Array(parts) => parts.iter().collect(),
                one => vec![one],
            };
            let part = |p: &&Value| p.as_str().is_some_and(|p| text.contains(p));
            match op {
                "contains" => parts.iter().all(part),
                _ => !parts.iter().any(part),
            }
        }
        "length" => Some(items()?.len() as u64) == expected.as_u64(),
        _ => actual.is_null() != (expected == &Value::Bool(true)),
    };
    if holds {
        Ok(())
    } else {
        Err(format!("found {actual}, expected {op} {expected}"))
    }
}

/// Does `actual` match `expected` (objects by the keys `expected` names)?
fn matches(expected: &Value, actual: &Value) -> bool {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => e
            .iter()
            .all(|(k, v)| matches(v, a.get(k).unwrap_or(&Value::Null))),
        (Value::Array(e), Value::Array(a)) => {
            e.len() == a.len() && e.iter().zip(a).all(|(e, a)| matches(e, a))
        }
        _ => expected == actual,
    }
}

/// One step of a path.
enum Step<'a> {
    Field(&'a str),
    Index(usize),
    Every,
    /// `[k=v]`: the first element with `k` equal to `v`.
    First(&'a str, &'a str),
    /// `[?k=v]`: every element with `k` equal to `v`.
    Where(&'a str, &'a str),
}

fn steps(path: &str) -> Result<Vec<Step<'_>>, String> {
    let mut out = Vec::new();
    let mut rest = path.strip_prefix('$').unwrap_or(path);
    while !rest.is_empty() {
        rest = rest.strip_prefix('.').unwrap_or(rest);
        if let Some(inner) = rest.strip_prefix('[') {
            let end = inner.find(']').ok_or(format!("unclosed [ in {path}"))?;
            let (bracket, after) = (&inner[..end], &inner[end + 1..]);
            out.push(match bracket.split_once('=') {
                _ if bracket == "*" => Step::Every,
                Some((k, v)) => match k.strip_prefix('?') {
                    Some(k) => Step::Where(k, v),
                    None => Step::First(k, v),
                },
                None => Step::Index(bracket.parse().map_err(|_| format!("bad [{bracket}]"))?),
            });
            rest = after;
        } else {
            let end = rest.find(['.', '[']).unwrap_or(rest.len());
            out.push(Step::Field(&rest[..end]));
            rest = &rest[end..];
        }
    }
    Ok(out)
}

/// The value at `path`: a list once `[*]` or `[?k=v]` has been passed.
fn select(answer: &Value, path: &str) -> Result<Value, String> {
    // `want` is a text, or a number or `true` written bare.
    let is = |v: &Value, k: &str, want: &str| match &v[k] {
        Value::String(s) => s == want,
        other => want.parse::<Value>().is_ok_and(|w| w == *other),
    };
    let elements = |v: &Value| match v {
        Value::Array(items) => Ok(items.clone()),
        Value::Object(map) => Ok(map.values().cloned().collect()),
        _ => Err(format!("{v} is not a list")),
    };
    let mut values = vec![answer.clone()];
    let mut many = false;
    for step in steps(path)? {
        values = match step {
            Step::Field(k) => values.iter().map(|v| v[k].clone()).collect(),
            Step::Index(i) => values.iter().map(|v| v[i].clone()).collect(),
            Step::First(k, want) => values
                .iter()
                .map(|v| {
                    let list = elements(v)?;
                    let found = list.iter().find(|e| is(e, k, want)).cloned();
                    found.ok_or(format!("no element with {k}={want} in {v}"))
                })
                .collect::<Result<_, _>>()?,
            Step::Every | Step::Where(..) => {
                let mut all = Vec::new();
                for v in &values {
                    all.extend(elements(v)?);
                }
                if let Step::Where(k, want) = step {
                    all.retain(|e| is(e, k, want));
                }
                many = true;
                all
            }
        };
    }
    Ok(if many {
        Value::Array(values)
    } else {
        values.pop().unwrap_or(Value::Null)
    })
}

/// The sum of a split's four parts.
fn split_total(split: &Value) -> Option<Decimal> {
    ["ownCurrent", "ownHistorical", "family", "cash"]
        .iter()
        .map(|k| yuan(&split[*k]))
        .sum()
}

fn yuan(v: &Value) -> Option<Decimal> {
    v.as_str()?.parse().ok()
}

/// What every answer of this call keeps, whatever the scenario.
fn invariants(call: &str, request: &Value, answer: &Value) -> Vec<String> {
    let mut broken = Vec::new();
    if answer.get("error").is_some() {
        return broken;
    }
    let mut adds_up = |split: &Value, bill: &Value, what: String| {
        if split_total(split).is_none() || split_total(split) != yuan(bill) {
            broken.push(format!(
                "{what}: the split {split} does not add up to {bill}"
            ));
        }
    };
    match call {
        "previewSettlement" => {
            adds_up(
                &answer["split"],
                &request["expense"]["amount"],
                "preview".into(),
            );
        }
        "projectSettlements" => {
            let steps = answer["steps"].as_array().cloned().unwrap_or_default();
            for (i, step) in steps.iter().enumerate() {
                let bill = &request["expenses"][i]["expense"]["amount"];
                adds_up(&step["split"], bill, format!("steps[{i}]"));
            }
            let family: Option<Decimal> = steps.iter().map(|s| yuan(&s["split"]["family"])).sum();
            if family != yuan(&answer["familyTotal"]) {
                broken.push(format!(
                    "familyTotal is not the steps' family parts ({family:?})"
                ));
            }
        }
        _ => {}
    }
    broken
}

/// The folder of policy texts, if present.
fn policy_sources() -> Option<PathBuf> {
    let dir = std::env::var_os("GONGJI_POLICY_SOURCES")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("../shared/policy-sources"));
    dir.is_dir().then_some(dir)
}

/// Each document id of the built-in profiles, with its file if it has one.
fn documents() -> Vec<(String, Option<String>)> {
    let mut docs = Vec::new();
    for entry in std::fs::read_dir(root().join("policies")).expect("policies/") {
        let text = std::fs::read_to_string(entry.expect("entry").path()).expect("profile");
        let profile: Value = serde_json::from_str(&text).expect("profile JSON");
        for d in profile["documents"].as_array().into_iter().flatten() {
            let id = d["id"].as_str().expect("document id").to_string();
            docs.push((id, d["file"].as_str().map(str::to_string)));
        }
    }
    docs
}

/// A quote is a clause, not a paragraph: at most this many Chinese
/// characters (punctuation and digits not counted), as in LATER-SOURCES.md.
const QUOTE_HAN: usize = 30;

fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

fn without_whitespace(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn every_scenario_quotes_its_source() {
    let docs = documents();
    let folder = policy_sources();
    let mut failures = Vec::new();
    let (mut quoted, mut reasoned) = (0, 0);
    for (name, file) in scenario_files() {
        for s in &file.scenarios {
            let fail = |why: String| format!("{name}: {}: {why}", s.test);
            let src = &s.source;
            match (&src.doc, &src.reference, &src.quote, &src.rationale) {
                (None, None, None, Some(_)) => reasoned += 1,
                (Some(doc), Some(_), Some(quote), None) => {
                    quoted += 1;
                    if quote.chars().filter(|c| is_han(*c)).count() > QUOTE_HAN {
                        failures.push(fail(format!("\"{quote}\": over {QUOTE_HAN} characters")));
                    }
                    let Some((_, file)) = docs.iter().find(|(id, _)| id == doc) else {
                        failures.push(fail(format!("no built-in profile lists document {doc}")));
                        continue;
                    };
                    let Some(folder) = &folder else { continue };
                    let path = folder.join(file.as_deref().unwrap_or("LATER-SOURCES.md"));
                    let text = std::fs::read_to_string(&path).expect("a policy text");
                    if !without_whitespace(&text).contains(&without_whitespace(quote)) {
                        failures.push(fail(format!("\"{quote}\" is not in {}", path.display())));
                    }
                }
                _ => failures.push(fail("source is {doc, ref, quote} or {rationale}".into())),
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    match folder {
        Some(dir) => println!(
            "{quoted} quotes found in {}; {reasoned} rules of the contract",
            dir.display()
        ),
        None if std::env::var("CI").as_deref() == Ok("true") => {
            panic!("the policy sources (../shared/policy-sources) are missing under CI")
        }
        None => {
            println!("skipped: {quoted} quotes not checked, ../shared/policy-sources is missing")
        }
    }
}

#[test]
fn every_scenario_names_a_question_and_a_unique_test() {
    let mut names = std::collections::BTreeSet::new();
    for (name, file) in scenario_files() {
        assert!(!file.about.trim().is_empty(), "{name}: about");
        for s in &file.scenarios {
            assert!(
                !s.question.trim().is_empty(),
                "{name}: {}: question",
                s.test
            );
            assert!(!s.expect.is_empty(), "{name}: {}: expects nothing", s.test);
            assert!(
                s.also.iter().all(|a| a.same_answer || !a.expect.is_empty()),
                "{name}: {}",
                s.test
            );
            let snake = s
                .test
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
            assert!(snake, "{name}: {} is not snake_case", s.test);
            assert!(names.insert(s.test.clone()), "{name}: {} twice", s.test);
        }
    }
}

#[test]
fn every_built_in_region_has_its_scenario_file() {
    for entry in std::fs::read_dir(root().join("policies")).expect("policies/") {
        let name = entry.expect("entry").file_name();
        let scenarios = root().join("scenarios").join(&name);
        assert!(scenarios.is_file(), "no {}", scenarios.display());
    }
}

#[test]
fn the_path_language_finds_what_it_names() {
    let answer = serde_json::json!({"findings": [
        {"code": "A", "severity": "error", "path": "members"},
        {"code": "B", "severity": "info"},
        {"code": "C", "severity": "error"}]});
    let holds = |key: &str, v: Value| expectation(&answer, key, &v).is_ok();
    assert!(holds(
        "findings[?severity=error].code",
        serde_json::json!(["A", "C"])
    ));
    assert!(holds("findings[code=A].path", serde_json::json!("members")));
    assert!(holds("findings[code=B].path", Value::Null));
    assert!(holds("findings[*].code includes", serde_json::json!(["B"])));
    assert!(holds("findings[*].code excludes", serde_json::json!(["D"])));
    assert!(holds("findings length", serde_json::json!(3)));
    assert!(holds("findings[0]", serde_json::json!({"code": "A"})));
    assert!(!holds("findings[*].code", serde_json::json!(["A", "B"])));
    assert!(!holds("findings[code=D].path", Value::Null));
    assert!(!holds(
        "findings[*].code includes",
        serde_json::json!(["D"])
    ));
    assert!(holds(
        "findings[*].severity within",
        serde_json::json!(["error", "info"])
    ));
    assert!(!holds(
        "findings[*].severity within",
        serde_json::json!(["error"])
    ));
    assert!(holds(
        "findings[0] keys",
        serde_json::json!(["code", "path", "severity"])
    ));
    assert!(holds("$ contains", serde_json::json!(["members", "\"B\""])));
    assert!(holds("$ lacks", serde_json::json!("warning")));
    assert!(!holds("$ lacks", serde_json::json!(["warning", "members"])));
    assert!(holds(
        "findings[code=A].path prefix",
        serde_json::json!("mem")
    ));
    assert!(holds("findings[1].code exists", serde_json::json!(true)));
    assert!(holds("findings[1].path exists", serde_json::json!(false)));
    let mut target = serde_json::json!({"a": {"b": 1, "c": [1]}, "d": 1});
    merge_patch(
        &mut target,
        &serde_json::json!({"a": {"b": null, "c": [2]}, "e": 3}),
    );
    assert_eq!(target, serde_json::json!({"a": {"c": [2]}, "d": 1, "e": 3}));
}
