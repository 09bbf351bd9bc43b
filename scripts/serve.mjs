// A tiny static server for www/: localhost only, correct MIME types
// (application/wasm for instantiateStreaming), no directory listing, and a
// strict Content-Security-Policy as a government site would send
// (scripts/csp.mjs): scripts and styles from this origin only, each page's
// own inline elements by their hashes, computed from the page served, and
// 'wasm-unsafe-eval' so the wasm may compile. `--csp=no-wasm` (or
// GONGJI_CSP=no-wasm) leaves 'wasm-unsafe-eval' out: the browser then
// refuses to compile the wasm and gongji's JS build answers instead.
//
// Served as a real host serves it (docs/deploying.md gives the same recipe
// for nginx and a CDN):
// - compressed: the precompressed `file.br` / `file.gz` beside a file
//   (scripts/build-demo-site.mjs writes them), else brotli / gzip made once
//   at a host's on-the-fly levels and kept in memory, whichever the browser
//   accepts; `Vary: Accept-Encoding`;
// - cached: files under a content-hash directory (`/<12+ hex>/…`, a release
//   of scripts/build-demo-site.mjs) `immutable` for a year; anything else
//   (the page itself, or www/ served as it is) revalidated by ETag (304);
// - preloading is the page's own (its inline script preloads the wasm only
//   where WebAssembly exists, so a browser without it downloads none).
//   node scripts/serve.mjs [www|target/demo-site] [--csp=strict|no-wasm]   (PORT=8080)
import crypto from 'node:crypto';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { csp } from './csp.mjs';

const args = process.argv.slice(2);
const root = path.resolve(args.find((a) => !a.startsWith('--')) || 'www');
const cspMode = (args.find((a) => a.startsWith('--csp=')) || '').slice(6) || process.env.GONGJI_CSP || 'strict';
if (!['strict', 'no-wasm'].includes(cspMode)) throw new Error(`--csp must be strict or no-wasm, not ${cspMode}`);
const port = Number(process.env.PORT || 8080);
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
};

const COMPRESSIBLE = /\.(html|js|mjs|css|json|wasm|svg|txt|ts)$/;
const RELEASE = /^\/[0-9a-f]{12,}\//;
const IMMUTABLE = 'public, max-age=31536000, immutable';
const compressedInMemory = new Map(); // file -> { mtimeMs, br, gzip }

/** The encodings the request accepts (q=0 refuses one). */
function accepted(req) {
  const list = String(req.headers['accept-encoding'] || '').split(',').map((e) => e.trim().split(';'));
  return new Set(list.filter(([, q]) => !q || !/^\s*q=0(\.0*)?\s*$/.test(q)).map(([e]) => e.toLowerCase()));
}

/** `file` in the encoding the request accepts: { body, encoding } (encoding null: as it is). */
function encoded(file, body, stat, req) {
  const accepts = accepted(req);
  for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
    if (accepts.has(encoding) && fs.existsSync(file + suffix)) return { body: fs.readFileSync(file + suffix), encoding };
  }
  if (!COMPRESSIBLE.test(file) || body.length < 1024) return { body, encoding: null };
  let made = compressedInMemory.get(file);
  if (!made || made.mtimeMs !== stat.mtimeMs) {
    // The levels a host compressing on the fly uses (fast; the site's precompressed files are q11 / -9).
    made = { mtimeMs: stat.mtimeMs,
      br: zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } }),
      gzip: zlib.gzipSync(body, { level: 6 }) };
    compressedInMemory.set(file, made);
  }
  if (accepts.has('br')) return { body: made.br, encoding: 'br' };
  if (accepts.has('gzip')) return { body: made.gzip, encoding: 'gzip' };
  return { body, encoding: null };
}

const server = http.createServer((req, res) => {
  let pathname, file;
  try {
    // A malformed escape (%E0%A4%A) must answer 400, not take the server down.
    pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    file = path.join(root, pathname);
  } catch {
    res.writeHead(400, { 'content-type': 'text/plain' }).end('bad request');
    return;
  }
  // Inside root only: `root + sep`, so a sibling such as www-other/ is refused too.
  if (file !== root && !file.startsWith(root + path.sep)) { res.writeHead(403).end(); return; }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  fs.readFile(file, (err, body) => {
    if (err) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
    const immutable = RELEASE.test(pathname);
    const etag = `"${crypto.createHash('sha1').update(body).digest('base64url').slice(0, 20)}"`;
    const headers = {
      'content-type': types[path.extname(file)] || 'application/octet-stream',
      'cache-control': immutable ? IMMUTABLE : 'no-cache',
      etag,
      'content-security-policy': csp(file.endsWith('.html') ? body.toString('utf8') : '', { wasm: cspMode === 'strict' }),
      'x-content-type-options': 'nosniff',
    };
    if (COMPRESSIBLE.test(file)) headers.vary = 'Accept-Encoding';
    if (!immutable && req.headers['if-none-match'] === etag) { res.writeHead(304, headers).end(); return; }
    const sent = encoded(file, body, fs.statSync(file), req);
    if (sent.encoding) headers['content-encoding'] = sent.encoding;
    headers['content-length'] = sent.body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : sent.body);
  });
});
server.listen(port, '127.0.0.1', () => {
  console.log(`gongji demo: http://localhost:${server.address().port}/ (CSP: ${cspMode})`);
});
