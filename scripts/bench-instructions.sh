#!/usr/bin/env bash
# Instructions the native core spends on one previewSettlement request,
# counted by valgrind's callgrind: repeatable to the instruction whatever
# else the machine is doing, so two revisions compare on a busy machine
# where wall-clock benchmarks cannot. Generates N (default 2,000) mixed
# requests (benches/jsonl/gen.mjs), answers them with the release CLI's
# --jsonl, and prints the first request (which resolves its region's
# profile) apart from the others.
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
# A region is resolved on the first request naming it: by the 100th, every
# region of the mix has been.
warm=100
head -$warm "$file" > .tmp/bench-instructions-warm.jsonl
empty=$(count .tmp/bench-instructions-empty.jsonl)
first=$(count .tmp/bench-instructions-first.jsonl)
warmed=$(count .tmp/bench-instructions-warm.jsonl)
total=$(count "$file")
echo "first request: $(( first - empty )) instructions (its region and the layers under it parsed and resolved, then the request)"
echo "previewSettlement: $(( (total - warmed) / (n - warm) )) instructions a request once its region is resolved (callgrind, requests $(( warm + 1 ))-$n of $n mixed)"
