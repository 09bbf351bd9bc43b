// Three builds of the same app: the browser with gongji's default entry
// (nothing to configure), the browser with gongji/bundler (webpack
// instantiates the wasm import: asyncWebAssembly), and a server bundle
// (target 'node', the shape of a Next.js server build) that must emit the
// wasm beside it and find it there.
const path = require('path');
const out = (name) => ({ path: path.resolve(__dirname, 'dist', name), clean: true });

module.exports = [
  { name: 'web', mode: 'production', entry: './src/main.js', output: out('web') },
  {
    name: 'bundler',
    mode: 'production',
    entry: './src/main-bundler.js',
    output: out('bundler'),
    experiments: { asyncWebAssembly: true },
  },
  { name: 'server', mode: 'production', target: 'node', entry: './src/server.js', output: out('server') },
];
