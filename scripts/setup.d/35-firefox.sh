#!/usr/bin/env bash
# Firefox for the wasm browser suite: Debian's firefox-esr (its driver is
# the geckodriver step).
set -euo pipefail
if ! command -v firefox-esr >/dev/null; then
  echo "setup: installing firefox-esr (Debian)"
  apt-get update
  apt-get install -y --no-install-recommends firefox-esr
fi
