#!/usr/bin/env bash
# Installs what gongji's build, demo and tests need, from the package
# registries only (rustup, crates.io, PyPI, Debian, npm). Safe to run again:
# each step skips what is already there. Steps live in scripts/setup.d/,
# named by what they install:
#   scripts/setup.sh            every step, in name order
#   scripts/setup.sh demo       what building the package and serving the
#                               demo needs (rust, wasm-bindgen, npm)
#   scripts/setup.sh NAME...    those steps only, e.g. `firefox cargo-deny`;
#                               each test step (scripts/test.d/) asks for
#                               what it uses, so the first tests run before
#                               the slow installs
set -euo pipefail
cd "$(dirname "$0")/.."
names=()
for name in "${@:-all}"; do
  case "$name" in
    all) for step in scripts/setup.d/*.sh; do names+=("$(basename "$step" .sh | cut -d- -f2-)"); done ;;
    demo | package) names+=(rust wasm-bindgen npm) ;;
    *) names+=("$name") ;;
  esac
done
for name in "${names[@]}"; do
  step=$(ls scripts/setup.d/[0-9][0-9]-"$name".sh 2>/dev/null || true)
  [ -n "$step" ] || { echo "setup: no step named $name in scripts/setup.d/" >&2; exit 1; }
  bash "$step"
done
