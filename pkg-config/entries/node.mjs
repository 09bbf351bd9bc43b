// The `gongji` entry under node's `import`: built into <pkg>/node/index.mjs
// by scripts/assemble-pkg.mjs. Its own glue (`./raw.mjs` finds raw_bg.wasm
// through import.meta.url, so server bundles emit it), imported dynamically
// so that where WebAssembly is off (node --jitless) the JS build answers;
// GongjiError from the CommonJS side (node/api.cjs: one class, whichever
// way the package was loaded).
import { GongjiError } from '../shared/api.mjs';
import { engine } from '../shared/answering.mjs';
import { loadAsImported } from '../shared/load-as-imported.mjs';

export * from 'gongji:call-exports';
export { engine, GongjiError };

/**
 * Nothing to load in node: the wasm is read on import.
 * `init({ engine: 'js' | 'wasm' })` switches engine.
 */
const init = await loadAsImported(() => import('./raw.mjs'), async () => (await import('./gongji-js.cjs')).default);
export default init;
