// Times the JS <-> wasm crossing of gongji's contract types in node:
// serde-wasm-bindgen object walking vs one JSON string each way (serde in
// the experiment crate), next to gongji's own two routes (text, and the
// ASCII route the package's object calls use). Every variant must give the
// same object before it is timed.
// usage: node benches/boundary/bench.cjs DIR   (scripts/bench-boundary.sh)
'use strict';
const assert = require('assert');
const path = require('path');
const b = require(path.resolve(process.argv[2], 'boundary.js'));
const g = require('../../pkg/node/index.cjs');
const raw = require('../../pkg/node/raw.js');
const I = require('../js/inputs.cjs');

const cases = [['previewSettlement', I.preview], ['checkNetwork', I.network(8)]];
b.set_answers(g.callJson('previewSettlement', JSON.stringify(I.preview)), g.callJson('checkNetwork', JSON.stringify(I.network(8))));

function measure(fn, n) {
  for (let i = 0; i < 3000; i++) fn();
  const ts = [];
  for (let i = 0; i < n; i++) { const s = process.hrtime.bigint(); fn(); ts.push(Number(process.hrtime.bigint() - s) / 1e3); }
  ts.sort((x, y) => x - y);
  const q = (p) => ts[Math.floor(p * (n - 1))];
  return `${q(0.5).toFixed(2).padStart(6)} µs (p10 ${q(0.1).toFixed(2)}, p90 ${q(0.9).toFixed(2)})`;
}

console.log(`node ${process.version}; load ${require('os').loadavg().map((x) => x.toFixed(2)).join(' ')}`);
const encoder = new TextEncoder();
for (const [call, req] of cases) {
  const truth = g[call](req);
  const variants = [
    ['serde-wasm-bindgen (objects both ways)', () => b.via_swb(call, req)],
    ['serde_json, one string each way', () => JSON.parse(b.via_json(call, JSON.stringify(req)))],
    ['gongji callJson + JSON (text route)*', () => JSON.parse(g.callJson(call, JSON.stringify(req)))],
    ['gongji object call (ASCII route)*', () => g[call](req)],
  ];
  for (const [, fn] of variants) assert.deepStrictEqual(fn(), truth);
  console.log(`${call} (answer ${Buffer.byteLength(g.callJson(call, JSON.stringify(req)))} B of JSON):`);
  for (const [name, fn] of variants) console.log(`  ${name.padEnd(42)} ${measure(fn, 20000)}`);
  const text = JSON.stringify(req), answer = g.callJson(call, text), bytes = encoder.encode(text);
  const ascii = raw.call_ascii(call, bytes);
  console.log('  parts: ' + [
    ['JSON.stringify(request)', () => JSON.stringify(req)],
    ['JSON.parse(answer)', () => JSON.parse(answer)],
    ['JSON.parse(ASCII answer)', () => JSON.parse(ascii)],
    ['structuredClone(answer object)', () => structuredClone(truth)],
  ].map(([name, fn]) => `${name} ${measure(fn, 20000).split(' (')[0].trim()}`).join('; '));
}
console.log('* gongji rows include the rules themselves; the first two rows only read the request and copy a stored answer.');
