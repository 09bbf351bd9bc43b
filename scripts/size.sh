#!/usr/bin/env bash
# Prints the size of each target's .wasm, JS build (gongji-js.*, loaded only
# where WebAssembly is off) and JS glue in pkg/: raw, gzip -9 and brotli -q
# 11 bytes (brotli from node's zlib).
set -euo pipefail
cd "$(dirname "$0")/.."
node - <<'JS'
const fs = require('fs'), zlib = require('zlib'), path = require('path');
const rows = [];
for (const target of ['web', 'bundler', 'node', 'miniprogram', 'miniprogram-extras']) {
  const dir = path.join('pkg', target);
  if (!fs.existsSync(dir)) continue;
  const files = fs.readdirSync(dir).filter((f) => /\.(wasm|js|cjs|mjs)$/.test(f));
  const isJsBuild = (f) => f.startsWith('gongji-js.');
  const glue = files.filter((f) => !f.endsWith('.wasm') && !isJsBuild(f)).map((f) => fs.readFileSync(path.join(dir, f)));
  const measure = (buf) => [buf.length, zlib.gzipSync(buf, { level: 9 }).length,
    zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length];
  for (const f of files.filter((f) => f.endsWith('.wasm') || isJsBuild(f))) rows.push([`${target}/${f}`, ...measure(fs.readFileSync(path.join(dir, f)))]);
  rows.push([`${target}/ JS glue (${glue.length} files)`, ...measure(Buffer.concat(glue))]);
}
console.log('file'.padEnd(36), 'raw'.padStart(9), 'gzip -9'.padStart(9), 'brotli'.padStart(9));
for (const [name, raw, gz, br] of rows) console.log(name.padEnd(36), String(raw).padStart(9), String(gz).padStart(9), String(br).padStart(9));
JS
