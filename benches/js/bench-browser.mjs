// JS-side latency of the package (pkg/web) in headless Chromium: start-up
// (instantiate + init from bytes already in memory, a fresh page each time),
// each call after warm-up, and the decimal.js peer in the same page
// (agreement asserted first). Files are served from disk by Playwright's
// router under http://gongji.test/, so nothing leaves the machine.
// usage: node benches/js/bench-browser.mjs   (after scripts/build-pkg.sh)
import { chromium } from 'playwright-core';
import { readFileSync, mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
mkdirSync(path.join(root, '.tmp'), { recursive: true });
const profile = mkdtempSync(path.join(root, '.tmp', 'bench-chromium-'));
// CommonJS helpers wrapped for the page: module.exports becomes window[name].
const cjs = (file, name) => `(function(){const module={exports:{}};const exports=module.exports;const require=()=>window.Decimal;\n${readFileSync(path.join(root, file), 'utf8')}\nwindow.${name}=module.exports;})();`;
const page0 = `<!doctype html><meta charset="utf-8"><script src="/node_modules/decimal.js/decimal.js"></script>
<script>${cjs('benches/js/harness.cjs', 'H')}${cjs('benches/js/inputs.cjs', 'I')}${cjs('benches/peer/shanghai-peer.cjs', 'peer')}${cjs('benches/peer/shanghai-peer-lite.cjs', 'lite')}</script>`;
const types = { js: 'text/javascript', wasm: 'application/wasm', html: 'text/html' };

const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  await context.route('http://gongji.test/**', (route) => {
    const p = new URL(route.request().url()).pathname;
    if (p === '/bench.html') return route.fulfill({ body: page0, contentType: 'text/html' });
    return route.fulfill({ body: readFileSync(path.join(root, p)), contentType: types[p.split('.').pop()] || 'text/plain' });
  });
  const version = context.browser()?.version() ?? (await (await context.newPage()).evaluate(() => navigator.userAgent));
  console.log(`chromium ${version}`);

  const starts = [];
  for (let i = 0; i < 10; i++) {
    const page = await context.newPage();
    await page.goto('http://gongji.test/bench.html');
    starts.push(await page.evaluate(async () => {
      const bytes = await (await fetch('/pkg/web/raw_bg.wasm')).arrayBuffer();
      const g = await import('/pkg/web/index.js');
      const t0 = performance.now();
      await g.default(bytes);
      const t1 = performance.now();
      window.I.use(g.policies());
      const t1b = performance.now();
      g.previewSettlement(window.I.preview);
      return [t1 - t0, performance.now() - t1b];
    }));
    await page.close();
  }
  const med = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  console.log(`start-up (init from bytes: compile + instantiate), 10 fresh pages: median ${med(starts.map((s) => s[0])).toFixed(2)} ms; first previewSettlement ${med(starts.map((s) => s[1])).toFixed(2)} ms`);

  const page = await context.newPage();
  await page.goto('http://gongji.test/bench.html');
  const lines = await page.evaluate(async () => {
    const g = await import('/pkg/web/index.js');
    await g.default(await (await fetch('/pkg/web/raw_bg.wasm')).arrayBuffer());
    const { H, I, peer, lite } = window;
    I.use(g.policies());
    const agreed = H.fullAgreement(g, peer, I);
    const agree = (what, a, b) => { if (a !== b) throw new Error(`lite peer disagrees on ${what}:\n${a}\n${b}`); };
    agree('previewSettlement', H.previewKey(g.previewSettlement(I.preview)), H.previewKey(lite.previewSettlement(I.preview)));
    for (const n of [1, 4, 8]) agree(`checkNetwork ${n}`, H.networkKey(g.checkNetwork(I.network(n))), H.networkKey(lite.checkNetwork(I.network(n))));
    const out = [`full peer gives gongji's whole answer on ${agreed} inputs; lite peer its split and codes on the timed ones`];
    const row = (name, fn, peerFn, liteFn) => {
      const r = H.measure(fn);
      let line = `${name.padEnd(34)} ${H.fmt(r)}`;
      if (peerFn) {
        const p = H.measure(peerFn), l = H.measure(liteFn);
        line += `   peer ${H.fmt(p)}   ratio ${(r.median / p.median).toFixed(2)}   (lite peer ${l.median.toFixed(2)} µs)`;
      }
      out.push(line);
    };
    row('previewSettlement', () => g.previewSettlement(I.preview), () => peer.previewSettlement(I.preview), () => lite.previewSettlement(I.preview));
    for (const n of [1, 4, 8]) { const req = I.network(n); row(`checkNetwork ${n} members`, () => g.checkNetwork(req), () => peer.checkNetwork(req), () => lite.checkNetwork(req)); }
    for (const n of [12, 365]) { const req = I.projection(n); row(`projectSettlements ${n} expenses`, () => g.projectSettlements(req)); }
    const text = JSON.stringify(I.preview);
    row('  callJson previewSettlement', () => g.callJson('previewSettlement', text));
    row('  crossing floor (unknown call)', () => g.callJson('x', text));
    return out;
  });
  for (const l of lines) console.log(l);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
