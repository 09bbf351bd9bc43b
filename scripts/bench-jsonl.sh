#!/usr/bin/env bash
# CLI --jsonl throughput on a generated file of N previewSettlement
# requests (default 1,000,000), with peak memory (it must stream).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
file=.tmp/bench-$n.jsonl
mkdir -p .tmp
cargo build --release --bin gongji
[ -f "$file" ] || node -e "
const fs = require('fs'); const out = fs.createWriteStream('$file');
const base = JSON.parse(fs.readFileSync('docs/examples/preview-settlement.json', 'utf8'));
let buf = '';
for (let i = 0; i < $n; i++) {
  base.expense.amount = (i % 5000) + '.' + String(i % 100).padStart(2, '0');
  base.fund.balance = ((i * 7) % 3000) + '.00';
  buf += JSON.stringify(base) + '\n';
  if (buf.length > 1 << 20) { out.write(buf); buf = ''; }
}
out.end(buf);"
command -v /usr/bin/time >/dev/null || apt-get install -y --no-install-recommends time >/dev/null
/usr/bin/time -f "%e s elapsed, %M KB peak resident" target/release/gongji preview-settlement --jsonl "$file" > /dev/null
echo "$n requests, $(du -h "$file" | cut -f1) of JSON lines"
