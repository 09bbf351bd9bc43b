#!/usr/bin/env bash
# The npm package as a user meets it: build pkg/, import it with require and
# import through its exports (node:test), compile a strict TypeScript
# consumer, compare 600 generated requests with the native CLI byte for
# byte, and check the README's example and the package README's entries.
# (The README example compiled to CommonJS and run is in the consumer
# matrix, step 35.)
set -euo pipefail
cd "$(dirname "$0")/../.."
bash scripts/setup.sh package
bash scripts/build-pkg.sh
cargo build --bin gongji
# The scenarios' requests and their checked answers, which the wasm and the
# JS build must give byte for byte (tests/js/scenarios.test.mjs).
cargo test --test scenarios
node --test tests/js/
mkdir -p tests/ts/node_modules
ln -sfn ../../../pkg tests/ts/node_modules/gongji
node_modules/.bin/tsc -p tests/ts
echo "tsc --strict: the TypeScript consumer compiles"
# The packed tarball as a registry would serve it: publint, and
# arethetypeswrong for every entry (./web and ./bundler are ES modules by
# design, so requiring them from CommonJS is the one rule left out).
mkdir -p "$TMPDIR/pack"
tarball=$(npm pack ./pkg --pack-destination "$TMPDIR/pack" --silent | tail -1)
node_modules/.bin/publint "$TMPDIR/pack/$tarball"
node_modules/.bin/attw "$TMPDIR/pack/$tarball" --ignore-rules cjs-resolves-to-esm \
  --exclude-entrypoints ./web/raw_bg.wasm ./bundler/raw_bg.wasm ./miniprogram-extras/gongji.wasm ./miniprogram/gongji.wasm.br \
  ./miniprogram-extras/gongji-js.js ./miniprogram
# The mini-program entry is CommonJS with `exports.default = init` and the
# __esModule marker, which bundlers and TypeScript's interop honour (its
# declarations say `export default`); node's own ESM import, which does
# not, never loads it, and node10 cannot see through index.js's re-export.
node_modules/.bin/attw "$TMPDIR/pack/$tarball" --entrypoints ./miniprogram \
  --ignore-rules cjs-only-exports-default false-export-default
echo "publint and arethetypeswrong: the packed package is clean"
bash scripts/size.sh
# The README's example prints what the README says it prints, run as a
# user's ES module importing 'gongji' (pkg/ installed by a symlink); the
# package's README names every entry of its exports; docs/performance.md
# shows the sizes scripts/size.sh prints.
node - <<'JS'
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const readme = fs.readFileSync('README.md', 'utf8');
const m = /```js\n(import init[\s\S]*?)```\n\nprints\n\n```\n([\s\S]*?)\n```/.exec(readme);
if (!m) throw new Error('README example not found');
const dir = path.join(process.env.TMPDIR || '/tmp', 'readme-example');
fs.mkdirSync(path.join(dir, 'node_modules'), { recursive: true });
fs.rmSync(path.join(dir, 'node_modules/gongji'), { force: true });
fs.symlinkSync(path.resolve('pkg'), path.join(dir, 'node_modules/gongji'));
fs.writeFileSync(path.join(dir, 'example.mjs'), m[1]);
const out = execFileSync(process.execPath, [path.join(dir, 'example.mjs')]).toString().trim();
if (out !== m[2].trim()) throw new Error(`README example prints\n${out}\nnot\n${m[2]}`);
console.log('README example: prints what the README shows');
const pkgReadme = fs.readFileSync('pkg/README.md', 'utf8');
const entries = Object.keys(JSON.parse(fs.readFileSync('pkg/package.json', 'utf8')).exports)
  .map((key) => `gongji${key.slice(1)}`);
const missing = entries.filter((entry) => !pkgReadme.includes(`\`${entry}\``));
if (missing.length) throw new Error(`pkg/README.md does not name ${missing.join(', ')}`);
console.log(`pkg/README.md: names all ${entries.length} entries of exports`);
// docs/performance.md's table is what scripts/size.sh prints (the wasm and
// JS build rows within 5 %: glue moves with every small change).
const rows = (text) => new Map(text.split('\n').map((line) => line.trim().split(/\s{2,}/))
  .filter((cells) => cells.length === 4 && /\.wasm$|gongji-js\./.test(cells[0]))
  .map(([file, ...sizes]) => [file, sizes.map(Number)]));
const perf = fs.readFileSync('docs/performance.md', 'utf8');
const shown = rows(/<!-- size\.sh -->\n```\n([\s\S]*?)```/.exec(perf)?.[1] ?? '');
const built = rows(execFileSync('bash', ['scripts/size.sh']).toString());
if (shown.size === 0 || shown.size !== built.size) throw new Error(`docs/performance.md shows ${shown.size} wasm and JS build rows, scripts/size.sh prints ${built.size}`);
for (const [file, sizes] of built) {
  const doc = shown.get(file);
  if (!doc || sizes.some((size, i) => Math.abs(doc[i] - size) / size > 0.05)) {
    throw new Error(`docs/performance.md shows ${file} as ${doc}, scripts/size.sh prints ${sizes}: paste its table there`);
  }
}
console.log(`docs/performance.md: its ${shown.size} wasm and JS build rows are what scripts/size.sh prints`);
JS
