// A mini-program bundler (uni-app, Taro) resolves a bare 'gongji' to the
// web entry unless told otherwise (docs/integrations.md). Importing it there
// must not kill the app at launch (wasm-bindgen's glue makes a TextDecoder
// as it is imported, which WeChat lacks), and init() must say what to
// import instead. Each case runs in its own node without the codecs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const web = pathToFileURL(path.resolve(import.meta.dirname, '../../pkg/web/index.js')).href;
const run = (code) => execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' }).trim();
const bare = 'delete globalThis.TextDecoder; delete globalThis.TextEncoder; delete globalThis.WebAssembly;';

test("the web entry imports where there is no TextDecoder or TextEncoder, and init() in a mini-program names 'gongji/miniprogram'", () => {
  const out = run(`${bare} globalThis.wx = {};
    const gongji = await import(${JSON.stringify(web)});
    try { await gongji.default(); console.log('initialized'); } catch (e) { console.log(JSON.stringify({ name: e.name, code: e.code, path: e.path, message: e.message })); }`);
  const e = JSON.parse(out);
  assert.equal(e.name, 'GongjiError');
  assert.equal(e.code, 'ENGINE_UNAVAILABLE');
  assert.equal(e.path, 'engine');
  assert.match(e.message, /import … from 'gongji\/miniprogram'/);
  assert.match(e.message, /import from 'gongji\/miniprogram' instead/);
});

test('where the codecs exist the glue uses them: the web entry still answers (the JS build, WebAssembly being off here)', () => {
  const out = run(`delete globalThis.WebAssembly;
    const gongji = await import(${JSON.stringify(web)});
    await gongji.default();
    console.log(gongji.engine(), gongji.policies().length > 0);`);
  assert.equal(out, 'js true');
});
