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
// src/host/ffi.rs (call-over.js), with a small UTF-8 codec where
// TextEncoder/TextDecoder are missing. ES2018 syntax at most; nothing is added
// to the global object.
//
// Built into <pkg>/miniprogram/gongji.js by scripts/assemble-miniprogram.mjs,
// where the shared modules are the files beside it (api.js, engine.js,
// call-over.js: a Worker copies them with it) and `./gongji-js.js` is the
// JS build.
var api = require('../shared/api.mjs');
var engines = require('../shared/engine.mjs');
var callOver = require('../shared/call-over.mjs').callOver;

// A small UTF-8 codec, used only where TextEncoder/TextDecoder are missing.
var encoder = typeof TextEncoder === 'function' ? new TextEncoder() : null;
var decoder = typeof TextDecoder === 'function' ? new TextDecoder('utf-8') : null;

function encodeUtf8(text) {
  if (encoder) return encoder.encode(text);
  var bytes = [];
  for (var i = 0; i < text.length; i++) {
    var c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      var d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      } else {
        c = 0xfffd;
      }
    } else if (c >= 0xd800 && c <= 0xdfff) {
      c = 0xfffd;
    }
    if (c < 0x80) bytes.push(c);
    else if (c < 0x800) bytes.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return new Uint8Array(bytes);
}

// The engine only ever answers valid UTF-8.
function decodeUtf8(bytes) {
  if (decoder) return decoder.decode(bytes);
  var out = '';
  var units = [];
  for (var i = 0; i < bytes.length; ) {
    var b = bytes[i];
    var c;
    if (b < 0x80) { c = b; i += 1; }
    else if (b < 0xe0) { c = ((b & 31) << 6) | (bytes[i + 1] & 63); i += 2; }
    else if (b < 0xf0) { c = ((b & 15) << 12) | ((bytes[i + 1] & 63) << 6) | (bytes[i + 2] & 63); i += 3; }
    else { c = ((b & 7) << 18) | ((bytes[i + 1] & 63) << 12) | ((bytes[i + 2] & 63) << 6) | (bytes[i + 3] & 63); i += 4; }
    if (c >= 0x10000) {
      c -= 0x10000;
      units.push(0xd800 + (c >> 10), 0xdc00 + (c & 1023));
    } else {
      units.push(c);
    }
    if (units.length > 8000) { out += String.fromCharCode.apply(null, units); units = []; }
  }
  return out + String.fromCharCode.apply(null, units);
}

var utf8 = { encode: encodeUtf8, decode: decodeUtf8 };

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
