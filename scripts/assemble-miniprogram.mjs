// Completes <pkg>/miniprogram/, the folder WeChat's 构建 npm copies into
// the main package, with only what every mini-program needs and only files
// WeChat uploads: the loader (pkg-config/entries/miniprogram.cjs) and the
// shared modules it requires (api.js, engine.js, call-over.js: CommonJS
// ES2018, files of their own so that an Alipay Worker copies them with it;
// WeChat resolves only .js), built by esbuild (scripts/bundle.mjs);
// index.js and gongji.wasm.br. The uncompressed gongji.wasm (Alipay, hosts
// without brotli) stays in <pkg>/miniprogram-extras/ with the JS build, and
// the declarations are <pkg>/miniprogram.d.ts. Checks the module exports no
// WebAssembly Global (iOS WeChat cannot export one) and the folder holds
// nothing else.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { bundle, source } from './bundle.mjs';

const [out, extras] = process.argv.slice(2);
// Minified: these files are the main package's share of gongji, beside the .wasm.br.
const miniprogram = { format: 'cjs', target: 'es2018', minify: true };
const shared = { 'shared/api.mjs': './api.js', 'shared/engine.mjs': './engine.js', 'shared/call-over.mjs': './call-over.js' };
for (const [from, to] of Object.entries(shared)) await bundle({ ...miniprogram, entry: from, out: path.join(out, to) });
await bundle({ ...miniprogram, entry: 'entries/miniprogram.cjs', out: path.join(out, 'gongji.js'), shared,
  keep: ['./gongji-js.js'], namesForNode: true });
// Its declarations (the package's calls and types, and its own init({ path,
// js })) at the package's root: WeChat uploads no .d.ts, and TypeScript's
// node10 resolution finds gongji/miniprogram.d.ts by that name.
fs.writeFileSync(path.join(out, '../miniprogram.d.ts'),
  fs.readFileSync(source('entries/miniprogram.d.ts'), 'utf8').replaceAll("'../gongji.js'", "'./gongji.js'"));
// WeChat's require('gongji') opens miniprogram_npm/gongji/index.js.
fs.writeFileSync(path.join(out, 'index.js'), "'use strict';\nmodule.exports = require('./gongji.js');\n");
const wasm = fs.readFileSync(path.join(extras, 'gongji.wasm'));
const globals = WebAssembly.Module.exports(new WebAssembly.Module(wasm)).filter((e) => e.kind === 'global');
if (globals.length) {
  throw new Error(`gongji.wasm exports a WebAssembly Global (${globals.map((g) => g.name)}), which iOS WeChat cannot export`);
}
fs.writeFileSync(path.join(out, 'gongji.wasm.br'),
  zlib.brotliCompressSync(wasm, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
// Only what every user needs, and only file types WeChat uploads.
const SHIPPED = ['api.js', 'call-over.js', 'engine.js', 'gongji.js', 'gongji.wasm.br', 'index.js'];
const found = fs.readdirSync(out).sort();
if (found.join() !== SHIPPED.join()) throw new Error(`assemble-miniprogram: ${out} holds ${found}, not ${SHIPPED}`);
