// 跨省共济: a relative insured in another province, helped through the
// 共济额度 (quota) the founder sets in the 医保钱包. The founder is the
// family's; the relative, the quota, one bill and the day the relation ends
// are this section's (state.quota, kept by state.js). Every verdict, split,
// balance and return shown is the engine's: checkNetwork judges the quota
// and says what the founder may still spend, previewSettlement splits the
// bill, projectSettlements shows the bill before and after the relation
// ends and what goes back to the founder that day. The section's own words
// are here, in both languages, to keep i18n.js untouched by this feature.
import { $, el, fieldBox, show, changed } from '../dom.js';
import { ask } from '../engine.js';
import { labels, lookup } from '../model.js';
import { money, moneyField, normalizeMoney, sum } from '../money.js';
import { sampleQuota } from '../state.js';

const TEXT = {
  'zh-CN': {
    title: '外省的亲属：跨省共济额度', add: '添加一位在外省参保的亲属',
    help: '组建人可以通过医保钱包为在任何省份参保的近亲属设定共济额度；额度内的个人账户资金组建人本人不能再用，关系解除后未用的额度返还。',
    name: '亲属称呼', relation: '与组建人的关系', region: '参保地（行政区划代码）', scheme: '险种', own: '本人当年账户余额（元）',
    amount: '共济额度（元）', setOn: '额度设定日期', bill: '一笔门诊费用（元）', endedOn: '共济关系解除日期（可不填）',
    end: '今天解除共济关系', remove: '删除这位外省亲属', verdict: '能否设定这笔额度', spendable: '组建人本人还能用的个人账户资金',
    split: '这笔费用怎么付', returns: '关系解除时返还组建人', noReturn: '共济关系未解除，没有返还。', relativeOf: (who) => `${who}设定的额度`,
  },
  en: {
    title: 'A relative in another province: the cross-province quota', add: 'Add a relative insured in another province',
    help: 'The founder may set a quota, through the medical insurance wallet, for a close relative insured in any province; he can no longer spend that part of his account, and what is unused goes back to him when the relation ends.',
    name: 'Relative', relation: 'Relation to the founder', region: 'Insured in (region code)', scheme: 'Scheme', own: 'Own current-year balance (yuan)',
    amount: 'Quota (yuan)', setOn: 'Quota set on', bill: 'An outpatient bill (yuan)', endedOn: 'Relation ended on (optional)',
    end: 'End the relation today', remove: 'Remove this relative', verdict: 'May this quota be set', spendable: 'What the founder may still spend himself',
    split: 'How this bill is paid', returns: 'Returned to the founder when the relation ends', noReturn: 'The relation has not ended: nothing is returned.', relativeOf: (who) => `quota set by ${who}`,
  },
};
const memory = { form: {}, results: {} };

/** The relative as the engine reads him, holding the founder's quota. */
function relative(state) {
  const q = state.quota;
  const person = { id: q.id || '?', scheme: q.scheme, region: q.region };
  if (q.scheme === 'employee') Object.assign(person, { currentBalance: normalizeMoney(q.currentBalance || '0'), historicalBalance: '0.00' });
  const quota = { funderId: state.founder.id || '?', amount: normalizeMoney(q.amount), setOn: q.setOn };
  if (q.endedOn) quota.endedOn = q.endedOn;
  return { relation: q.relation, person, quotas: [quota] };
}

function founder(state) {
  const f = state.founder;
  const out = { id: f.id || '?', scheme: f.scheme, region: f.region };
  for (const k of ['historicalBalance', 'currentBalance']) if (f[k]) out[k] = normalizeMoney(f[k]);
  return out;
}

/** The engine's three answers for the section. */
function answers(state) {
  const base = { policy: state.policy, asOf: state.asOf, lang: state.lang };
  const member = relative(state);
  const bill = { amount: normalizeMoney(state.quota.bill), kind: 'outpatient' };
  const check = ask('checkNetwork', { ...base, founder: founder(state), members: [member], modes: state.modes });
  const preview = ask('previewSettlement', { ...base, member, expense: bill });
  // The bill on the day the quota is set, and again on the day the relation ends.
  const day = state.quota.setOn;
  const expenses = [{ memberId: member.person.id, on: day, expense: bill }];
  if (state.quota.endedOn) expenses.push({ memberId: member.person.id, on: state.quota.endedOn, expense: bill });
  const year = ask('projectSettlements', { ...base, asOf: day, members: [member], expenses });
  return { check, preview, year };
}

function drawForm(store, state, w, t) {
  const input = (key, attrs = {}) => {
    const node = el('input', { autocomplete: 'off', 'data-path': `quota.${key}`, ...attrs });
    node.value = state.quota[key] ?? '';
    const write = (value) => store.update((s) => { s.quota[key] = value; });
    node.addEventListener('change', () => write(attrs.class === 'money' ? moneyField(node.value) : node.value));
    return node;
  };
  const select = (key, options) => {
    const node = el('select', { 'data-path': `quota.${key}` }, ...options.map((o) => el('option', { value: o.key, text: o.label })));
    node.value = state.quota[key];
    node.addEventListener('change', () => store.update((s) => { s.quota[key] = node.value; }));
    return node;
  };
  const end = el('button', { type: 'button', id: 'quota-end', text: t.end });
  end.addEventListener('click', () => store.update((s) => { s.quota.endedOn = s.asOf; }));
  const remove = el('button', { type: 'button', class: 'remove', id: 'quota-remove', text: t.remove });
  remove.addEventListener('click', () => store.update((s) => { s.quota = null; }));
  $('quota').replaceChildren(
    el('div', { class: 'quota-form' },
      fieldBox(t.name, input('id')),
      fieldBox(t.relation, select('relation', w.relations)),
      fieldBox(t.region, input('region', { inputmode: 'numeric' })),
      fieldBox(t.scheme, select('scheme', w.schemes)),
      state.quota.scheme === 'employee' ? fieldBox(t.own, input('currentBalance', { class: 'money', inputmode: 'decimal' })) : null,
      fieldBox(t.amount, input('amount', { class: 'money', inputmode: 'decimal' })),
      fieldBox(t.setOn, input('setOn', { type: 'date' })),
      fieldBox(t.bill, input('bill', { class: 'money', inputmode: 'decimal' })),
      fieldBox(t.endedOn, input('endedOn', { type: 'date' }))),
    el('div', { class: 'row' }, end, remove),
    el('div', { id: 'quota-results', 'aria-live': 'polite' }));
}

const list = (findings) => el('ul', { class: 'findings' }, ...findings.map((f) => el('li', { 'data-code': f.code, class: f.severity, text: f.message })));
const refused = (result) => el('p', { class: 'error', role: 'alert', text: result.error.message });

function drawResults(state, { check, preview, year }, w, t) {
  const out = [];
  out.push(el('h3', { text: t.verdict }));
  if (check.error) out.push(refused(check));
  else {
    const m = check.answer.members[0];
    out.push(el('p', { id: 'quota-verdict', class: m.eligible ? 'ok' : 'no', text: `${m.eligible ? '✓' : '✗'} ${state.quota.id}` }), list(m.findings));
    const spend = check.answer.founder.findings.find((f) => f.code === 'QUOTA_EARMARKED');
    if (spend) out.push(el('p', { id: 'quota-spendable' }, el('strong', { text: `${t.spendable}: ` }), spend.message));
  }
  out.push(el('h3', { text: t.split }));
  if (preview.error) out.push(refused(preview));
  else {
    const s = preview.answer.split;
    const own = sum([s.ownCurrent, s.ownHistorical]);
    const row = (label, amount, part) => el('tr', {}, el('th', { scope: 'row', text: label }), el('td', { class: 'amount', 'data-part': part, text: money(amount) }));
    out.push(el('table', { id: 'quota-split', class: 'money-table' },
      el('caption', { class: 'visually-hidden', text: t.split }),
      el('tbody', {},
        row(`${lookup(w.parts, 'ownCurrent')} + ${lookup(w.parts, 'ownHistorical')}`, own, 'own'),
        row(t.relativeOf(state.founder.id), s.family, 'quota'),
        row(lookup(w.parts, 'cash'), s.cash, 'cash'))),
    list(preview.answer.findings));
  }
  out.push(el('h3', { text: t.returns }));
  if (year.error) out.push(refused(year));
  else {
    const back = year.answer.returns || [];
    out.push(back.length
      ? el('ul', { id: 'quota-returns' }, ...back.map((r) => el('li', { text: `${r.on} · ${r.funderId} · ${lookup(w.fields, 'returned')} ${money(r.returned)}` })))
      : el('p', { id: 'quota-returns', text: t.noReturn }));
  }
  $('quota-results').replaceChildren(...out);
}

export function renderQuota(store, state) {
  const t = TEXT[state.lang];
  const w = labels(state);
  show($('quota-title'), t.title);
  show($('quota-help'), t.help);
  if (!state.quota) {
    if (changed(memory.form, [state.lang, null])) {
      const add = el('button', { type: 'button', id: 'quota-add', text: t.add });
      add.addEventListener('click', () => store.update((s) => { s.quota = sampleQuota(s.lang, s.asOf); }));
      $('quota').replaceChildren(add);
      memory.results = {};
    }
    return;
  }
  const q = state.quota;
  if (changed(memory.form, [state.lang, w, q.scheme, state.founder.id])) { drawForm(store, state, w, t); memory.results = {}; }
  document.querySelectorAll('#quota [data-path]').forEach((node) => show(node, q[node.dataset.path.slice(6)] ?? ''));
  const result = answers(state);
  if (changed(memory.results, [result.check, result.preview, result.year, state.lang])) drawResults(state, result, w, t);
}
