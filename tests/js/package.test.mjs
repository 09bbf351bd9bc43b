// The built package, imported the way a user would: `require('gongji')` and
// `import 'gongji'` resolved through package.json `exports`, running the
// README's worked examples; answers must equal the native CLI's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'target/debug/gongji');
// A consumer project with gongji installed (symlinked) in its node_modules.
const consumer = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'gongji-consumer-'));
fs.mkdirSync(path.join(consumer, 'node_modules'));
fs.symlinkSync(path.join(root, 'pkg'), path.join(consumer, 'node_modules/gongji'), 'dir');
fs.writeFileSync(path.join(consumer, 'esm.mjs'), "export * from 'gongji'; export { default } from 'gongji';\n");
const required = createRequire(path.join(consumer, 'index.js'))('gongji');
const imported = await import(pathToFileURL(path.join(consumer, 'esm.mjs')).href);

const examples = {
  relationOptions: 'relation-options',
  checkNetwork: 'check-network',
  previewSettlement: 'preview-settlement',
  projectSettlements: 'project-settlements',
};
const native = (call, file) => JSON.parse(execFileSync(cli, [call, file]).toString());

for (const [flavour, gongji] of [['require', required], ['import', imported]]) {
  test(`${flavour}: every README example answers as the native CLI does`, async () => {
    await gongji.default();
    for (const [call, name] of Object.entries(examples)) {
      const file = path.join(root, 'docs/examples', `${name}.json`);
      const request = JSON.parse(fs.readFileSync(file, 'utf8'));
      assert.deepEqual(gongji[call](request), native(name, file), call);
    }
  });

  test(`${flavour}: policies() lists every profile of policies/, each before the layers it extends, with citations and layers`, () => {
    const all = gongji.policies();
    const files = fs.readdirSync(path.join(root, 'policies')).filter((f) => f.endsWith('.json'))
      .map((f) => JSON.parse(fs.readFileSync(path.join(root, 'policies', f), 'utf8')));
    assert.deepEqual(all.map((p) => p.id).toSorted(), files.map((p) => p.id).toSorted());
    const written = gongji.policies({ view: 'written' });
    const position = (id) => all.findIndex((p) => p.id === id);
    for (const [i, file] of written.entries()) {
      assert.equal(file.id, all[i].id, 'the written view in the same order');
      if (file.extend) assert.ok(position(file.extend) > i, `${file.id} is listed before ${file.extend}`);
      // The written view is the file as written, less the old ids it answers to.
      const { aliases, ...rest } = files.find((f) => f.id === file.id);
      assert.deepEqual(file, rest);
    }
    // Every rule cites a document, and the layer it comes from: the
    // profile itself or one it extends.
    const chain = (id) => (id ? [id, ...chain(written[position(id)].extend)] : []);
    for (const profile of all) for (const version of profile.versions) for (const [key, rule] of Object.entries(version.rules)) {
      assert.ok(rule.source.doc, `${profile.id} ${key}`);
      assert.ok(chain(profile.id).includes(rule.source.layer), `${profile.id} ${key}: ${rule.source.layer}`);
    }
  });

  test(`${flavour}: policies({ ids }) answers those profiles as the whole list does, in its order; the summary names each as resolved`, () => {
    const ids = gongji.policies({ view: 'summary' }).map((p) => p.id);
    const asked = [ids.at(-1), ids[ids.length >> 1], ids[0]];
    for (const view of ['resolved', 'written', 'summary']) {
      const all = gongji.policies({ view });
      assert.deepEqual(gongji.policies({ view, ids: asked }), all.filter((p) => asked.includes(p.id)), view);
    }
    const files = fs.readdirSync(path.join(root, 'policies')).filter((f) => f.endsWith('.json'))
      .map((f) => JSON.parse(fs.readFileSync(path.join(root, 'policies', f), 'utf8')));
    const aliased = files.find((f) => f.aliases?.length);
    assert.deepEqual(gongji.policies({ ids: [aliased.aliases[0]] }).map((p) => p.id), [aliased.id], 'an old id answers its profile');
    const line = ({ id, extend, name, region }) => JSON.parse(JSON.stringify({ id, extend, name, region }));
    assert.deepEqual(gongji.policies({ view: 'summary' }), gongji.policies().map(line));
  });

  test(`${flavour}: a city written as one override on a built-in names the layer that decided`, () => {
    const request = JSON.parse(fs.readFileSync(path.join(root, 'docs/examples/check-network-layered.json'), 'utf8'));
    const answer = gongji.checkNetwork(request);
    assert.equal(answer.ok, false);
    assert.equal(answer.founder.findings[0].source.layer, request.policy.id);
    // The members' findings come from the built-in layers under the override.
    const written = gongji.policies({ view: 'written' });
    const below = (id) => (id ? [id, ...below(written.find((p) => p.id === id).extend)] : []);
    const layers = answer.members[1].findings.map((f) => f.source.layer);
    assert.ok(layers.length > 0 && layers.every((l) => below(request.policy.extend).includes(l)), layers.join());
    assert.throws(() => gongji.checkNetwork({ ...request, policy: { ...request.policy, extend: `${request.policy.extend}-nowhere` } }), (e) =>
      e instanceof gongji.GongjiError && e.code === 'EXTEND_UNKNOWN' && e.path === 'policy.extend');
  });

  test(`${flavour}: bad input throws a GongjiError naming the field, in zh-CN and en`, () => {
    const request = JSON.parse(fs.readFileSync(path.join(root, 'docs/examples/preview-settlement.json'), 'utf8'));
    request.expense.amount = '12.345';
    assert.throws(() => gongji.previewSettlement(request), (e) =>
      e instanceof gongji.GongjiError && e instanceof Error && e.code === 'AMOUNT_TOO_PRECISE'
      && e.path === 'expense.amount' && /两位小数/.test(e.message));
    assert.throws(() => gongji.previewSettlement({ ...request, lang: 'en' }), (e) =>
      e.code === 'AMOUNT_TOO_PRECISE' && /two decimals/.test(e.message));
  });

  test(`${flavour}: a request that cannot become JSON is a GongjiError, not a crash`, () => {
    const [first] = gongji.policies();
    const cyclic = { policy: first.id };
    cyclic.self = cyclic;
    assert.throws(() => gongji.checkNetwork(cyclic), (e) => e instanceof gongji.GongjiError && e.code === 'INVALID_JSON');
    // The module goes on answering afterwards.
    assert.ok(gongji.relationOptions({ policy: first.id, asOf: first.versions.at(-1).validFrom }).options.length > 0);
  });
}

test('the package exports resolve for import, require and a bundler', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'pkg/package.json'), 'utf8'));
  const dot = pkg.exports['.'];
  for (const entry of [dot.miniprogram, dot.node.import, dot.node.require, dot.browser, dot.import, dot.require, dot.default]) {
    for (const target of [entry.types, entry.default]) assert.ok(fs.existsSync(path.join(root, 'pkg', target)), target);
  }
  // Precise side effects: a bundler must keep the module that instantiates
  // the wasm (bundler/raw.js), which `sideEffects: false` let it drop.
  assert.ok(pkg.sideEffects.includes('./bundler/raw.js') && pkg.sideEffects.includes('./bundler/index.js'), pkg.sideEffects);
  assert.equal(pkg.version, /^version\s*=\s*"([^"]+)"/m.exec(fs.readFileSync(path.join(root, 'Cargo.toml'), 'utf8'))[1]);
});

// What `npm pack` would publish is exactly what the package needs: the
// files package.json points at (main, types, exports, the mini-program
// folder), every file those reach through a relative import, require,
// `new URL(..., import.meta.url)` or declaration re-export, the module-type
// package.json beside each, and README plus the two LICENSE texts.
test('npm pack lists exactly the files the package needs, with its LICENSE files', () => {
  const pkgDir = path.join(root, 'pkg');
  const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: pkgDir, encoding: 'utf8' }))[0]
    .files.map((f) => f.path).sort();
  const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
  const needed = new Set(['package.json', 'README.md', 'LICENSE-MIT', 'LICENSE-APACHE']);
  const queue = [];
  const reach = (file) => {
    if (!fs.existsSync(path.join(pkgDir, file)) || needed.has(file) && file !== 'package.json') return false;
    if (!needed.has(file)) { needed.add(file); queue.push(file); }
    const typeJson = path.join(path.dirname(file), 'package.json');
    if (fs.existsSync(path.join(pkgDir, typeJson))) needed.add(typeJson);
    return true;
  };
  const targets = (x) => (typeof x === 'string' ? [x] : Object.values(x ?? {}).flatMap(targets));
  for (const t of [pkg.main, pkg.types, pkg.module, ...targets(pkg.exports)]) reach(path.normalize(t));
  for (const f of fs.readdirSync(path.join(pkgDir, pkg.miniprogram))) reach(path.join(pkg.miniprogram, f));
  const literal = /['"`](?:\$\{__dirname\}\/)?((?:\.{1,2}\/)*[\w.-]+(?:\/[\w.-]+)*\.(?:js|mjs|cjs|wasm|br))['"`]/g;
  while (queue.length) {
    const file = queue.shift();
    if (!/\.(js|mjs|cjs|ts|mts|cts)$/.test(file)) continue;
    for (const [, ref] of fs.readFileSync(path.join(pkgDir, file), 'utf8').matchAll(literal)) {
      const to = path.normalize(path.join(path.dirname(file), ref));
      // A declaration's '../gongji.js' is gongji.d.ts (.mjs: .d.mts, .cjs: .d.cts).
      reach(to) || reach(to.replace(/\.(m|c)?js$/, '.d.$1ts'));
    }
  }
  assert.deepEqual(packed, [...needed].sort());
});

test('the package declares every type generated from the Rust contract, and every call typed', () => {
  const dts = fs.readFileSync(path.join(root, 'pkg/gongji.d.ts'), 'utf8');
  const generated = fs.readFileSync(path.join(root, 'src/host/contract.d.ts'), 'utf8');
  const types = [...generated.matchAll(/^export type (\w+)/gm)].map((m) => m[1]);
  assert.ok(types.includes('FindingCode') && types.includes('ErrorCode') && types.length > 40, types.join());
  for (const t of types) assert.match(dts, new RegExp(`export type ${t}\\b`), t);
  // BuiltInPolicy is written by build.rs from policies/: every id is a literal of it.
  const union = /export type BuiltInPolicy = ([^;]+);/.exec(dts);
  assert.ok(union, 'BuiltInPolicy declared');
  for (const p of JSON.parse(execFileSync(cli, ["policies"], { input: "{}" }).toString())) assert.ok(union[1].includes(JSON.stringify(p.id)), p.id);
  for (const [call, request, answer] of [['checkNetwork', 'NetworkRequest', 'NetworkCheck'],
    ['previewSettlement', 'SettlementRequest', 'SettlementPreview'], ['projectSettlements', 'ProjectionRequest', 'Projection'],
    ['relationOptions', 'RelationOptionsRequest', 'RelationOptions'], ['viewNetwork', 'ViewRequest', 'NetworkView'],
    ['checkTransfer', 'TransferRequest', 'TransferCheck']]) {
    assert.match(dts, new RegExp(`export function ${call}\\(request: ${request}\\): ${answer};`), call);
  }
  assert.match(dts, /export declare class GongjiError extends Error/);
  assert.doesNotMatch(dts, /setErrorClass/);
});

test('a trap inside the wasm reaches the caller as a GongjiError INTERNAL, not a RuntimeError', async () => {
  const { bind, GongjiError } = createRequire(import.meta.url)(path.join(root, 'pkg/node/api.cjs'));
  const api = bind(() => { throw new WebAssembly.RuntimeError('unreachable'); });
  assert.throws(() => api.checkNetwork({}), (e) => e instanceof GongjiError && e.code === 'INTERNAL' && /unreachable/.test(e.message));
});

// GongjiError.code is typed ErrorCode (generated from the Rust enum): the
// codes the entries themselves throw must be in it too.
test('every code the JavaScript of the package throws is an ErrorCode of the declarations', () => {
  const dts = fs.readFileSync(path.join(root, 'pkg/gongji.d.ts'), 'utf8');
  const errorCode = /export type ErrorCode = ([^;]+);/.exec(dts);
  assert.ok(errorCode, 'ErrorCode declared');
  const declared = new Set([...errorCode[1].matchAll(/"(\w+)"/g)].map((m) => m[1]));
  const sources = ['entries', 'shared'].flatMap((dir) => fs.readdirSync(path.join(root, 'pkg-config', dir))
    .filter((f) => /\.[cm]?js$/.test(f)).map((f) => path.join(root, 'pkg-config', dir, f)));
  const thrown = new Set(sources.flatMap((f) => [...fs.readFileSync(f, 'utf8').matchAll(/\bcode: '(\w+)'/g)].map((m) => m[1])));
  for (const code of ['NOT_INITIALIZED', 'INTERNAL', 'INVALID_JSON', 'INVALID_ENGINE', 'ENGINE_UNAVAILABLE', 'INIT_FAILED']) {
    assert.ok(thrown.has(code), `${code} is thrown somewhere in pkg-config/`);
  }
  for (const code of thrown) assert.ok(declared.has(code), `${code} is thrown by the entries but is no ErrorCode`);
});

test('the web entry refuses calls before init() with NOT_INITIALIZED', async () => {
  const web = await import(path.join(root, 'pkg/web/index.js'));
  assert.throws(() => web.policies(), (e) => e instanceof web.GongjiError && e.code === 'NOT_INITIALIZED');
  await web.default(fs.readFileSync(path.join(root, 'pkg/web/raw_bg.wasm')));
  const files = fs.readdirSync(path.join(root, 'policies')).filter((f) => f.endsWith('.json'));
  assert.equal(web.policies().length, files.length);
});

// Editor tooltips: every function and type the package declares carries a
// doc comment, and every function and class an @example (what it answers,
// its errors); each example runs against the node entry, and each line
// `expression; // value` in it must give that value.
test('every exported function and type is documented, and every example runs and answers as shown', async () => {
  const gongji = createRequire(import.meta.url)(path.join(root, 'pkg/node/index.cjs'));
  const { default: init, ...calls } = gongji;
  const scope = { ...calls, init };
  const AsyncFunction = (async () => {}).constructor;
  let examples = 0;
  for (const file of ['gongji.d.ts', 'gongji.d.mts', 'miniprogram.d.ts']) {
    const dts = fs.readFileSync(path.join(root, 'pkg', file), 'utf8');
    for (const m of dts.matchAll(/^export (?:declare )?(?:default )?(function|class|type|interface|const) (\w+)/gm)) {
      const before = dts.slice(0, m.index).trimEnd();
      const doc = before.endsWith('*/') ? before.slice(before.lastIndexOf('/**')) : '';
      assert.ok(doc.length > 10, `${file}: ${m[1]} ${m[2]} has no doc comment`);
      if (m[1] === 'type' || m[1] === 'interface' || file === 'miniprogram.d.ts') continue;
      const example = /@example\s*\n\s*\* ```js\n([\s\S]*?)\n\s*\* ```/.exec(doc);
      assert.ok(example, `${file}: ${m[1]} ${m[2]} has no @example`);
      if (file !== 'gongji.d.ts') continue;
      const code = example[1].split('\n').map((line) => line.replace(/^\s*\* ?/, '')).map((line) => {
        const claim = /^(\s*)(.+); \/\/ (.+)$/.exec(line);
        return claim ? `${claim[1]}__check(${claim[2]}, ${claim[3]}, ${JSON.stringify(claim[2])});` : line;
      }).join('\n');
      const check = (got, want, what) => assert.deepEqual(got, want, `${m[2]}'s example: ${what}`);
      await new AsyncFunction(...Object.keys(scope), '__check', code)(...Object.values(scope), check);
      examples += 1;
    }
  }
  assert.ok(examples >= 9, `${examples} examples ran`);
});
