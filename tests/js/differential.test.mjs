// Differential: a deterministic corpus of generated requests (valid and
// invalid, every call, every policy, quotas and dated bills among them) answered by the native CLI (`--jsonl`),
// by the wasm package and by its JS build (init({ engine: 'js' }): wasm2js
// of the mini-program module) must agree byte for byte.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const root = path.resolve(import.meta.dirname, '../..');
const gongji = createRequire(import.meta.url)(path.join(root, 'pkg/node/index.cjs'));
const cli = path.join(root, 'target/debug/gongji');
const COUNT = Number(process.env.DIFFERENTIAL_COUNT || 600);

// mulberry32: a small seeded generator, so every run sees the same corpus.
let seed = 20261124;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const chance = (p) => rand() < p;

// Every built-in in policies()'s order, each followed by the old ids its
// file lists under `aliases`: the corpus changes only when the built-ins do.
const aliases = (id) => JSON.parse(fs.readFileSync(path.join(root, 'policies', `${id}.json`), 'utf8')).aliases || [];
const POLICIES = JSON.parse(execFileSync(cli, ['policies'], { input: '{}' })).flatMap((p) => [p.id, ...aliases(p.id)]);
const REGIONS = ['310000', '310104', '320500', '320506', '320900', '440106', '440304', '370502', '370521', '330381', '330302', '110105'];
const RELATIONS = ['spouse', 'parent', 'child', 'spouseParent', 'sibling', 'grandparent', 'maternalGrandparent', 'grandchild', 'maternalGrandchild', '12', '55'];
const KINDS = ['outpatient', 'inpatient', 'pharmacy', 'vaccine', 'residentPremium', 'commercialInsurance', 'longTermCarePremium', 'checkup', 'cosmetic'];
const IDS = ['11010519491231002X', '110105194912310021', '310104198807150016'];

const date = () => (chance(0.03) ? '2025-02-30' : `${(chance(0.85) ? 2023 : 2016) + Math.floor(rand() * 4)}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`);
// A day of the 跨省共济 era (quotas from 2026-01-09), or before it.
const quotaDay = () => (chance(0.8) ? `2026-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}` : date());
const amount = () => (chance(0.015) ? pick(['-1', '1.005', '1e3', 'NaN', '', 12.5]) : `${Math.floor(rand() * 5000)}.${String(Math.floor(rand() * 100)).padStart(2, '0')}`);
// Rare bad values, so most requests are judged and some are refused.
const rare = (good, bad) => (chance(0.02) ? bad : good);
const person = (id) => {
  const p = { id, scheme: pick(['employee', 'resident']), region: rare(pick(REGIONS), '0123') };
  if (chance(0.2)) p.status = pick(['active', 'suspended', 'transferred']);
  if (chance(0.7)) p.historicalBalance = amount();
  if (chance(0.6)) p.currentBalance = amount();
  if (chance(0.1)) p.idNumber = pick(IDS);
  if (chance(0.1)) p.statusSince = quotaDay();
  if (chance(0.1)) p.earmarked = [{ relativeId: 'x', amount: amount(), ...(chance(0.4) ? { used: amount() } : {}), setOn: quotaDay(), ...(chance(0.2) ? { endedOn: quotaDay() } : {}) }];
  return p;
};
// A 共济额度 a funder set for a relative (the founder, `f`, or another funder).
const quota = () => ({ funderId: pick(['f', 'f', 'g']), amount: amount(), ...(chance(0.4) ? { used: amount() } : {}), setOn: quotaDay(),
  ...(chance(0.2) ? { endedOn: quotaDay() } : {}) });
const member = (i) => {
  const m = { relation: rare(pick(RELATIONS), pick(['92', 'cousin'])), person: person(`m${i}`) };
  if (chance(0.2)) m.cap = amount();
  if (chance(0.2)) m.quotas = Array.from({ length: 1 + Math.floor(rand() * 2) }, quota);
  return m;
};
const expense = () => {
  const e = { amount: amount(), kind: rare(pick(KINDS), 'massage') };
  if (chance(0.5)) e.facilityLevel = pick([1, 2, 3, 3, 4]);
  if (chance(0.5)) e.facilityType = pick(['hospital', 'pharmacy']);
  return e;
};
const base = () => ({ policy: pick(POLICIES), asOf: date(), ...(chance(0.3) ? { lang: 'en' } : {}) });
const modes = () => pick([['payment'], ['payment', 'premium'], ['premium'], []]);

const generators = {
  policies: () => (chance(0.8) ? {} : { lang: 'en' }),
  relationOptions: () => base(),
  checkNetwork: () => {
    const members = Array.from({ length: Math.floor(rand() * 10) }, (_, i) => member(i));
    const r = { ...base(), founder: person('f'), members, modes: modes() };
    if (chance(0.4)) r.existing = [{ personId: pick(['f', 'm0', 'm1']), role: pick(['founder', 'member']), networkId: pick(['n1', 'n2']) }];
    return r;
  },
  previewSettlement: () => ({ ...base(), member: member(0), fund: { balance: amount(), modes: modes(), ...(chance(0.3) ? { usedByMember: amount() } : {}) }, expense: expense() }),
  projectSettlements: () => {
    const members = Array.from({ length: 1 + Math.floor(rand() * 3) }, (_, i) => member(i));
    const expenses = Array.from({ length: Math.floor(rand() * 15) }, () => ({ memberId: `m${Math.floor(rand() * (members.length + (chance(0.05) ? 1 : 0)))}`, expense: expense(),
      ...(chance(0.3) ? { on: quotaDay() } : {}) }));
    return { ...base(), fund: { balance: amount(), modes: modes() }, members, expenses };
  },
  checkTransfer: () => {
    const r = base();
    const hour = (from, span) => String(from + Math.floor(rand() * span)).padStart(2, '0');
    const at = `${r.asOf}T${rare(`${hour(12, 12)}:${pick(['00', '30', '59'])}`, pick(['25:00', '9:30']))}`;
    const earlier = Array.from({ length: Math.floor(rand() * 4) }, () => ({ amount: amount(), at: `${r.asOf}T${hour(6, 6)}:00`,
      state: pick(['accepted', 'pending']), ...(chance(0.5) ? { recipientId: pick(['r', 'x']) } : {}) }));
    return { ...r, giver: { id: 'g', scheme: pick(['employee', 'employee', 'resident']), region: pick(REGIONS),
      ...(chance(0.2) ? { status: pick(['active', 'suspended', 'transferred']) } : {}), balance: amount() },
    recipient: { id: 'r', relation: rare(pick(RELATIONS), 'cousin'), scheme: pick(['employee', 'resident']), region: pick(REGIONS),
      walletOpened: chance(0.85) },
    transfer: { amount: amount(), at }, earlier };
  },
};

// Now and then drop a field or add an unknown one, to exercise the errors.
const mangle = (request) => {
  if (chance(0.05)) delete request[pick(Object.keys(request))];
  if (chance(0.03)) request.unexpected = true;
  return request;
};

// The corpus and the native CLI's answers, once for both engines.
const corpus = (() => {
  const dir = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'gongji-diff-'));
  const calls = Object.keys(generators);
  return calls.map((call) => {
    const lines = Array.from({ length: Math.ceil(COUNT / calls.length) }, () => JSON.stringify(mangle(generators[call]())));
    const file = path.join(dir, `${call}.jsonl`);
    fs.writeFileSync(file, lines.join('\n') + '\n');
    let out;
    try {
      out = execFileSync(cli, [call, '--jsonl', file], { maxBuffer: 1 << 28 }).toString();
    } catch (e) {
      out = e.stdout.toString(); // exit 2: some lines were contract errors
    }
    return { call, lines, native: out.trimEnd().split('\n') };
  });
})();

for (const engine of ['wasm', 'js']) test(`native CLI and the package's ${engine} engine agree byte for byte on ${COUNT} generated requests`, async () => {
  await gongji.init({ engine });
  assert.equal(gongji.engine(), engine);
  let compared = 0;
  let errors = 0;
  for (const { call, lines, native } of corpus) {
    assert.equal(native.length, lines.length, call);
    lines.forEach((line, i) => {
      const wasm = gongji.callJson(call, line);
      assert.equal(wasm, native[i], `${call} #${i}: ${line}`);
      // The object call answers the same value (or throws the same error).
      let object;
      try {
        object = gongji[call](JSON.parse(line));
      } catch (e) {
        object = { error: { code: e.code, ...(e.path === undefined ? {} : { path: e.path }), message: e.message } };
      }
      assert.deepEqual(object, JSON.parse(native[i]), `${call} (object) #${i}: ${line}`);
      if (wasm.startsWith('{"error"')) errors += 1;
      compared += 1;
    });
  }
  console.log(`differential (${engine}): ${compared} requests compared byte for byte, and as objects through the object calls (${errors} contract errors among them)`);
  assert.ok(compared >= 500);
  assert.ok(errors > 20 && errors < compared / 2, `a healthy mix of valid and invalid requests: ${errors}`);
});
