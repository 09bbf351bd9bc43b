import init, * as gongji from 'gongji';
import { readmeAnswer } from './answer.js';

// No top-level await: Vite 5's default build targets (es2020, safari14)
// refuse it, and init() returns a promise either way.
init().then(() => {
  document.querySelector('#plain').textContent = readmeAnswer(gongji);
});
