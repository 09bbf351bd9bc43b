#!/usr/bin/env bash
# JS-side latency of the built package in node and headless Chromium, with
# the decimal.js peer (benches/peer/) timed in the same process. Builds pkg/
# first unless it exists (set GONGJI_BENCH_REBUILD=1 to force).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -n "${GONGJI_BENCH_REBUILD:-}" ] || [ ! -f pkg/node/raw_bg.wasm ]; then
  bash scripts/build-pkg.sh
fi
echo "load: $(uptime)"
echo "== node"; node benches/js/bench-node.cjs
echo "== headless chromium"; mkdir -p .tmp; TMPDIR=$PWD/.tmp node benches/js/bench-browser.mjs
echo "== engines (wasm, JS build, decimal.js peer)"; TMPDIR=$PWD/.tmp node benches/js/bench-engines.mjs
