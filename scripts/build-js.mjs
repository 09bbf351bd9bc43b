// The JavaScript build of the engine, for runtimes where WebAssembly is off:
// binaryen's wasm2js (npm binaryen) translates the mini-program module
// (<pkg>/miniprogram-extras/gongji.wasm, MVP features only, no imports) into
// JavaScript, and esbuild bundles it with the raw call over its C ABI
// (pkg-config/shared/js-build.mjs), minified, into the copies each entry
// loads lazily: web/gongji-js.js (ES module, its own download; the bundler
// entry imports it from there), node/gongji-js.cjs and
// miniprogram-extras/gongji-js.js (CommonJS, ES2018: a mini-program puts it
// in a subpackage and hands it to init({ js })). Each exports instantiate(),
// which returns what a wasm instance's exports would be (memory,
// gongji_alloc, gongji_call, gongji_result): the same compiled rules, the
// same C ABI; and callOver (pkg-config/shared/call-over.mjs), which speaks it.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { bundle, root } from './bundle.mjs';

const [pkg = 'pkg'] = process.argv.slice(2);
const wasm = path.join(pkg, 'miniprogram-extras/gongji.wasm');
const stage = path.join(root, 'target/js-stage');
fs.mkdirSync(stage, { recursive: true });
const translated = path.join(stage, 'gongji-wasm2js.mjs');
execFileSync(path.join(root, 'node_modules/.bin/wasm2js'), ['-Oz', wasm, '-o', translated], { stdio: 'inherit' });

// wasm2js instantiates at import and exports each name; the entries want to
// choose when (only if WebAssembly is off), so export a factory instead.
let source = fs.readFileSync(translated, 'utf8');
const tail = /\nvar retasmFunc = asmFunc\(\{\s*\}\);\n(export var \w+ = retasmFunc\.\w+;\n)+$/;
if (!tail.test(source)) throw new Error(`build-js: wasm2js output of ${wasm} does not end as expected`);
const exported = [...source.matchAll(/^export var (\w+) =/gm)].map((m) => m[1]).sort();
const expected = ['gongji_alloc', 'gongji_call', 'gongji_result', 'memory'];
if (exported.join() !== expected.join()) throw new Error(`build-js: the module exports ${exported}, not ${expected}`);
source = source.replace(tail, '\n/** A fresh engine: the exports a wasm instance of gongji.wasm would have. */\nexport function instantiate() { return asmFunc({}); }\n');

const banner = '/* gongji: the engine translated from gongji.wasm by binaryen wasm2js; generated, do not edit. */';
const build = (format, out, prefix = '') => bundle({ entry: 'shared/js-build.mjs', out: path.join(pkg, out), format,
  target: 'es2018', minify: true, banner: prefix + banner, virtual: { 'gongji:wasm2js': source } });
const esm = await build('esm', 'web/gongji-js.js');
const cjs = await build('cjs', 'node/gongji-js.cjs', "'use strict';\n");
fs.copyFileSync(path.join(pkg, 'node/gongji-js.cjs'), path.join(pkg, 'miniprogram-extras/gongji-js.js'));
console.log(`JS build: ${esm.length} B (ES module) / ${cjs.length} B (CommonJS) from ${fs.statSync(wasm).size} B of wasm`);
