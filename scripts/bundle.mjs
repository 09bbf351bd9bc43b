// How the package's JavaScript is built from its sources in pkg-config/
// (entries/ and shared/): esbuild bundles each entry with the shared
// modules it imports, except the files that stay files of the package
// (wasm-bindgen's glue, the JS build, and on node and mini-programs the
// shared modules themselves, so that every entry of a folder has one
// GongjiError class). Used by scripts/assemble-pkg.mjs,
// scripts/assemble-miniprogram.mjs and scripts/build-js.mjs.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import * as esbuild from 'esbuild';

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
export const source = (file) => path.join(root, 'pkg-config', file);

let calls;
/**
 * The calls of the contract, camelCase, from the Rust list (src/api.rs,
 * printed by `gongji --calls`): every entry exports these and callJson.
 */
export function callNames() {
  calls ??= execFileSync('cargo', ['run', '--quiet', '--bin', 'gongji', '--', '--calls'], { cwd: root, encoding: 'utf8' })
    .split('\n').filter(Boolean);
  return calls;
}

/**
 * The modules that exist only at build time: `gongji:calls`, the list
 * above; `gongji:call-exports`, each call as a named export of an ES module
 * entry (shared/answering.mjs's calls()); and any given in `virtual`.
 */
function modules(virtual) {
  return {
    get 'gongji:calls'() {
      return `export const CALLS = ${JSON.stringify(callNames())};\n`;
    },
    get 'gongji:call-exports'() {
      return `import { calls } from './answering.mjs';\nexport const { ${[...callNames(), 'callJson'].join(', ')} } = calls();\n`;
    },
    ...virtual,
  };
}

/**
 * Bundles `entry` (a file in pkg-config/) into `out`. `keep`: imports, as
 * written, of files beside the built entry in the package; `shared`: shared
 * module (pkg-config path) → the package file that holds it for this entry.
 * A CommonJS entry assigns its calls in a loop; `namesForNode` adds the
 * line that names them for node's ESM import (as esbuild does for the
 * CommonJS it writes from ES modules).
 */
export async function bundle({ entry, out, format = 'esm', platform = 'neutral', target = 'esnext', keep = [], shared = {},
  virtual = {}, namesForNode = false, minify = false, banner }) {
  const files = modules(virtual);
  const sharedFiles = Object.fromEntries(Object.entries(shared).map(([from, to]) => [source(from), to]));
  const plugin = {
    name: 'gongji-package',
    setup(build) {
      build.onResolve({ filter: /^gongji:/ }, (args) => ({ path: args.path.slice('gongji:'.length), namespace: 'gongji' }));
      build.onLoad({ filter: /.*/, namespace: 'gongji' }, (args) => ({ contents: files[`gongji:${args.path}`], resolveDir: source('shared'), loader: 'js' }));
      build.onResolve({ filter: /^\./ }, (args) => {
        if (keep.includes(args.path)) return { path: args.path, external: true };
        const to = sharedFiles[path.resolve(args.resolveDir, args.path)];
        return to ? { path: to, external: true } : undefined;
      });
    },
  };
  const names = namesForNode ? ['init', 'engine', 'GongjiError', ...callNames(), 'callJson'] : [];
  const result = await esbuild.build({
    entryPoints: [source(entry)],
    bundle: true,
    write: false,
    format,
    platform,
    target,
    minify,
    legalComments: 'none',
    charset: 'utf8',
    // CommonJS written from an ES module is strict, as the module was.
    banner: { js: banner ?? (format === 'cjs' && entry.endsWith('.mjs') ? "'use strict';" : '') },
    footer: names.length ? { js: `0 && (module.exports = { ${names.join(', ')} });` } : undefined,
    plugins: [plugin],
    logLevel: 'warning',
  });
  const text = result.outputFiles[0].text;
  if (out) {
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, text);
  }
  return text;
}
