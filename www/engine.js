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

const timedOnce = new Set(); // the measures taken: the first call of each call (and view) only
/** Runs `work`, its duration a performance measure named `name` (read by scripts/trace-first-verdict.mjs). */
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
  const name = request?.view ? `gongji ${call} ${request.view}` : `gongji ${call}`;
  let result;
  try {
    const answer = () => gongji[call](request);
    result = { answer: timedOnce.has(name) ? answer() : (timedOnce.add(name), timed(name, answer)) };
  } catch (e) {
    if (!(e instanceof gongji.GongjiError)) throw e;
    result = { error: { code: e.code, path: e.path ?? '', message: e.message } };
  }
  if (answers.size >= LIMIT) answers.delete(answers.keys().next().value);
  answers.set(key, result);
  return result;
}

let profiles;
/** Every built-in profile, in the engine's order: the engine resolves each on first use, so the verdict's region is asked alone (policyById). */
export const policies = () => (profiles ??= timed('gongji policies (every profile)', () => gongji.policies()));
/** Every built-in profile in a line (id, name, region), in the engine's order: read from the build, nothing resolved. */
export const summaries = () => ask('policies', { view: 'summary' }).answer;
/** The built-in profile `id` (undefined for none): from the whole list once it is asked, else asked for alone. */
export function policyById(id) {
  if (profiles) return profiles.find((p) => p.id === id);
  if (typeof id !== 'string') return undefined; // no region in the URL
  const alone = ask('policies', { ids: [id] }).answer?.[0];
  return alone?.id === id ? alone : undefined; // an old id is not the page's id, as in the whole list
}

/** 'wasm' or 'js': which engine answers. */
export const engineKind = () => (typeof gongji.engine === 'function' ? gongji.engine() : 'wasm');
