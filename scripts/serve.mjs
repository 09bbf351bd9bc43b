// A tiny static server for www/: localhost only, correct MIME types
// (application/wasm for instantiateStreaming), no directory listing, and a
// strict Content-Security-Policy as a government site would send: scripts
// from this origin only, no 'unsafe-eval', no inline script or style, and
// 'wasm-unsafe-eval' so the wasm may compile. `--csp=no-wasm` (or
// GONGJI_CSP=no-wasm) leaves 'wasm-unsafe-eval' out: the browser then
// refuses to compile the wasm and gongji's JS build answers instead.
//   node scripts/serve.mjs [www] [--csp=strict|no-wasm]   (PORT=8080)
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

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
const CSP = [
  "default-src 'self'",
  `script-src 'self'${cspMode === 'strict' ? " 'wasm-unsafe-eval'" : ''}`,
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const server = http.createServer((req, res) => {
  let file;
  try {
    // A malformed escape (%E0%A4%A) must answer 400, not take the server down.
    file = path.join(root, decodeURIComponent(new URL(req.url, 'http://localhost').pathname));
  } catch {
    res.writeHead(400, { 'content-type': 'text/plain' }).end('bad request');
    return;
  }
  // Inside root only: `root + sep`, so a sibling such as www-other/ is refused too.
  if (file !== root && !file.startsWith(root + path.sep)) { res.writeHead(403).end(); return; }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  fs.readFile(file, (err, body) => {
    if (err) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
    res.writeHead(200, {
      'content-type': types[path.extname(file)] || 'application/octet-stream',
      'cache-control': 'no-store',
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
    });
    res.end(body);
  });
});
server.listen(port, '127.0.0.1', () => {
  console.log(`gongji demo: http://localhost:${server.address().port}/ (CSP: ${cspMode})`);
});
