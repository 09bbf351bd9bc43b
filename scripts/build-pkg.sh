#!/usr/bin/env bash
# Builds the npm package into pkg/: the release wasm, wasm-bindgen glue for
# the web, bundler and nodejs targets, wasm-opt -Oz (npm binaryen, never
# Debian's), and the hand-written wrappers, types and package.json from
# pkg-config/; then the mini-program build (scripts/build-miniprogram.sh). Run scripts/setup.sh once first (scripts/demo.sh and
# scripts/test.sh do).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-pkg}
raw=target/pkg-std/wasm32-unknown-unknown/wasm/gongji.wasm
stage=target/pkg-stage

# std rebuilt for size on the pinned nightly: panics abort without
# formatting or locations, no Debug formatting (never in an answer),
# size-optimized std. -28 KB raw, -9 KB brotli against stable's std.
. scripts/nightly.sh
RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none" \
  cargo "+$GONGJI_NIGHTLY" build --profile wasm --lib --target wasm32-unknown-unknown \
  --target-dir target/pkg-std -Z build-std=std,panic_abort -Z build-std-features=optimize_for_size
rm -rf "$stage" "$out"
for target in web bundler nodejs; do
  wasm-bindgen "$raw" --target "$target" --out-dir "$stage/$target" --out-name raw --no-typescript
  node_modules/.bin/wasm-opt -Oz --enable-reference-types --enable-bulk-memory --enable-sign-ext \
    --enable-mutable-globals --enable-nontrapping-float-to-int --enable-multivalue \
    "$stage/$target/raw_bg.wasm" -o "$stage/$target/raw_bg.wasm"
done
node scripts/assemble-pkg.mjs "$stage" "$out"
# The mini-program build (MVP-only wasm, its own loader); the demo skips it.
if [ -z "${GONGJI_SKIP_MINIPROGRAM:-}" ]; then
  scripts/build-miniprogram.sh "$out"
fi
echo "package built in $out/"
