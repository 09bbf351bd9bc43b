#!/usr/bin/env bash
# Firefox for the wasm browser suite: Debian's firefox-esr, and geckodriver
# compiled from crates.io (no registry ships a Linux geckodriver: Debian has
# none, the npm and PyPI wrappers download it from elsewhere or carry a
# Windows build).
set -euo pipefail
if ! command -v firefox-esr >/dev/null; then
  echo "setup: installing firefox-esr (Debian)"
  apt-get update
  apt-get install -y --no-install-recommends firefox-esr
fi
if [ "$(geckodriver --version 2>/dev/null | awk 'NR == 1 { print $2 }')" != 0.37.1 ]; then
  echo "setup: compiling geckodriver 0.37.1, once"
  cargo install geckodriver --version 0.37.1
fi
