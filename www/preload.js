// Fetch the wasm while the page's modules load, only where WebAssembly can
// run it (where it cannot, the engine loads its JavaScript build). Its own
// script, so that it runs before app.js's modules have all arrived.
if (typeof WebAssembly === 'object') {
  document.head.append(Object.assign(document.createElement('link'),
    { rel: 'preload', href: 'gongji/raw_bg.wasm', as: 'fetch', type: 'application/wasm', crossOrigin: 'anonymous' }));
}
