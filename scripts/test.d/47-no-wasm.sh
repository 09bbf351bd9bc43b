#!/usr/bin/env bash
# Where WebAssembly is off (issue 14): the demo page in headless Chromium
# started with --js-flags=--jitless and served under a CSP without
# 'wasm-unsafe-eval' (the JS build takes over, the same to the fen), and
# under the strict CSP with it (the wasm, and no JS build download):
# tests/e2e/no-wasm.test.mjs. The rest of issue 14's tests run with their
# folders: node --jitless / without WebAssembly for every entry and the
# 600-request differential against the JS build in 30-package.sh
# (tests/js/js-engine.test.mjs, tests/js/differential.test.mjs); the
# simulated WeChat without WXWebAssembly and Alipay Worker/main-thread
# realms in 45-miniprogram.sh (tests/miniprogram/no-wasm.test.mjs).
set -euo pipefail
cd "$(dirname "$0")/../.."
bash scripts/setup.sh package browsers
mkdir -p "${TMPDIR:=$PWD/.tmp}"
export TMPDIR
[ -f pkg/web/gongji-js.js ] || bash scripts/build-pkg.sh
cargo build --bin gongji
rm -rf www/gongji
cp -r pkg/web www/gongji
node --test --test-concurrency=1 tests/e2e/no-wasm.test.mjs
