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
// fen. Strings cross as UTF-8 bytes through the plain C ABI of
// src/host/ffi.rs (call-over.js), with a UTF-8 codec that answers as
// TextEncoder/TextDecoder where they are missing. ES2018 syntax at most; nothing is added
// to the global object.
//
// Built into <pkg>/miniprogram/gongji.js by scripts/assemble-miniprogram.mjs,
// where the shared modules are the files beside it (api.js, engine.js,
// call-over.js: a Worker copies them with it) and `./gongji-js.js` is the
// JS build.
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

function loadJs() {
  return Promise.resolve().then(function () {
    return { engine: 'js', call: callOver(require('./gongji-js.js').instantiate(), utf8) };
  });
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
  path = path || WECHAT_DEFAULT_PATH;
  return Promise.resolve().then(function () {
    return runtime.api.instantiate(path, {});
  }).then(function (result) {
    return { engine: 'wasm', call: callOver((result.instance || result).exports, utf8) };
  }, function (e) {
    throw new api.GongjiError({ code: 'INIT_FAILED', path: 'path',
      message: runtime.name + ' 无法加载 ' + path + '（' + (e && e.message || e) + '）/ ' + runtime.name + ' cannot load ' + path + ' (' + (e && e.message || e) + ')' });
  });
}

/**
 * Loads the engine: the wasm from a path inside the code package (`.wasm.br`
 * or `.wasm`; on WeChat by default the one 构建 npm put in miniprogram_npm)
 * with whichever of WXWebAssembly / MYWebAssembly the runtime has, or where
 * neither exists the JS build. `init({ engine: 'js' | 'wasm' })` forces one.
 * Concurrent calls load it once.
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
    var loading = wanted === 'js' || (!wanted && !wasmRuntime()) ? loadJs() : loadWasm(options);
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
exports.init = init;
exports.engine = engine;
exports.callJson = rawCall;
exports.GongjiError = api.GongjiError;
var calls = api.bind(rawCall);
for (var name in calls) exports[name] = calls[name];
