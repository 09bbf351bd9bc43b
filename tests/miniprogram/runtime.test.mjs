// The mini-program entry in simulated WeChat and Alipay runtimes: node's vm
// with no WebAssembly, TextDecoder, TextEncoder, fetch, URL or import.meta —
// only a WXWebAssembly (or MYWebAssembly) that instantiates a file from a
// package-relative path, decompressing .br as the real runtime does: the
// folder 构建 npm copies (pkg/miniprogram/, at /miniprogram_npm/gongji/) or
// the package as installed (pkg/, at /node_modules/gongji/, as on Alipay).
// The answers must equal the native CLI's byte for byte.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import * as acorn from 'acorn';
import { MAIN_PACKAGE_SHARE } from '../../scripts/size-limits.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const pkg = path.join(root, 'pkg');
const dir = path.join(pkg, 'miniprogram');
const extras = path.join(pkg, 'miniprogram-extras');
const cli = path.join(root, 'target/debug/gongji');
const PACKAGE_PREFIX = '/miniprogram_npm/gongji/';
const INSTALLED_PREFIX = '/node_modules/gongji/';

/** A mini-program-like realm: the runtime's WebAssembly object and nothing browser-ish. */
function runtime(globalName) {
  const context = vm.createContext({ console });
  vm.runInContext('delete globalThis.WebAssembly;', context);
  let loads = 0;
  context[globalName] = {
    instantiate(packagePath, imports) {
      const prefix = [PACKAGE_PREFIX, INSTALLED_PREFIX].find((p) => packagePath.startsWith(p));
      assert.ok(prefix, `a package-relative path, not ${packagePath}`);
      let bytes = fs.readFileSync(path.join(prefix === PACKAGE_PREFIX ? dir : pkg, packagePath.slice(prefix.length)));
      if (packagePath.endsWith('.br')) bytes = zlib.brotliDecompressSync(bytes);
      loads += 1;
      return WebAssembly.instantiate(bytes, imports);
    },
  };
  const cache = {};
  const requireFrom = (file) => {
    if (cache[file]) return cache[file].exports;
    const module = { exports: {} };
    cache[file] = module;
    const source = fs.readFileSync(file, 'utf8');
    const wrapped = vm.runInContext(`(function (module, exports, require) {${source}\n})`, context, { filename: file });
    wrapped(module, module.exports, (p) => requireFrom(path.join(path.dirname(file), p)));
    return module.exports;
  };
  return { context, gongji: requireFrom(path.join(dir, 'index.js')), loads: () => loads };
}

const examples = ['relation-options', 'check-network', 'preview-settlement', 'project-settlements'];
const callName = { 'relation-options': 'relationOptions', 'check-network': 'checkNetwork', 'preview-settlement': 'previewSettlement', 'project-settlements': 'projectSettlements' };
const native = (call, json) => execFileSync(cli, [call], { input: json }).toString().trim();

for (const [name, globalName] of [['WeChat', 'WXWebAssembly'], ['Alipay', 'MYWebAssembly']]) {
  test(`${name}: the realm has no WebAssembly, TextDecoder, TextEncoder, fetch or URL`, () => {
    const { context } = runtime(globalName);
    const types = vm.runInContext('[typeof WebAssembly, typeof TextDecoder, typeof TextEncoder, typeof fetch, typeof URL]', context);
    assert.deepEqual([...types], ['undefined', 'undefined', 'undefined', 'undefined', 'undefined']);
  });

  test(`${name}: calls before init are refused with NOT_INITIALIZED`, () => {
    const { gongji } = runtime(globalName);
    assert.throws(() => gongji.policies(), (e) => e.code === 'NOT_INITIALIZED');
  });

  for (const wasmPath of [PACKAGE_PREFIX + 'gongji.wasm.br', INSTALLED_PREFIX + 'miniprogram-extras/gongji.wasm']) {
    test(`${name}: init({ path: '${wasmPath}' }) then every README example answers as the native CLI`, async () => {
      const { gongji, loads } = runtime(globalName);
      await gongji.init({ path: wasmPath });
      await gongji.init({ path: wasmPath });
      assert.equal(loads(), 1, 'init loads once');
      for (const example of examples) {
        const json = fs.readFileSync(path.join(root, 'docs/examples', `${example}.json`), 'utf8');
        assert.equal(gongji.callJson(callName[example], json), native(example, json), example);
        assert.equal(JSON.stringify(gongji[callName[example]](JSON.parse(json))), native(example, json));
      }
      // The fifth call, policies, takes no request.
      assert.equal(gongji.callJson('policies', ''), native('policies', ''));
      assert.equal(JSON.stringify(gongji.policies()), native('policies', ''));
    });
  }

  test(`${name}: the UTF-8 fallback carries Chinese and astral characters both ways`, async () => {
    const { gongji } = runtime(globalName);
    await gongji.init({ path: PACKAGE_PREFIX + 'gongji.wasm.br' });
    const request = JSON.stringify({ policy: gongji.policies()[0].id, asOf: '2025-03-10',
      founder: { id: '组建人😀', scheme: 'employee', region: '310104', historicalBalance: '10.00' },
      members: [{ relation: 'spouseParent', person: { id: '岳母𠀀', scheme: 'resident', region: '310104' } }] });
    const answer = gongji.callJson('checkNetwork', request);
    assert.equal(answer, native('check-network', request));
    assert.match(answer, /岳母𠀀/);
    assert.match(answer, /配偶的父母/);
  });

  test(`${name}: bad input throws a GongjiError with code and path`, async () => {
    const { gongji } = runtime(globalName);
    await gongji.init({ path: INSTALLED_PREFIX + 'miniprogram-extras/gongji.wasm' });
    assert.throws(() => gongji.relationOptions({ policy: gongji.policies()[0].id, asOf: '2025-02-30' }),
      (e) => e.name === 'GongjiError' && e.code === 'INVALID_DATE' && e.path === 'asOf');
  });
}

test('the loader and the JS build are ES2018 at most, CommonJS, with no import.meta, fetch or WebAssembly.Module', () => {
  for (const file of ['index.js', 'gongji.js', 'api.js', 'engine.js', 'call-over.js', '../miniprogram-extras/gongji-js.js']) {
    const source = fs.readFileSync(path.join(dir, file), 'utf8');
    assert.doesNotThrow(() => acorn.parse(source, { ecmaVersion: 2018, sourceType: 'script' }), file);
    for (const banned of ['import.meta', 'fetch(', 'WebAssembly.', 'TextDecoder(', 'globalThis']) {
      // TextDecoder is used only when the runtime has it (callOver's default,
      // also inside the JS build; the loader always passes its own codec);
      // engine.js names WebAssembly only behind typeof checks.
      if (banned === 'TextDecoder(' && ['gongji.js', 'call-over.js', '../miniprogram-extras/gongji-js.js'].includes(file)) continue;
      if (banned === 'WebAssembly.' && file === 'engine.js') continue;
      assert.ok(!source.includes(banned), `${file} uses ${banned}`);
    }
  }
});

test('the mini-program build uses MVP features only and has no imports; the stable build does not pass as MVP', () => {
  const wasm = path.join(extras, 'gongji.wasm');
  execFileSync('wasm-tools', ['validate', '--features', 'mvp', wasm]);
  const module = new WebAssembly.Module(fs.readFileSync(wasm));
  assert.deepEqual(WebAssembly.Module.imports(module), []);
  assert.equal(typeof new WebAssembly.Instance(module, {}).exports.gongji_call, 'function');
  // WeChat on iOS exports functions, memory and tables but not globals.
  assert.deepEqual(WebAssembly.Module.exports(module).filter((e) => e.kind !== 'function' && e.kind !== 'memory'), []);
});

// The evidence for shipping two builds: with every proposal the stable
// build might use enabled it validates; take any one of these four away and
// it is refused (the README quotes these messages).
test('the stable build needs sign-extension, reference types, multi-value and bulk memory', () => {
  const stable = path.join(root, 'pkg/web/raw_bg.wasm');
  const all = ['mutable-global', 'saturating-float-to-int', 'sign-extension', 'reference-types', 'multi-value', 'bulk-memory'];
  const validate = (features) => execFileSync('wasm-tools', ['validate', '--features', ['mvp', ...features].join(','), stable], { stdio: 'pipe' });
  assert.doesNotThrow(() => validate(all));
  const needed = { 'sign-extension': /sign extension/, 'reference-types': /multiple tables|reference types/, 'multi-value': /multi-value/, 'bulk-memory': /bulk.memory/ };
  for (const [feature, message] of Object.entries(needed)) {
    assert.throws(() => validate(all.filter((f) => f !== feature)), (e) => message.test(String(e.stderr)), feature);
  }
  assert.throws(() => validate([]), /not enabled/);
});

test('the .wasm.br fits a 2 MB mini-program package with room to spare', () => {
  const size = fs.statSync(path.join(dir, 'gongji.wasm.br')).size;
  assert.ok(size < 2 * 1024 * 1024 - 512 * 1024, `${size} bytes`);
});

// The folder WeChat's 构建 npm copies into the main package: what every
// mini-program needs (the loader, the brotli wasm) and only files WeChat
// uploads (no .d.ts, no uncompressed wasm, no JS build), within its
// ratchet (scripts/size-limits.mjs).
test('pkg/miniprogram/ holds only the loader and the .wasm.br, within its ratchet', () => {
  assert.deepEqual(fs.readdirSync(dir).sort(), ['api.js', 'call-over.js', 'engine.js', 'gongji.js', 'gongji.wasm.br', 'index.js']);
  const bytes = fs.readdirSync(dir).reduce((sum, f) => sum + fs.statSync(path.join(dir, f)).size, 0);
  assert.ok(bytes <= MAIN_PACKAGE_SHARE.ratchet, `${bytes} B, ratchet ${MAIN_PACKAGE_SHARE.ratchet}`);
  assert.deepEqual(fs.readdirSync(extras).sort(), ['gongji-js.js', 'gongji.wasm']);
});

test('the loader names no JS build: neither 构建 npm nor a bundler can pull it into the main package', () => {
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    assert.doesNotMatch(fs.readFileSync(path.join(dir, file), 'utf8'), /require\(['"][^'"]*gongji-js/, file);
  }
});
