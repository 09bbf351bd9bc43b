#!/usr/bin/env bash
# The mini-program build: the core with the C-ABI interface (src/host/ffi.rs),
# compiled for the WebAssembly MVP only (nightly -Z build-std with
# -C target-cpu=mvp: no reference types, bulk memory, multivalue or
# sign-extension, which WeChat/Alipay do not document), shrunk by wasm-opt
# -Oz --mvp-features (npm binaryen) and validated again as written with MVP
# features only (tests/miniprogram/ checks it independently with
# wasm-tools), brotli-compressed for the code package, and put beside its
# loader (pkg-config/entries/miniprogram.cjs) in <pkg>/miniprogram/; the
# uncompressed module and the JS build in <pkg>/miniprogram-extras/.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-pkg}/miniprogram
extras=${1:-pkg}/miniprogram-extras
raw=target/mvp/wasm32-unknown-unknown/wasm/gongji.wasm

. scripts/nightly.sh
# The same size flags as the npm build, for the MVP (already built when
# scripts/build-pkg.sh calls this).
build_mvp
rm -rf "$out" "$extras"
mkdir -p "$out" "$extras"
# shellcheck disable=SC2086 # a list of flags
node_modules/.bin/wasm-opt $GONGJI_SIZE_WASM_OPT --mvp-features --strip-debug --strip-producers "$raw" -o "$extras/gongji.wasm"
# Validated again as written, MVP features only: binaryen refuses sign-extension,
# reference types, bulk memory, multi-value... (the file carries no
# target_features section, which would widen what binaryen accepts).
node_modules/.bin/wasm-opt -q --mvp-features "$extras/gongji.wasm"
node scripts/assemble-miniprogram.mjs "$out" "$extras"
# The JavaScript build of the same module, for where WebAssembly is off.
node scripts/build-js.mjs "${1:-pkg}"
echo "mini-program build in $out/ (MVP features only, validated, no exported Global) and the JS build"
