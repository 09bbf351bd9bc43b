// The JS build of the engine (binaryen wasm2js of the mini-program module)
// where WebAssembly is off: node started with --jitless (V8 then has no
// WebAssembly, as in iOS Lockdown Mode) and node with WebAssembly deleted
// from the global object. Every entry must pick the JS build by itself,
// say so through engine(), and answer the README examples as the native CLI
// does, byte for byte; a forced engine that cannot run is a GongjiError.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'target/debug/gongji');
const EXAMPLES = { 'relation-options': 'relationOptions', 'check-network': 'checkNetwork', 'preview-settlement': 'previewSettlement', 'project-settlements': 'projectSettlements' };
// Answers list every built-in region: room for them beyond the 1 MB default.
const maxBuffer = 64 * 1024 * 1024;
const native = (call, json) => execFileSync(cli, [call], { input: json, maxBuffer }).toString().trim();
const readme = Object.entries(EXAMPLES).map(([file, call]) => ({ file, call, json: fs.readFileSync(path.join(root, 'docs/examples', `${file}.json`), 'utf8') }));

// A child node that loads one entry, reports engine() and answers every
// README example through callJson and through the object call.
const probe = (entry, init) => `
const fs = require('fs');
const examples = ${JSON.stringify(readme)};
(async () => {
  const g = ${entry.endsWith('.cjs') ? `require(${JSON.stringify(entry)})` : `await import(${JSON.stringify(entry)})`};
  await (g.default || g.init)(${init});
  const out = { engine: g.engine(), answers: {} };
  for (const { call, json } of examples) {
    out.answers[call] = [g.callJson(call, json), JSON.stringify(g[call](JSON.parse(json)))];
  }
  out.answers.policies = [g.callJson('policies', ''), JSON.stringify(g.policies())];
  try { g.relationOptions({ policy: g.policies()[0].id, asOf: '2025-02-30' }); } catch (e) {
    out.error = [e instanceof g.GongjiError, e.name, e.code, e.path];
  }
  try { await (g.default || g.init)({ engine: 'wasm' }); out.forced = g.engine(); } catch (e) {
    out.forced = [e instanceof g.GongjiError, e.code, e.path, e.message];
  }
  console.log(JSON.stringify(out));
})().catch((e) => { console.error(e); process.exit(1); });
`;
const run = (flags, prelude, entry, init = '') => JSON.parse(execFileSync(process.execPath,
  [...flags, '-e', prelude + probe(entry, init)], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer }).toString());

const entries = {
  'node (require)': path.join(root, 'pkg/node/index.cjs'),
  'node (import)': path.join(root, 'pkg/node/index.mjs'),
  web: path.join(root, 'pkg/web/index.js'),
  bundler: path.join(root, 'pkg/bundler/index.js'),
};
const realms = {
  'node --jitless': [['--jitless'], ''],
  'node with WebAssembly deleted': [[], 'delete globalThis.WebAssembly;'],
};

test('node --jitless really has no WebAssembly', () => {
  const out = execFileSync(process.execPath, ['--jitless', '-p', 'typeof WebAssembly'], { stdio: ['ignore', 'pipe', 'pipe'] }).toString().trim();
  assert.equal(out, 'undefined');
});

for (const [realm, [flags, prelude]] of Object.entries(realms)) {
  for (const [name, entry] of Object.entries(entries)) {
    test(`${realm}: the ${name} entry answers every README example through the JS build, as the native CLI does`, () => {
      const out = run(flags, prelude, entry);
      assert.equal(out.engine, 'js');
      for (const { file, call, json } of readme) {
        assert.equal(out.answers[call][0], native(file, json), `${call} (callJson)`);
        assert.equal(out.answers[call][1], native(file, json), `${call} (object call)`);
      }
      assert.deepEqual(out.answers.policies, [native('policies', ''), native('policies', '')]);
      assert.deepEqual(out.error, [true, 'GongjiError', 'INVALID_DATE', 'asOf']);
      // Forcing the wasm where it cannot run is an error naming the option.
      assert.equal(out.forced[0], true);
      assert.equal(out.forced[1], 'ENGINE_UNAVAILABLE');
      assert.equal(out.forced[2], 'engine');
      assert.match(out.forced[3], /WebAssembly/);
    });
  }
}

test("with WebAssembly on, every entry answers with the wasm, and init({ engine: 'js' }) switches to the JS build", () => {
  for (const [name, entry] of Object.entries(entries)) {
    if (name === 'bundler') continue; // node cannot import the .wasm as a module; bundlers do
    // node's fetch cannot read file: URLs; the web entry takes the bytes.
    const wasm = run([], '', entry, name === 'web' ? `fs.readFileSync(${JSON.stringify(path.join(root, 'pkg/web/raw_bg.wasm'))})` : '');
    assert.equal(wasm.engine, 'wasm', name);
    const js = run([], '', entry, "{ engine: 'js' }");
    assert.equal(js.engine, 'js', name);
    assert.deepEqual(js.answers, wasm.answers, name);
  }
});

test('an unknown engine is refused with INVALID_ENGINE naming the option', async () => {
  const web = await import(path.join(root, 'pkg/web/index.js'));
  await assert.rejects(web.default({ engine: 'asm.js' }),
    (e) => e instanceof web.GongjiError && e.code === 'INVALID_ENGINE' && e.path === 'engine' && /asm\.js/.test(e.message));
});

test('a corrupt wasm is reported, not papered over with the JS build', async () => {
  const web = await import(path.join(root, 'pkg/web/index.js'));
  await assert.rejects(web.default(new Uint8Array([0, 97, 115, 109, 9, 9, 9, 9])), (e) => e.name === 'CompileError');
  assert.equal(web.engine(), undefined);
});

test('the JS build is generated from the mini-program wasm by wasm2js, not written by hand', () => {
  for (const file of ['web/gongji-js.js', 'node/gongji-js.cjs', 'miniprogram-extras/gongji-js.js']) {
    const source = fs.readFileSync(path.join(root, 'pkg', file), 'utf8');
    assert.match(source, /translated from gongji\.wasm by binaryen wasm2js/, file);
    // The rules' own texts come from the wasm's data segment, not from JS strings.
    assert.doesNotMatch(source, /配偶/, file);
  }
});
