#!/usr/bin/env bash
# Size budget of the built package (pkg/, built by 30-package.sh): every
# .wasm (after wasm-opt -Oz) and each target's JS glue, raw and brotli -q 11
# (node zlib). Size is deterministic, so this belongs in CI.
# - JS glue: the issue's target, <= 6 KB brotli per target.
# - wasm: the issue's target is <= 120 KB raw and <= 48 KB brotli, which the
#   current build misses by ~3.7x raw / ~2.4x brotli (measured 454,482 B raw,
#   117,793 B brotli on 2026-11-24; breakdown in README "performance"). Until
#   that is reached this step is a ratchet: it fails on growth beyond
#   ~9% over the measured size (others are still adding to the core), and
#   prints the distance to the target.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -d pkg/node ] || bash scripts/build-pkg.sh
node - <<'JS'
const fs = require('fs'), zlib = require('zlib'), path = require('path');
const br = (b) => zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const GLUE_BR = 6 * 1024;                         // issue target
const WASM_RAW_TARGET = 120 * 1024, WASM_BR_TARGET = 48 * 1024;
const WASM_RAW_MAX = 500 * 1024, WASM_BR_MAX = 128 * 1024; // ratchet
let failed = 0, seen = 0;
for (const target of ['web', 'bundler', 'node', 'miniprogram']) {
  const dir = path.join('pkg', target);
  if (!fs.existsSync(dir)) {
    // The mini-program build can be skipped (GONGJI_SKIP_MINIPROGRAM); the npm targets cannot.
    if (target === 'miniprogram') { console.log(`skip ${dir}: not built`); continue; }
    console.error(`missing ${dir}`); failed++; continue;
  }
  const files = fs.readdirSync(dir);
  const glue = Buffer.concat(files.filter((f) => /\.(js|cjs|mjs)$/.test(f)).map((f) => fs.readFileSync(path.join(dir, f))));
  const g = br(glue);
  const ok = g <= GLUE_BR;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${target} JS glue: ${g} B brotli (budget ${GLUE_BR})`);
  if (!ok) failed++;
  for (const f of files.filter((f) => f.endsWith('.wasm'))) {
    const buf = fs.readFileSync(path.join(dir, f)); seen++;
    const raw = buf.length, b = br(buf);
    const ok = raw <= WASM_RAW_MAX && b <= WASM_BR_MAX;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${target}/${f}: ${raw} B raw (ratchet ${WASM_RAW_MAX}, target ${WASM_RAW_TARGET}: ${(raw / WASM_RAW_TARGET).toFixed(2)}x), ` +
      `${b} B brotli (ratchet ${WASM_BR_MAX}, target ${WASM_BR_TARGET}: ${(b / WASM_BR_TARGET).toFixed(2)}x)`);
    if (!ok) failed++;
  }
}
if (!seen) { console.error('no .wasm found in pkg/'); failed++; }
if (failed) { console.error(`size budget: ${failed} over`); process.exit(1); }
console.log('size budget: within (glue at target; wasm within the ratchet, not yet at the issue target)');
JS
