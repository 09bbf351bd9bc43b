// Mini-program runtimes without WebAssembly where gongji is loaded, and
// what a simulated runtime used to trip over (issue 14). Each realm is
// node's vm with no WebAssembly, TextDecoder, TextEncoder, fetch or URL
// (as tests/miniprogram/runtime.test.mjs), plus what the platform's
// documentation says is there: WeChat's `wx` (WXWebAssembly only from base
// library 2.13), Alipay's `my` on the main thread (no MYWebAssembly there)
// and `worker` + MYWebAssembly inside a Worker, whose code may require only
// files in its own folder. Answers must equal the native CLI's byte for byte.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';

const root = path.resolve(import.meta.dirname, '../..');
const pkg = path.join(root, 'pkg');
const cli = path.join(root, 'target/debug/gongji');
const native = (call, json) => execFileSync(cli, [call], { input: json }).toString().trim();
const EXAMPLES = { 'relation-options': 'relationOptions', 'check-network': 'checkNetwork', 'preview-settlement': 'previewSettlement', 'project-settlements': 'projectSettlements' };
const readme = Object.entries(EXAMPLES).map(([file, call]) => ({ file, call, json: fs.readFileSync(path.join(root, 'docs/examples', `${file}.json`), 'utf8') }));

/**
 * A realm: `globals` added to a bare vm context; `require` resolves relative
 * paths and bare package names (through package.json "main", as Alipay
 * does) from `appRoot`, and only inside `only` when given (a Worker);
 * `wasmRuntime` names the global whose instantiate(path) reads a file of
 * the code package rooted at `appRoot`.
 */
function realm({ globals = {}, wasmRuntime, appRoot = root, only, packages = {} }) {
  const context = vm.createContext({ console, setTimeout, setImmediate });
  vm.runInContext('delete globalThis.WebAssembly;', context);
  Object.assign(context, globals);
  let loads = 0;
  if (wasmRuntime) {
    context[wasmRuntime] = {
      instantiate(packagePath, imports) {
        const file = path.join(appRoot, packagePath);
        if (!packagePath.startsWith('/') || !fs.existsSync(file)) {
          return Promise.reject(new Error(`errMsg: instantiate:fail file not found`)); // the platform's raw words
        }
        let bytes = fs.readFileSync(file);
        if (packagePath.endsWith('.br')) bytes = zlib.brotliDecompressSync(bytes);
        loads += 1;
        return WebAssembly.instantiate(bytes, imports);
      },
    };
  }
  const cache = {};
  const resolve = (from, spec) => {
    if (spec.startsWith('.')) return path.resolve(path.dirname(from), spec);
    const dir = packages[spec];
    if (!dir) throw new Error(`module not found: ${spec}`);
    return path.join(dir, JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).main);
  };
  const requireFile = (file) => {
    if (only && !file.startsWith(only + path.sep)) throw new Error(`a Worker may require only files in its folder, not ${file}`);
    if (cache[file]) return cache[file].exports;
    const module = { exports: {} };
    cache[file] = module;
    const source = fs.readFileSync(file, 'utf8');
    const wrapped = vm.runInContext(`(function (module, exports, require) {${source}\n})`, context, { filename: file });
    wrapped(module, module.exports, (spec) => requireFile(resolve(file, spec)));
    return module.exports;
  };
  // require(spec) as an app file at appRoot would call it.
  return { context, require: (file) => requireFile(file), requireBare: (spec) => requireFile(resolve(path.join(appRoot, 'app.js'), spec)), loads: () => loads };
}

async function answersReadme(gongji) {
  for (const { file, call, json } of readme) {
    assert.equal(gongji.callJson(call, json), native(file, json), `${call} (callJson)`);
    assert.equal(JSON.stringify(gongji[call](JSON.parse(json))), native(file, json), `${call} (object call)`);
  }
  assert.equal(JSON.stringify(gongji.policies()), native('policies', ''));
  assert.throws(() => gongji.relationOptions({ policy: gongji.policies()[0].id, asOf: '2025-02-30' }),
    (e) => e instanceof gongji.GongjiError && e.code === 'INVALID_DATE' && e.path === 'asOf');
}

test('WeChat before base library 2.13 (no WXWebAssembly): init({ js }) loads the JS build from where the app put it, and every README example answers as the native CLI', async () => {
  const { require } = realm({ globals: { wx: {} } });
  const gongji = require(path.join(pkg, 'miniprogram/index.js'));
  assert.equal(gongji.engine(), undefined);
  let asked = 0;
  // As a subpackage's require.async would: a promise of the module.
  await gongji.init({ js: () => { asked += 1; return Promise.resolve(require(path.join(pkg, 'miniprogram-extras/gongji-js.js'))); } });
  assert.equal(asked, 1);
  assert.equal(gongji.engine(), 'js');
  await answersReadme(gongji);
});

test('WeChat without WXWebAssembly and no init({ js }): init() says where the JS build goes, in both languages', async () => {
  const { require } = realm({ globals: { wx: {} } });
  const gongji = require(path.join(pkg, 'miniprogram/index.js'));
  await assert.rejects(gongji.init(), (e) => e instanceof gongji.GongjiError && e.code === 'ENGINE_UNAVAILABLE' && e.path === 'js'
    && /require\.async/.test(e.message) && /分包/.test(e.message) && /subpackage/.test(e.message) && /2\.13/.test(e.message));
  // A failing subpackage load is reported with the platform's words.
  await assert.rejects(gongji.init({ js: () => Promise.reject({ errMsg: 'require.async:fail subpackage not found' }) }),
    (e) => e.code === 'INIT_FAILED' && e.path === 'js' && /subpackage not found/.test(e.message));
  assert.throws(() => gongji.policies(), (e) => e.code === 'NOT_INITIALIZED');
});

test('WeChat without WXWebAssembly: forcing the wasm says which base library it needs', async () => {
  const { require } = realm({ globals: { wx: {} } });
  const gongji = require(path.join(pkg, 'miniprogram/index.js'));
  await assert.rejects(gongji.init({ engine: 'wasm' }),
    (e) => e instanceof gongji.GongjiError && e.code === 'ENGINE_UNAVAILABLE' && e.path === 'engine' && /2\.13/.test(e.message));
});

test('WeChat with WXWebAssembly: init() without a path loads the .wasm.br 构建 npm put in miniprogram_npm; where it is missing the error names the path and the fix', async () => {
  const app = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'gongji-wx-'));
  fs.mkdirSync(path.join(app, 'miniprogram_npm'));
  fs.symlinkSync(path.join(pkg, 'miniprogram'), path.join(app, 'miniprogram_npm/gongji'));
  const { require, loads } = realm({ globals: { wx: {} }, wasmRuntime: 'WXWebAssembly', appRoot: app });
  const gongji = require(path.join(pkg, 'miniprogram/index.js'));
  await gongji.init();
  assert.equal(gongji.engine(), 'wasm');
  assert.equal(loads(), 1);
  await answersReadme(gongji);
  // An app built by a bundler has no miniprogram_npm: the error says what to do.
  const bare = realm({ globals: { wx: {} }, wasmRuntime: 'WXWebAssembly', appRoot: fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'gongji-wx-')) });
  const unbuilt = bare.require(path.join(pkg, 'miniprogram/index.js'));
  await assert.rejects(unbuilt.init(), (e) => e.code === 'INIT_FAILED' && e.path === 'path'
    && e.message.includes('/miniprogram_npm/gongji/gongji.wasm.br') && /构建 npm/.test(e.message) && /init\(\{ path \}\)/.test(e.message) && /copy gongji\/miniprogram\/gongji\.wasm\.br/.test(e.message));
});

for (const [name, runtime] of [['WeChat', 'WXWebAssembly'], ['Alipay', 'MYWebAssembly']]) {
  test(`${name}: concurrent init() calls instantiate the wasm once`, async () => {
    const { require, loads } = realm({ wasmRuntime: runtime, appRoot: pkg });
    const gongji = require(path.join(pkg, 'miniprogram/index.js'));
    await Promise.all([1, 2, 3].map(() => gongji.init({ path: '/miniprogram/gongji.wasm.br' })));
    assert.equal(loads(), 1);
    assert.equal(gongji.engine(), 'wasm');
  });

  test(`${name}: a wrong path rejects with a GongjiError naming the path tried, not the platform's raw error`, async () => {
    const { require } = realm({ wasmRuntime: runtime, appRoot: pkg });
    const gongji = require(path.join(pkg, 'miniprogram/index.js'));
    await assert.rejects(gongji.init({ path: '/nowhere/gongji.wasm' }),
      (e) => e instanceof gongji.GongjiError && e.code === 'INIT_FAILED' && e.path === 'path' && e.message.includes('/nowhere/gongji.wasm') && e.message.includes(runtime));
    // A later init with the right path still works.
    await gongji.init({ path: '/miniprogram/gongji.wasm.br' });
    assert.equal(gongji.engine(), 'wasm');
  });
}

test('Alipay (Worker, MYWebAssembly): init() without a path says to pass one, instead of looking in miniprogram_npm', async () => {
  const { require, loads } = realm({ globals: { worker: {} }, wasmRuntime: 'MYWebAssembly', appRoot: pkg });
  const gongji = require(path.join(pkg, 'miniprogram/index.js'));
  await assert.rejects(gongji.init(), (e) => e instanceof gongji.GongjiError && e.code === 'INIT_FAILED' && e.path === 'path' && /init\(\{ path \}\)/.test(e.message));
  assert.equal(loads(), 0);
});

test("Alipay main thread: a bare require('gongji') through \"main\" gets the mini-program build, which answers through the JS build", async () => {
  const gongji = realm({ globals: { my: {} }, packages: { gongji: pkg } }).requireBare('gongji');
  await gongji.init();
  assert.equal(gongji.engine(), 'js');
  await answersReadme(gongji);
});

test('Alipay main thread: forcing the wasm says to move gongji into a Worker', async () => {
  const gongji = realm({ globals: { my: {} }, packages: { gongji: pkg } }).requireBare('gongji');
  await assert.rejects(gongji.init({ engine: 'wasm' }),
    (e) => e instanceof gongji.GongjiError && e.code === 'ENGINE_UNAVAILABLE' && /Worker/.test(e.message) && /Worker 中/.test(e.message));
});

/** The Alipay example copied into a temporary app, gongji "installed", its loader copied into the Worker folder. */
function alipayApp() {
  const app = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'gongji-alipay-'));
  fs.cpSync(path.join(root, 'examples/alipay-miniprogram'), app, { recursive: true, filter: (f) => !f.includes(`${path.sep}workers${path.sep}gongji`) });
  fs.mkdirSync(path.join(app, 'node_modules'));
  fs.symlinkSync(pkg, path.join(app, 'node_modules/gongji'));
  execFileSync(process.execPath, [path.join(app, 'copy-gongji.mjs'), path.join(pkg, 'miniprogram')], { stdio: 'pipe' });
  return app;
}

/** Alipay's page realm with my.createWorker: each Worker is its own realm, messages are copied and delivered later. */
function alipayPage(app, { workersWork = true } = {}) {
  const workers = [];
  const my = {
    createWorker(script) {
      if (!workersWork) throw new Error('createWorker:fail');
      const toPage = [];
      const toWorker = [];
      const deliver = (handlers, message) => setImmediate(() => handlers.forEach((h) => h(structuredClone(message))));
      const w = realm({ wasmRuntime: 'MYWebAssembly', appRoot: app, only: path.join(app, 'workers'),
        globals: { worker: { onMessage: (h) => toWorker.push(h), postMessage: (m) => deliver(toPage, m) } } });
      workers.push(w);
      w.require(path.join(app, script));
      return { onMessage: (h) => toPage.push(h), postMessage: (m) => deliver(toWorker, m), terminate() {} };
    },
  };
  let appInstance;
  let page;
  const page_ = realm({ globals: { my, App: (c) => { appInstance = c; }, getApp: () => appInstance, Page: (c) => { page = c; } },
    appRoot: app, packages: { gongji: path.join(app, 'node_modules/gongji') } });
  page_.require(path.join(app, 'app.js'));
  appInstance.onLaunch();
  page_.require(path.join(app, 'pages/index/index.js'));
  return { app: appInstance, page, workers };
}

const showPage = (page) => new Promise((resolve) => {
  const self = { data: { ...page.data }, setData(d) { Object.assign(this.data, d); resolve(this.data); } };
  page.onLoad.call(self);
});

test('Alipay: the example runs gongji in a Worker (MYWebAssembly) and answers every README example to the page through messages, byte for byte', async () => {
  const app = alipayApp();
  const { app: appInstance, page, workers } = alipayPage(app);
  const client = appInstance.gongji;
  assert.equal(client.where, 'worker');
  assert.equal(await client.call('engine'), 'wasm');
  assert.equal(workers[0].loads(), 1);
  for (const { file, call, json } of readme) {
    assert.equal(JSON.stringify(await client.call(call, JSON.parse(json))), native(file, json), call);
  }
  const [first] = await client.call('policies');
  await assert.rejects(client.call('relationOptions', { policy: first.id, asOf: '2025-02-30' }),
    (e) => e.name === 'GongjiError' && e.code === 'INVALID_DATE' && e.path === 'asOf');
  // The page shows the split the engine gave.
  const data = await showPage(page);
  const preview = JSON.parse(native('preview-settlement', readme.find((r) => r.call === 'previewSettlement').json));
  assert.equal(data.engine, 'wasm');
  assert.deepEqual(data.split, preview.split);
  // The simulated Worker really is confined to its folder, and the wasm was not copied into it.
  assert.throws(() => workers[0].require(path.join(app, 'gongji-client.js')), /only files in its folder/);
  assert.ok(!fs.existsSync(path.join(app, 'workers/gongji/gongji.wasm')));
});

test('Alipay: where no Worker can be made, the example falls back to plain JS on the main thread, the same to the fen', async () => {
  const app = alipayApp();
  const { app: appInstance, page } = alipayPage(app, { workersWork: false });
  const client = appInstance.gongji;
  assert.equal(client.where, 'main');
  assert.equal(await client.call('engine'), 'js');
  for (const { file, call, json } of readme) {
    assert.equal(JSON.stringify(await client.call(call, JSON.parse(json))), native(file, json), call);
  }
  const data = await showPage(page);
  assert.equal(data.engine, 'js');
});

test("the ./miniprogram export is typed with its own init({ path, engine, js }), also its default export, not the web entry's init(input)", () => {
  const dts = fs.readFileSync(path.join(pkg, 'miniprogram.d.ts'), 'utf8');
  assert.match(dts, /export declare function init\(options\?: \{ path\?: string; engine\?: Engine; js\?: \(\) => JsBuild \| Promise<JsBuild> \}\): Promise<void>;/);
  assert.match(dts, /^export default init;$/m);
  const exportsMap = JSON.parse(fs.readFileSync(path.join(pkg, 'package.json'), 'utf8')).exports['./miniprogram'];
  assert.equal(exportsMap.types, './miniprogram.d.ts');
});

test('the mini-program entry has a default export, init, as every other entry', async () => {
  const { require } = realm({ globals: { wx: {} }, wasmRuntime: 'WXWebAssembly', appRoot: pkg });
  const gongji = require(path.join(pkg, 'miniprogram/index.js'));
  assert.equal(gongji.default, gongji.init);
  assert.equal(gongji.__esModule, true);
  await gongji.default({ path: '/miniprogram/gongji.wasm.br' });
  assert.equal(gongji.engine(), 'wasm');
});

test("the WeChat example's README gives the .wasm.br's size as built (within 5%)", () => {
  const text = fs.readFileSync(path.join(root, 'examples/wechat-miniprogram/README.md'), 'utf8');
  const m = /`\.wasm\.br` \(brotli, about ([\d,]+) B/.exec(text);
  assert.ok(m, 'the README states the .wasm.br size');
  const stated = Number(m[1].replace(/,/g, ''));
  const actual = fs.statSync(path.join(pkg, 'miniprogram/gongji.wasm.br')).size;
  assert.ok(Math.abs(stated - actual) / actual < 0.05, `README says ${stated} B, the build is ${actual} B`);
});
