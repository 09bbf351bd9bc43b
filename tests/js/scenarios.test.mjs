// The scenarios (scenarios/*.json) through the npm package's wasm and JS
// engines. The native harness (`cargo test --test scenarios`, tests/
// scenarios.rs) builds every scenario's requests, checks each answer
// against what the scenario expects, and writes the requests and those
// answers to target/tmp/scenario-answers.json; here each engine must give
// the same answer byte for byte, so every expectation holds in every
// engine while one evaluator, the native one, judges them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const root = path.resolve(import.meta.dirname, '../..');
const gongji = createRequire(import.meta.url)(path.join(root, 'pkg/node/index.cjs'));
const answers = path.join(process.env.CARGO_TARGET_DIR || path.join(root, 'target'), 'tmp/scenario-answers.json');

const load = () => {
  assert.ok(fs.existsSync(answers), `${answers} is missing: run \`cargo test --test scenarios\` first`);
  const all = JSON.parse(fs.readFileSync(answers, 'utf8'));
  // Written by the harness from the scenario files as they are now.
  const newest = Math.max(...fs.readdirSync(path.join(root, 'scenarios')).map((f) => fs.statSync(path.join(root, 'scenarios', f)).mtimeMs));
  assert.ok(fs.statSync(answers).mtimeMs >= newest, `${answers} is older than scenarios/: run \`cargo test --test scenarios\` again`);
  return all;
};

for (const engine of ['wasm', 'js']) test(`every scenario answers in the ${engine} engine as natively, byte for byte`, async () => {
  const all = load();
  await gongji.init({ engine });
  assert.equal(gongji.engine(), engine);
  const files = new Set();
  for (const { file, test: name, call, request, answer } of all) {
    assert.equal(gongji.callJson(call, request), answer, `${file}: ${name}: ${call} ${request}`);
    files.add(file);
  }
  console.log(`scenarios (${engine}): ${all.length} requests of ${files.size} files answered as natively`);
  assert.ok(all.length > 0);
});
