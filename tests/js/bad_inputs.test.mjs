// The bad-input catalog through the wasm package (pkg/node): every request
// gets the same error or finding code and path as natively, and the module
// keeps answering afterwards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const root = path.resolve(import.meta.dirname, '../..');
const gongji = createRequire(import.meta.url)(path.join(root, 'pkg/node/index.cjs'));
const catalog = JSON.parse(fs.readFileSync(path.join(root, 'tests/bad_inputs/catalog.json'), 'utf8'));

const findingsOf = (r) => [...(r.findings || []), ...((r.founder && r.founder.findings) || []), ...(r.members || []).flatMap((m) => m.findings)];

test(`the ${catalog.length} catalogued bad inputs get their code and path through wasm`, () => {
  for (const c of catalog) {
    const text = typeof c.request === 'string' ? c.request : JSON.stringify(c.request);
    const answer = JSON.parse(gongji.callJson(c.call, text));
    const found = c.kind === 'finding' ? findingsOf(answer).find((f) => f.code === c.code) : answer.error;
    assert.ok(found, `${c.name}: ${JSON.stringify(answer).slice(0, 300)}`);
    assert.equal(found.code, c.code, c.name);
    assert.equal(found.path, c.path, c.name);
    assert.ok(found.message.length > 0, c.name);
  }
  // Still answering after all of that.
  assert.equal(gongji.policies().length, fs.readdirSync(path.join(root, 'policies')).filter((f) => f.endsWith('.json')).length);
  console.log(`bad inputs tried through wasm: ${catalog.length}`);
});

test('every catalogued object request is answered by the object calls exactly as by callJson, in zh-CN and en', () => {
  let compared = 0;
  for (const c of catalog) {
    if (typeof c.request !== 'object' || c.request === null) continue;
    for (const lang of ['zh-CN', 'en']) {
      const request = { ...c.request, lang };
      const text = JSON.parse(gongji.callJson(c.call, JSON.stringify(request)));
      let object;
      try {
        object = gongji[c.call](request);
      } catch (e) {
        assert.ok(e instanceof gongji.GongjiError, `${c.name}: ${e}`);
        object = { error: { code: e.code, ...(e.path === undefined ? {} : { path: e.path }), message: e.message } };
      }
      assert.deepEqual(object, text, `${c.name} (${lang})`);
      compared += 1;
    }
  }
  assert.ok(compared > 150, `${compared}`);
  console.log(`object requests compared with callJson: ${compared}`);
});

test('a 10 MB request and 10,000 members are refused through wasm, quickly', () => {
  const [{ id: policy }] = gongji.policies();
  const big = JSON.stringify({ policy, asOf: '2025-03-10', founder: { id: 'x'.repeat(10 << 20) } });
  assert.equal(JSON.parse(gongji.callJson('checkNetwork', big)).error.code, 'REQUEST_TOO_LARGE');
  // An object has no JSON text to measure: the field's own limit refuses it, in the language asked for.
  assert.throws(() => gongji.checkNetwork({ policy, asOf: '2025-03-10', lang: 'en', founder: { id: 'x'.repeat(10 << 20) } }),
    (e) => e.code === 'STRING_TOO_LONG' && e.path === 'founder.id' && /too long/.test(e.message));
  const members = Array.from({ length: 10000 }, (_, i) => ({ relation: 'child', person: { id: `m${i}`, scheme: 'resident', region: '310104' } }));
  const many = { policy, asOf: '2025-03-10', founder: { id: 'f', scheme: 'employee', region: '310104', historicalBalance: '1.00' }, members };
  assert.throws(() => gongji.checkNetwork(many), (e) => e.code === 'LIMIT_EXCEEDED' && e.path === 'members');
});
