#!/usr/bin/env bash
# The core compiled to wasm32, tested by wasm-bindgen-test in headless
# Chromium (Debian's chromium + chromedriver), in node, and in headless
# Firefox (Debian's firefox-esr + geckodriver from crates.io, compiled once
# just before the Firefox run needs it).
set -euo pipefail
cd "$(dirname "$0")/../.."
bash scripts/setup.sh rust browsers wasm-bindgen
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export CHROMEDRIVER=/usr/bin/chromedriver
cargo test --target wasm32-unknown-unknown --test wasm_browser --test wasm_node
bash scripts/setup.sh firefox geckodriver
env -u CHROMEDRIVER GECKODRIVER="$(command -v geckodriver)" \
  cargo test --target wasm32-unknown-unknown --test wasm_browser
