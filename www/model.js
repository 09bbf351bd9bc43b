// From the state to the engine's requests and the facts the sections share.
// What the page knows of the rules it asks the engine: the version in
// force is the one whose validFrom relationOptions answered, and how many
// networks a member may hold is that version's networksPerMember value.
import { ask, policies, policyById } from './engine.js';
import { normalizeMoney, sum } from './money.js';
import { words as pageWords } from './i18n.js';

/** The engine's label for `key` in one of its label lists. */
export const lookup = (list, key) => list.find((l) => l.key === key)?.label ?? '';

/** "Document title · clause" for a source of `policy`. */
export function citation(policy, source) {
  if (!source || !policy) return '';
  const doc = policy.documents.find((d) => d.id === source.doc);
  return `${doc ? doc.title : source.doc} · ${source.ref}`;
}

// ---------- requests ----------
function person(p) {
  const out = { id: p.id || '?', scheme: p.scheme, region: p.region };
  if (p.status) out.status = p.status;
  for (const k of ['historicalBalance', 'currentBalance']) if (p[k]) out[k] = normalizeMoney(p[k]);
  if (p.idNumber) out.idNumber = p.idNumber.trim();
  return out;
}
export function memberRequest(m) {
  const out = { relation: m.relation, person: person(m) };
  if (m.cap) out.cap = normalizeMoney(m.cap);
  return out;
}
function existing(text) {
  if (text == null) return [];
  return text.split('\n').map((l) => l.split(',').map((s) => s.trim())).filter((p) => p.length === 3 && p[0])
    .map(([personId, role, networkId]) => ({ personId, role, networkId }));
}
/** checkNetwork's request for the family under `policy` on `asOf` (the state's by default). */
export function networkRequest(state, policy = state.policy, asOf = state.asOf) {
  return { policy, asOf, lang: state.lang, founder: person(state.founder), members: state.members.map(memberRequest), modes: state.modes, existing: existing(state.existing) };
}
export function expense(b) {
  const e = { amount: normalizeMoney(b.amount), kind: b.kind, facilityType: b.facilityType || 'hospital' };
  if (b.facilityLevel) e.facilityLevel = Number(b.facilityLevel);
  return e;
}

// ---------- what the engine says of the region and date ----------
/** The engine's labels and relation options under the state's policy and date, in its language (null when it refuses the date). */
export const vocabulary = (state) => ask('relationOptions', { policy: state.policy, asOf: state.asOf, lang: state.lang, labels: true }).answer ?? null;

/** Words that do not depend on the rules (kinds, fields, parts): the vocabulary's, or the first profile's newest version's. */
export function labels(state) {
  const v = vocabulary(state);
  if (v) return v.labels;
  const first = policies()[0];
  return ask('relationOptions', { policy: first.id, asOf: first.versions.at(-1).validFrom, lang: state.lang, labels: true }).answer.labels;
}

/** The version of the profile that answered for the state's date (the engine picks it; its validFrom names it). */
export function versionInForce(state) {
  const v = vocabulary(state);
  return v ? policyById(state.policy)?.versions.find((x) => x.validFrom === v.validFrom) ?? null : null;
}

/** A second funder is offered where the version in force lets a member hold two networks or more. */
export const secondFunderOffered = (state) => Number(versionInForce(state)?.rules.networksPerMember?.value) >= 2;
const twoFunders = (state) => state.fund2 != null && secondFunderOffered(state);

/** The names of the funders drawn on, in the order they were bound. */
export const funderNames = (state) => [state.founder.id, pageWords(state.lang)('secondFunder')];

/** The fund part of a request: one fund, or the two funders in the order they were bound. */
export function fundPart(state) {
  if (!twoFunders(state)) return { fund: { balance: normalizeMoney(state.fund), modes: state.modes } };
  const [first, second] = funderNames(state);
  return { funders: [
    { id: first, balance: normalizeMoney(state.fund), modes: state.modes },
    { id: second, balance: normalizeMoney(state.fund2), modes: state.modes },
  ] };
}

/** The funds at the start, for the chart's first point. */
export const fundStart = (state) => sum(twoFunders(state) ? [state.fund, state.fund2] : [state.fund]);

// ---------- the calls ----------
export const checkFamily = (state) => ask('checkNetwork', networkRequest(state));

/** The year of bills settled in order (null with no bill or no member). */
export function projection(state) {
  if (!state.bills.length || !state.members.length) return null;
  return ask('projectSettlements', { policy: state.policy, asOf: state.asOf, lang: state.lang, ...fundPart(state),
    members: state.members.map(memberRequest), expenses: state.bills.map((b) => ({ memberId: b.member, expense: expense(b) })) });
}

/** The selected bill settled on its own (null when it names no listed member). */
export function preview(state) {
  const b = state.bills[state.selected] || state.bills[0];
  const m = b && state.members.find((x) => x.id === b.member);
  if (!m) return null;
  return ask('previewSettlement', { policy: state.policy, asOf: state.asOf, lang: state.lang, member: memberRequest(m), ...fundPart(state), expense: expense(b) });
}

/**
 * The family judged under another region's profile. Where no version of it
 * is in force on the date (the engine refuses with DATE_NOT_COVERED), under
 * its newest version, and said so.
 */
export function regionCheck(state, p) {
  const on = ask('checkNetwork', networkRequest(state, p.id));
  if (on.error?.code !== 'DATE_NOT_COVERED') return { result: on, covered: true };
  return { result: ask('checkNetwork', networkRequest(state, p.id, p.versions.at(-1).validFrom)), covered: false };
}
