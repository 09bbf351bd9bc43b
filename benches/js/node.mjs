// JS-side latency of the wasm package in node: start-up (compile +
// instantiate from bytes, no fetch) and each call through the wrapper
// (JSON.stringify -> wasm -> JSON.parse), many iterations after warm-up;
// medians with p10/p90. Run: node benches/js/node.mjs (after build-pkg.sh).
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { execFileSync } from 'node:child_process';

const root = path.resolve(import.meta.dirname, '../..');
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median: q(0.5), p10: q(0.1), p90: q(0.9) };
};
const fmt = (us) => (us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : `${us.toFixed(2)} µs`);

// Start-up: a fresh node process each time (the glue instantiates once per
// process), timing the require of the node entry: read, compile and
// instantiate the wasm, plus the wrapper.
const bytes = fs.readFileSync(path.join(root, 'pkg/node/raw_bg.wasm'));
const startups = [];
for (let i = 0; i < 20; i += 1) {
  const out = execFileSync(process.execPath, ['-e', `const t = process.hrtime.bigint(); require(${JSON.stringify(path.join(root, 'pkg/node/index.cjs'))}); console.log(Number(process.hrtime.bigint() - t) / 1000);`]);
  startups.push(Number(String(out).trim()));
}

const gongji = (await import(path.join(root, 'pkg/node/index.mjs')));
const example = (name) => JSON.parse(fs.readFileSync(path.join(root, 'docs/examples', `${name}.json`), 'utf8'));
const members = (n) => Array.from({ length: n }, (_, i) => ({ relation: ['spouse', 'parent', 'child'][i % 3], person: { id: `m${i}`, scheme: 'resident', region: '310104' } }));
const network = (n) => ({ policy: 'shanghai', asOf: '2025-03-10', modes: ['payment'], founder: { id: 'f', scheme: 'employee', region: '310104', historicalBalance: '5000.00' }, members: members(n) });
const projection = (n) => ({ policy: 'shanghai', asOf: '2025-03-10', fund: { balance: '20000.00', modes: ['payment'] }, members: members(3),
  expenses: Array.from({ length: n }, (_, i) => ({ memberId: `m${i % 3}`, expense: { amount: `${20 + (i * 7) % 300}.${String(i % 100).padStart(2, '0')}`, kind: ['outpatient', 'pharmacy', 'inpatient'][i % 3] } })) });

const cases = [
  ['previewSettlement', () => gongji.previewSettlement(example('preview-settlement')), 20000],
  ['checkNetwork, 1 member', () => gongji.checkNetwork(network(1)), 20000],
  ['checkNetwork, 4 members', () => gongji.checkNetwork(network(4)), 20000],
  ['checkNetwork, 8 members', () => gongji.checkNetwork(network(8)), 10000],
  ['projectSettlements, 12 expenses', () => gongji.projectSettlements(projection(12)), 3000],
  ['projectSettlements, 365 expenses', () => gongji.projectSettlements(projection(365)), 300],
];
console.log(`node ${process.version}; ${bytes.length} B wasm`);
const s = stats(startups);
console.log(`${'start-up (read + compile + instantiate)'.padEnd(40)} median ${fmt(s.median)}  p10 ${fmt(s.p10)}  p90 ${fmt(s.p90)}`);
for (const [name, run, iterations] of cases) {
  for (let i = 0; i < iterations / 10; i += 1) run(); // warm-up
  const times = [];
  for (let i = 0; i < iterations; i += 1) {
    const t = performance.now();
    run();
    times.push((performance.now() - t) * 1000);
  }
  const r = stats(times);
  console.log(`${name.padEnd(40)} median ${fmt(r.median)}  p10 ${fmt(r.p10)}  p90 ${fmt(r.p90)}`);
}
