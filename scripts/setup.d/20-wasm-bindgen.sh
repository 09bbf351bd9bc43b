#!/usr/bin/env bash
# wasm-bindgen CLI (and wasm-bindgen-test-runner) at exactly the
# wasm-bindgen version in Cargo.lock: the glue and the crate must match. No
# registry ships it prebuilt, so it is compiled, once. Without the default
# TLS feature: the test runner only talks to a local WebDriver over plain
# HTTP, and rustls is most of the compile. Without --locked: one pinned
# transitive dependency is newer than the registry index here.
set -euo pipefail
cd "$(dirname "$0")/../.."
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [ "$have" != "$want" ]; then
  echo "setup: compiling wasm-bindgen-cli $want (found: ${have:-none}), once"
  cargo install wasm-bindgen-cli --version "$want" --no-default-features
fi
