#!/usr/bin/env bash
# Debian's chromium and its matching chromedriver (never a downloaded browser).
set -euo pipefail
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  apt-get update
  apt-get install -y --no-install-recommends chromium chromium-driver
fi
