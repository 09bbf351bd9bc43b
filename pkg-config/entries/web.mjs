// The `gongji/web` entry (and `gongji` in a browser): an ES module with an
// explicit async init() that fetches raw_bg.wasm beside it, or where
// WebAssembly is off loads the JS build, its own file. Built into
// <pkg>/web/index.js by scripts/assemble-pkg.mjs; `./raw.js` (wasm-bindgen's
// glue) and `./gongji-js.js` (the JS build) are the files beside it there.
import initWasm, * as raw from './raw.js';
import { GongjiError } from '../shared/api.mjs';
import { answerWith, engine, jsCalls, wasmCalls } from '../shared/answering.mjs';
import { wantedEngine, wasmSwitchedOff, wasmUnavailableError } from '../shared/engine.mjs';

export * from 'gongji:call-exports';
export { engine, GongjiError };

const loads = {};

// A mini-program bundler (uni-app, Taro) that resolved 'gongji' to this
// entry: no document, no fetch, no WebAssembly global, and the web wasm
// the bundler emitted is not where WXWebAssembly looks. Say what to import.
function inMiniProgram() {
  return typeof document === 'undefined' && (typeof wx === 'object' || typeof my === 'object');
}

function miniProgramError() {
  return new GongjiError({ code: 'ENGINE_UNAVAILABLE', path: 'engine',
    message: "这是小程序：gongji 的网页入口在此无法加载，请改为 import … from 'gongji/miniprogram'（uni-app、Taro 的写法见 gongji 的 docs/integrations.md）"
      + " / this is a mini-program, where gongji's web entry cannot load: import from 'gongji/miniprogram' instead (uni-app, Taro: see gongji's docs/integrations.md)" });
}

async function loadWasm(input) {
  return { engine: 'wasm', calls: await wasmCalls(async () => {
    await initWasm(input === undefined ? undefined : { module_or_path: input });
    return raw;
  }) };
}

// The JS build is its own file, fetched only when WebAssembly is off.
async function loadJs() {
  return { engine: 'js', calls: jsCalls(await import('./gongji-js.js')) };
}

async function load(wanted, input) {
  if (wanted === 'js') return loadJs();
  try {
    return await loadWasm(input);
  } catch (e) {
    if (!wasmSwitchedOff(e)) throw e;
    if (wanted === 'wasm') throw e.name === 'GongjiError' ? e : wasmUnavailableError(GongjiError, e);
    return loadJs();
  }
}

/**
 * Loads the wasm (default: raw_bg.wasm next to this file), or where
 * WebAssembly is off the JS build; `{ engine }` forces one. Loads once.
 */
export default async function init(input) {
  if (inMiniProgram()) throw miniProgramError();
  const options = input?.constructor === Object ? input : { module_or_path: input };
  const key = wantedEngine(options, GongjiError) || 'auto';
  loads[key] ??= load(options.engine, options.module_or_path).catch((e) => {
    delete loads[key];
    throw e;
  });
  const loaded = await loads[key];
  answerWith(loaded.engine, loaded.calls);
}
