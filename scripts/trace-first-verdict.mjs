// The demo's critical path to its first verdict, measured in Debian's
// Chromium driven by playwright-core over the DevTools protocol, as a phone
// on a slow network would load the demo from a real host (scripts/serve.mjs
// serving the built site: brotli, immutable caching, the strict CSP).
//
//   node scripts/trace-first-verdict.mjs [--runs=5] [--site=target/demo-site] [--csp=strict|no-wasm] [--json=FILE]
//
// Needs the site (scripts/demo.sh writes it; or `node scripts/build-demo-site.mjs
// www target/demo-site` once www/gongji/ holds the web package). Three
// cases, each run --runs times, each cold run in a fresh browser context
// (empty cache), 375 px wide:
// - throttled: 4x CPU (Emulation.setCPUThrottlingRate) and DevTools' "Slow 4G"
//   preset (Network.emulateNetworkConditions: latency 150 ms x 3.75 =
//   562.5 ms, download 1.6 Mbit/s x 0.9 = 180,000 B/s, upload 750 kbit/s
//   x 0.9 = 84,375 B/s);
// - repeat: the same throttling, the page opened again in the same context
//   (its assets from the cache, the page revalidated);
// - unthrottled: no throttling, empty cache.
// Prints the median of each phase (ms from navigation start) and the load
// average. Timings only: nothing here passes or fails.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';

const root = path.resolve(import.meta.dirname, '..');
const option = (name, fallback) => (process.argv.find((a) => a.startsWith(`--${name}=`)) || '').split('=')[1] || fallback;
const runs = Number(option('runs', 5));
const site = path.resolve(root, option('site', 'target/demo-site'));
const csp = option('csp', 'strict');
const jsonOut = option('json', '');
const SLOW_4G = { offline: false, latency: 150 * 3.75, downloadThroughput: (1.6 * 1000 * 1000 / 8) * 0.9, uploadThroughput: (750 * 1000 / 8) * 0.9 };
const CPU_RATE = 4;

if (!fs.existsSync(path.join(site, 'index.html'))) {
  console.error(`no site at ${site}: run scripts/demo.sh, or node scripts/build-demo-site.mjs www ${path.relative(root, site)}`);
  process.exit(2);
}

function serve() {
  const server = spawn(process.execPath, [path.join(root, 'scripts/serve.mjs'), site, `--csp=${csp}`], { env: { ...process.env, PORT: '0' } });
  return new Promise((resolve, reject) => {
    server.stdout.on('data', (d) => {
      const m = /http:\/\/localhost:(\d+)/.exec(String(d));
      if (m) resolve({ server, origin: `http://localhost:${m[1]}` });
    });
    server.on('exit', () => reject(new Error('server exited')));
  });
}

/** The page's own record of one load: paint, resources, marks and the engine's first calls. */
function phasesInPage() {
  const at = (name) => performance.getEntriesByName(name)[0]?.startTime;
  const took = (name) => performance.getEntriesByName(name)[0]?.duration;
  const resources = performance.getEntriesByType('resource');
  const resource = (suffix) => resources.find((r) => new URL(r.name).pathname.endsWith(suffix));
  const wasm = resource('/raw_bg.wasm') || resource('/gongji-js.js');
  const nav = performance.getEntriesByType('navigation')[0];
  const bytes = resources.reduce((n, r) => n + r.transferSize, nav.transferSize);
  return {
    html: nav.responseEnd,
    loading: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    engineRequested: wasm?.startTime,
    engineDownloaded: wasm?.responseEnd,
    glue: at('gongji-glue'),
    engineReady: at('gongji-engine-ready'),
    summary: took('gongji policies summary'),
    policies: took('gongji policies'),
    relationOptions: took('gongji relationOptions'),
    checkNetwork: took('gongji checkNetwork'),
    firstVerdict: at('gongji-first-verdict'),
    requests: resources.length + 1,
    transferred: bytes,
    // The waterfall, for the --json file: each request's start and end.
    waterfall: resources.map((r) => [new URL(r.name).pathname, Math.round(r.startTime), Math.round(r.responseEnd), r.transferSize]),
  };
}

/**
 * One load, to its first verdict. Polled from outside with a one-line
 * expression: playwright's waitForFunction would inject its own script
 * into the page, which a throttled CPU runs on the page's critical path
 * (about 60 ms at 4x, before the first paint).
 */
async function load(page, cdp) {
  await page.goto('/', { waitUntil: 'commit' });
  const painted = { expression: "performance.getEntriesByName('gongji-first-verdict').length > 0", returnByValue: true };
  const deadline = Date.now() + 120000;
  while (!(await cdp.send('Runtime.evaluate', painted)).result.value) {
    if (Date.now() > deadline) throw new Error('no first verdict within 120 s');
    await new Promise((wait) => setTimeout(wait, 100));
  }
  return page.evaluate(phasesInPage);
}

async function throttle(cdp) {
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_RATE });
}

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (!s.length) return undefined;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const { server, origin } = await serve();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const results = { throttled: [], repeat: [], unthrottled: [] };
const loadBefore = os.loadavg();
try {
  for (let i = 0; i < runs; i++) {
    for (const slow of [true, false]) {
      const context = await browser.newContext({ baseURL: origin, viewport: { width: 375, height: 812 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      if (slow) await throttle(cdp);
      results[slow ? 'throttled' : 'unthrottled'].push(await load(page, cdp));
      if (slow) {
        // The whole page drawn first, so that the repeat visit does not wait for the first one's work.
        await page.waitForSelector('body[data-ready=true]', { timeout: 120000 });
        results.repeat.push(await load(page, cdp));
      }
      await context.close();
    }
    process.stderr.write(`run ${i + 1}/${runs}\n`);
  }
} finally {
  await browser.close();
  server.kill();
}
const loadAfter = os.loadavg();

const ROWS = [
  ['html', 'page received'], ['loading', 'loading state painted (first contentful paint)'],
  ['engineRequested', 'engine (wasm or JS build) requested'], ['engineDownloaded', 'engine downloaded'],
  ['glue', "engine's modules run"], ['engineReady', 'engine started (compiled, instantiated)'],
  ['summary', 'the region list (policies({ view: summary })) took'], ['policies', 'the region\'s profile (policies({ ids })) took'], ['relationOptions', 'first relationOptions (the region resolved; labels) took'], ['checkNetwork', 'first checkNetwork took'],
  ['firstVerdict', 'first verdict painted'], ['requests', 'requests'], ['transferred', 'bytes transferred'],
];
const summary = Object.fromEntries(Object.entries(results).map(([name, list]) => [name, Object.fromEntries(ROWS.map(([key]) => [key, median(list.map((r) => r[key]))]))]));
const fmt = (x) => (x === undefined ? '—' : String(Math.round(x)));
console.log(`first verdict, medians of ${runs} loads (ms from navigation start; CSP ${csp}; ${os.cpus().length} CPUs, load average ${loadBefore.map((x) => x.toFixed(1)).join(' ')} before, ${loadAfter.map((x) => x.toFixed(1)).join(' ')} after)`);
console.log(`${'phase'.padEnd(48)}${'throttled'.padStart(11)}${'repeat'.padStart(9)}${'unthrottled'.padStart(13)}`);
for (const [key, label] of ROWS) console.log(`${label.padEnd(48)}${fmt(summary.throttled[key]).padStart(11)}${fmt(summary.repeat[key]).padStart(9)}${fmt(summary.unthrottled[key]).padStart(13)}`);
console.log(`throttled: ${CPU_RATE}x CPU, Slow 4G (latency ${SLOW_4G.latency} ms, ${SLOW_4G.downloadThroughput} B/s down, ${SLOW_4G.uploadThroughput} B/s up); repeat: the same, second load in the same context`);
if (jsonOut) fs.writeFileSync(jsonOut, `${JSON.stringify({ runs, csp, loadBefore, loadAfter, summary, results }, null, 2)}\n`);
