#!/usr/bin/env bash
# The demo page end to end in headless Chromium: builds the web package
# into www/gongji/ (as scripts/demo.sh does) and runs tests/e2e/. Writes no
# tracked file: the screenshots are taken into $TMPDIR and checked there;
# `GONGJI_BLESS=1 bash scripts/test.d/60-demo-e2e.sh` writes them to
# docs/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash scripts/setup.sh package browsers
mkdir -p "${TMPDIR:=$PWD/.tmp}"
export TMPDIR
[ -d pkg/web ] && [ -f pkg/node/index.cjs ] || bash scripts/build-pkg.sh
rm -rf www/gongji
cp -r pkg/web www/gongji
node --test --test-concurrency=1 tests/e2e/
echo "timings: test-output/demo-timings.json${GONGJI_BLESS:+; screenshots: docs/screenshots/}"
