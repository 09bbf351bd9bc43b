'use strict';
// The `gongji` entry under node's `require` (and package.json "main"):
// built into <pkg>/node/index.cjs by scripts/assemble-pkg.mjs. A CommonJS
// module whose imports esbuild bundles (GongjiError stays in node/api.cjs,
// shared with the ES module face). The wasm is read synchronously on
// require (`./raw.js` there); where WebAssembly is off (node --jitless) the
// JS build (`./gongji-js.cjs`) answers. Each export a plain property, with
// the __esModule marker: TypeScript's (and bundlers') CommonJS interop
// finds `default` (`import init from 'gongji'` compiled to CommonJS), and a
// test's spy can replace a call.
import { GongjiError } from '../shared/api.mjs';
import { wantedEngine, wasmSwitchedOff } from '../shared/engine.mjs';
import { answerWith, calls, engine, forcedWasmFailed, jsCalls, wasmCalls } from '../shared/answering.mjs';

if (typeof process === 'undefined' || !process.versions || !process.versions.node) {
  // A mini-program that resolves require('gongji') through "main" (Alipay)
  // lands here with no node around it: it gets the mini-program entry, with
  // the JS build beside this file for where no MYWebAssembly exists (an app
  // that came this way already ships node/, so it costs no more).
  const miniprogram = require('../miniprogram/gongji.js');
  const init = (options) => miniprogram.init(Object.assign({ js: () => require('./gongji-js.cjs') }, options));
  module.exports = Object.assign({}, miniprogram, { default: init, init });
  Object.defineProperty(module.exports, '__esModule', { value: true });
} else {
  const useWasm = () => answerWith('wasm', wasmCalls(() => require('./raw.js')));
  let js;
  const useJs = () => {
    js ??= jsCalls(require('./gongji-js.cjs'));
    answerWith('js', js);
  };
  try {
    useWasm();
  } catch (e) {
    if (!wasmSwitchedOff(e)) throw e;
    useJs();
  }

  /**
   * Nothing to load in node: the wasm is read synchronously on require.
   * `init({ engine: 'js' | 'wasm' })` switches engine.
   */
  const init = async (options) => {
    const wanted = wantedEngine(options, GongjiError);
    if (wanted === 'js' && engine() !== 'js') useJs();
    if (wanted === 'wasm' && engine() !== 'wasm') {
      try {
        useWasm();
      } catch (e) {
        throw forcedWasmFailed(e);
      }
    }
  };
  Object.defineProperty(exports, '__esModule', { value: true });
  exports.default = init;
  exports.init = init;
  exports.engine = engine;
  exports.GongjiError = GongjiError;
  Object.assign(exports, calls());
}
