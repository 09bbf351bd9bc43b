#!/usr/bin/env bash
# The mini-program build needs the pinned nightly with rust-src (installed by
# 10-rust.sh; -Z build-std compiles std for the WebAssembly MVP) and wasm-tools (to prove MVP-only features).
# wasm-tools takes ~300 s of CPU to compile (3.5 min on 2 idle cores), once.
set -euo pipefail
command -v wasm-tools >/dev/null || cargo install wasm-tools --version 1.242.0
