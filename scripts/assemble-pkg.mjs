// Assembles pkg/ from the wasm-bindgen output staged by build-pkg.sh and
// the few hand-written files in pkg-config/: per target, an entry that
// registers GongjiError with the binding and guards each call; the
// TypeScript declarations (wasm-bindgen's, which carry the contract types
// generated from Rust); package.json (version from Cargo.toml) and README.
import fs from 'node:fs';
import path from 'node:path';
import { CALLS } from '../pkg-config/api.mjs';

const [stage, out] = process.argv.slice(2);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const config = (f) => path.join(root, 'pkg-config', f);
const write = (f, text) => {
  fs.mkdirSync(path.dirname(path.join(out, f)), { recursive: true });
  fs.writeFileSync(path.join(out, f), text);
};
const copy = (from, to) => write(to, fs.readFileSync(from));

const version = /^version\s*=\s*"([^"]+)"/m.exec(fs.readFileSync(path.join(root, 'Cargo.toml'), 'utf8'))[1];
const pkg = JSON.parse(fs.readFileSync(config('package.json'), 'utf8'));
pkg.version = version;
write('package.json', JSON.stringify(pkg, null, 2) + '\n');
copy(config('README.md'), 'README.md');
for (const f of ['LICENSE-MIT', 'LICENSE-APACHE']) copy(path.join(root, f), f);

// The declarations: wasm-bindgen's for the bundler target (the contract
// types, every call with its doc comment, GongjiError), less the internal
// setErrorClass, plus the entries' own init().
const generated = fs.readFileSync(path.join(stage, 'bundler/raw.d.ts'), 'utf8');
const init = `
/**
 * Loads the engine; call it (once, or as often as is convenient: the load
 * happens once) before any other call. In a browser (the \`gongji\` entry
 * under Vite and webpack, and \`gongji/web\`) it fetches raw_bg.wasm beside
 * the module, or the wasm named by \`module_or_path\` (a URL on your own CDN,
 * a Response, the bytes, or a compiled WebAssembly.Module); in node and
 * \`gongji/bundler\` the wasm is already there and it only resolves.
 *
 * Rejects when the wasm cannot be fetched or compiled (a 404, a
 * Content-Security-Policy without 'wasm-unsafe-eval'); a call made before it
 * resolves throws GongjiError NOT_INITIALIZED.
 *
 * @example
 * \`\`\`js
 * await init();
 * // or, with the wasm hosted elsewhere (exported as gongji/web/raw_bg.wasm):
 * await init({ module_or_path: 'https://cdn.example.com/gongji/raw_bg.wasm' });
 * \`\`\`
 */
export default function init(options?: { module_or_path: string | URL | Request | Response | BufferSource | WebAssembly.Module }): Promise<void>;
`;
write('gongji.d.ts', generated + init);
// The same declarations read as an ES module, for `import` under NodeNext.
write('gongji.d.mts', generated + init);

const apiEsm = fs.readFileSync(config('api.mjs'), 'utf8');
// The same module as CommonJS for require(): drop `export`, add module.exports.
const apiCjs = apiEsm.replace(/^export (const|class|function) /gm, '$1 ')
  + '\nmodule.exports = { CALLS, GongjiError, guard, bind };\n';

const guarded = (raw, check = '') => CALLS.concat('callJson')
  .map((name) => `export const ${name} = guard((...args) => (${check}${raw}.${name}(...args)));`).join('\n');

// web: an ES module with an explicit async init (fetches raw_bg.wasm beside it).
write('web/package.json', '{ "type": "module" }\n');
write('web/api.js', apiEsm);
copy(path.join(stage, 'web/raw.js'), 'web/raw.js');
copy(path.join(stage, 'web/raw_bg.wasm'), 'web/raw_bg.wasm');
write('web/index.js', `import initWasm, * as raw from './raw.js';
import { GongjiError, guard } from './api.js';

let loading;
let ready = false;
function checkReady() {
  if (!ready) {
    throw new GongjiError({ code: 'NOT_INITIALIZED', message: '请先调用 await init() / call await init() first' });
  }
}

/** Loads the wasm (default: raw_bg.wasm next to this file). Concurrent calls load it once. */
export default function init(input) {
  // { module_or_path } as documented; a bare URL, Response or bytes as before.
  const options = input?.module_or_path !== undefined || input === undefined ? input : { module_or_path: input };
  loading ??= initWasm(options).then(() => {
    raw.setErrorClass(GongjiError);
    ready = true;
  }, (e) => {
    loading = undefined;
    throw e;
  });
  return loading;
}

${guarded('raw', 'checkReady(), ')}
export { GongjiError };
`);

// bundler: the bundler instantiates the wasm import; init() is a no-op.
write('bundler/package.json', '{ "type": "module" }\n');
write('bundler/api.js', apiEsm);
for (const f of ['raw.js', 'raw_bg.js', 'raw_bg.wasm']) copy(path.join(stage, 'bundler', f), `bundler/${f}`);
write('bundler/index.js', `import * as raw from './raw.js';
import { GongjiError, guard } from './api.js';

raw.setErrorClass(GongjiError);

/** Nothing to load: the bundler instantiates the wasm. Kept so code is the same on every target. */
export default async function init() {}

${guarded('raw')}
export { GongjiError };
`);

// node: CommonJS (require) with an ES module face (import); wasm read from disk.
// Each export assigned by name, with the __esModule marker: node's ESM
// import finds the names, and TypeScript's (and bundlers') CJS interop
// finds `default` (`import init from 'gongji'` compiled to CommonJS).
// main and types for resolvers that read no `exports` (TypeScript's node10).
write('node/package.json', '{ "type": "commonjs", "main": "./index.cjs", "types": "./index.d.cts" }\n');
write('node/api.cjs', apiCjs);
// The glue's TextDecoder and TextEncoder from node's util, not the global
// scope, which a test window (Jest's jsdom) replaces with one that lacks them.
const nodeGlue = (file, textCodecs) => fs.readFileSync(path.join(stage, file), 'utf8')
  .replace(/^\/\* @ts-self-types=.*\n/, '').replace(/^/, textCodecs);
write('node/raw.js', nodeGlue('nodejs/raw.js', "const { TextDecoder, TextEncoder } = require('util');\n"));
write('node/raw.mjs', nodeGlue('nodejs-module/raw.js', "import { TextDecoder, TextEncoder } from 'node:util';\n"));
copy(path.join(stage, 'nodejs/raw_bg.wasm'), 'node/raw_bg.wasm');
write('node/index.cjs', `'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const raw = require('./raw.js');
const { GongjiError, guard } = require('./api.cjs');

raw.setErrorClass(GongjiError);
/** Nothing to load in node: the wasm is read synchronously on require. */
async function init() {}
exports.default = init;
exports.init = init;
exports.GongjiError = GongjiError;
${CALLS.concat('callJson').map((name) => `exports.${name} = guard(raw.${name});`).join('\n')}
`);
// The ES module face: its own glue (raw.mjs finds the wasm through
// import.meta.url, so server bundles emit it), the GongjiError class of the
// CommonJS side (one class, whichever way the package was loaded).
write('node/index.mjs', `import * as raw from './raw.mjs';
import api from './api.cjs';

const { GongjiError, guard } = api;
raw.setErrorClass(GongjiError);

/** Nothing to load in node: the wasm is read synchronously on import. */
export default async function init() {}

${guarded('raw')}
export { GongjiError };
`);

// Each entry's own declarations, re-exporting the generated ones, so that
// every resolution mode finds types of the right module kind.
const reexport = (from) => `export * from '${from}';\nexport { default } from '${from}';\n`;
write('node/index.d.cts', reexport('../gongji.js'));
write('node/index.d.mts', reexport('../gongji.mjs'));
write('web/index.d.ts', reexport('../gongji.mjs'));
write('bundler/index.d.ts', reexport('../gongji.mjs'));
