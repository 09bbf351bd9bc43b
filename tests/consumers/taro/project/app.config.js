export default {
  pages: ['pages/index/index'],
  // gongji's JS build, downloaded only where WXWebAssembly is missing.
  subPackages: [{ root: 'gongji-js', pages: [] }],
};
