// Assembles pkg/ from the wasm-bindgen output staged by build-pkg.sh and
// the few hand-written files in pkg-config/: per target, an entry that
// registers GongjiError with the binding and guards each call; the
// TypeScript declarations (wasm-bindgen's, which carry the contract types
// generated from Rust); package.json (version from Cargo.toml) and README.
import fs from 'node:fs';
import path from 'node:path';
import { transformSync } from 'esbuild';
import { CALLS } from '../pkg-config/api.mjs';

const [stage, out] = process.argv.slice(2);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const config = (f) => path.join(root, 'pkg-config', f);
const write = (f, text) => {
  fs.mkdirSync(path.dirname(path.join(out, f)), { recursive: true });
  fs.writeFileSync(path.join(out, f), text);
};
const copy = (from, to) => write(to, fs.readFileSync(from));
// wasm-bindgen's glue carries every call's doc comment; editors read those
// from the .d.ts files, so the JS a browser downloads goes without them
// (esbuild drops the comments and changes nothing else): 1.4 KB brotli.
const glue = (text) => transformSync(text, { legalComments: 'none' }).code;
const copyGlue = (from, to) => write(to, glue(fs.readFileSync(from, 'utf8')));

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
 * Where WebAssembly is off (iOS Lockdown Mode, a Content-Security-Policy
 * without 'wasm-unsafe-eval', \`node --jitless\`) the JavaScript build
 * answers instead, the same to the fen; \`{ engine: 'js' | 'wasm' }\` forces
 * one, and engine() says which answered.
 *
 * Rejects when the wasm cannot be fetched or is corrupt (a 404), and with
 * GongjiError ENGINE_UNAVAILABLE when \`engine: 'wasm'\` is forced where it
 * cannot run; a call made before it resolves throws GongjiError
 * NOT_INITIALIZED.
 *
 * @example
 * \`\`\`js
 * await init();
 * // or, with the wasm hosted elsewhere (exported as gongji/web/raw_bg.wasm):
 * await init({ module_or_path: 'https://cdn.example.com/gongji/raw_bg.wasm' });
 * \`\`\`
 */
export default function init(options?: InitOptions): Promise<void>;

/** Options of init(): which engine, and (web entry) where the wasm is. */
export interface InitOptions {
  engine?: Engine;
  module_or_path?: string | URL | Request | Response | BufferSource | WebAssembly.Module;
}

/** The engine that answers: the WebAssembly module, or its JavaScript translation. */
export type Engine = 'wasm' | 'js';

/**
 * Which engine answers the calls: 'wasm', or 'js' where WebAssembly is off
 * (the same answers to the fen); undefined before init() on the web entry.
 *
 * @example
 * \`\`\`js
 * engine(); // 'wasm'
 * \`\`\`
 */
export declare function engine(): Engine | undefined;
`;
write('gongji.d.ts', generated + init);
// The same declarations read as an ES module, for `import` under NodeNext.
write('gongji.d.mts', generated + init);

const apiEsm = fs.readFileSync(config('api.mjs'), 'utf8');
// The same module as CommonJS for require(): drop `export`, add module.exports.
const apiCjs = apiEsm.replace(/^export (const|class|function) /gm, '$1 ')
  + '\nmodule.exports = { CALLS, GongjiError, guard, bind };\n';
// Which engine answers (wasm, or the JS build of scripts/build-js.mjs).
const engineEsm = fs.readFileSync(config('engine.mjs'), 'utf8');
const engineCjs = "'use strict';\n" + engineEsm.replace(/^export (const|function) /gm, '$1 ')
  + '\nmodule.exports = { ENGINES, wantedEngine, noWebAssembly, wasmSwitchedOff, wasmUnavailableError };\n';

const guarded = (raw, check = '') => CALLS.concat('callJson')
  .map((name) => `export const ${name} = guard((...args) => (${check}${raw}.${name}(...args)));`).join('\n');
// An entry's calls answered by the JS build (the module \`js\`): the object
// calls through the same bind() as the mini-program's, callJson raw.
const jsCalls = (indent) => `const rawCall = js.callOver(js.instantiate());
${indent}jsEngine = Object.assign(bind(rawCall), { callJson: rawCall });`;

// web: an ES module with an explicit async init (fetches raw_bg.wasm beside it).
write('web/package.json', '{ "type": "module" }\n');
write('web/api.js', apiEsm);
write('web/engine.js', engineEsm);
copyGlue(path.join(stage, 'web/raw.js'), 'web/raw.js');
copy(path.join(stage, 'web/raw_bg.wasm'), 'web/raw_bg.wasm');
write('web/index.js', `import initWasm, * as raw from './raw.js';
import { GongjiError, guard, bind } from './api.js';
import { noWebAssembly, wantedEngine, wasmSwitchedOff, wasmUnavailableError } from './engine.js';

const loads = {};
let calls;
let answering;
function ready() {
  if (!calls) {
    throw new GongjiError({ code: 'NOT_INITIALIZED', message: '请先调用 await init() / call await init() first' });
  }
  return calls;
}

async function loadWasm(input) {
  if (noWebAssembly()) throw wasmUnavailableError(GongjiError);
  await initWasm(input === undefined ? undefined : { module_or_path: input });
  raw.setErrorClass(GongjiError);
  return { engine: 'wasm', calls: raw };
}

// The JS build is its own file, fetched only when WebAssembly is off.
async function loadJs() {
  const js = await import('./gongji-js.js');
  const rawCall = js.callOver(js.instantiate());
  return { engine: 'js', calls: Object.assign(bind(rawCall), { callJson: rawCall }) };
}

async function load(wanted, input) {
  if (wanted === 'js') return loadJs();
  try {
    return await loadWasm(input);
  } catch (e) {
    if (!wasmSwitchedOff(e)) throw e;
    if (wanted === 'wasm') throw e.name === 'GongjiError' ? e : wasmUnavailableError(GongjiError, e);
    return loadJs();
  }
}

/**
 * Loads the wasm (default: raw_bg.wasm next to this file), or where
 * WebAssembly is off the JS build; \`{ engine }\` forces one. Loads once.
 */
export default async function init(input) {
  const options = input?.constructor === Object ? input : { module_or_path: input };
  const key = wantedEngine(options, GongjiError) || 'auto';
  loads[key] ??= load(options.engine, options.module_or_path).catch((e) => {
    delete loads[key];
    throw e;
  });
  ({ calls, engine: answering } = await loads[key]);
}

/** Which engine answers: 'wasm' or 'js' (undefined before init()). */
export function engine() {
  return answering;
}

${guarded('ready()')}
export { GongjiError };
`);

// An ES module entry that picks its engine as it loads (top-level await):
// the wasm glue \`wasm\`, or where WebAssembly is off the JS build \`js\`
// (\`jsDefault\`: a CommonJS build, whose exports are the import's default).
const selfLoadingEntry = ({ head, wasm, js, jsDefault = false, doc }) => `${head}
let calls;
let answering;
async function loadWasm() {
  if (noWebAssembly()) throw wasmUnavailableError(GongjiError);
  const raw = await import('${wasm}');
  raw.setErrorClass(GongjiError);
  calls = raw;
  answering = 'wasm';
}
// Where WebAssembly is off, the JS build answers (its own chunk or file).
let jsEngine;
async function loadJs() {
  if (!jsEngine) {
    const ${jsDefault ? '{ default: js }' : 'js'} = await import('${js}');
    ${jsCalls('    ')}
  }
  calls = jsEngine;
  answering = 'js';
}
try {
  await loadWasm();
} catch (e) {
  if (!wasmSwitchedOff(e)) throw e;
  await loadJs();
}

/**
 * ${doc}
 * \`init({ engine: 'js' | 'wasm' })\` switches engine.
 */
export default async function init(options) {
  const wanted = wantedEngine(options, GongjiError);
  if (wanted === 'js' && answering !== 'js') await loadJs();
  if (wanted === 'wasm' && answering !== 'wasm') {
    try {
      await loadWasm();
    } catch (e) {
      throw e.name === 'GongjiError' ? e : wasmUnavailableError(GongjiError, e);
    }
  }
}

/** Which engine answers: 'wasm' or 'js'. */
export function engine() {
  return answering;
}

${guarded('calls')}
export { GongjiError };
`;

// bundler: the bundler instantiates the wasm import; init() only switches engine.
write('bundler/package.json', '{ "type": "module" }\n');
write('bundler/api.js', apiEsm);
write('bundler/engine.js', engineEsm);
for (const f of ['raw.js', 'raw_bg.js']) copyGlue(path.join(stage, 'bundler', f), `bundler/${f}`);
copy(path.join(stage, 'bundler/raw_bg.wasm'), 'bundler/raw_bg.wasm');
// The wasm is imported dynamically (top-level await, as wasm-bindgen's
// bundler target already makes this an async module) so that where
// WebAssembly is off the JS build (web/gongji-js.js, its own chunk) answers.
write('bundler/index.js', selfLoadingEntry({
  head: `import { GongjiError, guard, bind } from './api.js';
import { noWebAssembly, wantedEngine, wasmSwitchedOff, wasmUnavailableError } from './engine.js';
`,
  wasm: './raw.js',
  js: '../web/gongji-js.js',
  doc: 'Nothing to load: the bundler instantiates the wasm (or, where WebAssembly is off, the JS build answers).',
}));

// node: CommonJS (require) with an ES module face (import); wasm read from disk.
// Each export assigned by name, with the __esModule marker: node's ESM
// import finds the names, and TypeScript's (and bundlers') CJS interop
// finds `default` (`import init from 'gongji'` compiled to CommonJS).
// main and types for resolvers that read no `exports` (TypeScript's node10).
write('node/package.json', '{ "type": "commonjs", "main": "./index.cjs", "types": "./index.d.cts" }\n');
write('node/api.cjs', apiCjs);
write('node/engine.cjs', engineCjs);
// The glue's TextDecoder and TextEncoder from node's util, not the global
// scope, which a test window (Jest's jsdom) replaces with one that lacks them.
const nodeGlue = (file, textCodecs) => textCodecs + glue(fs.readFileSync(path.join(stage, file), 'utf8'));
write('node/raw.js', nodeGlue('nodejs/raw.js', "const { TextDecoder, TextEncoder } = require('util');\n"));
write('node/raw.mjs', nodeGlue('nodejs-module/raw.js', "import { TextDecoder, TextEncoder } from 'node:util';\n"));
copy(path.join(stage, 'nodejs/raw_bg.wasm'), 'node/raw_bg.wasm');
// A mini-program that resolves require('gongji') through "main" (Alipay)
// lands here with no node around it: it gets the mini-program entry.
write('node/index.cjs', `'use strict';
if (typeof process === 'undefined' || !process.versions || !process.versions.node) {
  module.exports = require('../miniprogram/gongji.js');
} else {
  Object.defineProperty(exports, '__esModule', { value: true });
  const { GongjiError, guard, bind } = require('./api.cjs');
  const { noWebAssembly, wantedEngine, wasmSwitchedOff, wasmUnavailableError } = require('./engine.cjs');

  let calls;
  let answering;
  const useWasm = () => {
    if (noWebAssembly()) throw wasmUnavailableError(GongjiError);
    const raw = require('./raw.js');
    raw.setErrorClass(GongjiError);
    calls = raw;
    answering = 'wasm';
  };
  // Where WebAssembly is off (node --jitless) the JS build answers.
  let jsEngine;
  const useJs = () => {
    if (!jsEngine) {
      const js = require('./gongji-js.cjs');
      ${jsCalls('      ')}
    }
    calls = jsEngine;
    answering = 'js';
  };
  try {
    useWasm();
  } catch (e) {
    if (!wasmSwitchedOff(e)) throw e;
    useJs();
  }

  /**
   * Nothing to load in node: the wasm is read synchronously on require.
   * \`init({ engine: 'js' | 'wasm' })\` switches engine.
   */
  const init = async (options) => {
    const wanted = wantedEngine(options, GongjiError);
    if (wanted === 'js' && answering !== 'js') useJs();
    if (wanted === 'wasm' && answering !== 'wasm') {
      try {
        useWasm();
      } catch (e) {
        throw e.name === 'GongjiError' ? e : wasmUnavailableError(GongjiError, e);
      }
    }
  };
  exports.default = init;
  exports.init = init;
  /** Which engine answers: 'wasm' or 'js'. */
  exports.engine = () => answering;
  exports.GongjiError = GongjiError;
${CALLS.concat('callJson').map((name) => `  exports.${name} = guard((...args) => calls.${name}(...args));`).join('\n')}
}
`);
// The ES module face: its own glue (raw.mjs finds the wasm through
// import.meta.url, so server bundles emit it), imported dynamically so that
// where WebAssembly is off the JS build answers; the GongjiError class of
// the CommonJS side (one class, whichever way the package was loaded).
write('node/index.mjs', selfLoadingEntry({
  head: `import api from './api.cjs';
import engines from './engine.cjs';

const { GongjiError, guard, bind } = api;
const { noWebAssembly, wantedEngine, wasmSwitchedOff, wasmUnavailableError } = engines;
`,
  wasm: './raw.mjs',
  js: './gongji-js.cjs',
  jsDefault: true,
  doc: 'Nothing to load in node: the wasm is read on import.',
}));

// Each entry's own declarations, re-exporting the generated ones, so that
// every resolution mode finds types of the right module kind.
const reexport = (from) => `export * from '${from}';\nexport { default } from '${from}';\n`;
write('node/index.d.cts', reexport('../gongji.js'));
write('node/index.d.mts', reexport('../gongji.mjs'));
write('web/index.d.ts', reexport('../gongji.mjs'));
write('bundler/index.d.ts', reexport('../gongji.mjs'));
