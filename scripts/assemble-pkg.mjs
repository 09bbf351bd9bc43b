// Assembles pkg/ from the wasm-bindgen output staged by build-pkg.sh and
// the sources in pkg-config/: per target, the entry (pkg-config/entries/,
// bundled with the shared modules by esbuild, scripts/bundle.mjs) beside
// wasm-bindgen's glue; the TypeScript declarations (wasm-bindgen's, which
// carry the contract types generated from Rust, and the entries' init());
// package.json (version from Cargo.toml) and README.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { transformSync } from 'esbuild';
import { bundle, callNames, root, source } from './bundle.mjs';

const [stage, out] = process.argv.slice(2);
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

// The wasm interface must export exactly the calls of the Rust list (and
// callJson, setErrorClass), each declared in its TypeScript: a call added to
// src/api.rs and not to src/host/wasm.rs, or the other way round, stops here.
const CALLS = callNames();
const generated = fs.readFileSync(path.join(stage, 'bundler/raw.d.ts'), 'utf8');
const glueExports = Object.keys(createRequire(import.meta.url)(path.resolve(stage, 'nodejs/raw.js'))).filter((name) => !name.startsWith('__wb'));
const expected = [...CALLS, 'callJson', 'setErrorClass'];
if (glueExports.sort().join() !== [...expected].sort().join()) {
  throw new Error(`assemble-pkg: the wasm exports ${glueExports}, the calls of src/api.rs are ${CALLS}`);
}
for (const name of [...CALLS, 'callJson']) {
  if (!new RegExp(`^export function ${name}\\(`, 'm').test(generated)) throw new Error(`assemble-pkg: no declaration of ${name}`);
}

const version = /^version\s*=\s*"([^"]+)"/m.exec(fs.readFileSync(path.join(root, 'Cargo.toml'), 'utf8'))[1];
const pkg = JSON.parse(fs.readFileSync(source('package.json'), 'utf8'));
pkg.version = version;
write('package.json', JSON.stringify(pkg, null, 2) + '\n');
copy(source('README.md'), 'README.md');
for (const f of ['LICENSE-MIT', 'LICENSE-APACHE']) copy(path.join(root, f), f);

// The declarations: wasm-bindgen's for the bundler target (the contract
// types, every call with its doc comment, GongjiError), less the internal
// setErrorClass, plus the entries' own init() and engine().
const declarations = generated + '\n' + fs.readFileSync(source('entries/init.d.ts'), 'utf8');
write('gongji.d.ts', declarations);
// The same declarations read as an ES module, for `import` under NodeNext.
write('gongji.d.mts', declarations);

// web: an ES module with an explicit async init (fetches raw_bg.wasm beside it).
// The glue makes a TextDecoder and a TextEncoder as it is imported; where
// the realm has none (a mini-program whose bundler resolved 'gongji' here)
// stand-ins that fail only when used keep the import harmless, and init()
// says what to import instead (tests/miniprogram/web-entry.test.mjs).
const GLUE_CODECS = `// Added by scripts/assemble-pkg.mjs: the realm's codecs, or stand-ins that fail only when used.
const unavailable = (name) => () => { throw new Error(name + ' is not available here'); };
const TextDecoder = globalThis.TextDecoder ?? class { decode(bytes) { if (bytes !== undefined) unavailable('TextDecoder')(); return ''; } };
const TextEncoder = globalThis.TextEncoder ?? class { constructor() { this.encode = this.encodeInto = unavailable('TextEncoder'); } };
`;
write('web/package.json', '{ "type": "module" }\n');
write('web/raw.js', GLUE_CODECS + glue(fs.readFileSync(path.join(stage, 'web/raw.js'), 'utf8')));
copy(path.join(stage, 'web/raw_bg.wasm'), 'web/raw_bg.wasm');
await bundle({ entry: 'entries/web.mjs', out: path.join(out, 'web/index.js'), keep: ['./raw.js', './gongji-js.js'] });

// bundler: the bundler instantiates the wasm import; init() only switches engine.
write('bundler/package.json', '{ "type": "module" }\n');
for (const f of ['raw.js', 'raw_bg.js']) copyGlue(path.join(stage, 'bundler', f), `bundler/${f}`);
copy(path.join(stage, 'bundler/raw_bg.wasm'), 'bundler/raw_bg.wasm');
await bundle({ entry: 'entries/bundler.mjs', out: path.join(out, 'bundler/index.js'), keep: ['./raw.js', '../web/gongji-js.js'] });

// node: CommonJS (require) with an ES module face (import); wasm read from
// disk. Both faces share node/api.cjs and node/engine.cjs (one GongjiError
// class, whichever way the package was loaded). main and types for
// resolvers that read no `exports` (TypeScript's node10).
write('node/package.json', '{ "type": "commonjs", "main": "./index.cjs", "types": "./index.d.cts" }\n');
const nodeShared = { 'shared/api.mjs': './api.cjs' };
const node = { format: 'cjs', platform: 'node', target: 'node18' };
await bundle({ ...node, entry: 'shared/api.mjs', out: path.join(out, 'node/api.cjs') });

// The glue's TextDecoder and TextEncoder from node's util, not the global
// scope, which a test window (Jest's jsdom) replaces with one that lacks them.
const nodeGlue = (file, textCodecs) => textCodecs + glue(fs.readFileSync(path.join(stage, file), 'utf8'));
write('node/raw.js', nodeGlue('nodejs/raw.js', "const { TextDecoder, TextEncoder } = require('util');\n"));
write('node/raw.mjs', nodeGlue('nodejs-module/raw.js', "import { TextDecoder, TextEncoder } from 'node:util';\n"));
copy(path.join(stage, 'nodejs/raw_bg.wasm'), 'node/raw_bg.wasm');
await bundle({ ...node, entry: 'entries/node.cjs', out: path.join(out, 'node/index.cjs'), shared: nodeShared,
  keep: ['./raw.js', './gongji-js.cjs', '../miniprogram/gongji.js'], namesForNode: true });
await bundle({ ...node, format: 'esm', entry: 'entries/node.mjs', out: path.join(out, 'node/index.mjs'), shared: nodeShared,
  keep: ['./raw.mjs', './gongji-js.cjs'] });

// Each entry's own declarations, re-exporting the generated ones, so that
// every resolution mode finds types of the right module kind.
const reexport = (from) => `export * from '${from}';\nexport { default } from '${from}';\n`;
write('node/index.d.cts', reexport('../gongji.js'));
write('node/index.d.mts', reexport('../gongji.mjs'));
write('web/index.d.ts', reexport('../gongji.mjs'));
write('bundler/index.d.ts', reexport('../gongji.mjs'));
