// Runs webpack.config.js through webpack's node API (the CLI is one more
// package the consumer does not need); fails on any error or warning but
// webpack's advice on asset size (the engine's wasm is ~400 KiB).
const webpack = require('webpack');

webpack(require('./webpack.config.js'), (err, stats) => {
  if (err) throw err;
  const info = stats.toJson({ all: false, errors: true, warnings: true });
  info.warnings = info.warnings.filter((w) => !/asset size limit|performance recommendations/.test(w.message));
  if (info.errors.length || info.warnings.length) {
    console.error(JSON.stringify({ errors: info.errors, warnings: info.warnings }, null, 2));
    process.exit(1);
  }
});
