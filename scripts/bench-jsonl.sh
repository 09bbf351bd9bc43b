#!/usr/bin/env bash
# CLI --jsonl throughput and peak memory: generates N (default 1,000,000)
# mixed previewSettlement requests (benches/jsonl/gen.mjs: the regions in policies/,
# varied members and amounts, ~2% contract errors) into .tmp/ once, then runs
# `gongji preview-settlement --jsonl FILE > /dev/null` under /usr/bin/time.
# Flat memory = peak RSS in MB while the input is hundreds of MB.
# usage: scripts/bench-jsonl.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
mkdir -p .tmp
file=.tmp/bench-jsonl-mixed-$n.jsonl
[ -s "$file" ] || node benches/jsonl/gen.mjs "$file" "$n"
[ -x /usr/bin/time ] || apt-get install -y --no-install-recommends time >/dev/null
cargo build --release --bin gongji -q
echo "load: $(uptime)"
echo "input: $n requests, $(du -m "$file" | cut -f1) MB"
log=.tmp/bench-jsonl-time.txt
rc=0
/usr/bin/time -f '%e %U %M' -o "$log" target/release/gongji preview-settlement --jsonl "$file" > /dev/null || rc=$?
# exit 2 = some lines were contract errors (the generator plants them)
[ "$rc" = 0 ] || [ "$rc" = 2 ] || { echo "gongji exited $rc"; exit 1; }
read -r wall user rss < <(tail -1 "$log")
awk -v n="$n" -v w="$wall" -v u="$user" -v r="$rss" 'BEGIN {
  printf "wall %.2f s: %.0f requests/s (user %.2f s: %.0f requests/s of CPU); peak RSS %.1f MB\n", w, n / w, u, n / u, r / 1024 }'
