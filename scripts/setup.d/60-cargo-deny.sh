#!/usr/bin/env bash
# cargo-deny, for the license and ban checks (offline parts only).
set -euo pipefail
command -v cargo-deny >/dev/null || cargo install cargo-deny --locked
