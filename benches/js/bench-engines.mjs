// The JS build (wasm2js of the mini-program module) next to the wasm build
// and the decimal.js peer, in one run: sizes (raw, gzip -9, brotli -q 11);
// start-up and per-call times in node, node --jitless (no WebAssembly: the
// JS build and the peer only), headless Chromium and Chromium with
// --js-flags=--jitless. Each engine is forced with init({ engine }); every
// timed answer is first checked equal across engines.
// usage: node benches/js/bench-engines.mjs   (after scripts/build-pkg.sh)
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const rel = (p) => path.join(root, p);
const med = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

// Sizes.
const size = (file) => {
  const b = fs.readFileSync(rel(file));
  return `${b.length} / ${zlib.gzipSync(b, { level: 9 }).length} / ${zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length} B`;
};
console.log(`node ${process.version}; load ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
console.log('sizes (raw / gzip -9 / brotli -q 11):');
for (const f of ['pkg/web/gongji-js.js', 'pkg/web/raw_bg.wasm', 'pkg/miniprogram/gongji.wasm', 'node_modules/decimal.js/decimal.js']) console.log(`  ${f.padEnd(36)} ${size(f)}`);

// node: a fresh process per start-up; the per-call times in one process.
const pkg = rel('pkg/node/index.cjs');
const nodeRun = (flags, engine) => JSON.parse(execFileSync(process.execPath, [...flags, '-e', `
  const t0 = performance.now();
  const g = require(${JSON.stringify(pkg)});
  g.init({ engine: ${JSON.stringify(engine)} }).then(() => {
    const t1 = performance.now();
    const I = require(${JSON.stringify(rel('benches/js/inputs.cjs'))}).use(g.policies());
    const t1b = performance.now(); g.previewSettlement(I.preview); const t2 = performance.now();
    console.log(JSON.stringify({ engine: g.engine(), start: t1 - t0, first: t2 - t1b }));
  });`], { stdio: ['ignore', 'pipe', 'ignore'] }).toString());
const nodeCalls = (flags, engine) => JSON.parse(execFileSync(process.execPath, [...flags, '-e', `
  const H = require(${JSON.stringify(rel('benches/js/harness.cjs'))});
  const I = require(${JSON.stringify(rel('benches/js/inputs.cjs'))});
  const peer = require(${JSON.stringify(rel('benches/peer/shanghai-peer.cjs'))});
  const g = require(${JSON.stringify(pkg)});
  g.init({ engine: ${JSON.stringify(engine)} }).then(() => {
    I.use(g.policies());
    const cases = { previewSettlement: () => g.previewSettlement(I.preview), 'checkNetwork 4': () => g.checkNetwork(I.network(4)), 'projectSettlements 12': () => g.projectSettlements(I.projection(12)) };
    const out = { engine: g.engine(), answers: Object.values(cases).map((f) => JSON.stringify(f())) };
    for (const [k, f] of Object.entries(cases)) out[k] = H.measure(f).median;
    out['peer previewSettlement'] = H.measure(() => peer.previewSettlement(I.preview)).median;
    console.log(JSON.stringify(out));
  });`], { stdio: ['ignore', 'pipe', 'ignore'] }).toString());

const report = (where, rows) => {
  console.log(`== ${where}`);
  for (const r of rows) {
    console.log(`  ${r.engine.padEnd(4)} start-up ${r.start.toFixed(2)} ms (first preview ${r.first.toFixed(3)} ms); previewSettlement ${r.previewSettlement.toFixed(2)} µs, checkNetwork 4 ${r['checkNetwork 4'].toFixed(2)} µs, projectSettlements 12 ${r['projectSettlements 12'].toFixed(2)} µs; decimal.js peer previewSettlement ${r['peer previewSettlement'].toFixed(2)} µs`);
  }
};
const sameAnswers = (rows) => {
  for (const r of rows) if (JSON.stringify(r.answers) !== JSON.stringify(rows[0].answers)) throw new Error(`${r.engine} answers differently`);
};
for (const [where, flags, engines] of [['node', [], ['wasm', 'js']], ['node --jitless', ['--jitless'], ['js']]]) {
  const rows = engines.map((engine) => {
    const starts = Array.from({ length: 9 }, () => nodeRun(flags, engine));
    if (starts.some((s) => s.engine !== engine)) throw new Error(`${where}: ${engine} not used`);
    return { engine, start: med(starts.map((s) => s.start)), first: med(starts.map((s) => s.first)), ...nodeCalls(flags, engine) };
  });
  sameAnswers(rows);
  report(where, rows);
}

// Chromium: files served from disk by Playwright's router (nothing leaves the machine).
const cjs = (file, name) => `(function(){const module={exports:{}};const exports=module.exports;const require=()=>window.Decimal;\n${fs.readFileSync(rel(file), 'utf8')}\nwindow.${name}=module.exports;})();`;
const page0 = `<!doctype html><meta charset="utf-8"><script src="/node_modules/decimal.js/decimal.js"></script>
<script>${cjs('benches/js/harness.cjs', 'H')}${cjs('benches/js/inputs.cjs', 'I')}${cjs('benches/peer/shanghai-peer.cjs', 'peer')}</script>`;
const types = { js: 'text/javascript', wasm: 'application/wasm', html: 'text/html' };
for (const [where, jsFlags, engines] of [['headless Chromium', null, ['wasm', 'js']], ['Chromium --js-flags=--jitless', '--jitless', ['js']]]) {
  fs.mkdirSync(rel('.tmp'), { recursive: true });
  const profile = fs.mkdtempSync(rel('.tmp/bench-engines-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', ...(jsFlags ? [`--js-flags=${jsFlags}`] : [])],
  });
  try {
    await context.route('http://gongji.test/**', (route) => {
      const p = new URL(route.request().url()).pathname;
      if (p === '/bench.html') return route.fulfill({ body: page0, contentType: 'text/html' });
      return route.fulfill({ body: fs.readFileSync(rel(p)), contentType: types[p.split('.').pop()] || 'text/plain' });
    });
    const rows = [];
    for (const engine of engines) {
      // Start-up: a fresh page; the wasm from bytes already fetched (compile +
      // instantiate), the JS build from import() of its file (fetch from the
      // local router + parse + instantiate).
      const starts = [];
      for (let i = 0; i < 7; i++) {
        const page = await context.newPage();
        await page.goto('http://gongji.test/bench.html');
        starts.push(await page.evaluate(async (engine) => {
          const bytes = engine === 'wasm' ? await (await fetch('/pkg/web/raw_bg.wasm')).arrayBuffer() : undefined;
          const g = await import('/pkg/web/index.js');
          const t0 = performance.now();
          await g.default(engine === 'wasm' ? { engine, module_or_path: bytes } : { engine });
          const t1 = performance.now();
          window.I.use(g.policies());
          const t1b = performance.now();
          g.previewSettlement(window.I.preview);
          return [t1 - t0, performance.now() - t1b];
        }, engine));
        await page.close();
      }
      const page = await context.newPage();
      await page.goto('http://gongji.test/bench.html');
      const r = await page.evaluate(async (engine) => {
        const g = await import('/pkg/web/index.js');
        await g.default(engine === 'wasm' ? { engine, module_or_path: await (await fetch('/pkg/web/raw_bg.wasm')).arrayBuffer() } : { engine });
        const { H, I, peer } = window;
        I.use(g.policies());
        const cases = { previewSettlement: () => g.previewSettlement(I.preview), 'checkNetwork 4': () => g.checkNetwork(I.network(4)), 'projectSettlements 12': () => g.projectSettlements(I.projection(12)) };
        const out = { engine: g.engine(), typeofWebAssembly: typeof WebAssembly, answers: Object.values(cases).map((f) => JSON.stringify(f())) };
        for (const [k, f] of Object.entries(cases)) out[k] = H.measure(f).median;
        out['peer previewSettlement'] = H.measure(() => peer.previewSettlement(I.preview)).median;
        return out;
      }, engine);
      await page.close();
      if (r.engine !== engine) throw new Error(`${where}: ${engine} not used`);
      rows.push({ ...r, start: med(starts.map((s) => s[0])), first: med(starts.map((s) => s[1])) });
    }
    sameAnswers(rows);
    report(`${where} (typeof WebAssembly: ${rows[0].typeofWebAssembly})`, rows);
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}
