// Load gongji once for the whole mini-program.
const gongji = require('gongji');

App({
  gongji,
  ready: gongji.init({ path: '/miniprogram_npm/gongji/gongji.wasm.br' }),
});
