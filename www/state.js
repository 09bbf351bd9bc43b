// The one owner of the page's state. The whole form lives in the URL
// (`?s=` holds it as JSON) and nowhere else: read once at start (a new
// visitor gets the region's sample family), written back after every
// change. Inputs change it through `update`; sections only read it. Money
// fields hold what their input shows ("1,500.00").
import { moneyField } from './money.js';
import { policies, policyById } from './engine.js';

// ---------- the sample family ----------
// A region's sample family and a typical year of bills: a spouse and a
// child insured where the profile governs, under the relations the engine
// offers there. Nothing here is particular to one region.
const NAMES = {
  'zh-CN': { spouse: '阿芳', parent: '爸爸', child: '小宝', founder: '我' },
  en: { spouse: 'Fang', parent: 'Dad', child: 'Bao', founder: 'Me' },
};

/** The family for `policyId`: founder, spouse and child where it governs (a layer without a region: the first region listed). */
export function sampleFamily(policyId, lang, offered) {
  const home = policyById(policyId)?.region ?? policies().find((p) => p.region).region;
  const names = NAMES[lang];
  const relations = ['spouse', 'child', 'parent'].filter((r) => offered.includes(r)).slice(0, 2);
  return {
    founder: { id: names.founder, scheme: 'employee', region: home, status: 'active', historicalBalance: '5,000.00', currentBalance: '600.00' },
    members: relations.map((relation) => ({
      id: names[relation], relation, scheme: relation === 'spouse' ? 'employee' : 'resident', region: home, status: 'active',
      ...(relation === 'spouse' ? { historicalBalance: '120.00', currentBalance: '80.00' } : {}),
    })),
  };
}

/** Six bills shared by the first two relatives. */
export function sampleBills(members) {
  const a = members[0]?.id, b = members[1]?.id ?? a;
  if (!a) return [];
  return [[a, 'outpatient', '320.00'], [b, 'pharmacy', '86.50'], [a, 'inpatient', '2400.00'], [b, 'outpatient', '150.00'],
    [a, 'pharmacy', '233.10'], [b, 'inpatient', '1800.00']].map(([member, kind, amount]) => ({ member, kind, facilityType: kind === 'pharmacy' ? 'pharmacy' : 'hospital', facilityLevel: '', amount: moneyField(amount) }));
}

/**
 * A relative insured in another province (Chengdu) for the cross-province
 * section (sections/quota.js): an employee with a little of her own, a
 * quota set on the first of the month judged, one outpatient bill.
 */
export function sampleQuota(lang, asOf) {
  return { id: lang === 'en' ? 'Sister' : '姐姐', relation: 'sibling', scheme: 'employee', region: '510104', currentBalance: '200.00',
    amount: '600.00', setOn: `${asOf.slice(0, 8)}01`, bill: '500.00', endedOn: '' };
}

// ---------- the state and the URL ----------
/** The day the page is opened, in the visitor's own time zone (not UTC: in Beijing at 07:00 it is already today). */
export function today(now = new Date()) {
  const two = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

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
 * its sample family). The day judged is today unless the URL names one:
 * `asOfChosen` says the user chose it, and only then is it kept.
 */
export function fromUrl(search) {
  const params = new URLSearchParams(search);
  let saved = null;
  try { saved = params.get('s') ? JSON.parse(params.get('s')) : null; } catch { saved = null; }
  const lang = (saved?.lang || params.get('lang')) === 'en' ? 'en' : 'zh-CN';
  const chosen = saved?.asOf || params.get('asOf') || null;
  const base = { lang, policy: saved?.policy || params.get('policy') || null,
    modes: ['payment'], fund: '1,500.00', fund2: null, existing: null, selected: 0, founder: null, members: [], bills: [], quota: null };
  const state = saved?.founder ? { ...base, ...saved, ...moneyShown(saved) } : base;
  return { ...state, asOf: chosen ?? today(), asOfChosen: Boolean(chosen) };
}

/** The state as the URL keeps it: the day judged only where the user chose one (a link opened later asks for that later day). */
function toUrl(state) {
  const { asOfChosen, ...kept } = state;
  if (!asOfChosen) delete kept.asOf;
  const url = new URL(location.href);
  url.search = '';
  url.searchParams.set('s', JSON.stringify(kept));
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
