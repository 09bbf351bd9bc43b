// The raw call over the C ABI of src/host/ffi.rs, to the MVP wasm
// (mini-program) or to its JS build (scripts/build-js.mjs bundles this
// module into gongji-js.*, so the web, bundler and node entries download it
// only with the JS build). ES2018 at most; nothing is added to the global
// object.
import { utf8Codec } from './utf8.mjs';

export { utf8Codec };

/**
 * The raw `(name, json) -> json` call over the C ABI of the mini-program
 * module, whether WebAssembly instantiated it or wasm2js translated it:
 * UTF-8 bytes copied into buffers from gongji_alloc, the answer copied out.
 * `utf8` is { encode, decode }: by default TextEncoder/TextDecoder, or
 * where the runtime has neither the codec of utf8.mjs, which answers the same.
 */
export function callOver(module, utf8) {
  utf8 = utf8 || utf8Codec();
  var encodeUtf8 = utf8.encode;
  var decodeUtf8 = utf8.decode;
  function copyIn(bytes) {
    var ptr = module.gongji_alloc(bytes.length);
    new Uint8Array(module.memory.buffer, ptr, bytes.length).set(bytes);
    return ptr;
  }
  return function callJson(name, json) {
    var nameBytes = encodeUtf8(name);
    var requestBytes = encodeUtf8(json);
    var namePtr = copyIn(nameBytes);
    var requestPtr = copyIn(requestBytes);
    var len = module.gongji_call(namePtr, nameBytes.length, requestPtr, requestBytes.length);
    var ptr = module.gongji_result();
    // Copy out before anything else can grow (and detach) the memory.
    return decodeUtf8(new Uint8Array(module.memory.buffer, ptr, len).slice());
  };
}
