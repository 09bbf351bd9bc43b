#!/usr/bin/env bash
# Runs every test of gongji: native, wasm in browsers and node, the JS
# package, TypeScript, the consumer matrix, the mini-program, the demo page.
# Steps live in scripts/test.d/, run in name order; the first failure stops.
# Each step first installs what it uses and is missing (scripts/setup.sh
# NAME...), so the native tests run before any slow install. Writes no
# tracked file: regenerating one is an explicit command (GONGJI_BLESS=1,
# CONTRIBUTING.md).
set -euo pipefail
cd "$(dirname "$0")/.."
export TMPDIR="${TMPDIR_GONGJI:-$PWD/.tmp}"
mkdir -p "$TMPDIR"
for step in scripts/test.d/*.sh; do
  echo
  echo "== test: $(basename "$step")"
  bash "$step"
done
rm -rf "$TMPDIR"
echo
echo "all test steps passed"
