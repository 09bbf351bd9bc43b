#!/usr/bin/env bash
# Firefox for the browser suite too: Debian's firefox-esr and geckodriver
# from crates.io (Debian has no geckodriver; ~1.5 min to compile once).
set -euo pipefail
command -v firefox-esr >/dev/null || { apt-get update; apt-get install -y --no-install-recommends firefox-esr; }
[ -x "$HOME/.cargo/bin/geckodriver" ] || cargo install geckodriver --version 0.37.1
