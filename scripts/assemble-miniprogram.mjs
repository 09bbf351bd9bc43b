// Completes <pkg>/miniprogram/: the loader, the shared wrapper and the
// engine glue as CommonJS (api.js, engine.js, call-over.js: WeChat resolves only .js),
// index.js, and gongji.wasm.br; and checks the module exports no
// WebAssembly Global (iOS WeChat cannot export one).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const [out] = process.argv.slice(2);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const apiEsm = fs.readFileSync(path.join(root, 'pkg-config/api.mjs'), 'utf8');
const apiCjs = "'use strict';\n" + apiEsm.replace(/^export (const|class|function) /gm, '$1 ')
  + '\nmodule.exports = { CALLS, GongjiError, bind };\n';
fs.writeFileSync(path.join(out, 'api.js'), apiCjs);
const engineEsm = fs.readFileSync(path.join(root, 'pkg-config/engine.mjs'), 'utf8');
fs.writeFileSync(path.join(out, 'engine.js'), "'use strict';\n" + engineEsm.replace(/^export (const|function) /gm, '$1 ')
  + '\nmodule.exports = { ENGINES, wantedEngine, noWebAssembly, wasmSwitchedOff, wasmUnavailableError };\n');
const callOverEsm = fs.readFileSync(path.join(root, 'pkg-config/call-over.mjs'), 'utf8');
fs.writeFileSync(path.join(out, 'call-over.js'), "'use strict';\n" + callOverEsm.replace(/^export function /gm, 'function ')
  + '\nmodule.exports = { callOver };\n');
fs.copyFileSync(path.join(root, 'pkg-config/miniprogram/gongji.js'), path.join(out, 'gongji.js'));
// Its declarations: the package's calls and types, and its own init({ path }).
fs.writeFileSync(path.join(out, 'index.d.ts'), `export * from '../gongji.js';
import type { Engine } from '../gongji.js';
/**
 * Loads the engine: the wasm from a path inside the code package
 * (\`.wasm.br\` or \`.wasm\`; on WeChat by default
 * /miniprogram_npm/gongji/gongji.wasm.br, on Alipay required) with
 * whichever of WXWebAssembly / MYWebAssembly the runtime has, or where
 * neither exists the JS build. \`engine\` forces one.
 */
export declare function init(options?: { path?: string; engine?: Engine }): Promise<void>;
`);
// WeChat's require('gongji') opens miniprogram_npm/gongji/index.js.
fs.writeFileSync(path.join(out, 'index.js'), "'use strict';\nmodule.exports = require('./gongji.js');\n");
const wasm = fs.readFileSync(path.join(out, 'gongji.wasm'));
const globals = WebAssembly.Module.exports(new WebAssembly.Module(wasm)).filter((e) => e.kind === 'global');
if (globals.length) {
  throw new Error(`gongji.wasm exports a WebAssembly Global (${globals.map((g) => g.name)}), which iOS WeChat cannot export`);
}
fs.writeFileSync(path.join(out, 'gongji.wasm.br'),
  zlib.brotliCompressSync(wasm, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
