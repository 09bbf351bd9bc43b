#!/usr/bin/env bash
# Installs what gongji's build, demo and tests need, from the package
# registries only (rustup, crates.io, Debian, npm). Safe to run again: each
# step skips what is already there. Steps live in scripts/setup.d/, run in
# name order. `scripts/setup.sh demo` installs only what building and
# serving the demo needs (no browsers or Firefox; wasm-tools, because the
# web package carries the JS build made from the mini-program module).
set -euo pipefail
cd "$(dirname "$0")/.."
for step in scripts/setup.d/*.sh; do
  name=$(basename "$step" .sh)
  if [ "${1:-all}" = demo ] && ! [[ "$name" =~ ^(10-rust|20-wasm-bindgen|40-npm|50-miniprogram)$ ]]; then
    continue
  fi
  echo "== setup: $name"
  bash "$step"
done
