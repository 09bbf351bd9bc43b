#!/usr/bin/env bash
# Runs every test of gongji: native, wasm in browsers and node, the JS
# package, TypeScript, the demo page. Installs what is missing first.
# Steps live in scripts/test.d/, run in name order; the first failure stops.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
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
