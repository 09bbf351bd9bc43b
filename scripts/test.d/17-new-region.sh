#!/usr/bin/env bash
# Adding a region is one profile file and one scenario file: copies the
# fictional region in tests/fixtures/region/ (Example City, a layer on the
# national frame with one rule of its own) into a scratch copy of the
# repository, builds it, and finds the region in policies(), the CLI's
# answers and the scenario harness, with no other file changed.
set -euo pipefail
cd "$(dirname "$0")/../.."
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

# TODO(lead): the page's region cards. Once the page renders
# li.region[data-region="<id>"] for each profile of policies(), build the web
# package here (scripts/build-pkg.sh with this CARGO_TARGET_DIR), serve www/
# and require li.region[data-region="$id"] in headless Chromium, as
# tests/e2e/ does.

# Nothing but the two new files: the build and the tests wrote no tracked file.
changed=$(git status --porcelain --untracked-files=all)
want=$(printf '?? policies/%s.json\n?? scenarios/%s.json' "$id" "$id")
[ "$changed" = "$want" ] || { printf 'FAIL: git status shows\n%s\n' "$changed"; exit 1; }
echo "a new region is one profile file and one scenario file: $id found in policies(), the CLI and the scenario harness"
