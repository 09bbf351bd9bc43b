#!/usr/bin/env bash
# The wasm target for the package.
set -euo pipefail
rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
