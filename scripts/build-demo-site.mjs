// The demo as a host deploys it: www/ (with the web package in www/gongji/)
// written to OUT as a release whose assets live under a directory named by
// their content hash, precompressed beside each file.
//   node scripts/build-demo-site.mjs [www] [out]       (default: www target/demo-site)
//
// OUT/index.html       the page, its asset links pointing into the release
//                      and style.css inlined (the loading state paints from
//                      the page alone, without a second round trip);
//                      revalidated on every visit (it names the release)
// OUT/csp.txt          the Content-Security-Policy header a host must send
//                      with the page (scripts/csp.mjs: its inline script
//                      and style by hash); printed too
// OUT/<hash>/...       every other file of www/: the page's modules
//                      bundled by esbuild as a host ships them (app.js with
//                      what the first verdict needs in one file, the
//                      sections below it in chunks imported after it;
//                      preload.js's lists name those files), the engine
//                      (gongji/) and the rest as they are. The engine's
//                      glue finds its wasm by a relative URL, so one hash
//                      of the whole release names them all; served immutable
// *.br, *.gz           brotli (quality 11) and gzip (level 9) of each text
//                      file and the wasm, for a server that sends the
//                      precompressed file the browser accepts (scripts/serve.mjs;
//                      nginx brotli_static/gzip_static: docs/deploying.md)
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import * as esbuild from 'esbuild';
import { csp } from './csp.mjs';

const [from = 'www', out = 'target/demo-site'] = process.argv.slice(2);
const COMPRESSED = /\.(html|js|mjs|css|json|wasm|svg|txt|ts)$/;

/** Every file under `dir`, as paths relative to it, sorted. */
function files(dir, prefix = '') {
  return fs.readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((e) => {
    const rel = path.posix.join(prefix, e.name);
    return e.isDirectory() ? files(dir, rel) : [rel];
  }).sort();
}

// A .br/.gz left in www/ is not an asset: this script writes its own.
const assets = files(from).filter((f) => f !== 'index.html' && !/\.(br|gz)$/.test(f));
if (!assets.includes('gongji/index.js')) throw new Error(`${from}/gongji/ is missing: build the web package into it first (scripts/demo.sh)`);
const hash = crypto.createHash('sha256');
for (const f of assets) hash.update(`${f}\0`).update(fs.readFileSync(path.join(from, f)));
const release = hash.digest('hex').slice(0, 12);

fs.rmSync(out, { recursive: true, force: true });
// The page's modules (every .js outside gongji/) are bundled below; style.css is inlined into
// the page; the rest is copied.
const isPageModule = (f) => f.endsWith('.js') && !f.startsWith('gongji/');
for (const f of assets.filter((x) => !isPageModule(x) && x !== 'style.css')) {
  fs.mkdirSync(path.dirname(path.join(out, release, f)), { recursive: true });
  fs.copyFileSync(path.join(from, f), path.join(out, release, f));
}
const verdictChunks = await bundlePage(path.join(out, release));
// The area list sits beside the bundle in the release, one level up from
// www/sections/area.js where it is fetched as '../areas.json'.
const areaFetchers = files(path.join(out, release)).filter((f) => f.endsWith('.js'))
  .filter((f) => {
    const file = path.join(out, release, f);
    const code = fs.readFileSync(file, 'utf8');
    const moved = code.replace(/(["'`])\.\.\/areas\.json\1/g, '$1./areas.json$1');
    if (moved !== code) fs.writeFileSync(file, moved);
    return moved !== code;
  });
if (areaFetchers.length === 0) throw new Error("the bundle no longer fetches '../areas.json': check www/sections/area.js");
// The stylesheet the first paint waits for, in the page: one round trip fewer. Minified: the page is the first download.
const style = (await esbuild.transform(fs.readFileSync(path.join(from, 'style.css'), 'utf8'), { loader: 'css', minify: true })).code.trim();
const styleLink = '<link rel="stylesheet" href="style.css">';
const source = fs.readFileSync(path.join(from, 'index.html'), 'utf8');
if (!source.includes(styleLink)) throw new Error(`${from}/index.html: ${styleLink} was not found`);
// The page's own links (src="x", href="x") to files of the release, moved into it.
const page = source.replace(styleLink, () => `<style>${style}</style>`)
  .replace(/\b(src|href)="([^"#:?]+)"/g, (all, attr, href) => (assets.includes(href) ? `${attr}="${release}/${href}"` : all))
  // The chunks app.js imports, fetched with the page rather than after app.js has arrived.
  .replace('</head>', `${verdictChunks.map((f) => `<link rel="modulepreload" href="${release}/${f}">\n`).join('')}</head>`);
fs.writeFileSync(path.join(out, 'index.html'), page);

/**
 * app.js and everything it imports in one module, page.js's part in chunks
 * (esbuild's splitting); the engine's entry and preload.js stay files of
 * their own (the page and the engine share one engine, and preload.js runs
 * before the bundle arrives). preload.js is rewritten to preload these
 * files instead of the page's source modules. Returns the chunks app.js
 * imports (the page links them for preloading).
 */
async function bundlePage(dir) {
  const own = /(^|\/)(gongji\/index\.js|preload\.js)$/;
  const result = await esbuild.build({
    entryPoints: [path.join(from, 'app.js')], bundle: true, splitting: true, format: 'esm', target: 'es2022',
    minify: true, legalComments: 'none', charset: 'utf8', outdir: dir, entryNames: '[name]', chunkNames: 'chunk-[hash]',
    metafile: true, logLevel: 'warning',
    plugins: [{ name: 'own-files', setup(build) { build.onResolve({ filter: own }, (args) => ({ path: args.path, external: true })); } }],
  });
  const outputs = result.metafile.outputs;
  const name = (file) => path.relative(dir, file).split(path.sep).join('/');
  const entry = Object.keys(outputs).find((f) => name(f) === 'app.js');
  const first = ['app.js', ...outputs[entry].imports.filter((i) => i.kind === 'import-statement' && !i.external).map((i) => name(i.path))];
  const later = Object.keys(outputs).map(name).filter((f) => f.endsWith('.js') && !first.includes(f));
  const list = (files) => `[${files.map((f) => `'${f}'`).join(', ')}]`;
  const preload = fs.readFileSync(path.join(from, 'preload.js'), 'utf8')
    .replace(/export const VERDICT = \[[^\]]*\];/, `export const VERDICT = ${list(first)};`)
    .replace(/export const REST = \[[^\]]*\];/, `export const REST = ${list(later)};`);
  if (!preload.includes(`VERDICT = ${list(first)}`) || !preload.includes(`REST = ${list(later)}`)) throw new Error('www/preload.js: its VERDICT and REST lists were not found');
  fs.writeFileSync(path.join(dir, 'preload.js'), preload);
  return first.filter((f) => f !== 'app.js');
}

let raw = 0, br = 0, gz = 0;
for (const f of files(out).filter((x) => COMPRESSED.test(x))) {
  const body = fs.readFileSync(path.join(out, f));
  const brotli = zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
  const gzip = zlib.gzipSync(body, { level: 9 });
  fs.writeFileSync(path.join(out, `${f}.br`), brotli);
  fs.writeFileSync(path.join(out, `${f}.gz`), gzip);
  raw += body.length; br += brotli.length; gz += gzip.length;
}
console.log(`demo site: ${out}/ (release ${release}): ${raw} B, ${gz} B gzip, ${br} B brotli`);
// Written after the compression above: for the deployer, not the browser.
const header = `Content-Security-Policy: ${csp(page)}`;
fs.writeFileSync(path.join(out, 'csp.txt'), `${header}\n`);
console.log(`send with ${out}/index.html (also in ${out}/csp.txt):\n${header}`);
