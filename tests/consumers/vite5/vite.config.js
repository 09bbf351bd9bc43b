// Vite 5's dev server pre-bundles dependencies into node_modules/.vite/deps/,
// away from the raw_bg.wasm that gongji finds beside its own module, and
// then answers the wasm's URL with index.html. Leave gongji out of the
// pre-bundle (Vite 8 needs nothing).
export default { optimizeDeps: { exclude: ['gongji'] } };
