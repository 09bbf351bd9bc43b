#!/usr/bin/env bash
# Dev tools pinned by package-lock.json: binaryen (wasm-opt), playwright-core,
# typescript, decimal.js.
set -euo pipefail
if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
