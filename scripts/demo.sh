#!/usr/bin/env bash
# The README's main command: installs what is missing, builds the web
# package, copies it into www/gongji/, writes the demo as a host deploys it
# (target/demo-site/: assets under a content-hash directory, precompressed;
# scripts/build-demo-site.mjs) and serves that on localhost (PORT=8080 by
# default) with compression, caching and the strict CSP (scripts/serve.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh demo
bash scripts/build-pkg.sh
rm -rf www/gongji
cp -r pkg/web www/gongji
cp pkg/gongji.d.ts www/gongji/
node scripts/build-demo-site.mjs www target/demo-site
exec node scripts/serve.mjs target/demo-site "$@"
