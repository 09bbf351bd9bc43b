#!/usr/bin/env bash
# Builds the npm package into pkg/: checks the TypeScript of the contract
# (tests/typescript.rs), then the release wasm, wasm-bindgen glue and
# declarations for the web, bundler and nodejs targets, wasm-opt (npm
# binaryen, never Debian's), and the entries (pkg-config/entries/, bundled
# by esbuild with pkg-config/shared/ and the list of calls that
# `gongji --calls` prints) and package.json from pkg-config/; then the
# mini-program build (scripts/build-miniprogram.sh) and the JS build made
# from it. Run scripts/setup.sh once first (scripts/demo.sh and
# scripts/test.sh do).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-pkg}
stage=target/pkg-stage

# Two builds of the same code (three with the mini-program's), std rebuilt
# on the pinned nightly: panics abort without formatting or locations, no
# Debug formatting (never in an answer). The web and bundler builds are
# what phones download: size first (profile wasm, opt-level z,
# size-optimized std, the size flags and wasm-opt pass of
# scripts/nightly.sh; the nightly std alone is -28 KB raw and -9 KB brotli
# against stable's). The node build runs on servers: speed first (profile
# wasm-fast, opt-level 3, wasm-opt -O3).
# The binding embeds src/host/contract.d.ts: refuse to build with one
# that is not what the Rust types generate (the build never rewrites it;
# `GONGJI_BLESS=1 cargo test --test typescript` does).
check=$(cargo test -q --test typescript 2>&1) || { echo "$check" >&2; exit 1; }

. scripts/nightly.sh
build() { # profile, target dir, extra rustflags, extra cargo flags
  RUSTFLAGS="$GONGJI_RUSTFLAGS $3" \
    cargo "+$GONGJI_NIGHTLY" build --profile "$1" --lib --target wasm32-unknown-unknown \
    --target-dir "target/$2" -Z build-std=std,panic_abort "${@:4}"
}
# The three compilations (these two and the mini-program's) are
# independent, and each ends in a long single-threaded LTO: side by side,
# in target dirs of their own, they take the time of the longest.
# GONGJI_PAGE_ONLY=1 builds only what the demo page loads (web/, from the
# size build, not optimized): for a test of the page, never to ship.
page_only=${GONGJI_PAGE_ONLY:-}
fast=pkg-fast fast_profile=wasm-fast
[ -n "$page_only" ] && fast=pkg-std fast_profile=wasm
jobs=()
build wasm pkg-std "$GONGJI_SIZE_RUSTFLAGS" -Z build-std-features=optimize_for_size &
jobs+=($!)
if [ -z "$page_only" ]; then
  build wasm-fast pkg-fast "" &
  jobs+=($!)
  build_mvp &
  jobs+=($!)
fi
status=0
for job in "${jobs[@]}"; do wait "$job" || status=$?; done
[ "$status" = 0 ] || exit "$status"
rm -rf "$stage" "$out"
for target in web bundler nodejs; do
  profile=wasm dir=pkg-std opt=$GONGJI_SIZE_WASM_OPT
  [ "$target" = nodejs ] && profile=$fast_profile dir=$fast opt=-O3
  wasm-bindgen "target/$dir/wasm32-unknown-unknown/$profile/gongji.wasm" --target "$target" \
    --out-dir "$stage/$target" --out-name raw
  [ -n "$page_only" ] && continue
  # wasm-bindgen writes web's and bundler's module alike: optimize it once.
  if [ "$target" = bundler ] && cmp -s "$stage/web/raw_bg.unopt.wasm" "$stage/bundler/raw_bg.wasm"; then
    cp "$stage/web/raw_bg.wasm" "$stage/bundler/raw_bg.wasm"
    continue
  fi
  [ "$target" = web ] && cp "$stage/web/raw_bg.wasm" "$stage/web/raw_bg.unopt.wasm"
  # shellcheck disable=SC2086 # $opt is a list of flags
  node_modules/.bin/wasm-opt $opt --enable-reference-types --enable-bulk-memory --enable-sign-ext \
    --enable-mutable-globals --enable-nontrapping-float-to-int --enable-multivalue \
    "$stage/$target/raw_bg.wasm" -o "$stage/$target/raw_bg.wasm"
done
rm -f "$stage/web/raw_bg.unopt.wasm"
# The node entry's ES module face gets its own glue over the same wasm: it
# finds raw_bg.wasm by `new URL(..., import.meta.url)`, which server
# bundlers (webpack target node, Next.js) emit as an asset.
wasm-bindgen "target/$fast/wasm32-unknown-unknown/$fast_profile/gongji.wasm" --target experimental-nodejs-module \
  --out-dir "$stage/nodejs-module" --out-name raw
node scripts/assemble-pkg.mjs "$stage" "$out"
# The mini-program build (MVP-only wasm, its own loader) and the JS build
# translated from it (scripts/build-js.mjs), which every entry loads where
# WebAssembly is off: always built, but for the page alone.
[ -n "$page_only" ] || scripts/build-miniprogram.sh "$out"
echo "package built in $out/${page_only:+ (web/ for the demo page only: not for shipping)}"
