// gongji, loaded once for the whole app: the README's example, answered.
import init, * as gongji from 'gongji';
import { readmeAnswer } from './answer.js';

export const answer = init({
  path: '/gongji/gongji.wasm.br',
  // WeChat's own require, which webpack leaves alone under this name.
  js: () => __non_webpack_require__.async('./gongji-js/gongji-js.js'),
}).then(() => readmeAnswer(gongji));
