#!/usr/bin/env bash
# The wasm target for the tests, and the pinned nightly with rust-src that
# builds the package's wasm (scripts/nightly.sh).
set -euo pipefail
. "$(dirname "$0")/../nightly.sh"
rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
rustup toolchain list | grep -q "^$GONGJI_NIGHTLY" ||
  rustup toolchain install "$GONGJI_NIGHTLY" --profile minimal --component rust-src
rustup component list --toolchain "$GONGJI_NIGHTLY" --installed | grep -q '^rust-src' ||
  rustup component add rust-src --toolchain "$GONGJI_NIGHTLY"
