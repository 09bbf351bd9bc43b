// How an ES module entry that loads its engine as it is imported (bundler,
// node's import) picks it: the wasm first, the JS build where WebAssembly
// is off, and an init() that switches.
import { GongjiError } from './api.mjs';
import { answerWith, engine, forcedWasmFailed, jsCalls, wasmCalls } from './answering.mjs';
import { wantedEngine, wasmSwitchedOff } from './engine.mjs';

/**
 * An entry that loads its engine as it is imported (bundler, node ESM): the
 * wasm from `importWasm()`, or where WebAssembly is off the JS build from
 * `importJs()` (each a dynamic import, so that only the one used is
 * fetched). Resolves to the entry's init(), which switches engine.
 */
export async function loadAsImported(importWasm, importJs) {
  let js;
  const useWasm = async () => answerWith('wasm', await wasmCalls(importWasm));
  const useJs = async () => {
    js ??= jsCalls(await importJs());
    answerWith('js', js);
  };
  try {
    await useWasm();
  } catch (e) {
    if (!wasmSwitchedOff(e)) throw e;
    await useJs();
  }
  return async function init(options) {
    const wanted = wantedEngine(options, GongjiError);
    if (wanted === 'js' && engine() !== 'js') await useJs();
    if (wanted === 'wasm' && engine() !== 'wasm') {
      try {
        await useWasm();
      } catch (e) {
        throw forcedWasmFailed(e);
      }
    }
  };
}
