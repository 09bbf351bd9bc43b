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

/**
 * The core refuses a request over 1 MiB (REQUEST_TOO_LARGE); handing it only
 * the first 1 MiB + 1 UTF-16 units of a longer one (at least as many UTF-8
 * bytes) gets the same error without copying the whole string into wasm
 * memory, which never shrinks.
 */
const MAX_REQUEST_BYTES = 1 << 20;
const bounded = (json) => (json.length > MAX_REQUEST_BYTES ? json.slice(0, MAX_REQUEST_BYTES + 1) : json);

/**
 * The object calls' crossing: the request as UTF-8 bytes (TextEncoder, not
 * a per-character copy), the answer as the same JSON with every non-ASCII
 * character escaped, which the engine reads without decoding UTF-8. Chosen
 * by measurement (README, "boundary"): 4-11% faster than text both ways.
 */
export function asciiRoute(callAscii) {
  const encoder = new TextEncoder();
  return (name, json) => callAscii(name, encoder.encode(json));
}

/** Binds every call of CALLS to a raw `(name, json) -> json` function. */
export function bind(rawCall) {
  const api = {};
  for (const name of CALLS) {
    api[name] = (request) => {
      const answer = JSON.parse(guarded(rawCall, name, bounded(encode(request))));
      if (answer !== null && !Array.isArray(answer) && typeof answer === 'object' && 'error' in answer) {
        throw new GongjiError(answer.error);
      }
      return answer;
    };
  }
  return api;
}
