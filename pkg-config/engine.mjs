// Which engine answers, shared by every entry: the same compiled rules as
// WebAssembly, or as JavaScript where WebAssembly is off (iOS Lockdown
// Mode, ArkWeb's 坚盾守护模式, `node --jitless`, a CSP without
// 'wasm-unsafe-eval', WeChat base libraries without WXWebAssembly, Alipay's
// main thread). The JS build is binaryen's wasm2js translation of the
// mini-program module (scripts/build-js.mjs), never a second implementation:
// it exports the same memory, gongji_alloc, gongji_call and gongji_result
// as the MVP wasm, and callOver() speaks the C ABI of src/bindings/ffi.rs to
// either. ES2018 at most (the mini-program loader uses it too); nothing is
// added to the global object.

/** The engines an entry can run: `init({ engine })` forces one. */
export const ENGINES = ['wasm', 'js'];

/**
 * The `engine` option of init(), checked: undefined (WebAssembly where it
 * can be instantiated, else JS), 'wasm' or 'js'. Anything else is an error
 * naming the option, thrown as the entry's GongjiError.
 */
export function wantedEngine(options, GongjiError) {
  var wanted = options !== null && typeof options === 'object' ? options.engine : undefined;
  if (wanted === undefined || ENGINES.indexOf(wanted) >= 0) return wanted;
  throw new GongjiError({
    code: 'INVALID_ENGINE',
    path: 'engine',
    message: 'engine 只能是 "wasm" 或 "js"，收到 ' + JSON.stringify(wanted) + ' / engine must be "wasm" or "js", got ' + JSON.stringify(wanted),
  });
}

/** True when this runtime has no usable WebAssembly global. */
export function noWebAssembly() {
  return typeof WebAssembly !== 'object' || WebAssembly === null || typeof WebAssembly.instantiate !== 'function';
}

/**
 * True when a failed wasm load means "WebAssembly is switched off here":
 * no global, or compilation refused by a Content-Security-Policy without
 * 'wasm-unsafe-eval' (Chromium: "Refused to compile or instantiate
 * WebAssembly module because 'unsafe-eval' is not an allowed source...";
 * Safari and Firefox say "Refused ..." / "blocked by CSP"), so the JS build
 * should answer instead. A missing file, a network error or a corrupt
 * module is not: it is reported, not papered over.
 */
export function wasmSwitchedOff(error) {
  if (noWebAssembly()) return true;
  var name = error && error.name;
  var message = String(error && error.message);
  return (name === 'CompileError' || name === 'EvalError')
    && /Content.Security.Policy|CSP|unsafe-eval|wasm-eval|Refused/i.test(message);
}

/** The error for `init({ engine: 'wasm' })` where WebAssembly is off. */
export function wasmUnavailableError(GongjiError, cause, hint) {
  return new GongjiError({
    code: 'ENGINE_UNAVAILABLE',
    path: 'engine',
    message: '此环境无法运行 WebAssembly（' + (cause && cause.message || '没有 WebAssembly') + '）' + (hint ? hint.zh : '') + '；不指定 engine 时会改用 JS 版 / WebAssembly cannot run here ('
      + (cause && cause.message || 'no WebAssembly') + ')' + (hint ? hint.en : '') + '; without an engine option the JS build answers instead',
  });
}

var encoder = typeof TextEncoder === 'function' ? new TextEncoder() : null;
var decoder = typeof TextDecoder === 'function' ? new TextDecoder('utf-8') : null;

// A small UTF-8 codec, used only where TextEncoder/TextDecoder are missing.
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

/**
 * The raw `(name, json) -> json` call over the C ABI of the mini-program
 * module, whether WebAssembly instantiated it or wasm2js translated it:
 * UTF-8 bytes copied into buffers from gongji_alloc, the answer copied out.
 */
export function callOver(module) {
  function copyIn(bytes) {
    var ptr = module.gongji_alloc(bytes.length);
    new Uint8Array(module.memory.buffer, ptr, bytes.length).set(bytes);
    return ptr;
  }
  return function callJson(name, json) {
    var nameBytes = encodeUtf8(name);
    var requestBytes = encodeUtf8(json);
    var namePtr = copyIn(nameBytes);
    var requestPtr = copyIn(requestBytes);
    var len = module.gongji_call(namePtr, nameBytes.length, requestPtr, requestBytes.length);
    var ptr = module.gongji_result();
    // Copy out before anything else can grow (and detach) the memory.
    return decodeUtf8(new Uint8Array(module.memory.buffer, ptr, len).slice());
  };
}
