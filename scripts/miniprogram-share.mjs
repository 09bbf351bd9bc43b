// Prints gongji's share of the WeChat example's main package: the example
// (examples/wechat-miniprogram/) assembled as DevTools would upload it after
// 构建 npm (pkg/miniprogram/ copied to miniprogram_npm/gongji/) and
// copy-gongji-js.mjs (the JS build in the subpackage gongji-js/), then every
// uploaded file counted in the main package or its subpackage (app.json's
// subpackages). It exits non-zero above gongji's ratchet or WeChat's 2 MB
// per package, and prints the goal (scripts/size-limits.mjs).
//   node scripts/miniprogram-share.mjs [pkg]
import fs from 'node:fs';
import path from 'node:path';
import { MAIN_PACKAGE_SHARE, WECHAT_PACKAGE_LIMIT as LIMIT } from './size-limits.mjs';

const root = path.resolve(import.meta.dirname, '..');
const pkg = path.resolve(process.argv[2] || path.join(root, 'pkg'));
const example = path.join(root, 'examples/wechat-miniprogram');
// The file types of this app that WeChat uploads (no .md, .mjs, .d.ts).
const UPLOADED = /\.(js|json|wxml|wxss|wxs|wasm|br|png|jpg|svg)$/;
const NOT_UPLOADED = new Set(['package.json', 'package-lock.json', 'project.config.json']);

const app = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'gongji-wechat-share-'));
fs.cpSync(example, app, { recursive: true, filter: (f) => !/^(node_modules|miniprogram_npm|gongji-js)(\/|$)/.test(path.relative(example, f)) });
fs.cpSync(path.join(pkg, 'miniprogram'), path.join(app, 'miniprogram_npm/gongji'), { recursive: true });
fs.mkdirSync(path.join(app, 'gongji-js'));
fs.copyFileSync(path.join(pkg, 'miniprogram-extras/gongji-js.js'), path.join(app, 'gongji-js/gongji-js.js'));

const subpackages = (JSON.parse(fs.readFileSync(path.join(app, 'app.json'), 'utf8')).subpackages ?? []).map((s) => s.root);
const sizes = { main: 0, gongji: 0 };
const subSizes = Object.fromEntries(subpackages.map((s) => [s, 0]));
const skipped = [];
const walk = (dir) => {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    const rel = path.relative(app, file);
    if (entry.isDirectory()) { walk(file); continue; }
    if (!UPLOADED.test(entry.name) || NOT_UPLOADED.has(rel)) { skipped.push(rel); continue; }
    const size = fs.statSync(file).size;
    const sub = subpackages.find((s) => rel.startsWith(s + path.sep));
    if (sub) subSizes[sub] += size;
    else {
      sizes.main += size;
      if (rel.startsWith(path.join('miniprogram_npm', 'gongji') + path.sep)) sizes.gongji += size;
    }
  }
};
walk(app);

const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
console.log(`WeChat example (examples/wechat-miniprogram), as uploaded after 构建 npm:`);
console.log(`  main package              ${String(sizes.main).padStart(9)} B  ${kb(sizes.main)} of the 2 MB limit`);
console.log(`    gongji (miniprogram_npm/gongji/) ${String(sizes.gongji).padStart(9)} B  ${kb(sizes.gongji)} (ratchet ${kb(MAIN_PACKAGE_SHARE.ratchet)}, goal ${kb(MAIN_PACKAGE_SHARE.goal)}${sizes.gongji <= MAIN_PACKAGE_SHARE.goal ? ', met' : ', not met'})`);
for (const [sub, size] of Object.entries(subSizes)) console.log(`  subpackage ${sub.padEnd(14)} ${String(size).padStart(9)} B  ${kb(size)} (downloaded only where WXWebAssembly is missing)`);
console.log(`  not uploaded: ${skipped.sort().join(', ')}`);
fs.rmSync(app, { recursive: true, force: true });
if (sizes.gongji > MAIN_PACKAGE_SHARE.ratchet || sizes.main > LIMIT || Object.values(subSizes).some((s) => s > LIMIT)) {
  console.error('over: gongji above its ratchet, or a package above 2 MB');
  process.exit(1);
}
