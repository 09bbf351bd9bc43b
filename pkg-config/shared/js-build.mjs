// The JS build's module (scripts/build-js.mjs): the engine translated from
// the mini-program wasm by binaryen's wasm2js (`gongji:wasm2js`, made at
// build time), and the raw call that speaks its C ABI, so that the entries
// download that only with the JS build.
export { instantiate } from 'gongji:wasm2js';
export { callOver } from './call-over.mjs';
