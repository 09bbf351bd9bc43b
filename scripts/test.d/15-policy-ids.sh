#!/usr/bin/env bash
# A region is data: no policy id (nor an old id in a file's `aliases`) is
# written as a literal outside policies/, scenarios/ and the documentation.
# Tests, benches, examples and the page take the list from policies().
#
# A literal is an id quoted ("shanghai", 'shanghai', `shanghai`, also
# JSON-escaped \"shanghai\") or given as a URL parameter (policy=shanghai).
# An id in prose ("the national frame") is not a literal, and comment
# lines (//, /*, *, #) are documentation: their examples may name a region.
# Prints each offending file:line and fails.
set -euo pipefail
cd "$(dirname "$0")/../.."

# Files that may hold ids besides policies/, scenarios/, docs/, *.md,
# fuzz/corpus/, lockfiles and tests/fixtures/region/ (a region's two files,
# as they would sit in policies/ and scenarios/), each with its reason.
allowed=(
  # a catalogue of fixed bad requests, each with the code and path it must
  # get: data like a scenario file (the paths depend on the profile named)
  tests/bad_inputs/catalog.json
)

ids=$(node -e '
  const fs = require("fs");
  const ids = fs.readdirSync("policies").filter((f) => f.endsWith(".json")).flatMap((f) => {
    const p = JSON.parse(fs.readFileSync(`policies/${f}`, "utf8"));
    return [p.id, ...(p.aliases || [])];
  });
  console.log(ids.join("|"));
')
[ -n "$ids" ] || { echo "no policy ids found in policies/"; exit 1; }

literal="\\\\?([\"'\`])($ids)\\\\?\\1|[?&]policy=($ids)([^a-z0-9-]|\$)"
comment='^[^:]*:[0-9]+:[[:space:]]*(//|/\*|\*|#([[:space:]!]|$))'

hits=$(git ls-files -z \
  | grep -zvE '^(policies|scenarios|docs|fuzz/corpus|tests/fixtures/region)/|\.md$|(^|/)(Cargo\.lock|package-lock\.json)$' \
  | grep -zvxF -f <(printf '%s\n' "${allowed[@]}") \
  | xargs -0 grep -nIE "$literal" -- 2>/dev/null \
  | grep -vE "$comment" || true)

if [ -n "$hits" ]; then
  echo "$hits" | cut -c1-200
  echo
  echo "policy ids written outside policies/, scenarios/ and the docs ($(echo "$hits" | wc -l) lines above):"
  echo "take the list from policies() instead (see CONTRIBUTING.md, adding a region)."
  exit 1
fi
echo "no policy-id literal outside policies/, scenarios/ and the docs ($(tr '|' '\n' <<<"$ids" | wc -l) ids checked)"
