#!/usr/bin/env bash
# The README's main command: installs what is missing, builds the web
# package, copies it into www/gongji/ and serves www/ on localhost
# (PORT=8080 by default).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh demo
bash scripts/build-pkg.sh
rm -rf www/gongji
cp -r pkg/web www/gongji
cp pkg/gongji.d.ts www/gongji/
exec node scripts/serve.mjs www
