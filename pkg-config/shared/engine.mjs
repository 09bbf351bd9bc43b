// Which engine answers: the wasm, or where WebAssembly is off the JS build
// (scripts/build-js.mjs: wasm2js of the mini-program module, never a second
// implementation). On every entry's wasm path, so kept small. ES2018.

export const ENGINES = ['wasm', 'js'];

/** The `engine` option of init(): undefined, 'wasm' or 'js'; else INVALID_ENGINE. */
export function wantedEngine(options, GongjiError) {
  var wanted = options !== null && typeof options === 'object' ? options.engine : undefined;
  if (wanted === undefined || ENGINES.indexOf(wanted) >= 0) return wanted;
  throw new GongjiError({ code: 'INVALID_ENGINE', path: 'engine', message: 'engine 只能是 "wasm" 或 "js" / engine must be "wasm" or "js": ' + JSON.stringify(wanted) });
}

export function noWebAssembly() {
  return typeof WebAssembly !== 'object' || WebAssembly === null || typeof WebAssembly.instantiate !== 'function';
}

// A failed load means WebAssembly is off only without the global, or when a
// CSP refused compiling (the message names it); a missing file or a corrupt
// module is reported, not papered over.
export function wasmSwitchedOff(error) {
  return noWebAssembly() || ((error && (error.name === 'CompileError' || error.name === 'EvalError'))
    && /Content.Security.Policy|CSP|unsafe-eval|wasm-eval|Refused/i.test(String(error.message)));
}

/** ENGINE_UNAVAILABLE: `engine: 'wasm'` forced where WebAssembly cannot run. */
export function wasmUnavailableError(GongjiError, cause, hint) {
  var why = (cause && cause.message) || 'no WebAssembly';
  return new GongjiError({ code: 'ENGINE_UNAVAILABLE', path: 'engine',
    message: '此环境无法运行 WebAssembly（' + why + '）' + (hint ? hint.zh : '') + '；不指定 engine 时改用 JS 版 / WebAssembly cannot run here (' + why + ')' + (hint ? hint.en : '') + '; without the engine option the JS build answers' });
}
