#!/usr/bin/env bash
# Robustness figures: the bad-input catalog natively and through the CLI,
# the fuzz corpora replayed natively (the wasm runs are in tests/js/), and
# dependency licenses and bans (cargo deny, offline parts only).
set -euo pipefail
cd "$(dirname "$0")/../.."
bash scripts/setup.sh cargo-deny
cargo test --test bad_inputs --test fuzz_corpus_replay -- --nocapture 2>&1 | grep -E "tried|replayed|test result"
.tools/bin/cargo-deny check licenses bans
