#!/usr/bin/env bash
# Prints the size of each target's .wasm, JS build (gongji-js.*, loaded only
# where WebAssembly is off) and JS glue in pkg/: raw, gzip -9 and brotli -q
# 11 bytes (brotli from node's zlib). Then, for each of the three wasm
# builds (web and bundler share one), where its bytes go: the sections of
# the shipped file (wasm-tools objdump) and the top contributors to its
# code, by crate and by function. The shipped files carry no names, so the
# contributors are read from cargo's output before wasm-bindgen and wasm-opt
# (its name section, demangled by wasm-tools; wasm-bindgen's describe
# functions, which it removes, left out): shares, and bytes estimated as
# that share of the shipped code section. Run after scripts/build-pkg.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .tools/bin/wasm-tools ] || bash scripts/setup.sh wasm-tools >&2
node - <<'JS'
const fs = require('fs'), zlib = require('zlib'), path = require('path'), os = require('os');
const { execFileSync } = require('child_process');
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

// ---- where the bytes go ----
const tools = path.resolve('.tools/bin/wasm-tools');
const BUILDS = [
  ['web/raw_bg.wasm (and bundler)', 'pkg/web/raw_bg.wasm', 'target/pkg-std/wasm32-unknown-unknown/wasm/gongji.wasm'],
  ['node/raw_bg.wasm', 'pkg/node/raw_bg.wasm', 'target/pkg-fast/wasm32-unknown-unknown/wasm-fast/gongji.wasm'],
  ['miniprogram-extras/gongji.wasm', 'pkg/miniprogram-extras/gongji.wasm', 'target/mvp/wasm32-unknown-unknown/wasm/gongji.wasm'],
];
const TOP_CRATES = 8, TOP_FUNCTIONS = 6;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** Section name -> bytes, from `wasm-tools objdump`. */
function sections(file) {
  const out = execFileSync(tools, ['objdump', file]).toString();
  return Object.fromEntries(out.split('\n').map((l) => /^\s*(.+?)\s*\|.*\|\s*(\d+) bytes/.exec(l)).filter(Boolean).map(([, n, b]) => [n, Number(b)]));
}

/** [name, bytes] of every function body of a named module (offsets of the skeleton printed by wasm-tools). */
function functions(file) {
  const demangled = path.join(os.tmpdir(), `gongji-size-${process.pid}.wasm`);
  execFileSync(tools, ['demangle', file, '-o', demangled]);
  const text = execFileSync(tools, ['print', '-p', '--skeleton', demangled], { maxBuffer: 1 << 30 }).toString();
  fs.rmSync(demangled);
  const starts = [];
  for (const line of text.split('\n')) {
    const m = /^\(;@([0-9a-f]+)\s*;\)\s+\((func|data) (?:\$("(?:[^"\\]|\\.)*"|\S+))?/.exec(line);
    if (m) starts.push({ at: parseInt(m[1], 16), kind: m[2], name: (m[3] || '?').replace(/^"|"$/g, '') });
  }
  const list = [];
  for (let i = 0; i < starts.length; i++) {
    if (starts[i].kind !== 'func' || i + 1 === starts.length) continue;
    list.push([starts[i].name, starts[i + 1].at - starts[i].at]);
  }
  return list.filter(([name]) => !name.startsWith('__wbindgen_describe'));
}

// The crate a function's code comes from: the first crate its name names
// (`<serde_path_to_error::de::CaptureKey<…> as …>::visit_str` is
// serde_path_to_error's; derived readers of gongji's types are gongji's).
const crateOf = (name) => (/([A-Za-z_][A-Za-z0-9_]*)\[[0-9a-f]{1,16}\]::/.exec(name) || [, /^__wbindgen|^__wbg/.test(name) ? 'wasm_bindgen' : '(unnamed)'])[1];
const short = (name) => name.replace(/\[[0-9a-f]{1,16}\]/g, '').slice(0, 110);

for (const [label, shipped, named] of BUILDS) {
  if (!fs.existsSync(shipped)) continue;
  const s = sections(shipped);
  const total = fs.statSync(shipped).size;
  console.log(`\n${label}: ${total} B; sections: ${Object.entries(s).sort((a, b) => b[1] - a[1]).slice(0, 5).map(([n, b]) => `${n} ${kb(b)}`).join(', ')}`);
  if (!fs.existsSync(named)) { console.log(`  (no ${named}: contributors need the cargo build of scripts/build-pkg.sh)`); continue; }
  const fns = functions(named);
  const all = fns.reduce((n, [, b]) => n + b, 0);
  const code = s.code || 0;
  const crates = new Map();
  for (const [name, bytes] of fns) crates.set(crateOf(name), (crates.get(crateOf(name)) || 0) + bytes);
  console.log(`  code by crate (share before wasm-opt; bytes as that share of the shipped ${kb(code)} code section):`);
  for (const [crate, bytes] of [...crates].sort((a, b) => b[1] - a[1]).slice(0, TOP_CRATES)) {
    console.log(`    ${crate.padEnd(28)} ${`${(100 * bytes / all).toFixed(1)} %`.padStart(7)}   ~${kb(code * bytes / all).padStart(9)}`);
  }
  console.log('  largest functions (bytes before wasm-opt):');
  for (const [name, bytes] of fns.sort((a, b) => b[1] - a[1]).slice(0, TOP_FUNCTIONS)) console.log(`    ${String(bytes).padStart(7)} B  ${short(name)}`);
}
JS
