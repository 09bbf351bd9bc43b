// gongji, loaded once for the whole app: the README's example, answered.
import init, * as gongji from 'gongji';
import { readmeAnswer } from './answer.js';

export const answer = init({
  path: '/gongji/gongji.wasm.br',
  // WeChat's own require.async (分包异步化), which Vite leaves alone.
  js: () => require.async('./gongji-js/gongji-js.js'),
}).then(() => readmeAnswer(gongji));
