// The one owner of the page's state. The whole form lives in the URL
// (`?s=` holds it as JSON) and nowhere else: read once at start, written
// back after every change. Inputs change it through `update`; sections
// only read it. Money fields hold what their input shows ("1,500.00").
import { moneyField } from './money.js';

const today = () => new Date().toISOString().slice(0, 10);

/** Money shown as a field shows it, in every money field of a saved form. */
function moneyShown(s) {
  const person = (p) => p && {
    ...p,
    ...Object.fromEntries(['historicalBalance', 'currentBalance', 'cap'].filter((k) => p[k]).map((k) => [k, moneyField(p[k])])),
  };
  return {
    fund: moneyField(s.fund ?? ''),
    fund2: s.fund2 == null ? null : moneyField(s.fund2),
    founder: person(s.founder),
    members: (s.members || []).map(person),
    bills: (s.bills || []).map((b) => ({ ...b, amount: b.amount ? moneyField(b.amount) : '' })),
  };
}

/**
 * The state the URL describes: a whole saved form (`?s=`), or where to
 * start (`?policy=&asOf=&lang=`); `policy` and `founder` stay null until
 * the engine has listed the profiles (the page then picks the first and
 * its sample family).
 */
export function fromUrl(search) {
  const params = new URLSearchParams(search);
  let saved = null;
  try { saved = params.get('s') ? JSON.parse(params.get('s')) : null; } catch { saved = null; }
  const lang = (saved?.lang || params.get('lang')) === 'en' ? 'en' : 'zh-CN';
  const base = { lang, policy: saved?.policy || params.get('policy') || null, asOf: saved?.asOf || params.get('asOf') || today(),
    modes: ['payment'], fund: '1,500.00', fund2: null, existing: null, selected: 0, founder: null, members: [], bills: [] };
  return saved?.founder ? { ...base, ...saved, ...moneyShown(saved) } : base;
}

function toUrl(state) {
  const url = new URL(location.href);
  url.search = '';
  url.searchParams.set('s', JSON.stringify(state));
  history.replaceState(null, '', url);
}

const frozen = (value) => {
  if (value && typeof value === 'object') { Object.values(value).forEach(frozen); Object.freeze(value); }
  return value;
};

/**
 * The store: `get()` the state (frozen: nothing but `update` changes it);
 * `update(change)` lets `change` edit a copy, keeps it, writes the URL
 * and calls `render` with it.
 */
export function createStore(initial, render) {
  let state = frozen(structuredClone(initial));
  return {
    get: () => state,
    update(change) {
      const next = structuredClone(state);
      change(next);
      state = frozen(next);
      toUrl(state);
      render(state);
    },
  };
}

const FIELD = /^(founder|members|bills)(?:\[(\d+)\])?\.(\w+)$/;
const holder = (state, path) => {
  const [, list, i, key] = FIELD.exec(path);
  return [i === undefined ? state[list] : state[list][Number(i)], key];
};

/** The value a form field (`founder.region`, `members[1].id`, `bills[0].amount`) shows. */
export function valueAt(state, path) {
  const [obj, key] = holder(state, path);
  return obj?.[key] ?? '';
}

/** Writes a form field into a draft state; a renamed member keeps her bills. */
export function setAt(draft, path, value) {
  const [obj, key] = holder(draft, path);
  if (!obj) return;
  if (key === 'id' && path.startsWith('members')) draft.bills.forEach((b) => { if (b.member === obj.id) b.member = value; });
  obj[key] = value;
}
