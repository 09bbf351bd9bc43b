# The one nightly toolchain gongji builds its wasm with, pinned so that a
# fresh machine builds the very module measured here. Sourced by the setup
# and build scripts. Nightly is needed for -Z build-std: std rebuilt for
# size (optimize_for_size, panics that abort without formatting) for the
# npm package, and for the WebAssembly MVP for the mini-program build.
GONGJI_NIGHTLY=nightly-2026-05-19

# The flags every wasm build shares: panics abort without formatting or
# locations, and no Debug formatting (never in an answer).
GONGJI_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none"
# What the size-first builds (npm web and bundler, mini-program) add: LLVM
# inlines only what shrinks the code (-1.8 KB raw, -0.15 KB brotli), and
# wasm-opt restructures control flow before -Oz and repeats it until nothing
# shrinks (-1.6 KB raw, -0.7 KB brotli more), measured on 2026-11-24.
GONGJI_SIZE_RUSTFLAGS="-Cllvm-args=-inline-threshold=0"
GONGJI_SIZE_WASM_OPT="--flatten --rereloop -Oz --converge"
