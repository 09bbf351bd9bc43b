//! Replays the minimized fuzz corpora as an ordinary test: every input the
//! fuzzers kept (first byte: the call; the rest: the request, or, for
//! `replay/`, requests exported from the structured fuzzer) must get a JSON
//! answer, never a panic. The same files go through wasm in
//! `tests/js/fuzz_corpus.test.mjs`.

use gongji::api::respond;

/// The calls in the order the fuzz target `respond_bytes` picks them.
pub const CALLS: [&str; 8] = [
    "policies",
    "relationOptions",
    "checkNetwork",
    "previewSettlement",
    "projectSettlements",
    "viewNetwork",
    "bogus",
    "checkTransfer",
];

#[test]
fn every_fuzz_corpus_input_is_answered_with_json() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus");
    let mut replayed = 0;
    for dir in ["respond_bytes", "replay"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        for entry in entries {
            let bytes = std::fs::read(entry.expect("entry").path()).expect("read");
            let Some((&first, rest)) = bytes.split_first() else {
                continue;
            };
            let call = CALLS[usize::from(first) % CALLS.len()];
            let (ok, json) = respond(call, &String::from_utf8_lossy(rest));
            let answer: serde_json::Value = serde_json::from_str(&json).expect("JSON answer");
            assert_eq!(!ok, answer.get("error").is_some());
            replayed += 1;
        }
    }
    assert!(replayed >= 100, "only {replayed} corpus inputs");
    println!("fuzz corpus inputs replayed natively: {replayed}");
}
