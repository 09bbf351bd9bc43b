#!/usr/bin/env bash
# JS-side latency of the wasm package in node (builds pkg/ if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d pkg/node ] || bash scripts/build-pkg.sh
node benches/js/node.mjs
