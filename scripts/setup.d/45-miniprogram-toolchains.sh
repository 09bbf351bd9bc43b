#!/usr/bin/env bash
# The mini-program toolchains of the consumer matrix (uni-app's CLI with
# Vite, Taro's CLI with webpack), each pinned by its lockfile in
# tests/consumers/: the largest downloads of the test command, so
# scripts/test.sh fetches them beside its first step. The matrix then finds
# node_modules matching the lockfile and installs only the packed tarball.
set -euo pipefail
cd "$(dirname "$0")/../.."
for dir in tests/consumers/uniapp tests/consumers/taro; do
  if [ ! -f "$dir/node_modules/.package-lock.json" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    # npm install, not npm ci: Taro's lockfile has only the native binding
    # the registry holds (linux-x64), which npm ci refuses as out of sync;
    # --no-save keeps the lockfile as it is.
    (cd "$dir" && npm install --no-save --prefer-offline --no-audit --no-fund --loglevel=error)
  fi
done
