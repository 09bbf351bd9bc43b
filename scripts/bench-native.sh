#!/usr/bin/env bash
# Native criterion benchmarks of the core calls (typed, and JSON in/out).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo bench --bench core -- --noplot "$@"
