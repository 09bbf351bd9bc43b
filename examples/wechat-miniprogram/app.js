// Load gongji once for the whole mini-program.
const gongji = require('gongji');

App({
  gongji,
  ready: gongji.init({
    // Where 构建 npm put the brotli wasm (also init()'s default).
    path: '/miniprogram_npm/gongji/gongji.wasm.br',
    // Only where WXWebAssembly is missing (base libraries before 2.13): the
    // JS build, from the subpackage gongji-js, downloaded only then.
    js: () => require.async('./gongji-js/gongji-js.js'),
  }),
});
