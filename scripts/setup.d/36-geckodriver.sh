#!/usr/bin/env bash
# geckodriver, which drives Firefox for the wasm browser suite. Compiled
# from crates.io, once: no registry ships a Linux build (Debian has none;
# the npm packages download it from elsewhere at install time, and PyPI's
# wrappers carry a Windows build).
set -euo pipefail
if [ "$(geckodriver --version 2>/dev/null | awk 'NR == 1 { print $2 }')" != 0.37.1 ]; then
  echo "setup: compiling geckodriver 0.37.1, once"
  cargo install geckodriver --version 0.37.1
fi
