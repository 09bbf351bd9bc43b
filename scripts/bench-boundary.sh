#!/usr/bin/env bash
# The boundary experiment (benches/boundary/): serde-wasm-bindgen vs one
# JSON string each way for gongji's contract types, timed in node next to
# the package's own routes. Builds pkg/ first unless it exists.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f pkg/node/raw_bg.wasm ] || GONGJI_SKIP_MINIPROGRAM=1 bash scripts/build-pkg.sh
out=target/boundary
(cd benches/boundary && cargo build -q --release --target wasm32-unknown-unknown)
wasm-bindgen benches/boundary/target/wasm32-unknown-unknown/release/gongji_boundary.wasm \
  --target nodejs --out-dir "$out" --out-name boundary --no-typescript
node_modules/.bin/wasm-opt -O3 --enable-reference-types --enable-bulk-memory --enable-sign-ext \
  --enable-mutable-globals --enable-nontrapping-float-to-int --enable-multivalue \
  "$out/boundary_bg.wasm" -o "$out/boundary_bg.wasm"
echo "load: $(uptime)"
node benches/boundary/bench.cjs "$out"
