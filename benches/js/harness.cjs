// Timing helpers shared by the node and browser benches: run `fn` in batches
// sized to ~2 ms, after a warm-up, and report per-call median, p10 and p90 in
// microseconds over the batches. `now` is performance.now (ms).
'use strict';

function measure(fn, { now = () => performance.now(), warmupMs = 200, samples = 60, batchMs = 2 } = {}) {
  const t0 = now();
  let n = 0;
  while (now() - t0 < warmupMs) { fn(); n++; }
  const batch = Math.max(1, Math.round((n / warmupMs) * batchMs));
  const per = [];
  for (let s = 0; s < samples; s++) {
    const a = now();
    for (let i = 0; i < batch; i++) fn();
    per.push(((now() - a) * 1000) / batch);
  }
  per.sort((x, y) => x - y);
  const q = (p) => per[Math.min(per.length - 1, Math.floor(p * per.length))];
  return { median: q(0.5), p10: q(0.1), p90: q(0.9), batch };
}

const fmt = (r) => `${r.median.toFixed(2).padStart(9)} µs  (p10 ${r.p10.toFixed(2)}, p90 ${r.p90.toFixed(2)})`;

/** Deep equality of two JSON-shaped values (key order ignored), for the
 *  full peer, in node and in the page alike. */
function same(a, b) {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a), kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && same(a[k], b[k]));
}

/** Every input the full peer must answer exactly as gongji does. */
function fullAgreement(g, peer, I) {
  const { previews, networks } = I.peerCases();
  const all = [...[I.preview, ...previews].map((r) => ['previewSettlement', r]),
    ...[I.network(1), I.network(4), I.network(8), ...networks].map((r) => ['checkNetwork', r])];
  for (const [call, r] of all) {
    const want = g[call](r), got = peer[call](r);
    if (!same(want, got)) throw new Error(`the peer's ${call} differs from gongji's:\n${JSON.stringify(got)}\n${JSON.stringify(want)}`);
  }
  return all.length;
}

/** What the lite peer must agree on: the split and finding codes. */
function previewKey(r) {
  return JSON.stringify([r.allowed, r.split, r.fundAfter, r.findings.map((f) => f.code)]);
}
function networkKey(r) {
  return JSON.stringify([r.ok, r.founder.findings.map((f) => f.code),
    r.members.map((m) => [m.personId, m.eligible, m.findings.map((f) => f.code)]), r.findings.map((f) => f.code)]);
}

module.exports = { measure, fmt, same, fullAgreement, previewKey, networkKey };
