// The Worker: gongji runs here because Alipay's MYWebAssembly exists only
// inside a Worker. It answers the page's messages { id, call, request }
// with { id, answer } or { id, error: { code, path, message } }.
// A Worker may require only files inside its own folder: copy-gongji.mjs
// puts gongji's loader in ./gongji/; the wasm stays outside, in the
// package gongji was installed into, and init() is given its path.
const gongji = require('./gongji/gongji.js');

const WASM_PATH = '/node_modules/gongji/miniprogram-extras/gongji.wasm';
const ready = gongji.init({ path: WASM_PATH });

worker.onMessage(({ id, call, request }) => {
  ready.then(() => {
    const answer = call === 'engine' ? gongji.engine() : gongji[call](request);
    worker.postMessage({ id, answer });
  }).catch((e) => {
    worker.postMessage({ id, error: { code: e.code || 'INTERNAL', path: e.path, message: e.message } });
  });
});
