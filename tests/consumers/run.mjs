// The consumer matrix: tiny real projects, each with its toolchain pinned by
// its own package-lock.json, install the packed package (npm pack of pkg/,
// as a registry would serve it) and run the README's example the way a
// front-end team would: Vite 8 and 5 (dev server and build), webpack 5
// (default entry, gongji/bundler, a server bundle), TypeScript under every
// moduleResolution compiled and run as ES modules and CommonJS, Jest with
// jsdom and Vitest. Browser cases open in one headless Chromium
// (browser.mjs). The mini-program toolchains, uni-app (Vue 3 + Vite) and
// Taro (React + webpack 5), build to WeChat and the built app runs in a
// simulated WeChat (wechat-realm.mjs), with and without WXWebAssembly.
// Prints one line per case and the counts; exits non-zero if any case
// failed.
//   node tests/consumers/run.mjs [consumer ...]
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { execFileSync, spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { launch } from './browser.mjs';
import { gongjiShare, launchWechatApp } from './wechat-realm.mjs';
import { EXAMPLE_TYPES } from '../../scripts/update-example-types.mjs';
import { MAIN_PACKAGE_SHARE } from '../../scripts/size-limits.mjs';

const here = import.meta.dirname;
const root = path.resolve(here, '../..');
const tmp = path.join(process.env.TMPDIR || '/tmp', 'gongji-consumers');
const EXPECTED = '{"ownCurrent":"0.00","ownHistorical":"0.00","family":"800.00","cash":"200.00"}\nINVALID_DATE asOf';
const only = process.argv.slice(2);

const run = (cwd, cmd, args, env = {}) => execFileSync(cmd, args, {
  cwd, env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024,
});
const bin = (consumer, name) => path.join(here, consumer, 'node_modules/.bin', name);
const npm = (cwd, ...args) => run(cwd, 'npm', [...args, '--prefer-offline', '--no-audit', '--no-fund']);

// The app's sources (tests/consumers/app/, the hooks of examples/) copied
// into a consumer's src/, as its own files.
function sources(consumer, extra = []) {
  const src = path.join(here, consumer, 'src');
  fs.rmSync(src, { recursive: true, force: true });
  fs.cpSync(path.join(here, 'app'), src, { recursive: true });
  for (const example of extra) fs.cpSync(path.join(root, 'examples', example), path.join(src, example), { recursive: true });
  return src;
}

const freePort = () => new Promise((resolve) => {
  const s = net.createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
});

// A long-running server (vite, vite preview, a static server) for the time
// of one check: started, waited for until it answers, then stopped.
async function serving(cwd, cmd, args, check) {
  const port = await freePort();
  const child = spawn(cmd, args(port), { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PORT: String(port) } });
  let log = '';
  child.stdout.on('data', (d) => { log += d; });
  child.stderr.on('data', (d) => { log += d; });
  const origin = `http://localhost:${port}`;
  try {
    for (let i = 0; ; i += 1) {
      if (child.exitCode !== null) throw new Error(`server exited: ${log}`);
      try { if ((await fetch(origin)).ok) break; } catch { /* not up yet */ }
      if (i > 300) throw new Error(`server never answered: ${log}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    await check(origin);
    if (/error/i.test(log.replace(/0 errors?/gi, ''))) throw new Error(`the server logged an error:\n${log}`);
  } finally {
    child.kill();
  }
}

const staticServer = (dir) => [process.execPath, () => [path.join(root, 'scripts/serve.mjs'), dir]];

function expectOutput(out, what) {
  if (out.trim() !== EXPECTED) throw new Error(`${what} printed ${JSON.stringify(out)}`);
}

// A built WeChat app: launched with WXWebAssembly (the .wasm.br from the
// code package, the JS build never required) and without (the JS build
// from its subpackage), it logs the README's answer; gongji's bytes in the
// main package are read from the source maps (Taro) or estimated (uni-app
// writes none for mp-weixin) and held to the ratchet of
// scripts/size-limits.mjs, printed with its goal.
const wechatCases = (consumer, out) => {
  const dir = path.join(here, consumer, out);
  const subpackages = () => (JSON.parse(fs.readFileSync(path.join(dir, 'app.json'), 'utf8')).subPackages ?? []).map((s) => s.root);
  return [
    ['runs in WeChat with WXWebAssembly: gongji answers from the .wasm.br', async () => {
      if (!subpackages().includes('gongji-js')) throw new Error(`app.json declares no subpackage gongji-js: ${subpackages()}`);
      const { logs, loads, required } = await launchWechatApp(dir, { wasm: true });
      expectOutput(logs.join('\n'), 'the app');
      if (loads.join() !== '/gongji/gongji.wasm.br') throw new Error(`WXWebAssembly loaded ${loads}`);
      if (required.some((f) => f.startsWith('gongji-js'))) throw new Error('the JS build was required where WXWebAssembly exists');
      const { gongji, main, estimated } = gongjiShare(dir, subpackages(), createRequire(path.join(here, consumer, 'package.json'))('@jridgewell/trace-mapping'),
        path.join(here, consumer, 'node_modules/gongji/miniprogram'));
      const how = estimated ? 'the .wasm.br and the loader as packaged: no source maps' : 'from the source maps';
      console.log(`        main package ${main} B, of which gongji ${gongji} B (${(gongji / 1024).toFixed(1)} KB, ${how}; goal ${MAIN_PACKAGE_SHARE.goal / 1024} KB${gongji <= MAIN_PACKAGE_SHARE.goal ? ', met' : ', not met'})`);
      if (gongji > MAIN_PACKAGE_SHARE.ratchet) throw new Error(`gongji is ${gongji} B of the main package, over its ratchet ${MAIN_PACKAGE_SHARE.ratchet}`);
    }],
    ['runs in WeChat without WXWebAssembly: the JS build from its subpackage answers', async () => {
      const { logs, loads, required } = await launchWechatApp(dir, { wasm: false });
      expectOutput(logs.join('\n'), 'the app');
      if (loads.length || !required.includes(path.join('gongji-js', 'gongji-js.js'))) throw new Error(`loaded ${loads}, required ${required}`);
    }],
  ];
};

let browser;
// The one Chromium, launched by the first browser case.
const page = async (...args) => (browser ??= await launch()).check(...args);
const cases = {
  vite8: [
    ['dev server', () => serving(path.join(here, 'vite8'), bin('vite8', 'vite'), (p) => ['--port', p, '--strictPort'],
      async (o) => { await page(`${o}/`, EXPECTED, 5); await page(`${o}/selfhost.html`, EXPECTED); })],
    ['build', () => {
      run(path.join(here, 'vite8'), bin('vite8', 'vite'), ['build']);
      return serving(path.join(here, 'vite8'), bin('vite8', 'vite'), (p) => ['preview', '--port', p, '--strictPort'],
        async (o) => { await page(`${o}/`, EXPECTED, 5); await page(`${o}/selfhost.html`, EXPECTED); });
    }],
  ],
  vite5: [
    ['dev server', () => serving(path.join(here, 'vite5'), bin('vite5', 'vite'), (p) => ['--port', p, '--strictPort'],
      (o) => page(`${o}/`, EXPECTED))],
    ['build', () => {
      run(path.join(here, 'vite5'), bin('vite5', 'vite'), ['build']);
      return serving(path.join(here, 'vite5'), bin('vite5', 'vite'), (p) => ['preview', '--port', p, '--strictPort'],
        (o) => page(`${o}/`, EXPECTED));
    }],
  ],
  webpack: [
    ['build (web, server)', () => run(path.join(here, 'webpack'), process.execPath, ['build.cjs'])],
    ...['web', 'bundler'].map((name) => [`browser, ${name === 'web' ? "'gongji'" : "'gongji/bundler'"}, strict CSP`, () => {
      const dist = path.join(here, 'webpack/dist', name);
      const html = fs.readFileSync(path.join(here, 'webpack/index.html'), 'utf8');
      fs.writeFileSync(path.join(dist, 'index.html'), html);
      fs.writeFileSync(path.join(dist, 'favicon.ico'), ''); // the strict CSP refuses a data: icon
      // The same page under a CSP without 'wasm-unsafe-eval': Chromium
      // refuses to compile the wasm, so the page can only answer through
      // the JS build (issue 14), and must, the same to the fen.
      fs.writeFileSync(path.join(dist, 'no-wasm-eval.html'), html.replace(" 'wasm-unsafe-eval'", ''));
      const [cmd, args] = staticServer(dist);
      return serving(dist, cmd, args, async (o) => {
        await page(`${o}/`, EXPECTED);
        await page(`${o}/no-wasm-eval.html`, EXPECTED);
      });
    }]),
    ['server bundle (target node) runs with the wasm it emitted', () => {
      const dist = path.join(here, 'webpack/dist/server');
      const emitted = fs.readdirSync(dist).filter((f) => f.endsWith('.wasm'));
      if (emitted.length !== 1) throw new Error(`the server bundle emitted ${emitted.length} wasm files: ${fs.readdirSync(dist)}`);
      // Moved away from node_modules: the bundle must not reach back into it.
      const moved = path.join(tmp, 'server');
      fs.rmSync(moved, { recursive: true, force: true });
      fs.cpSync(dist, moved, { recursive: true });
      expectOutput(run(moved, process.execPath, ['main.js']), 'the server bundle');
    }],
  ],
  typescript: [...tsCases('typescript', [
    ['node16', 'node16', 'mts', 'cts'],
    ['nodenext', 'nodenext', 'mts', 'cts'],
    ['bundler', 'esnext', 'ts', null],
  ]), ['docs/examples/*.ts: typed requests that compile with --strict and equal their JSON', async () => {
    const dir = path.join(here, 'typescript/src/examples');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
    fs.copyFileSync(path.join(here, 'app/examples.ts'), path.join(dir, 'examples.ts'));
    for (const name of Object.keys(EXAMPLE_TYPES)) fs.copyFileSync(path.join(root, 'docs/examples', `${name}.ts`), path.join(dir, `${name}.ts`));
    run(dir, bin('typescript', 'tsc'), ['--strict', '--target', 'es2022', '--lib', 'es2022,dom', '--module', 'nodenext', 'examples.ts']);
    for (const name of Object.keys(EXAMPLE_TYPES)) {
      const typed = (await import(pathToFileURL(path.join(dir, `${name}.js`)).href)).default;
      const json = JSON.parse(fs.readFileSync(path.join(root, 'docs/examples', `${name}.json`), 'utf8'));
      if (JSON.stringify(typed) !== JSON.stringify(json)) throw new Error(`docs/examples/${name}.ts is not its JSON: run node scripts/update-example-types.mjs`);
    }
    const { answers } = await import(pathToFileURL(path.join(dir, 'examples.js')).href);
    if (answers.length !== Object.keys(EXAMPLE_TYPES).length || answers.some((a) => a === undefined)) throw new Error(`the examples answered ${answers}`);
  }]],
  'typescript-node10': tsCases('typescript-node10', [
    ['node10', 'es2022', 'ts', 'ts'],
  ]),
  jest: [
    ['jsdom', () => run(path.join(here, 'jest'), bin('jest', 'jest'), ['--ci'])],
  ],
  vitest: [
    ['node', () => run(path.join(here, 'vitest'), bin('vitest', 'vitest'), ['run', 'src/readme.test.js'])],
  ],
  uniapp: [
    ['uni build -p mp-weixin', () => run(path.join(here, 'uniapp'), bin('uniapp', 'uni'), ['build', '-p', 'mp-weixin'])],
    ...wechatCases('uniapp', 'dist/build/mp-weixin'),
  ],
  taro: [
    ['taro build --type weapp', () => run(path.join(here, 'taro'), bin('taro', 'taro'), ['build', '--type', 'weapp'], { GONGJI_SOURCE_MAPS: '1' })],
    ...wechatCases('taro', 'dist'),
  ],
};

// TypeScript: the README example (app/readme.ts) under one moduleResolution,
// compiled with --strict to an ES module and to CommonJS, each run by node.
// [resolution, module for ESM, ESM extension, CJS extension or null]
function tsCases(consumer, settings) {
  return settings.flatMap(([resolution, esmModule, esmExt, cjsExt]) => [
    ['esm', esmModule, esmExt], ['cjs', resolution === 'node10' ? 'commonjs' : resolution, cjsExt],
  ].filter(([, , ext]) => ext).map(([kind, module, ext]) => [`${resolution}, ${kind === 'esm' ? 'ES module' : 'CommonJS'}`, () => {
    const dir = path.join(here, consumer, 'src', `${resolution}-${kind}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.copyFileSync(path.join(here, 'app/readme.ts'), path.join(dir, `readme.${ext}`));
    fs.copyFileSync(path.join(here, 'app/answer.js'), path.join(dir, 'answer.js'));
    // The nearest package.json says which kind a .js file is, in and out.
    const type = JSON.stringify({ type: kind === 'esm' ? 'module' : 'commonjs' });
    fs.writeFileSync(path.join(dir, 'package.json'), type);
    run(dir, bin(consumer, 'tsc'), ['--strict', '--allowJs', '--checkJs', '--outDir', 'out', '--target', 'es2022',
      '--lib', 'es2022,dom', '--module', module, '--moduleResolution', resolution, `readme.${ext}`]);
    fs.writeFileSync(path.join(dir, 'out/package.json'), type);
    expectOutput(run(dir, process.execPath, [`out/readme.${ext.replace('ts', 'js')}`]), `tsc ${resolution} ${kind}`);
  }]));
}

// A mini-program project's own files (project/: app, pages, config) over
// the shared app sources.
const miniProgramSources = (consumer) => {
  const src = sources(consumer);
  fs.cpSync(path.join(here, consumer, 'project'), src, { recursive: true });
};

const setups = {
  uniapp: () => miniProgramSources('uniapp'),
  taro: () => miniProgramSources('taro'),
  vite8: () => sources('vite8', ['react-use-gongji', 'vue-use-gongji']),
  webpack: () => {
    const src = sources('webpack');
    fs.writeFileSync(path.join(src, 'main-bundler.js'),
      fs.readFileSync(path.join(src, 'main.js'), 'utf8').replace("from 'gongji'", "from 'gongji/bundler'"));
  },
};

// docs/integrations.md's code blocks are the matrix's files:
// `<!-- file: F -->` before a block means the block is F, `<!-- in: F -->`
// that F contains it.
function documentedSnippets() {
  const doc = fs.readFileSync(path.join(root, 'docs/integrations.md'), 'utf8');
  const blocks = [...doc.matchAll(/<!-- (file|in): (\S+) -->\n```\w*\n([\s\S]*?)```\n/g)];
  if (blocks.length < 10) throw new Error(`docs/integrations.md shows ${blocks.length} of the matrix's files`);
  for (const [, how, file, block] of blocks) {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    if (how === 'file' ? text !== block : !text.includes(block)) throw new Error(`docs/integrations.md: the block for ${file} is not ${how === 'file' ? 'the file' : 'in the file'}`);
  }
  console.log(`docs/integrations.md: its ${blocks.length} code blocks are the matrix's files`);
}

// --- the run ---
const started = Date.now();
documentedSnippets();
fs.mkdirSync(tmp, { recursive: true });
const tarball = path.join(tmp, run(root, 'npm', ['pack', './pkg', '--pack-destination', tmp, '--silent']).trim().split('\n').pop());
let passed = 0;
let failed = 0;
let consumersPassed = 0;
const chosen = Object.keys(cases).filter((c) => !only.length || only.includes(c));
for (const consumer of chosen) {
  const dir = path.join(here, consumer);
  const t0 = Date.now();
  // The lockfile installed (offline first: the npm cache) unless
  // node_modules already matches it, then the package from the tarball.
  // npm install --no-save rather than npm ci: Taro's lockfile holds only
  // the native binding the registry has, which npm ci refuses.
  const installed = path.join(dir, 'node_modules/.package-lock.json');
  if (!fs.existsSync(installed) || fs.statSync(installed).mtimeMs < fs.statSync(path.join(dir, 'package-lock.json')).mtimeMs) {
    npm(dir, 'install', '--no-save');
  }
  npm(dir, 'install', '--no-save', tarball);
  (setups[consumer] ?? (() => sources(consumer)))();
  console.log(`${consumer}: installed (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  let allPassed = true;
  for (const [name, check] of cases[consumer]) {
    const t = Date.now();
    try {
      await check();
      passed += 1;
      console.log(`  ok    ${consumer}: ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
    } catch (e) {
      failed += 1;
      allPassed = false;
      console.log(`  FAIL  ${consumer}: ${name}\n${String(e.stderr || '')}${String(e.stdout || '')}${e.message}`.replace(/\n/g, '\n        '));
    }
  }
  if (allPassed) consumersPassed += 1;
}
await browser?.close();
console.log(`consumer matrix: ${passed}/${passed + failed} cases passed, ${consumersPassed}/${chosen.length} consumers, in ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(failed ? 1 : 0);
