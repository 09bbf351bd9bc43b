// Writes N previewSettlement requests, one a line, to FILE: a mix of the
// regions in policies/ (each profile no other extends, with its region code), relations, schemes, expense kinds and amounts, with about
// 1% contract errors (bad amount, unknown field), so the CLI's --jsonl path
// sees what a batch re-check would. Deterministic (LCG seed 1).
// usage: node benches/jsonl/gen.mjs FILE [N=1000000]
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';

const [file, n = '1000000'] = process.argv.slice(2);
const total = Number(n);
let seed = 1;
const rand = (k) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % k; };
const dir = new URL('../../policies/', import.meta.url);
const profiles = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')));
const regionsOf = profiles.filter((p) => p.region && !profiles.some((q) => q.extend === p.id));
const policies = regionsOf.map((p) => p.id);
const regions = Object.fromEntries(regionsOf.map((p) => [p.id, p.region]));
const relations = ['spouse', 'parent', 'child', 'parent', 'spouse'];
const kinds = ['outpatient', 'pharmacy', 'inpatient'];
const money = () => `${rand(2000)}.${String(rand(100)).padStart(2, '0')}`;

const out = createWriteStream(file);
let buf = '';
for (let i = 0; i < total; i++) {
  const policy = policies[rand(policies.length)];
  const req = {
    policy, asOf: '2025-03-10',
    member: { relation: relations[rand(relations.length)], person: { id: `p${i}`, scheme: rand(3) ? 'resident' : 'employee', region: regions[policy], currentBalance: money(), historicalBalance: money() } },
    fund: { balance: money(), modes: ['payment'] },
    expense: { amount: money(), kind: kinds[rand(3)] },
  };
  const bad = rand(100);
  if (bad === 0) req.expense.amount = '12.345.6';
  if (bad === 1) req.expense.colour = 'red';
  buf += JSON.stringify(req) + '\n';
  if (buf.length > 1 << 20) { if (!out.write(buf)) await new Promise((r) => out.once('drain', r)); buf = ''; }
}
out.end(buf);
