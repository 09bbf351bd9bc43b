// Completes <pkg>/miniprogram/: the loader, the shared wrapper as
// CommonJS (api.js: WeChat resolves only .js), index.js, and gongji.wasm.br.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const [out] = process.argv.slice(2);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const apiEsm = fs.readFileSync(path.join(root, 'pkg-config/api.mjs'), 'utf8');
const apiCjs = "'use strict';\n" + apiEsm.replace(/^export (const|class|function) /gm, '$1 ')
  + '\nmodule.exports = { CALLS, GongjiError, bind };\n';
fs.writeFileSync(path.join(out, 'api.js'), apiCjs);
fs.copyFileSync(path.join(root, 'pkg-config/miniprogram/gongji.js'), path.join(out, 'gongji.js'));
// Its declarations: the package's calls and types, and its own init({ path }).
fs.writeFileSync(path.join(out, 'index.d.ts'), `export * from '../gongji.js';
/**
 * Loads the wasm from a path inside the code package (\`.wasm.br\` or
 * \`.wasm\`) with whichever of WXWebAssembly / MYWebAssembly the runtime has.
 */
export declare function init(options?: { path?: string }): Promise<void>;
`);
// WeChat's require('gongji') opens miniprogram_npm/gongji/index.js.
fs.writeFileSync(path.join(out, 'index.js'), "'use strict';\nmodule.exports = require('./gongji.js');\n");
const wasm = fs.readFileSync(path.join(out, 'gongji.wasm'));
fs.writeFileSync(path.join(out, 'gongji.wasm.br'),
  zlib.brotliCompressSync(wasm, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
