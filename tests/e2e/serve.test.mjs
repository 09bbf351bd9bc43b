// The demo served as a host serves it (docs/deploying.md): the site that
// scripts/build-demo-site.mjs writes from www/, served by scripts/serve.mjs.
// Precompressed brotli and gzip by Accept-Encoding with Vary, immutable
// caching for the release's hashed directory and revalidation (ETag, 304)
// for the page, the wasm as application/wasm; the page answering from it
// under the strict CSP (the wasm, streamed) and under --csp=no-wasm (the JS
// build), and a second visit taking its assets from the browser's cache.
// The page's critical path: style.css inlined (nothing blocks the first
// paint), the wasm requested by the page's inline script before preload.js
// has arrived and nowhere WebAssembly is missing, both inline elements
// allowed by their hashes in the CSP the server sends and csp.txt names.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { spawn, execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';

const root = path.resolve(import.meta.dirname, '../..');
const site = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'gongji-site-'));
const servers = [];
let release;

function serve(dir, csp = 'strict') {
  const server = spawn(process.execPath, [path.join(root, 'scripts/serve.mjs'), dir, `--csp=${csp}`], { env: { ...process.env, PORT: '0' } });
  servers.push(server);
  return new Promise((resolve, reject) => {
    server.stdout.on('data', (d) => {
      const m = /http:\/\/localhost:(\d+)/.exec(String(d));
      if (m) resolve(`http://localhost:${m[1]}`);
    });
    server.on('exit', () => reject(new Error('server exited')));
  });
}

/** One GET with the given headers: status, headers and the body as sent (not decoded). */
function get(url, headers = {}) {
  return new Promise((resolve, reject) => {
    http.get(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

/** The sources of one directive of a CSP header. */
const directive = (csp, name) => csp.split(';').map((d) => d.trim().split(/\s+/)).find(([n]) => n === name).slice(1);

async function withBrowser(origin, visit, args = []) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', ...args] });
  try {
    const context = await browser.newContext({ baseURL: origin, viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`); });
    page.on('pageerror', (e) => errors.push(String(e)));
    // Injected by the DevTools protocol, so the CSP under test does not judge this script itself.
    await page.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.effectiveDirective} ${e.blockedURI}`));
    });
    return await visit(page, errors);
  } finally {
    await browser.close();
  }
}

before(() => {
  const out = execFileSync(process.execPath, [path.join(root, 'scripts/build-demo-site.mjs'), path.join(root, 'www'), site]).toString();
  release = /release ([0-9a-f]{12})/.exec(out)[1];
});
after(() => {
  for (const s of servers) s.kill();
  fs.rmSync(site, { recursive: true, force: true });
});

test('the built site: the page links into the release, style.css inlined; every text file and the wasm have .br and .gz beside them', () => {
  const page = fs.readFileSync(path.join(site, 'index.html'), 'utf8');
  assert.match(page, new RegExp(`src="${release}/preload\\.js"`));
  assert.match(page, new RegExp(`href="${release}/gongji/index\\.js"`));
  assert.match(page, /<style>[^<]*\.loading\{[^<]*<\/style>/, 'the loading state is styled from the page itself');
  assert.doesNotMatch(page, /style\.css/);
  assert.ok(!fs.existsSync(path.join(site, release, 'style.css')));
  assert.match(page, new RegExp(`<link rel="stylesheet" href="${release}/print\\.css" media="print">`));
  const wasm = fs.readFileSync(path.join(site, release, 'gongji/raw_bg.wasm'));
  assert.deepEqual(zlib.brotliDecompressSync(fs.readFileSync(path.join(site, release, 'gongji/raw_bg.wasm.br'))), wasm);
  assert.deepEqual(zlib.gunzipSync(fs.readFileSync(path.join(site, release, 'gongji/raw_bg.wasm.gz'))), wasm);
  assert.deepEqual(wasm, fs.readFileSync(path.join(root, 'www/gongji/raw_bg.wasm')));
});

test('the server sends what the browser accepts, with Vary, and caches the release for a year', async () => {
  const origin = await serve(site);
  const url = `${origin}/${release}/gongji/raw_bg.wasm`;
  const wasm = fs.readFileSync(path.join(site, release, 'gongji/raw_bg.wasm'));
  const br = await get(url, { 'accept-encoding': 'gzip, deflate, br, zstd' });
  assert.equal(br.status, 200);
  assert.equal(br.headers['content-type'], 'application/wasm');
  assert.equal(br.headers['content-encoding'], 'br');
  assert.equal(br.headers.vary, 'Accept-Encoding');
  assert.equal(br.headers['cache-control'], 'public, max-age=31536000, immutable');
  assert.deepEqual(zlib.brotliDecompressSync(br.body), wasm);
  assert.ok(br.body.length < wasm.length / 3, `${br.body.length} B brotli of ${wasm.length}`);
  const gz = await get(url, { 'accept-encoding': 'gzip' });
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.deepEqual(zlib.gunzipSync(gz.body), wasm);
  const plain = await get(url, { 'accept-encoding': 'br;q=0, identity' });
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.deepEqual(plain.body, wasm);
  // The page: revalidated every time, 304 when unchanged, under the strict CSP: its own
  // inline script and style by hash, nothing inline besides; the same line csp.txt gives a host.
  const page = await get(`${origin}/`, { 'accept-encoding': 'br' });
  assert.equal(page.headers['cache-control'], 'no-cache');
  const csp = page.headers['content-security-policy'];
  const scripts = directive(csp, 'script-src');
  assert.deepEqual(scripts.slice(0, 2), ["'self'", "'wasm-unsafe-eval'"]);
  assert.equal(scripts.filter((x) => /^'sha256-[A-Za-z0-9+/]{43}='$/.test(x)).length, 1, scripts.join(' '));
  assert.equal(directive(csp, 'style-src').filter((x) => x.startsWith("'sha256-")).length, 1);
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'/);
  assert.equal(fs.readFileSync(path.join(site, 'csp.txt'), 'utf8'), `Content-Security-Policy: ${csp}\n`);
  assert.ok(page.headers.etag);
  assert.equal((await get(`${origin}/`, { 'if-none-match': page.headers.etag })).status, 304);
  assert.equal((await get(`${origin}/%E0%A4%A`)).status, 400);
  assert.equal((await get(`${origin}/${release}/no-such-file.js`)).status, 404);
});

test('www/ served as it is: compressed once in memory, revalidated, not immutable', async () => {
  const origin = await serve(path.join(root, 'www'));
  const wasm = await get(`${origin}/gongji/raw_bg.wasm`, { 'accept-encoding': 'gzip' });
  assert.equal(wasm.headers['content-encoding'], 'gzip');
  assert.deepEqual(zlib.gunzipSync(wasm.body), fs.readFileSync(path.join(root, 'www/gongji/raw_bg.wasm')));
  assert.equal(wasm.headers['cache-control'], 'no-cache');
});

test('the page from the built site answers on the wasm, compiled while streaming, and a second visit downloads no asset', async () => {
  const origin = await serve(site);
  await withBrowser(origin, async (page, errors) => {
    const encodings = {};
    page.on('response', async (r) => { encodings[new URL(r.url()).pathname] = (await r.allHeaders())['content-encoding']; });
    await page.goto('/');
    await page.waitForSelector('body[data-ready=true]', { timeout: 60000 });
    assert.equal(await page.getAttribute('[data-testid="engine"]', 'data-engine'), 'wasm');
    assert.match(await page.textContent('#family-verdict'), /^✓/);
    assert.equal(encodings[`/${release}/gongji/raw_bg.wasm`], 'br');
    const wasmFetches = await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => r.name.endsWith('/raw_bg.wasm')).length);
    assert.equal(wasmFetches, 1, 'the preload and the glue share one download');
    await page.goto('/');
    await page.waitForSelector('body[data-ready=true]', { timeout: 60000 });
    const fromNetwork = await page.evaluate(() => performance.getEntriesByType('resource')
      .filter((r) => r.transferSize > 0 && /\/[0-9a-f]{12}\//.test(r.name)).map((r) => r.name));
    assert.deepEqual(fromNetwork, [], 'the release comes from the cache on a second visit');
    // wasm-bindgen warns when it cannot stream (a wrong type); a preload not used is warned too,
    // and a CSP violation is an error.
    assert.deepEqual(errors, []);
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  });
});

test('the built site: nothing blocks the first paint, and the page requests the wasm before preload.js has arrived', async () => {
  const origin = await serve(site);
  await withBrowser(origin, async (page, errors) => {
    // A phone's round trip (DevTools' Slow 4G latency), bandwidth unlimited: preload.js arrives a round trip after the page.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 562.5, downloadThroughput: -1, uploadThroughput: -1 });
    await page.goto('/');
    await page.waitForSelector('body[data-ready=true]', { timeout: 60000 });
    const seen = await page.evaluate(() => {
      const resources = performance.getEntriesByType('resource');
      const at = (suffix) => resources.find((r) => r.name.endsWith(suffix));
      return { blocking: resources.filter((r) => r.renderBlockingStatus === 'blocking').map((r) => r.name),
        wasmStart: at('/gongji/raw_bg.wasm').startTime, preloadArrived: at('/preload.js').responseEnd, violations: window.cspViolations };
    });
    assert.deepEqual(seen.blocking, [], 'the loading state paints from the page alone');
    assert.ok(seen.wasmStart < seen.preloadArrived, `the wasm requested at ${seen.wasmStart} ms, preload.js arrived at ${seen.preloadArrived} ms`);
    assert.deepEqual(seen.violations, []);
    assert.deepEqual(errors, []);
  });
});

test('the built site where WebAssembly is missing (--jitless): no wasm downloaded, the JS build answers, no CSP violation', async () => {
  const origin = await serve(site);
  await withBrowser(origin, async (page, errors) => {
    const requests = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto('/');
    await page.waitForSelector('body[data-ready=true]', { timeout: 60000 });
    assert.equal(await page.evaluate(() => typeof WebAssembly), 'undefined');
    assert.equal(await page.getAttribute('[data-testid="engine"]', 'data-engine'), 'js');
    assert.ok(requests.includes(`/${release}/gongji/gongji-js.js`), requests.join());
    assert.ok(!requests.some((r) => r.endsWith('.wasm')), requests.join());
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(errors, []);
  }, ['--js-flags=--jitless']);
});

test('the page from the built site answers on the JS build under --csp=no-wasm', async () => {
  const origin = await serve(site, 'no-wasm');
  await withBrowser(origin, async (page) => {
    await page.goto('/');
    await page.waitForSelector('body[data-ready=true]', { timeout: 60000 });
    assert.equal(await page.getAttribute('[data-testid="engine"]', 'data-engine'), 'js');
    assert.match(await page.textContent('#family-verdict'), /^✓/);
  });
});
