#!/usr/bin/env bash
# The consumer matrix (tests/consumers/run.mjs): the packed package installed
# into tiny real projects (Vite 8 and 5, webpack 5, TypeScript under every
# moduleResolution, Jest + jsdom, Vitest, and the mini-program toolchains
# uni-app and Taro), each pinned by its lockfile and installed offline first
# from the npm cache, running the README's example; the browser cases in
# headless Chromium, the mini-programs built for WeChat and launched in a
# simulated WeChat (tests/consumers/wechat-realm.mjs).
set -euo pipefail
cd "$(dirname "$0")/../.."
bash scripts/setup.sh package browsers
[ -f pkg/package.json ] || bash scripts/build-pkg.sh
node tests/consumers/run.mjs
