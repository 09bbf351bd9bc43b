// Two pages: the README example with useGongji() for React and Vue, and
// the same answer with the wasm's URL passed to init().
export default {
  build: { rolldownOptions: { input: ['index.html', 'selfhost.html'] } },
};
