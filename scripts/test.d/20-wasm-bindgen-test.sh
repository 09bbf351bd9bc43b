#!/usr/bin/env bash
# The core compiled to wasm32, tested by wasm-bindgen-test in headless
# Chromium (Debian's chromium + chromedriver), in node, and in Firefox when
# firefox-esr and geckodriver are installed (scripts/setup.d/35-firefox.sh).
set -euo pipefail
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export CHROMEDRIVER=/usr/bin/chromedriver
# Chromium first (the runner picks the driver from the variable it finds).
cargo test --target wasm32-unknown-unknown --test wasm_browser --test wasm_node
if command -v firefox-esr >/dev/null && [ -x "$HOME/.cargo/bin/geckodriver" ]; then
  env -u CHROMEDRIVER GECKODRIVER="$HOME/.cargo/bin/geckodriver" \
    cargo test --target wasm32-unknown-unknown --test wasm_browser
fi
