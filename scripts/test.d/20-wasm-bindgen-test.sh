#!/usr/bin/env bash
# The core compiled to wasm32, tested by wasm-bindgen-test in headless
# Chromium (Debian's chromium + chromedriver), in node, and in headless
# Firefox (Debian's firefox-esr + geckodriver from crates.io).
set -euo pipefail
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export CHROMEDRIVER=/usr/bin/chromedriver
cargo test --target wasm32-unknown-unknown --test wasm_browser --test wasm_node
env -u CHROMEDRIVER GECKODRIVER="$HOME/.cargo/bin/geckodriver" \
  cargo test --target wasm32-unknown-unknown --test wasm_browser
