// Medical bills: the family fund (and a second funder where the version in
// force lets a member hold two networks), presets, one row per bill with
// the engine's outcome, and the year's table beside its chart.
import { $, el, fieldBox, show, changed } from '../dom.js';
import { words } from '../i18n.js';
import { money, moneyField, normalizeMoney } from '../money.js';
import { labels, projection, fundStart, secondFunderOffered, lookup } from '../model.js';
import { sampleBills } from '../state.js';
import { control, showValues } from './controls.js';
import { drawChart } from './chart.js';

const PRESETS = [['outpatient', '320.00'], ['inpatient', '2400.00'], ['pharmacy', '86.50'], ['residentPremium', '380.00']];
const PARTS = ['ownCurrent', 'ownHistorical', 'family', 'cash'];
const memory = { presets: {}, rows: {}, funders: {}, results: {}, drawn: 0 };

/** Who paid what, where several funders were drawn: "我 ¥300.00" for each who paid. */
export const paidFrom = (parts) => (parts || []).filter((f) => f.paid !== '0.00').map((f) => `${f.funderId} ${money(f.paid)}`).join('、') || '—';

function drawPresets(store, t) {
  const preset = (text, add) => {
    const b = el('button', { type: 'button', text });
    b.addEventListener('click', () => store.update(add));
    return b;
  };
  $('presets').replaceChildren(...PRESETS.map(([kind, amount]) => preset(t('preset')[kind], (s) => {
    const member = (kind === 'residentPremium' ? s.members.find((m) => m.scheme === 'resident') : null) || s.members[0];
    if (!member) return;
    s.bills.push({ member: member.id, kind, facilityType: kind === 'pharmacy' ? 'pharmacy' : 'hospital', facilityLevel: '', amount: moneyField(amount) });
    s.selected = s.bills.length - 1;
  })), preset(t('preset').year, (s) => { s.bills = sampleBills(s.members); s.selected = 0; }));
}

function drawFunders(store, state, t) {
  const box = $('funders');
  if (!secondFunderOffered(state)) { box.replaceChildren(); return; }
  if (state.fund2 == null) {
    const add = el('button', { type: 'button', id: 'add-funder', text: t('addFunder') });
    add.addEventListener('click', () => store.update((s) => { s.fund2 = '1,000.00'; }));
    box.replaceChildren(add);
    return;
  }
  const input = el('input', { id: 'bill-fund2', class: 'money', inputmode: 'decimal', autocomplete: 'off', 'data-path': 'funders[1].balance' });
  input.addEventListener('input', () => store.update((s) => { s.fund2 = input.value; }));
  input.addEventListener('change', () => store.update((s) => { s.fund2 = moneyField(input.value); }));
  const remove = el('button', { type: 'button', class: 'remove', text: t('removeFunder') });
  remove.addEventListener('click', () => store.update((s) => { s.fund2 = null; }));
  box.replaceChildren(el('div', { class: 'row' }, el('label', { for: 'bill-fund2' }, el('span', { text: t('fund2') })), input), remove);
}

function drawRows(store, state, w, t) {
  memory.drawn += 1;
  const limited = w.rules.some((r) => r.key === 'residentFacilities');
  $('bills').replaceChildren(...state.bills.map((b, i) => {
    const who = state.members.map((m) => ({ key: m.id, label: m.id }));
    if (!who.some((o) => o.key === b.member)) who.push({ key: b.member, label: b.member });
    const details = el('button', { type: 'button', text: t('details'), 'aria-pressed': 'false' });
    details.addEventListener('click', () => store.update((s) => { s.selected = i; }));
    const remove = el('button', { type: 'button', class: 'remove', text: t('removeBill')(i + 1) });
    remove.addEventListener('click', () => store.update((s) => { s.bills.splice(i, 1); s.selected = 0; }));
    return el('div', { class: 'bill-row', 'data-bill': String(i) },
      el('h3', { class: 'visually-hidden', text: t('billN')(i + 1) }),
      fieldBox(t('who'), control(store, `bills[${i}].member`, who)),
      fieldBox(t('kindLabel'), control(store, `bills[${i}].kind`, w.kinds)),
      fieldBox(t('amount'), control(store, `bills[${i}].amount`, null, { money: true })),
      limited ? fieldBox(t('facilityType'), control(store, `bills[${i}].facilityType`, w.facilities)) : null,
      limited ? fieldBox(t('facilityLevel'), control(store, `bills[${i}].facilityLevel`, [{ key: '', label: t('anyLevel') }, ...w.levels])) : null,
      details, remove, el('div', { class: 'outcome', 'aria-live': 'polite' }));
  }));
}

/** Each bill's outcome in its row, the year's table and the chart. */
function drawResults(state, result, w, t) {
  const clear = () => { $('projection-figure').hidden = true; $('projection-table').replaceChildren(); $('projection-chart').replaceChildren(); };
  document.querySelectorAll('.bill-row .outcome').forEach((o) => o.replaceChildren());
  if (!result?.answer) { clear(); return; } // a refused request is said beside its field
  const r = result.answer;
  r.steps.forEach((s, i) => {
    const from = r.funders ? ` · ${t('paidFrom')} ${paidFrom(s.funders)}` : '';
    const paid = `${lookup(w.parts, 'family')} ${money(s.split.family)}${from} · ${lookup(w.parts, 'cash')} ${money(s.split.cash)}`;
    document.querySelector(`.bill-row[data-bill="${i}"] .outcome`)?.append(
      el('div', { class: s.allowed ? 'ok' : 'no', text: s.allowed ? `✓ ${paid}` : `✗ ${t('allowedNo')} · ${paid}` }),
      el('ul', { class: 'steps' }, ...s.findings.map((f) => el('li', { 'data-code': f.code, text: f.message }))));
  });
  const th = (text, cls) => el('th', { scope: 'col', class: cls, text });
  $('projection-table').replaceChildren(
    el('caption', { class: 'visually-hidden', text: t('chartCaption') }),
    el('thead', {}, el('tr', {}, th('#'), th(t('who')), th(t('kindLabel')), th(t('amount'), 'amount'), ...PARTS.map((k) => th(lookup(w.parts, k), 'amount')),
      r.funders ? th(t('paidFrom')) : null, th(lookup(w.parts, 'fundAfter'), 'amount'))),
    el('tbody', {}, ...r.steps.map((s, i) => el('tr', {},
      el('td', { text: String(i + 1) }), el('td', { text: s.memberId }), el('td', { text: lookup(w.kinds, state.bills[i].kind) }),
      el('td', { class: 'amount', text: money(normalizeMoney(state.bills[i].amount)) }),
      ...PARTS.map((k) => el('td', { class: 'amount', 'data-part': k, text: money(s.split[k]) })),
      r.funders ? el('td', { 'data-part': 'paidFrom', text: paidFrom(s.funders) }) : null,
      el('td', { class: 'amount', 'data-part': 'fundAfter', text: money(s.fundAfter) })))),
    el('tfoot', {}, el('tr', {}, el('th', { scope: 'row', colspan: '6', text: `${t('total')} · ${lookup(w.parts, 'family')}` }),
      el('td', { class: 'amount', text: money(r.familyTotal) }), r.funders ? el('td') : null, el('td'), el('td', { class: 'amount', text: money(r.fundEnd) }))));
  drawChart(fundStart(state), r.steps, t);
}

export function renderBills(store, state) {
  const w = labels(state);
  const t = words(state.lang);
  if (changed(memory.presets, [state.lang])) drawPresets(store, t);
  const offered = secondFunderOffered(state);
  if (changed(memory.funders, [state.lang, offered, state.fund2 == null])) drawFunders(store, state, t);
  show($('bill-fund'), state.fund);
  show($('bill-fund2'), state.fund2 ?? '');
  show(document.querySelector('label[for="bill-fund"] span'), offered && state.fund2 != null ? t('fund1')(state.founder.id) : t('fund'));
  const ids = state.members.map((m) => m.id).join('\n');
  if (changed(memory.rows, [state.lang, w, state.bills.length, ids, state.bills.map((b) => b.member).join('\n')])) drawRows(store, state, w, t);
  showValues($('bills'), state);
  document.querySelectorAll('.bill-row').forEach((row) => row.querySelector('[aria-pressed]').setAttribute('aria-pressed', String(row.dataset.bill === String(state.selected))));
  const result = projection(state);
  if (changed(memory.results, [result, state.lang, w, memory.drawn])) drawResults(state, result, w, t);
}

export function bindBills(store) {
  const fund = $('bill-fund');
  fund.addEventListener('input', () => store.update((s) => { s.fund = fund.value; }));
  fund.addEventListener('change', () => store.update((s) => { s.fund = moneyField(fund.value); }));
  $('add-bill').addEventListener('click', () => store.update((s) => {
    if (s.members.length) s.bills.push({ member: s.members[0].id, kind: 'outpatient', facilityType: 'hospital', facilityLevel: '', amount: '' });
  }));
}
