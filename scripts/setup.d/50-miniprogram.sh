#!/usr/bin/env bash
# The mini-program build needs nightly's rust-src (-Z build-std, to compile
# std for the WebAssembly MVP) and wasm-tools (to prove MVP-only features).
# wasm-tools takes ~300 s of CPU to compile (3.5 min on 2 idle cores), once.
set -euo pipefail
rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
rustup component list --toolchain nightly --installed | grep -q '^rust-src' || rustup component add rust-src --toolchain nightly
command -v wasm-tools >/dev/null || cargo install wasm-tools --version 1.242.0
