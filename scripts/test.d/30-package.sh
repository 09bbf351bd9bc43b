#!/usr/bin/env bash
# The npm package as a user meets it: build pkg/, import it with require and
# import through its exports (node:test), compile a strict TypeScript
# consumer, compare 600 generated requests with the native CLI byte for
# byte, and check the README's node one-liner. (The README example compiled
# to CommonJS and run is in the consumer matrix, step 35.)
set -euo pipefail
bash scripts/build-pkg.sh
cargo build --bin gongji
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
  --exclude-entrypoints ./web/raw_bg.wasm ./bundler/raw_bg.wasm ./miniprogram/gongji.wasm ./miniprogram/gongji.wasm.br
echo "publint and arethetypeswrong: the packed package is clean"
bash scripts/size.sh
# The README's node one-liner prints what the README says it prints.
node - <<'JS'
const fs = require('fs');
const { execSync } = require('child_process');
const readme = fs.readFileSync('README.md', 'utf8');
const m = /```sh\n(node -e "const g = require\('\.\/pkg'\);[^\n]*)\n```\n\nprints\n\n```\n([\s\S]*?)\n```/.exec(readme);
if (!m) throw new Error('README node one-liner not found');
const out = execSync(m[1]).toString().trim();
if (out !== m[2].trim()) throw new Error(`README one-liner prints\n${out}\nnot\n${m[2]}`);
console.log('README node one-liner: prints what the README shows');
JS
