// Taro 4 (React, webpack 5) building the WeChat mini-program to dist/.
// webpack resolves 'gongji' for the browser unless told it builds a
// mini-program (the `miniprogram` condition), and neither runs WeChat's
// 构建 npm nor copies a file the code only names: copy gongji's wasm into
// the code package, where init({ path: '/gongji/gongji.wasm.br' }) finds it,
// and the JS build (for WeChat without WXWebAssembly) into the subpackage
// gongji-js, which init({ js }) loads asynchronously.
module.exports = {
  projectName: 'gongji-taro-consumer',
  designWidth: 750,
  deviceRatio: { 750: 1 },
  sourceRoot: 'src',
  outputRoot: 'dist',
  framework: 'react',
  compiler: 'webpack5',
  copy: {
    patterns: [
      { from: 'node_modules/gongji/miniprogram/gongji.wasm.br', to: 'dist/gongji/gongji.wasm.br' },
      { from: 'node_modules/gongji/miniprogram-extras/gongji-js.js', to: 'dist/gongji-js/gongji-js.js' },
    ],
  },
  mini: {
    webpackChain(chain) {
      chain.resolve.set('conditionNames', ['miniprogram', '...']);
    },
    // Source maps only for the matrix, which reads gongji's bytes from them.
    enableSourceMap: process.env.GONGJI_SOURCE_MAPS === '1',
    sourceMapType: 'source-map',
  },
};
