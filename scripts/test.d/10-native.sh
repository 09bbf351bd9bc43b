#!/usr/bin/env bash
# The rules core: unit, scenario (policy FAQ), property and doc tests; lint.
set -euo pipefail
cargo fmt --all -- --check
cargo clippy --all-targets -- -D warnings
cargo test
