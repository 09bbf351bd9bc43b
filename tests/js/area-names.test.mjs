// The area names the engine embeds (src/contract/area_names.rs) and the
// demo page's choices (www/areas.json) are what scripts/gen-area-names.mjs
// makes from the pinned GB/T 2260 dataset (@vant/area-data in
// package.json): the checked-in files cannot drift.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { entries, source, target, pageSource, pageTarget } from '../../scripts/gen-area-names.mjs';

test('the checked-in area names are the generator\'s output from the pinned dataset', () => {
  assert.equal(fs.readFileSync(target, 'utf8'), source(), 'run node scripts/gen-area-names.mjs');
  assert.equal(fs.readFileSync(pageTarget, 'utf8'), pageSource(), 'run node scripts/gen-area-names.mjs');
});

test('the table names every province and the built-in profiles\' areas', () => {
  const names = new Map(entries());
  assert.equal(entries().filter(([code]) => code.endsWith('0000')).length, 34);
  for (const [code, name] of [['310000', '上海市'], ['320500', '苏州市'], ['330300', '温州市'], ['330381', '瑞安市'], ['370500', '东营市'], ['440000', '广东省']]) {
    assert.equal(names.get(code), name, code);
  }
});
