#!/usr/bin/env bash
# The mini-program entry in simulated WeChat and Alipay runtimes, the MVP
# feature check, the ES2018 syntax check; then gongji's share of the WeChat
# example's main package (fails above its ratchet, scripts/size-limits.mjs).
set -euo pipefail
cd "$(dirname "$0")/../.."
bash scripts/setup.sh package wasm-tools
export PATH="$PWD/.tools/bin:$PATH"
# The stable build (pkg/web) is the other half of the feature-level check.
[ -f pkg/web/raw_bg.wasm ] || bash scripts/build-pkg.sh
[ -f pkg/miniprogram/index.js ] || bash scripts/build-miniprogram.sh pkg
cargo build --bin gongji
node --test tests/miniprogram/
node scripts/miniprogram-share.mjs
