// UTF-8 exactly as TextEncoder and TextDecoder('utf-8') do it (WHATWG
// Encoding Standard), for runtimes that have neither (WeChat and Alipay
// mini-programs on some base libraries). A lone surrogate encodes as U+FFFD
// (EF BF BD); an invalid byte sequence decodes to one U+FFFD per maximal
// subpart; a leading byte order mark is dropped. The libraries that do this
// are polyfills that write TextEncoder/TextDecoder onto the global object,
// which the mini-program loader never does, or carry every legacy encoding;
// this is the standard's own algorithm, held to node's TextEncoder and
// TextDecoder by tests/js/utf8.test.mjs. ES2018 at most.

var REPLACEMENT = 0xfffd;

/** The UTF-8 bytes of `text`, as `new TextEncoder().encode(text)`. */
export function encodeUtf8(text) {
  // At most 3 bytes per UTF-16 unit (a pair's 4 bytes stand for 2 units).
  var bytes = new Uint8Array(text.length * 3);
  var n = 0;
  for (var i = 0; i < text.length; i++) {
    var c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      var next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else {
        c = REPLACEMENT;
      }
    }
    if (c < 0x80) {
      bytes[n++] = c;
    } else if (c < 0x800) {
      bytes[n++] = 0xc0 | (c >> 6);
      bytes[n++] = 0x80 | (c & 63);
    } else if (c < 0x10000) {
      bytes[n++] = 0xe0 | (c >> 12);
      bytes[n++] = 0x80 | ((c >> 6) & 63);
      bytes[n++] = 0x80 | (c & 63);
    } else {
      bytes[n++] = 0xf0 | (c >> 18);
      bytes[n++] = 0x80 | ((c >> 12) & 63);
      bytes[n++] = 0x80 | ((c >> 6) & 63);
      bytes[n++] = 0x80 | (c & 63);
    }
  }
  return bytes.slice(0, n);
}

/**
 * The text of UTF-8 `bytes`, as `new TextDecoder('utf-8').decode(bytes)`:
 * the standard's UTF-8 decoder step by step (a byte that cannot continue a
 * sequence ends it with one U+FFFD and is read again as a new start).
 */
export function decodeUtf8(bytes) {
  var units = [];
  var out = '';
  var needed = 0, seen = 0, point = 0, lower = 0x80, upper = 0xbf;
  var emit = function (c) {
    if (c >= 0x10000) {
      c -= 0x10000;
      units.push(0xd800 + (c >> 10), 0xdc00 + (c & 1023));
    } else {
      units.push(c);
    }
    if (units.length > 8000) {
      out += String.fromCharCode.apply(null, units);
      units = [];
    }
  };
  for (var i = 0; i < bytes.length; i++) {
    var b = bytes[i];
    if (needed === 0) {
      if (b < 0x80) emit(b);
      else if (b >= 0xc2 && b <= 0xdf) { needed = 1; point = b & 0x1f; }
      else if (b >= 0xe0 && b <= 0xef) { needed = 2; point = b & 0xf; lower = b === 0xe0 ? 0xa0 : 0x80; upper = b === 0xed ? 0x9f : 0xbf; }
      else if (b >= 0xf0 && b <= 0xf4) { needed = 3; point = b & 7; lower = b === 0xf0 ? 0x90 : 0x80; upper = b === 0xf4 ? 0x8f : 0xbf; }
      else emit(REPLACEMENT);
      continue;
    }
    if (b < lower || b > upper) {
      needed = seen = point = 0;
      lower = 0x80;
      upper = 0xbf;
      emit(REPLACEMENT);
      i--; // read again as the start of a sequence
      continue;
    }
    lower = 0x80;
    upper = 0xbf;
    point = (point << 6) | (b & 0x3f);
    if (++seen === needed) {
      emit(point);
      needed = seen = point = 0;
    }
  }
  if (needed) emit(REPLACEMENT);
  out += String.fromCharCode.apply(null, units);
  // TextDecoder drops a byte order mark at the start (ignoreBOM is false).
  return out.charCodeAt(0) === 0xfeff && bytes[0] === 0xef ? out.slice(1) : out;
}

/**
 * { encode, decode }: the runtime's TextEncoder/TextDecoder where it has
 * both, else the functions above, which answer the same.
 */
export function utf8Codec() {
  if (typeof TextEncoder !== 'function' || typeof TextDecoder !== 'function') return { encode: encodeUtf8, decode: decodeUtf8 };
  var encoder = new TextEncoder();
  var decoder = new TextDecoder('utf-8');
  return { encode: function (text) { return encoder.encode(text); }, decode: function (bytes) { return decoder.decode(bytes); } };
}
