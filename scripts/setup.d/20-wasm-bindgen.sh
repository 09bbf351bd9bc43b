#!/usr/bin/env bash
# wasm-bindgen CLI at exactly the wasm-bindgen version in Cargo.lock (the
# glue and the crate must match). Without --locked: one pinned transitive
# dependency is newer than the registry index here (TOOLCHAIN.md).
set -euo pipefail
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [ "$have" != "$want" ]; then
  echo "installing wasm-bindgen-cli $want (found: ${have:-none}); takes a few minutes once"
  cargo install wasm-bindgen-cli --version "$want"
fi
