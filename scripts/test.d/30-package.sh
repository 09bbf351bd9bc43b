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
