// uni-app builds the mini-program with Vite, which resolves 'gongji' for the
// browser unless told it builds a mini-program (the `miniprogram` condition),
// and neither runs WeChat's 构建 npm nor copies a file the code only names:
// put gongji's wasm in the code package, where
// init({ path: '/gongji/gongji.wasm.br' }) finds it, and the JS build (for
// WeChat without WXWebAssembly) in the subpackage gongji-js, which
// init({ js }) loads asynchronously.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { defineConfig } from 'vite';
import uni from '@dcloudio/vite-plugin-uni';

const require = createRequire(import.meta.url);
const gongjiFiles = {
  name: 'gongji-files',
  generateBundle() {
    const emit = (fileName, file) => this.emitFile({ type: 'asset', fileName, source: fs.readFileSync(require.resolve(file)) });
    emit('gongji/gongji.wasm.br', 'gongji/miniprogram/gongji.wasm.br');
    emit('gongji-js/gongji-js.js', 'gongji/miniprogram-extras/gongji-js.js');
  },
};

export default defineConfig({
  plugins: [uni(), gongjiFiles],
  resolve: { conditions: ['miniprogram'] },
});
