#!/usr/bin/env bash
# Installs everything gongji's build, demo and tests need, from the package
# registries only (rustup, crates.io, Debian, npm). Safe to run again: each
# step skips what is already there. Steps live in scripts/setup.d/, run in
# name order.
set -euo pipefail
cd "$(dirname "$0")/.."
for step in scripts/setup.d/*.sh; do
  echo "== setup: $(basename "$step")"
  bash "$step"
done
