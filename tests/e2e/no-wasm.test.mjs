// The demo page where WebAssembly is off, in Debian's headless Chromium:
// started with --js-flags=--jitless (V8 then has no WebAssembly, as in iOS
// Lockdown Mode), and separately served with a Content-Security-Policy
// without 'wasm-unsafe-eval' (compiling the wasm is refused). The page
// must work end to end on the JS build and say so; with the strict CSP
// that allows wasm it runs the wasm and never downloads the JS build.
// Relies on the element data-testid="engine" (its data-engine is what
// engine() said; its text says it in words), the family verdict and the
// region cards the page draws on that engine, and on the README examples
// answered inside the page, held against the native CLI byte for byte.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawn, execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'target/debug/gongji');
const native = (call, json) => execFileSync(cli, [call], { input: json }).toString().trim();
const EXAMPLES = { 'relation-options': 'relationOptions', 'check-network': 'checkNetwork', 'preview-settlement': 'previewSettlement', 'project-settlements': 'projectSettlements' };
const readme = Object.entries(EXAMPLES).map(([file, call]) => ({ file, call, json: fs.readFileSync(path.join(root, 'docs/examples', `${file}.json`), 'utf8') }));

async function serve(csp) {
  const server = spawn('node', [path.join(root, 'scripts/serve.mjs'), path.join(root, 'www'), `--csp=${csp}`], { env: { ...process.env, PORT: '0' } });
  const origin = await new Promise((resolve, reject) => {
    server.stdout.on('data', (d) => {
      const m = /http:\/\/localhost:(\d+)/.exec(String(d));
      if (m) resolve(`http://localhost:${m[1]}`);
    });
    server.on('exit', () => reject(new Error('server exited')));
  });
  return { server, origin };
}

/** Opens the demo page; returns what the page and the engine in it said. */
async function visit({ csp, jsFlags }) {
  const { server, origin } = await serve(csp);
  const profile = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'gongji-nowasm-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', ...(jsFlags ? [`--js-flags=${jsFlags}`] : [])],
  });
  try {
    const page = context.pages()[0] || (await context.newPage());
    const consoleErrors = [];
    const requests = [];
    page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    const response = await page.goto(`${origin}/`);
    await page.waitForFunction(() => document.querySelector('[data-testid="engine"]')?.dataset.engine, null, { timeout: 60000 });
    const shown = await page.getAttribute('[data-testid="engine"]', 'data-engine');
    // The page itself, drawn on that engine: the verdict of the default region's sample family, and every region's card.
    await page.waitForSelector('body[data-ready=true]', { timeout: 60000 });
    const verdict = await page.textContent('#family-verdict');
    const cards = await page.$$eval('#regions li.region', (x) => x.length);
    // The engine the page loaded (same module URL, so the same instance) answers the README examples.
    const inPage = await page.evaluate(async (examples) => {
      const g = await import('/gongji/index.js');
      await g.default();
      const answers = {};
      for (const { call, json } of examples) answers[call] = [g.callJson(call, json), JSON.stringify(g[call](JSON.parse(json)))];
      answers.policies = [g.callJson('policies', ''), JSON.stringify(g.policies())];
      let error;
      try { g.relationOptions({ policy: g.policies()[0].id, asOf: '2025-02-30' }); } catch (e) { error = [e instanceof g.GongjiError, e.code, e.path]; }
      return { engine: g.engine(), typeofWebAssembly: typeof WebAssembly, answers, error };
    }, readme);
    return { shown, verdict, cards, ...inPage, consoleErrors, requests, csp: response.headers()['content-security-policy'] };
  } finally {
    await context.close();
    server.kill();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

function answersAsNative(result) {
  assert.match(result.verdict, /^✓ 可以组建/);
  assert.equal(result.cards, JSON.parse(native('policies', '')).length);
  for (const { file, call, json } of readme) {
    assert.equal(result.answers[call][0], native(file, json), `${call} (callJson)`);
    assert.equal(result.answers[call][1], native(file, json), `${call} (object call)`);
  }
  assert.deepEqual(result.answers.policies, [native('policies', ''), native('policies', '')]);
  assert.deepEqual(result.error, [true, 'INVALID_DATE', 'asOf']);
}

test("strict CSP (no 'unsafe-eval', 'wasm-unsafe-eval' present): the page runs the wasm and never downloads the JS build", async () => {
  const r = await visit({ csp: 'strict' });
  // The page's inline script (it preloads the wasm) allowed by its hash, nothing inline besides.
  assert.match(r.csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/]{43}=';/);
  assert.doesNotMatch(r.csp, /'unsafe-eval'|'unsafe-inline'/);
  assert.equal(r.shown, 'wasm');
  assert.equal(r.engine, 'wasm');
  answersAsNative(r);
  assert.ok(r.requests.includes('/gongji/raw_bg.wasm'), r.requests.join());
  assert.ok(!r.requests.includes('/gongji/gongji-js.js'), 'the JS build is not downloaded on the wasm path');
  assert.deepEqual(r.consoleErrors, []);
});

test("a CSP without 'wasm-unsafe-eval': compiling the wasm is refused and the JS build takes over, the same to the fen", async () => {
  const r = await visit({ csp: 'no-wasm' });
  assert.doesNotMatch(r.csp, /wasm-unsafe-eval|'unsafe-eval'|'unsafe-inline'/);
  assert.equal(r.typeofWebAssembly, 'object');
  assert.equal(r.shown, 'js');
  assert.equal(r.engine, 'js');
  answersAsNative(r);
  assert.ok(r.requests.includes('/gongji/gongji-js.js'));
  // The only console error is the browser's own report of the refused compilation.
  assert.deepEqual(r.consoleErrors.filter((e) => !/WebAssembly|wasm-unsafe-eval|Content Security Policy/.test(e)), []);
});

test('Chromium with --js-flags=--jitless (no WebAssembly, as in Lockdown Mode): the page works on the JS build', async () => {
  const r = await visit({ csp: 'strict', jsFlags: '--jitless' });
  assert.equal(r.typeofWebAssembly, 'undefined');
  assert.equal(r.shown, 'js');
  assert.equal(r.engine, 'js');
  answersAsNative(r);
  assert.ok(r.requests.includes('/gongji/gongji-js.js'));
  assert.ok(!r.requests.includes('/gongji/raw_bg.wasm'), 'no wasm download where there is no WebAssembly');
  assert.deepEqual(r.consoleErrors, []);
});
