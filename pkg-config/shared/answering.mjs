// What every npm entry (web, bundler, node) shares: which engine answers
// its calls, the calls that go to it, and the engines' modules made ready.
// Each entry is bundled with its own copy (scripts/assemble-pkg.mjs), so
// each has its own engine.
import { CALLS } from 'gongji:calls';
import { GongjiError, guard, bind } from './api.mjs';
import { noWebAssembly, wasmUnavailableError } from './engine.mjs';

let answering;

/** Which engine answers: 'wasm' or 'js' (undefined before the web entry's init()). */
export function engine() {
  return answering && answering.engine;
}

/** From now on `calls` answer, as `engine`. */
export function answerWith(engine, calls) {
  answering = { engine, calls };
}

/** Every call of the contract and callJson, each going to the engine that answers when it is made. */
export function calls() {
  const api = {};
  for (const name of CALLS.concat('callJson')) {
    api[name] = guard((...args) => {
      if (!answering) {
        throw new GongjiError({ code: 'NOT_INITIALIZED', message: '请先调用 await init() / call await init() first' });
      }
      return answering.calls[name](...args);
    });
  }
  return api;
}

/** The wasm interface's module, its errors thrown as GongjiError; ENGINE_UNAVAILABLE without WebAssembly. */
export function wasmCalls(load) {
  if (noWebAssembly()) throw wasmUnavailableError(GongjiError);
  const raw = load();
  const ready = (module) => {
    module.setErrorClass(GongjiError);
    return module;
  };
  return raw instanceof Promise ? raw.then(ready) : ready(raw);
}

/** The JS build's module as calls: the object calls through bind(), callJson raw. */
export function jsCalls(js) {
  const rawCall = js.callOver(js.instantiate());
  return Object.assign(bind(rawCall), { callJson: rawCall });
}

/** `engine: 'wasm'` forced and the wasm failed: a GongjiError, ENGINE_UNAVAILABLE unless it is one already. */
export function forcedWasmFailed(e) {
  return e.name === 'GongjiError' ? e : wasmUnavailableError(GongjiError, e);
}
