// The wasm hosted by the app itself (a CDN in production): the package
// exports it, Vite gives its URL, init() takes it as module_or_path.
import init, * as gongji from 'gongji';
import wasmUrl from 'gongji/web/raw_bg.wasm?url';
import { readmeAnswer } from './answer.js';

init({ module_or_path: wasmUrl }).then(() => {
  document.querySelector('#plain').textContent = readmeAnswer(gongji);
});
