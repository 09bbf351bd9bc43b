// Half an emoji in a person id (a lone surrogate, as a text field cut in
// the middle of a pair leaves it) gets the same answer from every entry:
// the node entry (require and import), the web entry, the bundler entry,
// the JS build behind each, and the mini-program loader with and without
// WXWebAssembly and with and without TextEncoder/TextDecoder (its own codec,
// pkg-config/shared/utf8.mjs). The answer is the native CLI's for the same
// request with U+FFFD in place of each lone surrogate, which is what
// TextEncoder writes for one; through the object calls and through
// callJson given JSON text that holds the lone surrogates themselves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';

const root = path.resolve(import.meta.dirname, '../..');
const pkg = path.join(root, 'pkg');
const cli = path.join(root, 'target/debug/gongji');

const request = JSON.parse(fs.readFileSync(path.join(root, 'docs/examples/check-network.json'), 'utf8'));
request.founder.id = 'wang\ud83d'; // the first half of 😀 (U+1F600)
request.members[1].person.id = 'bro\ude00ther'; // its second half
request.members[2].person.id = 'son\ud83d\ud83d\ude00'; // a lone half before a whole emoji
// JSON text holding the lone surrogates themselves (JSON.stringify would escape them).
const text = JSON.stringify(request).replace(/\\u(d[89a-f][0-9a-f]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
const expected = execFileSync(cli, ['check-network'], { input: Buffer.from(new TextEncoder().encode(text)) }).toString().trim();

test('the native answer keeps each lone surrogate as U+FFFD and answers (not INVALID_JSON)', () => {
  const answer = JSON.parse(expected);
  assert.equal(answer.error, undefined, expected);
  assert.equal(answer.founder.personId, 'wang\ufffd');
  assert.equal(answer.members[1].personId, 'bro\ufffdther');
  assert.equal(answer.members[2].personId, 'son\ufffd😀');
});

// A child node that loads one entry and prints both answers.
const probe = (entry, init, prelude = '') => `${prelude}
(async () => {
  const g = ${entry.endsWith('.cjs') ? `require(${JSON.stringify(entry)})` : `await import(${JSON.stringify(entry)})`};
  await (g.default || g.init)(${init});
  const request = ${JSON.stringify(request)};
  console.log(JSON.stringify({ engine: g.engine(), object: JSON.stringify(g.checkNetwork(request)), text: g.callJson('checkNetwork', ${JSON.stringify(text)}) }));
})().catch((e) => { console.error(e); process.exit(1); });`;
const run = (entry, init = '', prelude = '') => JSON.parse(execFileSync(process.execPath, ['-e', probe(entry, init, prelude)], { cwd: root }).toString());
const webWasm = `require('fs').readFileSync(${JSON.stringify(path.join(pkg, 'web/raw_bg.wasm'))})`;

const npmEntries = {
  'node (require), wasm': () => run(path.join(pkg, 'node/index.cjs')),
  'node (import), wasm': () => run(path.join(pkg, 'node/index.mjs')),
  'web, wasm': () => run(path.join(pkg, 'web/index.js'), webWasm),
  'node (require), JS build': () => run(path.join(pkg, 'node/index.cjs'), "{ engine: 'js' }"),
  'web, JS build': () => run(path.join(pkg, 'web/index.js'), "{ engine: 'js' }"),
  // node cannot import a .wasm as a module (bundlers do): the bundler entry without WebAssembly.
  'bundler, JS build (no WebAssembly)': () => run(path.join(pkg, 'bundler/index.js'), '', 'delete globalThis.WebAssembly;'),
};

for (const [name, answer] of Object.entries(npmEntries)) {
  test(`${name}: the same answer for half an emoji`, () => {
    const out = answer();
    assert.equal(out.engine, /JS build/.test(name) ? 'js' : 'wasm');
    assert.equal(out.object, expected, 'object call');
    assert.equal(out.text, expected, 'callJson');
  });
}

/**
 * The mini-program loader in a bare vm realm (no WebAssembly, fetch or
 * URL; TextEncoder/TextDecoder only when `codecs`), with WXWebAssembly
 * reading the package's wasm when `wx`.
 */
function miniprogram({ wx, codecs }) {
  const context = vm.createContext({ console, setTimeout });
  vm.runInContext('delete globalThis.WebAssembly;', context);
  if (codecs) Object.assign(context, { TextEncoder, TextDecoder });
  if (wx) {
    context.WXWebAssembly = {
      instantiate: (packagePath, imports) => WebAssembly.instantiate(zlib.brotliDecompressSync(fs.readFileSync(path.join(pkg, 'miniprogram', path.basename(packagePath)))), imports),
    };
  }
  const cache = {};
  const requireFile = (file) => {
    if (!cache[file]) {
      const module = { exports: {} };
      cache[file] = module;
      const wrapped = vm.runInContext(`(function (module, exports, require) {${fs.readFileSync(file, 'utf8')}\n})`, context, { filename: file });
      wrapped(module, module.exports, (spec) => requireFile(path.resolve(path.dirname(file), spec)));
    }
    return cache[file].exports;
  };
  return { context, requireFile, gongji: requireFile(path.join(pkg, 'miniprogram/index.js')) };
}

for (const wx of [true, false]) {
  for (const codecs of [true, false]) {
    test(`mini-program, ${wx ? 'WXWebAssembly' : 'no WXWebAssembly (JS build)'}, ${codecs ? 'with' : 'without'} TextEncoder/TextDecoder: the same answer for half an emoji`, async () => {
      const { context, requireFile, gongji } = miniprogram({ wx, codecs });
      assert.equal(vm.runInContext('typeof TextEncoder', context), codecs ? 'function' : 'undefined');
      // Without WXWebAssembly the app hands the loader the JS build, as from
      // a subpackage loaded with require.async.
      const jsBuild = () => Promise.resolve(requireFile(path.join(pkg, 'miniprogram-extras/gongji-js.js')));
      await gongji.init(wx ? undefined : { js: jsBuild });
      assert.equal(gongji.engine(), wx ? 'wasm' : 'js');
      // The realm's own JSON and objects, as a page of the mini-program would build them.
      const realmRequest = vm.runInContext(`(${JSON.stringify(request)})`, context);
      assert.equal(JSON.stringify(gongji.checkNetwork(realmRequest)), expected, 'object call');
      assert.equal(gongji.callJson('checkNetwork', text), expected, 'callJson');
    });
  }
}
