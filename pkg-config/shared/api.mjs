// What wasm-bindgen cannot do for the package, shared by every target:
// the GongjiError class (the wasm interface throws instances of it once it
// is registered with setErrorClass), a guard that turns a trap inside the
// wasm into a GongjiError, and the object calls over a raw JSON call. No
// rule is decided here.
//
// `gongji:calls` is made by scripts/assemble-pkg.mjs from the Rust list of
// calls (`gongji --calls`, src/api.rs): the names, each a wasm-bindgen
// export of the same name.
import { CALLS } from 'gongji:calls';

/** A request gongji cannot judge: `code` is stable, `path` names the field. */
export class GongjiError extends Error {
  constructor(error) {
    super(error.message);
    this.name = 'GongjiError';
    this.code = error.code;
    if (error.path !== undefined) this.path = error.path;
  }
}

/**
 * The core never panics on any input (it is fuzzed for that); should a bug
 * trap the wasm anyway, the caller gets a GongjiError, not a RuntimeError.
 */
export function guard(call) {
  return (...args) => {
    try {
      return call(...args);
    } catch (e) {
      if (e instanceof GongjiError) throw e;
      throw new GongjiError({ code: 'INTERNAL', message: 'gongji 内部错误 / internal error: ' + (e && e.message) });
    }
  };
}

const MAX_REQUEST_BYTES = 1 << 20;

/**
 * `text` with each lone surrogate (half of an emoji, as a cut text field
 * leaves it) replaced by U+FFFD, as the wasm-bindgen entries' strings are
 * on their way into Rust; JSON.stringify would write it as a `\udXXX`
 * escape, which a JSON reader refuses.
 */
function wellFormed(text) {
  if (!/[\ud800-\udfff]/.test(text)) return text;
  var out = '';
  for (var i = 0; i < text.length; i++) {
    var c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      out += text.slice(i, i + 2);
      i++;
    } else {
      out += c >= 0xd800 && c <= 0xdfff ? '\ufffd' : text[i];
    }
  }
  return out;
}

/** JSON.stringify's replacer: strings and keys well formed, so every entry reads the same request. */
function wellFormedValue(key, value) {
  if (typeof value === 'string') return wellFormed(value);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  var keys = Object.keys(value);
  if (!keys.some(function (k) { return wellFormed(k) !== k; })) return value;
  var copy = {};
  keys.forEach(function (k) { copy[wellFormed(k)] = value[k]; });
  return copy;
}

/**
 * The mini-program build's calls: objects in and out over a raw
 * `(name, json) -> json` function (the C-ABI module speaks JSON text, read
 * and written by serde inside the wasm).
 */
export function bind(rawCall) {
  const api = {};
  for (const name of CALLS) {
    api[name] = guard((request) => {
      let json = '';
      if (request !== undefined) {
        try {
          json = JSON.stringify(request, wellFormedValue);
        } catch (e) {
          throw new GongjiError({ code: 'INVALID_JSON', message: '请求无法转为 JSON / the request cannot be turned into JSON: ' + e.message });
        }
      }
      // The core refuses a request over 1 MiB (REQUEST_TOO_LARGE); the first
      // 1 MiB + 1 UTF-16 units of a longer one get the same error without
      // copying it all into wasm memory, which never shrinks.
      if (json.length > MAX_REQUEST_BYTES) json = json.slice(0, MAX_REQUEST_BYTES + 1);
      const answer = JSON.parse(rawCall(name, json));
      if (answer !== null && !Array.isArray(answer) && typeof answer === 'object' && 'error' in answer) {
        throw new GongjiError(answer.error);
      }
      return answer;
    });
  }
  return api;
}
