// The fuzz corpora through the wasm package: same answers as natively
// (checked byte for byte against the CLI's --jsonl would need one call per
// file; here each answer must be JSON, and equal to a second run).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const root = path.resolve(import.meta.dirname, '../..');
const gongji = createRequire(import.meta.url)(path.join(root, 'pkg/node/index.cjs'));
const CALLS = ['policies', 'relationOptions', 'checkNetwork', 'previewSettlement', 'projectSettlements', 'viewNetwork', 'bogus', 'checkTransfer'];

test('every fuzz corpus input is answered with JSON through wasm, and deterministically', () => {
  let replayed = 0;
  for (const dir of ['respond_bytes', 'replay']) {
    const full = path.join(root, 'fuzz/corpus', dir);
    if (!fs.existsSync(full)) continue;
    for (const name of fs.readdirSync(full)) {
      const bytes = fs.readFileSync(path.join(full, name));
      if (bytes.length === 0) continue;
      const call = CALLS[bytes[0] % CALLS.length];
      const request = new TextDecoder('utf-8').decode(bytes.subarray(1));
      const answer = gongji.callJson(call, request);
      JSON.parse(answer);
      assert.equal(gongji.callJson(call, request), answer);
      replayed += 1;
    }
  }
  assert.ok(replayed >= 100, `${replayed}`);
  console.log(`fuzz corpus inputs replayed through wasm: ${replayed}`);
});
