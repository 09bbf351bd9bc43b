#!/usr/bin/env bash
# The demo page end to end in headless Chromium: builds the web package
# into www/gongji/ (as scripts/demo.sh does) and runs tests/e2e/.
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p "${TMPDIR:=$PWD/.tmp}"
export TMPDIR
[ -d pkg/web ] && [ -f pkg/node/index.cjs ] || bash scripts/build-pkg.sh
rm -rf www/gongji
cp -r pkg/web www/gongji
node --test --test-concurrency=1 tests/e2e/
echo "screenshots: docs/screenshots/; timings: test-output/demo-timings.json"
