#!/usr/bin/env bash
# The npm package as a user meets it: build pkg/, import it with require and
# import through its exports (node:test), compile a strict TypeScript
# consumer, compare 600 generated requests with the native CLI byte for
# byte, and check the README's node one-liner.
set -euo pipefail
bash scripts/build-pkg.sh
cargo build --bin gongji
node --test tests/js/
mkdir -p tests/ts/node_modules
ln -sfn ../../../pkg tests/ts/node_modules/gongji
node_modules/.bin/tsc -p tests/ts
echo "tsc --strict: the TypeScript consumer compiles"
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
