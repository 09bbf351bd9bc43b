#!/usr/bin/env bash
# The demo page end to end in headless Chromium: builds the web package
# into www/gongji/ (as scripts/demo.sh does) and runs tests/e2e/.
set -euo pipefail
[ -d pkg/web ] || bash scripts/build-pkg.sh
rm -rf www/gongji
cp -r pkg/web www/gongji
node --test --test-concurrency=1 tests/e2e/
echo "screenshots: test-output/screenshots/"
