// Puts gongji's JS build in the subpackage gongji-js/ (app.json declares
// it), from which app.js loads it with require.async only where
// WXWebAssembly is missing: the main package never carries it.
//   node copy-gongji-js.mjs [path to gongji's miniprogram-extras folder]
import fs from 'node:fs';
import path from 'node:path';

const here = path.dirname(new URL(import.meta.url).pathname);
const from = path.resolve(process.argv[2] || path.join(here, 'node_modules/gongji/miniprogram-extras'));
fs.mkdirSync(path.join(here, 'gongji-js'), { recursive: true });
fs.copyFileSync(path.join(from, 'gongji-js.js'), path.join(here, 'gongji-js/gongji-js.js'));
console.log(`copied gongji's JS build from ${from} to ${path.join(here, 'gongji-js')}`);
