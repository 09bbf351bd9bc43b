# The one nightly toolchain gongji builds its wasm with, pinned so that a
# fresh machine builds the very module measured here. Sourced by the setup
# and build scripts. Nightly is needed for -Z build-std: std rebuilt for
# size (optimize_for_size, panics that abort without formatting) for the
# npm package, and for the WebAssembly MVP for the mini-program build.
GONGJI_NIGHTLY=nightly-2026-05-19
