// Completes <pkg>/miniprogram/: the loader (pkg-config/entries/miniprogram.cjs)
// and the shared modules it requires (api.js, engine.js, call-over.js:
// CommonJS ES2018, files of their own so that an Alipay Worker copies them
// with it; WeChat resolves only .js), built by esbuild (scripts/bundle.mjs);
// index.js, its declarations and gongji.wasm.br; and checks the module
// exports no WebAssembly Global (iOS WeChat cannot export one).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { bundle, source } from './bundle.mjs';

const [out] = process.argv.slice(2);
const miniprogram = { format: 'cjs', target: 'es2018' };
const shared = { 'shared/api.mjs': './api.js', 'shared/engine.mjs': './engine.js', 'shared/call-over.mjs': './call-over.js' };
for (const [from, to] of Object.entries(shared)) await bundle({ ...miniprogram, entry: from, out: path.join(out, to) });
await bundle({ ...miniprogram, entry: 'entries/miniprogram.cjs', out: path.join(out, 'gongji.js'), shared,
  keep: ['./gongji-js.js'], namesForNode: true });
// Its declarations: the package's calls and types, and its own init({ path }).
fs.copyFileSync(source('entries/miniprogram.d.ts'), path.join(out, 'index.d.ts'));
// WeChat's require('gongji') opens miniprogram_npm/gongji/index.js.
fs.writeFileSync(path.join(out, 'index.js'), "'use strict';\nmodule.exports = require('./gongji.js');\n");
const wasm = fs.readFileSync(path.join(out, 'gongji.wasm'));
const globals = WebAssembly.Module.exports(new WebAssembly.Module(wasm)).filter((e) => e.kind === 'global');
if (globals.length) {
  throw new Error(`gongji.wasm exports a WebAssembly Global (${globals.map((g) => g.name)}), which iOS WeChat cannot export`);
}
fs.writeFileSync(path.join(out, 'gongji.wasm.br'),
  zlib.brotliCompressSync(wasm, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
