#!/usr/bin/env bash
# Size budget of the built package (pkg/, built by 30-package.sh): every
# .wasm and each target's JS glue, raw and brotli -q 11 (node zlib). Size is
# deterministic, so this belongs in CI. Every figure is declared once, with
# why, in scripts/size-limits.mjs:
# - each target's JS glue and the JS build (loaded only where WebAssembly
#   is off) within their budgets;
# - each wasm build within its ratchet (the measured size plus a few KB:
#   fails on growth), printed with its distance to the serde design's
#   budget; the node build is speed-built and never downloaded;
# - the folder a WeChat app ships (miniprogram/: the loader and the
#   .wasm.br, copied by 构建 npm into the main package) within its ratchet,
#   printed with its goal.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash scripts/setup.sh package
[ -d pkg/node ] || bash scripts/build-pkg.sh
node --input-type=module - <<'JS'
import fs from 'node:fs';
import zlib from 'node:zlib';
import path from 'node:path';
const br = (b) => zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const { WASM_RATCHET: RATCHET, WASM_BUDGET_BR: BUDGET_BR, WASM_BLOCKER_BR: BLOCKER_BR, GLUE_BR, JS_BUILD_BR,
  MAIN_PACKAGE_SHARE } = await import(path.resolve('scripts/size-limits.mjs'));
const SHIPPED_MINIPROGRAM = MAIN_PACKAGE_SHARE.ratchet;
let failed = 0, seen = 0;
if (fs.existsSync('pkg/miniprogram')) {
  const shipped = fs.readdirSync('pkg/miniprogram').reduce((sum, f) => sum + fs.statSync(path.join('pkg/miniprogram', f)).size, 0);
  const ok = shipped <= SHIPPED_MINIPROGRAM;
  console.log(`${ok ? 'ok  ' : 'FAIL'} miniprogram/ as WeChat ships it (loader and .wasm.br): ${shipped} B (ratchet ${SHIPPED_MINIPROGRAM}, goal ${MAIN_PACKAGE_SHARE.goal})`);
  if (!ok) failed++;
}
for (const target of ['web', 'bundler', 'node', 'miniprogram', 'miniprogram-extras']) {
  const dir = path.join('pkg', target);
  if (!fs.existsSync(dir)) {
    // The mini-program build can be skipped (GONGJI_SKIP_MINIPROGRAM); the npm targets cannot.
    if (target.startsWith('miniprogram')) { console.log(`skip ${dir}: not built`); continue; }
    console.error(`missing ${dir}`); failed++; continue;
  }
  const files = fs.readdirSync(dir);
  const isJsBuild = (f) => f.startsWith('gongji-js.');
  const glue = Buffer.concat(files.filter((f) => /\.(js|cjs|mjs)$/.test(f) && !isJsBuild(f)).map((f) => fs.readFileSync(path.join(dir, f))));
  for (const f of files.filter(isJsBuild)) {
    const buf = fs.readFileSync(path.join(dir, f)), b = br(buf);
    const ok = b <= JS_BUILD_BR;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${target}/${f} (JS build): ${buf.length} B raw, ${b} B brotli (budget ${JS_BUILD_BR})`);
    if (!ok) failed++;
  }
  const g = br(glue);
  const ok = g <= GLUE_BR;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${target} JS glue: ${g} B brotli (budget ${GLUE_BR})`);
  if (!ok) failed++;
  for (const f of files.filter((f) => f.endsWith('.wasm'))) {
    const buf = fs.readFileSync(path.join(dir, f)); seen++;
    const raw = buf.length, b = br(buf);
    const max = RATCHET[target];
    const ok = raw <= max.raw && b <= max.br;
    const budget = BUDGET_BR[target];
    const toBudget = budget === undefined ? ' (speed build, not downloaded)'
      : `; budget ${budget} brotli: ${(b / budget).toFixed(2)}x${b > BLOCKER_BR ? `, over the ${BLOCKER_BR} B blocker line (docs/performance.md)` : ''}`;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${target}/${f}: ${raw} B raw, ${b} B brotli (ratchet ${max.raw} / ${max.br})${toBudget}`);
    if (!ok) failed++;
  }
}
if (!seen) { console.error('no .wasm found in pkg/'); failed++; }
if (failed) { console.error(`size budget: ${failed} over`); process.exit(1); }
console.log('size budget: within the ratchet (glue within budget; wasm not yet at the serde budgets)');
JS
