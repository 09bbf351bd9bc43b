// The `gongji/bundler` entry (and `gongji` under a bundler's `import`): the
// bundler instantiates the wasm import; init() only switches engine. Built
// into <pkg>/bundler/index.js by scripts/assemble-pkg.mjs. The wasm glue
// (`./raw.js` there) is imported dynamically (top-level await, as
// wasm-bindgen's bundler target already makes this an async module) so that
// where WebAssembly is off the JS build (web/gongji-js.js, its own chunk)
// answers instead.
import { GongjiError } from '../shared/api.mjs';
import { engine } from '../shared/answering.mjs';
import { loadAsImported } from '../shared/load-as-imported.mjs';

export * from 'gongji:call-exports';
export { engine, GongjiError };

/**
 * Nothing to load: the bundler instantiates the wasm (or, where WebAssembly
 * is off, the JS build answers). `init({ engine: 'js' | 'wasm' })` switches
 * engine.
 */
const init = await loadAsImported(() => import('./raw.js'), () => import('../web/gongji-js.js'));
export default init;
