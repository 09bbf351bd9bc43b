// One headless Chromium (Debian's, driven by the root's playwright-core) for
// every browser case of the matrix: open a page, wait for each `.answer`
// element to be filled, hold it against the README's answer, and fail on
// any console error, page error, failed request, or a wasm not fetched
// exactly once.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export async function launch() {
  const profile = fs.mkdtempSync(path.join(process.env.TMPDIR || os.tmpdir(), 'gongji-consumers-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    // answers: how many `.answer` elements the page fills; wait: for how long.
    async check(url, expected, answers = 1, wait = 20000) {
      const page = await context.newPage();
      const problems = [];
      const wasm = [];
      page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
      page.on('pageerror', (e) => problems.push(`page error: ${e}`));
      page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
      page.on('response', (r) => {
        if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
        if (r.headers()['content-type'] === 'application/wasm') wasm.push(r.url());
      });
      try {
        await page.goto(url);
        await page.waitForFunction(
          (n) => [...document.querySelectorAll('.answer')].filter((e) => e.textContent).length === n,
          answers, { timeout: wait },
        ).catch(() => problems.push(`${answers} answer(s) never appeared`));
        const shown = await page.$$eval('.answer', (xs) => xs.map((x) => x.textContent));
        for (const s of shown) if (s !== expected) problems.push(`the page shows ${JSON.stringify(s)}`);
        if (wasm.length !== 1) problems.push(`the wasm was fetched ${wasm.length} times, not once: ${wasm.join(', ')}`);
      } finally {
        await page.close();
      }
      if (problems.length) throw new Error(problems.join('\n'));
    },
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
