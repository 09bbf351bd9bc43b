// The mini-program loader's UTF-8 codec (pkg-config/shared/utf8.mjs, used
// where a runtime has no TextEncoder/TextDecoder) against node's
// TextEncoder/TextDecoder: the bad-input catalog's strings, lone
// surrogates, every one- and two-byte sequence, every three-byte sequence
// that starts a multi-byte character, and random byte strings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { encodeUtf8, decodeUtf8 } from '../../pkg-config/shared/utf8.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const catalog = JSON.parse(fs.readFileSync(path.join(root, 'tests/bad_inputs/catalog.json'), 'utf8'));
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

// A small deterministic generator (xorshift32), so a failure is reproducible.
function random(seed) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    return x;
  };
}

const hex = (bytes) => Buffer.from(bytes).toString('hex');
const units = (text) => [...text].map((c) => c.codePointAt(0).toString(16)).join(' ');

function sameEncoding(text, label) {
  assert.equal(hex(encodeUtf8(text)), hex(encoder.encode(text)), `${label}: encode ${units(text)}`);
}

function sameDecoding(bytes, label) {
  const ours = decodeUtf8(bytes);
  const theirs = decoder.decode(bytes);
  if (ours !== theirs) assert.fail(`${label}: decode ${hex(bytes)}: ${units(ours)} != ${units(theirs)}`);
}

test("the catalog's requests and names encode and decode as TextEncoder/TextDecoder do", () => {
  let strings = 0;
  for (const c of catalog) {
    for (const text of [c.name, c.call, typeof c.request === 'string' ? c.request : JSON.stringify(c.request)]) {
      sameEncoding(text, c.name);
      sameDecoding(encoder.encode(text), c.name);
      strings += 1;
    }
  }
  assert.ok(strings > 300, `${strings}`);
});

test('lone surrogates encode as U+FFFD, as TextEncoder writes them', () => {
  const emoji = '😀'; // U+1F600, \ud83d\ude00
  const cases = ['\ud83d', '\ude00', `a${emoji[0]}`, `${emoji[1]}b`, `${emoji[0]}${emoji[0]}${emoji[1]}`, `${emoji[1]}${emoji[0]}`,
    `张三${emoji[0]}`, `${emoji}${emoji[0]}`, '\udbff\udfff', '\ud800\udc00', '\udfff\ud800', ''];
  for (const text of cases) sameEncoding(text, 'listed');
  assert.equal(hex(encodeUtf8('\ud83d')), 'efbfbd');
  // Generated: strings of random code units biased toward surrogates.
  const next = random(0x5eed);
  const pool = [0x41, 0x7f, 0x80, 0x7ff, 0x800, 0x5f20, 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xfeff, 0xfffd, 0xffff];
  for (let n = 0; n < 20000; n++) {
    const length = next() % 12;
    let text = '';
    for (let i = 0; i < length; i++) {
      const r = next();
      text += String.fromCharCode(r & 1 ? pool[(r >>> 1) % pool.length] : (r >>> 8) & 0xffff);
    }
    sameEncoding(text, `generated #${n}`);
  }
});

test('every one- and two-byte sequence decodes as TextDecoder decodes it', () => {
  for (let a = 0; a < 256; a++) {
    sameDecoding(Uint8Array.of(a), 'one byte');
    for (let b = 0; b < 256; b++) sameDecoding(Uint8Array.of(a, b), 'two bytes');
  }
});

test('every three-byte sequence from a multi-byte lead decodes as TextDecoder decodes it, with or without a fourth byte', () => {
  for (let a = 0xc0; a < 256; a++) {
    for (let b = 0; b < 256; b++) {
      for (let c = 0; c < 256; c += b >= 0x80 && b < 0xc0 ? 1 : 17) {
        sameDecoding(Uint8Array.of(a, b, c), 'three bytes');
        if (a >= 0xf0 && a <= 0xf4 && b >= 0x80 && b < 0xc0 && c >= 0x80 && c < 0xc0) {
          sameDecoding(Uint8Array.of(a, b, c, 0x80), 'four bytes');
          sameDecoding(Uint8Array.of(a, b, c, 0x41), 'three bytes and ASCII');
        }
      }
    }
  }
});

test('random byte strings, a byte order mark and long texts decode as TextDecoder decodes them', () => {
  const next = random(0xb17e5);
  const pool = [0x00, 0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xbb, 0xf0, 0xf4, 0xf5, 0xff, 0x8f, 0x90, 0x9f, 0xa0];
  for (let n = 0; n < 50000; n++) {
    const bytes = new Uint8Array(next() % 10);
    for (let i = 0; i < bytes.length; i++) {
      const r = next();
      bytes[i] = r & 1 ? pool[(r >>> 1) % pool.length] : r >>> 24;
    }
    sameDecoding(bytes, `random #${n}`);
  }
  for (const bytes of [[0xef, 0xbb, 0xbf], [0xef, 0xbb, 0xbf, 0x41], [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], [0x41, 0xef, 0xbb, 0xbf], [0xef, 0xbb], [0xef, 0xbb, 0x41]]) {
    sameDecoding(Uint8Array.from(bytes), 'byte order mark');
  }
  // Longer than one flush of decodeUtf8's buffer, with pairs across its edge.
  const long = '共济😀a'.repeat(5000) + '\ud83d';
  sameEncoding(long, 'long');
  sameDecoding(encoder.encode(long), 'long');
  const longBytes = new Uint8Array(30001).map((_, i) => (i % 7 === 3 ? 0xf0 : i % 5 === 0 ? 0x9f : 0x41 + (i % 26)));
  sameDecoding(longBytes, 'long invalid');
});
