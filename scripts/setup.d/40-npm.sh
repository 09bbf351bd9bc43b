#!/usr/bin/env bash
# Dev tools pinned by package-lock.json: binaryen (wasm-opt, wasm2js),
# esbuild, playwright-core, typescript, publint, arethetypeswrong, acorn,
# axe-core, decimal.js.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
