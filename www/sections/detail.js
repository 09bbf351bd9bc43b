// One bill in detail: the selected bill settled on its own, as a bar (with
// its text), the parts, the national fields and flags, and its findings.
import { $, el, svg, changed } from '../dom.js';
import { words } from '../i18n.js';
import { money, normalizeMoney } from '../money.js';
import { policyById } from '../engine.js';
import { labels, preview, lookup } from '../model.js';
import { finding } from './verdict.js';
import { paidFrom } from './bills.js';

const PARTS = [['ownCurrent', 'var(--own-current)'], ['ownHistorical', 'var(--own-historical)'], ['family', 'var(--family)'], ['cash', 'var(--cash)']];
const memory = {};

function bar(p, w, lang, t) {
  const alt = PARTS.map(([k]) => `${lookup(w.parts, k)} ${money(p.split[k])}`).join(lang === 'en' ? '; ' : '；');
  const chart = svg('svg', { viewBox: '0 0 300 28', preserveAspectRatio: 'none', class: 'bar', role: 'img', 'aria-label': `${t('paidBy')}：${alt}` });
  const total = PARTS.reduce((s, [k]) => s + Number(p.split[k]), 0) || 1; // widths only
  let x = 0;
  for (const [k, color] of PARTS) {
    const width = (Number(p.split[k]) / total) * 300;
    if (width <= 0) continue;
    const r = svg('rect', { x, y: 0, width, height: 28, 'data-part': k });
    r.style.fill = color;
    chart.append(r);
    x += width;
  }
  const legend = el('ul', { class: 'legend', 'aria-hidden': 'true' }, ...PARTS.map(([k, color]) => {
    const li = el('li', { text: `${lookup(w.parts, k)} ${money(p.split[k])}` });
    li.style.setProperty('--c', color);
    return li;
  }));
  return [chart, legend];
}

export function renderDetail(state) {
  const result = preview(state);
  if (!changed(memory, [result, state.lang, state.selected, state.bills[state.selected]?.member])) return;
  const parts = ['bill-bar', 'bill-split', 'bill-findings'];
  if (!result?.answer) { parts.forEach((id) => $(id).replaceChildren()); return; } // a refused request is said beside its field
  const p = result.answer;
  const w = labels(state);
  const t = words(state.lang);
  const selected = state.bills[state.selected] ? state.selected : 0;
  const b = state.bills[selected];
  $('bill-bar').replaceChildren(el('p', { class: 'help bill-caption',
    text: `${t('billN')(selected + 1)} · ${b.member} · ${lookup(w.kinds, b.kind)} · ${money(normalizeMoney(b.amount))} · ${t(p.allowed ? 'allowedYes' : 'allowedNo')}` }),
  ...bar(p, w, state.lang, t));
  const row = (label, amount, part) => el('tr', {}, el('th', { scope: 'row', text: label }), el('td', { class: 'amount', 'data-part': part, text: amount }));
  $('bill-split').replaceChildren(
    ...PARTS.map(([k]) => row(lookup(w.parts, k), money(p.split[k]), k)),
    p.funders ? row(t('paidFrom'), paidFrom(p.funders), 'paidFrom') : '',
    row(lookup(w.parts, 'fundAfter'), money(p.fundAfter), 'fundAfter'),
    ...Object.entries(p.nhsa).map(([k, v]) => row(lookup(w.nhsa, k), money(v), `nhsa-${k}`)),
    ...Object.entries(p.flags).map(([k, v]) => row(lookup(w.flags, k), lookup(w.answers, String(v)), `flag-${k}`)));
  $('bill-findings').replaceChildren(...p.findings.map((f) => finding(f, { policy: policyById(state.policy), labels: w, lang: state.lang })));
}
