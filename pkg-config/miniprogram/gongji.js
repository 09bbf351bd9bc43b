'use strict';
// gongji for WeChat and Alipay mini-programs.
//
//   const gongji = require('gongji');            // via 构建 npm (package.json "miniprogram")
//   await gongji.init({ path: '/miniprogram_npm/gongji/gongji.wasm.br' });
//   gongji.checkNetwork({ policy: 'shanghai', ... });
//
// The wasm is the MVP-only build with no imports: WXWebAssembly (WeChat) or
// MYWebAssembly (Alipay) instantiates it from a path inside the code
// package. Strings cross as UTF-8 bytes through a plain C ABI (src/ffi.rs);
// a small UTF-8 codec is used only where TextEncoder/TextDecoder are
// missing. ES2018 syntax at most; nothing is added to the global object.
var api = require('./api.js');

var exports_ = null;
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

function copyIn(bytes) {
  var ptr = exports_.gongji_alloc(bytes.length);
  new Uint8Array(exports_.memory.buffer, ptr, bytes.length).set(bytes);
  return ptr;
}

function rawCall(name, json) {
  if (!exports_) {
    throw new api.GongjiError({ code: 'NOT_INITIALIZED', message: '请先调用 await init({ path }) / call await init({ path }) first' });
  }
  var nameBytes = encodeUtf8(name);
  var requestBytes = encodeUtf8(json);
  var namePtr = copyIn(nameBytes);
  var requestPtr = copyIn(requestBytes);
  var len = exports_.gongji_call(namePtr, nameBytes.length, requestPtr, requestBytes.length);
  var ptr = exports_.gongji_result();
  // Copy out before anything else can grow (and detach) the memory.
  return decodeUtf8(new Uint8Array(exports_.memory.buffer, ptr, len).slice());
}

/**
 * Loads the wasm from a path inside the code package (`.wasm.br` or `.wasm`)
 * with whichever of WXWebAssembly / MYWebAssembly the runtime has.
 */
function init(options) {
  if (exports_) return Promise.resolve();
  var runtime = typeof WXWebAssembly !== 'undefined' ? WXWebAssembly
    : typeof MYWebAssembly !== 'undefined' ? MYWebAssembly : null;
  if (!runtime) {
    return Promise.reject(new api.GongjiError({ code: 'NOT_INITIALIZED', message: '没有 WXWebAssembly 或 MYWebAssembly / no WXWebAssembly or MYWebAssembly in this runtime' }));
  }
  var path = (options && options.path) || '/miniprogram_npm/gongji/gongji.wasm.br';
  return runtime.instantiate(path, {}).then(function (result) {
    exports_ = (result.instance || result).exports;
  });
}

// Each export assigned by name (not in a loop), so that node's ESM import
// and the type checkers can see them.
var calls = api.bind(rawCall);
exports.init = init;
exports.callJson = rawCall;
exports.GongjiError = api.GongjiError;
exports.policies = calls.policies;
exports.relationOptions = calls.relationOptions;
exports.checkNetwork = calls.checkNetwork;
exports.previewSettlement = calls.previewSettlement;
exports.projectSettlements = calls.projectSettlements;
exports.viewNetwork = calls.viewNetwork;
