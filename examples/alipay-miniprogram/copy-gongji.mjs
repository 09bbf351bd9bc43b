// Copies gongji's mini-program loader into workers/gongji/ (a Worker may
// require only files inside its folder). The wasm is not copied: it stays
// in node_modules/gongji/miniprogram-extras/ (uncompressed) and the Worker passes its path to
// init(). Neither is the JS build (gongji-js.js): inside a Worker
// MYWebAssembly exists, so the loader never asks for it there.
//   node copy-gongji.mjs [path to gongji's miniprogram folder]
import fs from 'node:fs';
import path from 'node:path';

const here = path.dirname(new URL(import.meta.url).pathname);
const from = path.resolve(process.argv[2] || path.join(here, 'node_modules/gongji/miniprogram'));
const to = path.join(here, 'workers/gongji');
fs.mkdirSync(to, { recursive: true });
for (const file of ['gongji.js', 'api.js', 'engine.js', 'call-over.js']) fs.copyFileSync(path.join(from, file), path.join(to, file));
console.log(`copied gongji's loader from ${from} to ${to}`);
