// The engine as the page uses it: loaded once, every call memoized on its
// request's JSON, so a change re-runs only the calls whose request it
// changed (a bill edit does not check the family again; a new region does).

let gongji;
const answers = new Map();
const LIMIT = 2000; // answers kept; the oldest go first

/** How many times each call really ran (a memoized answer is not counted): read by the e2e suite. */
export const ran = {};

/** Loads the engine (WebAssembly, or its JavaScript build where WebAssembly cannot run). */
export async function load() {
  performance.mark('gongji-load');
  gongji = await import('./gongji/index.js');
  performance.mark('gongji-glue'); // the engine's modules fetched and run
  await gongji.default();
}

/** Runs `work`, its duration a performance measure named `name` (the first call of each kind only; read by scripts/trace-first-verdict.mjs). */
function timed(name, work) {
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(name, { start });
  }
}

/** The engine's answer to `call` for `request`: `{ answer }`, or `{ error }` for a request it refused (a GongjiError). */
export function ask(call, request) {
  const key = `${call} ${JSON.stringify(request)}`;
  if (answers.has(key)) return answers.get(key);
  ran[call] = (ran[call] || 0) + 1;
  let result;
  try {
    const answer = () => gongji[call](request);
    result = { answer: ran[call] === 1 ? timed(`gongji ${call}`, answer) : answer() };
  } catch (e) {
    if (!(e instanceof gongji.GongjiError)) throw e;
    result = { error: { code: e.code, path: e.path ?? '', message: e.message } };
  }
  if (answers.size >= LIMIT) answers.delete(answers.keys().next().value);
  answers.set(key, result);
  return result;
}

let profiles;
/** The built-in profiles, in the engine's order (the first is the page's default region). */
export const policies = () => (profiles ??= timed('gongji policies', () => gongji.policies()));
export const policyById = (id) => policies().find((p) => p.id === id);

/** 'wasm' or 'js': which engine answers. */
export const engineKind = () => (typeof gongji.engine === 'function' ? gongji.engine() : 'wasm');
