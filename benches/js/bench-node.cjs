// JS-side latency of the package in node (pkg/node): start-up in fresh
// processes, each call after warm-up, the decimal.js peer in the same
// process (agreement asserted first), and the JSON boundary broken down.
// usage: node benches/js/bench-node.cjs   (after scripts/build-pkg.sh)
'use strict';
const { execFileSync } = require('child_process');
const path = require('path');
const { measure, fmt, fullAgreement, previewKey, networkKey } = require('./harness.cjs');
const I = require('./inputs.cjs');
const peer = require('../peer/shanghai-peer.cjs');
const lite = require('../peer/shanghai-peer-lite.cjs');
const pkg = path.resolve(__dirname, '../../pkg/node/index.cjs');
const g = require(pkg);
I.use(g.policies());

// Start-up: a fresh node each time; time from before require (file read,
// compile, instantiate, externref table init) to the first answer.
const starts = [], firsts = [];
for (let i = 0; i < 15; i++) {
  const out = execFileSync(process.execPath, ['-e', `
    const t0 = performance.now(); const g = require(${JSON.stringify(pkg)});
    const t1 = performance.now(); g.previewSettlement(${JSON.stringify(I.preview)});
    const t2 = performance.now(); console.log(JSON.stringify([t1 - t0, t2 - t1]));`]).toString();
  const [s, f] = JSON.parse(out); starts.push(s); firsts.push(f);
}
const med = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
console.log(`node ${process.version}; load ${require('os').loadavg().map((x) => x.toFixed(2)).join(' ')}`);
console.log(`start-up (require = read + compile + instantiate + init), 15 processes: median ${med(starts).toFixed(2)} ms (min ${Math.min(...starts).toFixed(2)}, max ${Math.max(...starts).toFixed(2)}); first previewSettlement ${med(firsts).toFixed(2)} ms`);

// The peers must agree before they are timed: the full one on the whole
// answer, the lite one on the split and the finding codes.
const agreed = fullAgreement(g, peer, I);
const agree = (what, a, b) => { if (a !== b) throw new Error(`lite peer disagrees on ${what}:\n${a}\n${b}`); };
agree('previewSettlement', previewKey(g.previewSettlement(I.preview)), previewKey(lite.previewSettlement(I.preview)));
for (const n of [1, 4, 8]) agree(`checkNetwork ${n}`, networkKey(g.checkNetwork(I.network(n))), networkKey(lite.checkNetwork(I.network(n))));
console.log(`full peer gives gongji's whole answer on ${agreed} inputs; lite peer its split and codes on the timed ones`);

const rows = [];
const row = (name, fn, peerFn, liteFn) => {
  const r = measure(fn);
  let line = `${name.padEnd(34)} ${fmt(r)}`;
  if (peerFn) {
    const p = measure(peerFn), l = measure(liteFn);
    line += `   peer ${fmt(p)}   ratio ${(r.median / p.median).toFixed(2)}   (lite peer ${l.median.toFixed(2)} µs)`;
  }
  console.log(line); rows.push([name, r]);
};
row('previewSettlement', () => g.previewSettlement(I.preview), () => peer.previewSettlement(I.preview), () => lite.previewSettlement(I.preview));
for (const n of [1, 4, 8]) { const req = I.network(n); row(`checkNetwork ${n} members`, () => g.checkNetwork(req), () => peer.checkNetwork(req), () => lite.checkNetwork(req)); }
for (const n of [12, 365]) { const req = I.projection(n); row(`projectSettlements ${n} expenses`, () => g.projectSettlements(req)); }

// Boundary: where the time of one previewSettlement goes.
console.log('boundary (previewSettlement):');
const text = JSON.stringify(I.preview), answer = g.callJson('previewSettlement', text);
row('  JSON.stringify(request)', () => JSON.stringify(I.preview));
row('  callJson (string in, string out)', () => g.callJson('previewSettlement', text));
row('  JSON.parse(answer)', () => JSON.parse(answer));
row('  crossing floor (unknown call)', () => g.callJson('x', text));
