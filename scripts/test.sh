#!/usr/bin/env bash
# Runs every test of gongji: native, wasm in browsers and node, the JS
# package, TypeScript, the consumer matrix, the mini-program, the demo page.
# Steps live in scripts/test.d/, run in name order; the first failure stops.
# Each step first installs what it uses and is missing (scripts/setup.sh
# NAME...), so the native tests run before any slow install; what is only
# downloaded (the nightly, Debian's browsers, the npm tools and the
# mini-program toolchains of the consumer matrix) comes in beside
# the first step, which needs none of it. Writes no tracked file:
# regenerating one is an explicit command (docs/contributing-setup.md).
set -euo pipefail
cd "$(dirname "$0")/.."
export TMPDIR="${TMPDIR_GONGJI:-$PWD/.tmp}"
mkdir -p "$TMPDIR"
downloads_log="$TMPDIR/setup-downloads.log"
bash scripts/setup.sh rust browsers firefox npm miniprogram-toolchains >"$downloads_log" 2>&1 &
downloads=$!
trap 'wait' EXIT # an install is never cut off half done
first=true
for step in scripts/test.d/*.sh; do
  if ! $first && [ -n "$downloads" ]; then
    status=0
    wait "$downloads" || status=$?
    downloads=
    if [ -s "$downloads_log" ] || [ "$status" != 0 ]; then
      echo
      echo "== setup beside the first step: rust browsers firefox npm miniprogram-toolchains"
      cat "$downloads_log"
    fi
    [ "$status" = 0 ] || { echo "setup failed ($status)" >&2; exit "$status"; }
  fi
  first=false
  echo
  echo "== test: $(basename "$step")"
  bash "$step"
done
rm -rf "$TMPDIR"
echo
echo "all test steps passed"
