#!/usr/bin/env bash
# Debian's chromium and its matching chromedriver (never a downloaded
# browser), and a CJK font so screenshots of the zh-CN page are legible.
set -euo pipefail
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! fc-list 2>/dev/null | grep -qi wqy; then
  echo "setup: installing chromium, chromedriver and a CJK font (Debian)"
  apt-get update
  apt-get install -y --no-install-recommends chromium chromium-driver fonts-wqy-microhei
fi
