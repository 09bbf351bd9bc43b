// Assembles pkg/ from the wasm-bindgen output staged by build-pkg.sh and
// the hand-written files in pkg-config/: one wrapper per target over the
// raw `call(name, json)` export, the types, package.json (version from
// Cargo.toml) and the npm README. Only what the package needs is copied.
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
copy(config('gongji.d.ts'), 'gongji.d.ts');
// The same declarations read as an ES module, for `import` under NodeNext.
copy(config('gongji.d.ts'), 'gongji.d.mts');

const apiEsm = fs.readFileSync(config('api.mjs'), 'utf8');
// The same module as CommonJS for require(): drop `export`, add module.exports.
const apiCjs = apiEsm.replace(/^export (const|class|function) /gm, '$1 ')
  + '\nmodule.exports = { CALLS, GongjiError, asciiRoute, bind };\n';

const namedExports = CALLS.map((name) => `export const ${name} = api.${name};`).join('\n');
// The preamble defines textCall (JSON text both ways, for callJson) and
// objectCall (the ASCII route, for the object calls).
const esmIndex = (preamble, initBody) => `${preamble}
import { asciiRoute, bind, GongjiError } from './api.js';

const api = bind(objectCall);
${namedExports}
/** The raw call: request JSON in, response JSON out (for servers and tests). */
export const callJson = (name, json) => textCall(name, json);
export { GongjiError };
${initBody}
`;

// web: an ES module with an explicit async init (fetches raw_bg.wasm beside it).
write('web/package.json', '{ "type": "module" }\n');
write('web/api.js', apiEsm);
copy(path.join(stage, 'web/raw.js'), 'web/raw.js');
copy(path.join(stage, 'web/raw_bg.wasm'), 'web/raw_bg.wasm');
write('web/index.js', esmIndex(
  `import initWasm, { call, call_ascii } from './raw.js';

let ready = false;
const ascii = asciiRoute(call_ascii);
function checkReady() {
  if (!ready) {
    throw new GongjiError({ code: 'NOT_INITIALIZED', message: '请先调用 await init() / call await init() first' });
  }
}
function textCall(name, json) {
  checkReady();
  return call(name, json);
}
function objectCall(name, json) {
  checkReady();
  return ascii(name, json);
}`,
  `/** Loads the wasm (default: raw_bg.wasm next to this file; or a URL, Response, bytes or Module). Safe to call twice. */
export default async function init(input) {
  await initWasm(input === undefined ? undefined : { module_or_path: input });
  ready = true;
}`));

// bundler: the bundler instantiates the wasm import; init() is a no-op.
write('bundler/package.json', '{ "type": "module" }\n');
write('bundler/api.js', apiEsm);
for (const f of ['raw.js', 'raw_bg.js', 'raw_bg.wasm']) copy(path.join(stage, 'bundler', f), `bundler/${f}`);
write('bundler/index.js', esmIndex(`import { call as textCall, call_ascii } from './raw.js';

const objectCall = asciiRoute(call_ascii);`,
  `/** Nothing to load: the bundler instantiates the wasm. Kept so code is the same on every target. */
export default async function init() {}`));

// node: CommonJS (require) with an ES module face (import); wasm read from disk.
write('node/api.cjs', apiCjs);
copy(path.join(stage, 'nodejs/raw.js'), 'node/raw.js');
copy(path.join(stage, 'nodejs/raw_bg.wasm'), 'node/raw_bg.wasm');
write('node/index.cjs', `'use strict';
const { call, call_ascii } = require('./raw.js');
const { asciiRoute, bind, GongjiError } = require('./api.cjs');

const api = bind(asciiRoute(call_ascii));
/** Nothing to load in node: the wasm is read synchronously on require. */
async function init() {}
module.exports = { ...api, callJson: call, GongjiError, init, default: init };
`);
write('node/index.mjs', `import gongji from './index.cjs';

${CALLS.map((name) => `export const ${name} = gongji.${name};`).join('\n')}
export const callJson = gongji.callJson;
export const GongjiError = gongji.GongjiError;
export default gongji.init;
`);
