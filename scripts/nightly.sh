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
# wasm-opt -Oz. (`--flatten --rereloop -Oz --converge` took 0.2 KB more
# brotli off the web wasm, 215.8 KB, for three times the time: about 90 s
# more per module on 2 cores.)
GONGJI_SIZE_RUSTFLAGS="-Cllvm-args=-inline-threshold=0"
GONGJI_SIZE_WASM_OPT="-Oz"

# The mini-program module's compilation (MVP features only, the C-ABI
# interface of src/host/ffi.rs), shared by scripts/build-miniprogram.sh and
# scripts/build-pkg.sh, which runs it beside its own two.
build_mvp() {
  RUSTFLAGS="-C target-cpu=mvp $GONGJI_RUSTFLAGS $GONGJI_SIZE_RUSTFLAGS" \
    cargo "+$GONGJI_NIGHTLY" build --profile wasm --lib --target wasm32-unknown-unknown \
    --target-dir target/mvp --no-default-features --features ffi -Z build-std=std,panic_abort \
    -Z build-std-features=optimize_for_size
}
