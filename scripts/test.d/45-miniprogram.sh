#!/usr/bin/env bash
# The mini-program entry in simulated WeChat and Alipay runtimes, the MVP
# feature check, the ES2018 syntax check.
set -euo pipefail
[ -f pkg/miniprogram/gongji.wasm.br ] || bash scripts/build-miniprogram.sh pkg
cargo build --bin gongji
node --test tests/miniprogram/
