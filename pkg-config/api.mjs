// The JS face of every target: plain objects in, plain objects out.
// Each call stringifies the request, asks the wasm core, parses the answer,
// and throws a GongjiError when the core answers {"error": ...}. No rule is
// decided here.

/** The calls of the contract; a new call is one more name here. */
export const CALLS = [
  'policies',
  'relationOptions',
  'checkNetwork',
  'previewSettlement',
  'projectSettlements',
  'viewNetwork',
];

/** A request gongji cannot judge: `code` is stable, `path` names the field. */
export class GongjiError extends Error {
  constructor(error) {
    super(error.message);
    this.name = 'GongjiError';
    this.code = error.code;
    if (error.path !== undefined) this.path = error.path;
  }
}

function encode(request) {
  if (request === undefined) return '';
  try {
    return JSON.stringify(request);
  } catch (e) {
    throw new GongjiError({
      code: 'INVALID_JSON',
      message: '请求无法转为 JSON / the request cannot be turned into JSON: ' + e.message,
    });
  }
}

/**
 * The core never panics on any input (it is fuzzed for that); should a bug
 * trap the wasm anyway, the caller gets a GongjiError, not a RuntimeError.
 */
function guarded(rawCall, name, json) {
  try {
    return rawCall(name, json);
  } catch (e) {
    if (e instanceof GongjiError) throw e;
    throw new GongjiError({ code: 'INTERNAL', message: 'gongji 内部错误 / internal error: ' + (e && e.message) });
  }
}

/** Binds every call of CALLS to the raw `call(name, json) -> json` export. */
export function bind(rawCall) {
  const api = {};
  for (const name of CALLS) {
    api[name] = (request) => {
      const answer = JSON.parse(guarded(rawCall, name, encode(request)));
      if (answer !== null && !Array.isArray(answer) && typeof answer === 'object' && 'error' in answer) {
        throw new GongjiError(answer.error);
      }
      return answer;
    };
  }
  return api;
}
