'use strict';
// gongji for WeChat and Alipay mini-programs.
//
//   const gongji = require('gongji');            // via 构建 npm (package.json "miniprogram")
//   await gongji.init();                         // WeChat: /miniprogram_npm/gongji/gongji.wasm.br
//   gongji.checkNetwork({ policy: 'shanghai', ... });
//   gongji.engine();                             // 'wasm', or 'js' where WebAssembly is off
//
// The wasm is the MVP-only build with no imports: WXWebAssembly (WeChat) or
// MYWebAssembly (Alipay, inside a Worker only) instantiates it from a path
// inside the code package. Where neither exists (WeChat base libraries
// before 2.13, Alipay's main thread) the JS build (gongji-js.js, binaryen's
// wasm2js translation of the same module) answers instead, the same to the
// fen, from where the app put it: `init({ js })` (a subpackage loaded
// asynchronously; it is never required from here, so that the main package
// does not carry it). Strings cross as UTF-8 bytes through the plain C ABI
// of src/host/ffi.rs (call-over.js), with a UTF-8 codec that answers as
// TextEncoder/TextDecoder where they are missing. ES2018 syntax at most;
// nothing is added to the global object.
//
// Built into <pkg>/miniprogram/gongji.js by scripts/assemble-miniprogram.mjs,
// where the shared modules are the files beside it (api.js, engine.js,
// call-over.js: a Worker copies them with it); the JS build is
// <pkg>/miniprogram-extras/gongji-js.js.
var api = require('../shared/api.mjs');
var engines = require('../shared/engine.mjs');
var callOver = require('../shared/call-over.mjs').callOver;

// TextEncoder/TextDecoder, or where the runtime has neither a codec that
// encodes and decodes as they do, lone surrogates included (shared/utf8.mjs).
var utf8 = require('../shared/call-over.mjs').utf8Codec();

var WECHAT_DEFAULT_PATH = '/miniprogram_npm/gongji/gongji.wasm.br';
var current = null;
var answering;
var loads = {};

function rawCall(name, json) {
  if (!current) {
    throw new api.GongjiError({ code: 'NOT_INITIALIZED', message: '请先调用 await init() / call await init() first' });
  }
  return current(name, json);
}

function wasmRuntime() {
  if (typeof WXWebAssembly !== 'undefined') return { name: 'WXWebAssembly', api: WXWebAssembly };
  if (typeof MYWebAssembly !== 'undefined') return { name: 'MYWebAssembly', api: MYWebAssembly };
  return null;
}

// Why there is no WebAssembly here, in words a developer can act on.
function missingRuntimeHint() {
  if (typeof my !== 'undefined') {
    return { zh: '：支付宝的 MYWebAssembly 只在 Worker 中可用，请把 gongji 移到 Worker 里（见 gongji 的 examples/alipay-miniprogram）',
      en: ": Alipay's MYWebAssembly exists only inside a Worker, move gongji into a Worker (see gongji's examples/alipay-miniprogram)" };
  }
  return { zh: '：微信的 WXWebAssembly 需要基础库 2.13.0 及以上', en: "; WeChat's WXWebAssembly needs base library 2.13.0 or later" };
}

// The JS build (944 KB) is never required from here, so that neither 构建
// npm nor a bundler puts it in the main package: the app says where it is,
// init({ js: () => require.async('../gongji-js/gongji-js.js') }), a
// subpackage loaded only where the runtime has no WebAssembly.
function loadJs(options) {
  var js = options && options.js;
  if (typeof js !== 'function') {
    var hint = missingRuntimeHint();
    return Promise.reject(new api.GongjiError({ code: 'ENGINE_UNAVAILABLE', path: 'js',
      message: '此环境无法运行 WebAssembly' + hint.zh + '；要在这里用 JS 版，请把 gongji/miniprogram-extras/gongji-js.js 放进一个分包，' +
        "并调用 init({ js: () => require.async('<分包>/gongji-js.js') }) / WebAssembly cannot run here" + hint.en +
        "; to answer with the JS build here, put gongji/miniprogram-extras/gongji-js.js in a subpackage and call init({ js: () => require.async('<subpackage>/gongji-js.js') })" }));
  }
  return Promise.resolve().then(js).then(function (build) {
    if (!build || typeof build.instantiate !== 'function') throw new Error('not gongji-js.js: it has no instantiate()');
    return { engine: 'js', call: callOver(build.instantiate(), utf8) };
  }).then(null, function (e) {
    if (e && e.name === 'GongjiError') throw e;
    var why = (e && (e.errMsg || e.message)) || String(e);
    throw new api.GongjiError({ code: 'INIT_FAILED', path: 'js',
      message: 'init({ js }) 没有给出 gongji-js.js（' + why + '）/ init({ js }) did not give gongji-js.js (' + why + ')' });
  });
}

// What to do when the wasm is not where init() looked, in both languages.
function missingWasmFix(path, given) {
  if (given) {
    return { zh: '请确认 ' + path + ' 在代码包中（从代码包根目录算起的绝对路径）',
      en: 'check that ' + path + ' is in the code package (an absolute path from its root)' };
  }
  return { zh: '用开发者工具「构建 npm」，或把 gongji/miniprogram/gongji.wasm.br 复制进代码包并调用 init({ path })（uni-app、Taro 见 gongji 的 docs/integrations.md）',
    en: "run DevTools' 构建 npm, or copy gongji/miniprogram/gongji.wasm.br into the code package and call init({ path }) (uni-app, Taro: see gongji's docs/integrations.md)" };
}

function loadWasm(options) {
  var runtime = wasmRuntime();
  if (!runtime) return Promise.reject(engines.wasmUnavailableError(api.GongjiError, null, missingRuntimeHint()));
  var path = options && options.path;
  if (!path && runtime.name === 'MYWebAssembly') {
    // Alipay keeps npm packages in node_modules/, and a Worker may require
    // only its own folder: the wasm's place is the app's to say.
    return Promise.reject(new api.GongjiError({ code: 'INIT_FAILED', path: 'path',
      message: '支付宝小程序请用 init({ path }) 给出 gongji.wasm 在代码包中的路径 / on Alipay, pass init({ path }) with where gongji.wasm is in the code package' }));
  }
  var given = !!path;
  path = path || WECHAT_DEFAULT_PATH;
  return Promise.resolve().then(function () {
    return runtime.api.instantiate(path, {});
  }).then(function (result) {
    return { engine: 'wasm', call: callOver((result.instance || result).exports, utf8) };
  }, function (e) {
    var why = (e && (e.errMsg || e.message)) || String(e);
    var fix = missingWasmFix(path, given);
    throw new api.GongjiError({ code: 'INIT_FAILED', path: 'path',
      message: runtime.name + ' 无法加载 ' + path + '（' + why + '）：' + fix.zh + ' / ' + runtime.name + ' cannot load ' + path + ' (' + why + '): ' + fix.en });
  });
}

/**
 * Loads the engine: the wasm from a path inside the code package (`.wasm.br`
 * or `.wasm`; on WeChat by default the one 构建 npm put in miniprogram_npm)
 * with whichever of WXWebAssembly / MYWebAssembly the runtime has, or where
 * neither exists the JS build that `js` gives (a function returning it or
 * a promise of it: `() => require.async('<subpackage>/gongji-js.js')`).
 * `init({ engine: 'js' | 'wasm' })` forces one. Concurrent calls load it once.
 */
function init(options) {
  var wanted;
  try {
    wanted = engines.wantedEngine(options, api.GongjiError);
  } catch (e) {
    return Promise.reject(e);
  }
  var key = wanted || 'auto';
  if (!loads[key]) {
    var loading = wanted === 'js' || (!wanted && !wasmRuntime()) ? loadJs(options) : loadWasm(options);
    loads[key] = loading.then(null, function (e) {
      delete loads[key];
      throw e;
    });
  }
  return loads[key].then(function (loaded) {
    current = loaded.call;
    answering = loaded.engine;
  });
}

/** Which engine answers: 'wasm' or 'js' (undefined before init()). */
function engine() {
  return answering;
}

// Each export a plain property; the build names them for node's ESM import.
// `default` is init, as on every other entry, with the __esModule marker so
// that a bundler's `import init from 'gongji/miniprogram'` finds it.
Object.defineProperty(exports, '__esModule', { value: true });
exports.default = init;
exports.init = init;
exports.engine = engine;
exports.callJson = rawCall;
exports.GongjiError = api.GongjiError;
var calls = api.bind(rawCall);
for (var name in calls) exports[name] = calls[name];
