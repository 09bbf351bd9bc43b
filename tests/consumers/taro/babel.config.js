// Taro's own preset, for React.
module.exports = { presets: [['taro', { framework: 'react', ts: false, compiler: 'webpack5' }]] };
