// The package makes no network request and touches no storage: the node
// build is loaded with fetch, XMLHttpRequest, WebSocket, localStorage and
// indexedDB replaced by traps that record any touch, and every call runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const touched = [];
for (const name of ['fetch', 'XMLHttpRequest', 'WebSocket', 'localStorage', 'indexedDB', 'sessionStorage']) {
  Object.defineProperty(globalThis, name, {
    configurable: true,
    get() { touched.push(name); throw new Error(`gongji touched ${name}`); },
  });
}

const root = path.resolve(import.meta.dirname, '../..');
const gongji = createRequire(import.meta.url)(path.join(root, 'pkg/node/index.cjs'));

test('every call runs without touching the network or storage', async () => {
  await gongji.init();
  const example = (name) => JSON.parse(fs.readFileSync(path.join(root, 'docs/examples', `${name}.json`), 'utf8'));
  gongji.policies();
  gongji.relationOptions(example('relation-options'));
  gongji.checkNetwork(example('check-network'));
  gongji.previewSettlement(example('preview-settlement'));
  gongji.projectSettlements(example('project-settlements'));
  const view = gongji.viewNetwork({ policy: gongji.policies()[0].id, asOf: '2025-03-10', viewerId: 'm',
    founder: { id: 'f', scheme: 'employee', region: '310104', idNumber: '11010519491231002X' },
    members: [{ relation: 'parent', person: { id: 'm', scheme: 'resident', region: '310104' } }] });
  assert.equal(view.visible[0].idNumber, '1101**********002X');
  assert.throws(() => gongji.checkNetwork({ policy: 'nowhere' }), gongji.GongjiError);
  assert.deepEqual(touched, []);
});
