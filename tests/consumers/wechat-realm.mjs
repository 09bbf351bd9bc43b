// A built WeChat mini-program (uni-app's dist/build/mp-weixin, Taro's
// dist/) run in a simulated WeChat logic layer, as tests/miniprogram/ does
// for the package alone: node's vm with no WebAssembly, TextEncoder,
// TextDecoder, fetch, URL or document; CommonJS `require` of the app's own
// files; `App`, `Page`, `Component`, `getApp` and a `wx` whose every API is
// a harmless function; with or without a WXWebAssembly that instantiates a
// path inside the code package (brotli-decompressing `.wasm.br`, as WeChat
// does). The app's console is collected.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import zlib from 'node:zlib';

// The `wx` APIs the frameworks' runtimes touch as the app starts, as own
// properties (uni-app copies wx's own keys); any other API-like name is a
// harmless function too; other properties (webpack's wx.webpackJsonp) are
// plain storage.
const WX_ANSWERS = {
  getSystemInfoSync: () => ({ platform: 'devtools', SDKVersion: '3.0.0', windowWidth: 375, windowHeight: 667, pixelRatio: 2, language: 'zh_CN' }),
  getAppBaseInfo: () => ({ SDKVersion: '3.0.0', language: 'zh_CN' }),
  getWindowInfo: () => ({ windowWidth: 375, windowHeight: 667, pixelRatio: 2 }),
  getDeviceInfo: () => ({ platform: 'devtools' }),
  getLaunchOptionsSync: () => ({ path: 'pages/index/index', query: {}, scene: 1001 }),
  getEnterOptionsSync: () => ({ path: 'pages/index/index', query: {}, scene: 1001 }),
  canIUse: () => true,
};
const API_NAME = /^(get|set|on|off|can|create|navigate|redirect|switch|reLaunch|show|hide|request|login|next|report|stop|start|load|pageScrollTo|upload|download|remove|clear|vibrate|make|choose|preview|save|open|check|request)/;

function fakeWx() {
  const wx = {};
  for (const name of ['request', 'navigateTo', 'redirectTo', 'switchTab', 'reLaunch', 'navigateBack', 'showToast', 'hideToast', 'showLoading', 'hideLoading',
    'showModal', 'getStorageSync', 'setStorageSync', 'removeStorageSync', 'getStorage', 'setStorage', 'onAppShow', 'onAppHide', 'onError', 'offAppShow',
    'offAppHide', 'onUnhandledRejection', 'onPageNotFound', 'onThemeChange', 'nextTick', 'createSelectorQuery', 'getUpdateManager', 'getAccountInfoSync']) {
    wx[name] = () => ({});
  }
  Object.assign(wx, WX_ANSWERS);
  return new Proxy(wx, { get: (target, name) => (name in target || typeof name !== 'string' || !API_NAME.test(name) ? target[name] : () => ({})) });
}

/**
 * Launches the built app in `dir`: requires app.js (which requires the
 * framework's runtime and vendor chunks), calls the App's onLaunch,
 * requires each page of app.json, and
 * resolves with what the app logged once `settled(logs)` holds or after
 * `timeoutMs`, with the files it required. `wasm`: give the realm a
 * WXWebAssembly.
 */
export async function launchWechatApp(dir, { wasm, settled = (logs) => logs.length > 0, timeoutMs = 20000 }) {
  const logs = [];
  const say = (kind) => (...args) => logs.push(`${kind === 'error' ? 'ERROR ' : ''}${args.map(String).join(' ')}`);
  let app;
  const context = vm.createContext({
    console: { log: say('log'), info: say('log'), warn: () => {}, error: say('error'), debug: () => {} },
    setTimeout, clearTimeout, setInterval, clearInterval,
    wx: fakeWx(),
    App: (config) => { app = config; },
    Page: () => {},
    Component: () => {},
    Behavior: (b) => b,
    getApp: () => app,
    getCurrentPages: () => [],
  });
  // WeChat's logic layer names its global object `global` (uni-app's runtime uses it).
  vm.runInContext('delete globalThis.WebAssembly; delete globalThis.TextEncoder; delete globalThis.TextDecoder; delete globalThis.URL; globalThis.global = globalThis;', context);
  const loads = [];
  if (wasm) {
    context.WXWebAssembly = {
      instantiate(packagePath, imports) {
        loads.push(packagePath);
        const file = path.join(dir, packagePath);
        if (!packagePath.startsWith('/') || !fs.existsSync(file)) return Promise.reject(new Error('instantiate:fail file not found'));
        let bytes = fs.readFileSync(file);
        if (packagePath.endsWith('.br')) bytes = zlib.brotliDecompressSync(bytes);
        return WebAssembly.instantiate(bytes, imports);
      },
    };
  }
  const cache = {};
  const required = [];
  const requireFile = (file) => {
    if (!file.startsWith(dir + path.sep)) throw new Error(`require outside the code package: ${file}`);
    if (!fs.existsSync(file) && fs.existsSync(`${file}.js`)) file = `${file}.js`;
    if (cache[file]) return cache[file].exports;
    required.push(path.relative(dir, file));
    const module = { exports: {} };
    cache[file] = module;
    const wrapped = vm.runInContext(`(function (module, exports, require) {${fs.readFileSync(file, 'utf8')}\n})`, context, { filename: file });
    const localRequire = (spec) => requireFile(path.resolve(path.dirname(file), spec));
    localRequire.async = (spec) => Promise.resolve().then(() => localRequire(spec));
    wrapped.call(module.exports, module, module.exports, localRequire);
    return module.exports;
  };
  const types = vm.runInContext('[typeof WebAssembly, typeof TextEncoder, typeof TextDecoder, typeof fetch, typeof URL, typeof document]', context);
  if (types.some((t) => t !== 'undefined')) throw new Error(`the realm is not WeChat's: ${types}`);
  requireFile(path.join(dir, 'app.js'));
  if (!app) throw new Error('app.js never called App()');
  app.onLaunch?.call(app, { path: 'pages/index/index', query: {}, scene: 1001 });
  // Each page's module loads too (a page that throws at load is a dead page).
  for (const page of JSON.parse(fs.readFileSync(path.join(dir, 'app.json'), 'utf8')).pages) requireFile(path.join(dir, `${page}.js`));
  for (const started = Date.now(); !settled(logs) && Date.now() - started < timeoutMs;) await new Promise((r) => setTimeout(r, 20));
  return { logs, loads, required };
}

/**
 * gongji's bytes in a built main package, read from the bundler's source
 * maps (`traceMapping`: @jridgewell/trace-mapping, as the toolchain
 * installed it): every generated byte whose source lies in
 * node_modules/gongji/, plus gongji's own files in the package (the
 * .wasm.br). Where the bundler wrote no maps (uni-app writes none for
 * mp-weixin), gongji's code is counted as the loader files the package
 * ships (`loaderDir`), and the result says it is an estimate.
 * Returns { gongji, main, estimated } in bytes (maps not counted).
 */
export function gongjiShare(dir, subpackages, traceMapping, loaderDir) {
  const { TraceMap, eachMapping } = traceMapping;
  let gongji = 0;
  let main = 0;
  let unmapped = 0;
  const walk = (d) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const file = path.join(d, entry.name);
      const rel = path.relative(dir, file);
      if (entry.isDirectory()) {
        if (!subpackages.includes(rel)) walk(file);
        continue;
      }
      if (entry.name.endsWith('.map')) continue;
      main += fs.statSync(file).size;
      if (entry.name.startsWith('gongji')) gongji += fs.statSync(file).size;
      else if (entry.name.endsWith('.js')) {
        if (fs.existsSync(`${file}.map`)) gongji += gongjiBytesIn(file, TraceMap, eachMapping);
        // A file without a map that holds none of the loader's code (Taro's comp.js) counts nothing.
        else if (/GongjiError|gongji_call/.test(fs.readFileSync(file, 'utf8'))) unmapped += 1;
      }
    }
  };
  walk(dir);
  if (unmapped) {
    gongji += fs.readdirSync(loaderDir).filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + fs.statSync(path.join(loaderDir, f)).size, 0);
  }
  return { gongji, main, estimated: unmapped > 0 };
}

function gongjiBytesIn(file, TraceMap, eachMapping) {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const map = new TraceMap(fs.readFileSync(`${file}.map`, 'utf8'));
  const segments = [];
  // webpack names a source webpack://app/._node_modules_gongji_miniprogram_gongji.js.
  eachMapping(map, (m) => segments.push([m.generatedLine - 1, m.generatedColumn, /node_modules[/_]gongji[/_]/.test(m.source ?? '')]));
  segments.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let bytes = 0;
  segments.forEach(([line, column, isGongji], i) => {
    if (!isGongji) return;
    const next = segments[i + 1];
    const end = next && next[0] === line ? next[1] : lines[line].length;
    bytes += Buffer.byteLength(lines[line].slice(column, end));
  });
  return bytes;
}
