#!/usr/bin/env bash
# Instructions the native core spends on one previewSettlement request,
# counted by valgrind's callgrind: repeatable to the instruction whatever
# else the machine is doing, so two revisions compare on a busy machine
# where wall-clock benchmarks cannot. Generates N (default 2,000) mixed
# requests (benches/jsonl/gen.mjs), answers them with the release CLI's
# --jsonl, and prints the first request (which loads the built-in
# profiles) apart from the others.
# usage: scripts/bench-instructions.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-2000}
mkdir -p .tmp
file=.tmp/bench-instructions-$n.jsonl
[ -s "$file" ] || node benches/jsonl/gen.mjs "$file" "$n"
command -v valgrind >/dev/null || { apt-get update; apt-get install -y --no-install-recommends valgrind; }
cargo build --release --bin gongji -q
count() { # instructions of one CLI run; the exit code (2: some lines were errors) is not ours to judge
  { valgrind --tool=callgrind --callgrind-out-file=/dev/null target/release/gongji preview-settlement --jsonl "$1" 2>&1 >/dev/null || true; } |
    awk '/Collected/ { print $4 }'
}
: > .tmp/bench-instructions-empty.jsonl
head -1 "$file" > .tmp/bench-instructions-first.jsonl
empty=$(count .tmp/bench-instructions-empty.jsonl)
first=$(count .tmp/bench-instructions-first.jsonl)
total=$(count "$file")
echo "first request: $(( first - empty )) instructions (every built-in profile parsed, resolved and checked, then the request)"
echo "previewSettlement: $(( (total - first) / (n - 1) )) instructions a request after it (callgrind, $n mixed requests)"
