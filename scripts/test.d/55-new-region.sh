#!/usr/bin/env bash
# Adding a region is one profile file and one scenario file: copies the
# fictional region in tests/fixtures/region/ (Example City, a layer on the
# national frame with one rule of its own) into a scratch copy of the
# repository, builds it, and finds the region in policies(), the CLI's
# answers, the scenario harness and the demo page's region cards, with no
# other file changed. Runs after the package build (step 30), whose cargo
# target dirs it seeds its own wasm builds from.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash scripts/setup.sh package browsers
root=$PWD
mkdir -p "${TMPDIR:=$PWD/.tmp}"
fixture=tests/fixtures/region
id=example-city

# The tracked files as they are in the work tree, as a git repository of
# their own, so that `git status` there shows what adding the region took.
# The scratch copy has no ../shared beside it: its scenarios' quotes are
# checked against this checkout's policy sources.
if [ -z "${GONGJI_POLICY_SOURCES:-}" ] && [ -d ../shared/policy-sources ]; then
  GONGJI_POLICY_SOURCES=$(cd ../shared/policy-sources && pwd)
  export GONGJI_POLICY_SOURCES
fi
scratch=$(mktemp -d "$TMPDIR/new-region-XXXX")
trap 'rm -rf "$scratch"' EXIT
git ls-files -z | tar --null -T - -c | tar -x -C "$scratch"
cd "$scratch"
git init -q && git add -A && git -c user.name=t -c user.email=t@t commit -qm base
cp "$root/$fixture/policies/$id.json" policies/
mkdir -p scenarios && cp "$root/$fixture/scenarios/$id.json" scenarios/

# A target dir of its own (kept between runs under target/), so the main
# target/debug/gongji never carries the fictional region.
export CARGO_TARGET_DIR=$root/target/new-region
cargo build -q --bin gongji
gongji=$CARGO_TARGET_DIR/debug/gongji

# policies(): listed, and before the layer it extends.
ids=$(echo '{}' | "$gongji" policies | node -e '
  let text = "";
  process.stdin.on("data", (c) => (text += c)).on("end", () => console.log(JSON.parse(text).map((p) => p.id).join(" ")));')
echo "policies(): $ids"
[[ " $ids " == *" $id "*" national "* ]] || { echo "FAIL: $id is not listed before national"; exit 1; }

# The CLI answers for it with its own rule, cited to its own layer.
answer=$(echo "{\"policy\":\"$id\",\"asOf\":\"2025-01-01\",\"lang\":\"en\"}" | "$gongji" relation-options)
echo "relationOptions: ${answer:0:160}…"
node -e '
  const a = JSON.parse(process.argv[1]);
  const relations = a.options.map((o) => o.relation).join(",");
  if (a.policy !== process.argv[2] || relations !== "spouse,parent,child" || a.source.layer !== process.argv[2])
    throw new Error(`unexpected answer: ${process.argv[1]}`);
' "$answer" "$id"

# The scenario harness discovers scenarios/*.json and runs the new file.
[ -f tests/scenarios.rs ] || { echo "FAIL: no scenario harness (tests/scenarios.rs)"; exit 1; }
ran=$(cargo test -q --test scenarios -- --nocapture 2>&1) || { echo "$ran" | tail -30; exit 1; }
grep -E "scenarios/$id\.json: [1-9][0-9]* scenarios? passed" <<<"$ran" \
  || { echo "$ran" | tail -30; echo "FAIL: the harness did not run scenarios/$id.json"; exit 1; }

# The page: this copy's web package (web/ alone: GONGJI_PAGE_ONLY), served
# as scripts/demo.sh serves it, and the region's card found in headless
# Chromium. Its wasm target dir starts as a copy of the checkout's (std and
# the dependencies already built, so only gongji itself compiles again).
# A copy, never a link: cargo names a unit the same in both trees, and a
# build here must not write into the checkout's.
mkdir -p target
[ -d "$root/target/pkg-std" ] && cp -a "$root/target/pkg-std" target/
ln -s "$root/node_modules" node_modules
GONGJI_PAGE_ONLY=1 bash scripts/build-pkg.sh >/dev/null
cp -r pkg/web www/gongji
node --input-type=module - "$id" <<'JS'
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
const id = process.argv[2];
const server = spawn('node', ['scripts/serve.mjs', 'www'], { env: { ...process.env, PORT: '0' } });
const origin = await new Promise((resolve, reject) => {
  server.stdout.on('data', (d) => { const m = /http:\/\/[^\s]+/.exec(String(d)); if (m) resolve(m[0].replace(/\/$/, '')); });
  server.on('exit', () => reject(new Error('the demo server exited')));
});
const profile = fs.mkdtempSync(path.join(process.env.TMPDIR, 'chromium-'));
const browser = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
try {
  const page = await browser.newPage();
  await page.goto(`${origin}/`);
  await page.waitForSelector('body[data-ready=true]', { timeout: 60000 });
  const card = await page.waitForSelector(`#regions li.region[data-region="${id}"]`, { timeout: 30000 });
  console.log(`the demo page's region card: ${(await card.textContent()).trim().slice(0, 80)}`);
} finally {
  await browser.close();
  server.kill();
  fs.rmSync(profile, { recursive: true, force: true });
}
JS

# And the checkout's own builds never saw it.
if grep -rlq --include=gongji.wasm "$id" "$root/target/pkg-std" "$root/target/pkg-fast" "$root/target/mvp" "$root/pkg" 2>/dev/null; then
  echo "FAIL: the checkout's wasm builds carry $id"; exit 1
fi

# Nothing but the two new files: the build and the tests wrote no tracked file.
changed=$(git status --porcelain --untracked-files=all)
want=$(printf '?? policies/%s.json\n?? scenarios/%s.json' "$id" "$id")
[ "$changed" = "$want" ] || { printf 'FAIL: git status shows\n%s\n' "$changed"; exit 1; }
echo "a new region is one profile file and one scenario file: $id found in policies(), the CLI, the scenario harness and the page's region cards"
