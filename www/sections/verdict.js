// The verdict, first on the page and in a live region: the family's
// answer in one line, how current the answer is (the engine's
// REVIEWED_THROUGH, for a day after the region's sources were reviewed),
// then a card per person (✓/✗ with each reason, its fix and its clause),
// then what concerns the whole family.
import { $, el, changed } from '../dom.js';
import { words } from '../i18n.js';
import { policyById } from '../engine.js';
import { checkFamily, labels, lookup, citation } from '../model.js';
import { sentence } from './errors.js';

const memory = {};

/** One finding as a list item: ✗ / ! / ℹ and its title (the engine's label for its code), the message, what to do, the basis. */
export function finding(f, { policy, labels: w, lang }) {
  const t = words(lang);
  const mark = f.severity === 'error' ? '✗' : f.severity === 'warning' ? '!' : 'ℹ';
  return el('li', { class: `finding ${f.severity}`, 'data-code': f.code },
    el('div', { class: 'title', text: `${mark} ${lookup(w.findings, f.code)}` }),
    el('div', { class: 'message', text: f.message }),
    f.hint ? el('div', { class: 'fix', text: `${t('fix')}${f.hint}` }) : null,
    f.source ? el('div', { class: 'source', text: `${t('basis')}${citation(policy, f.source)}` }) : null);
}

/** How current the answer is, right under the verdict: the engine's words, or nothing where its sources cover the day. */
function showCurrency(f, lang) {
  const box = $('currency');
  box.hidden = !f;
  if (!f) { box.replaceChildren(); return; }
  const t = words(lang);
  box.replaceChildren(el('strong', { text: `ℹ ${t('currency')}：` }), f.message, f.hint ? `${t('stop')}${f.hint}` : '');
}

export function renderVerdict(state) {
  const check = checkFamily(state);
  const names = [state.founder.id, ...state.members.map((m) => `${m.id}|${m.relation}`)].join('\n');
  if (!changed(memory, [check, state.lang, names])) return;
  const t = words(state.lang);
  const box = $('family-verdict');
  if (check.error) {
    box.className = 'no';
    box.textContent = `✗ ${sentence(check.error, state)}`;
    $('people').replaceChildren();
    $('network-findings').replaceChildren();
    showCurrency(null, state.lang);
    return;
  }
  const answer = check.answer;
  const ctx = { policy: policyById(state.policy), labels: labels(state), lang: state.lang };
  const people = [{ p: state.founder, c: answer.founder, founder: true }, ...state.members.map((m, i) => ({ p: m, c: answer.members[i], i }))];
  $('people').replaceChildren(...people.map(({ p, c, founder, i }) => {
    const ok = c.eligible;
    const relation = founder ? t('founder') : lookup(ctx.labels.relations, p.relation);
    return el('li', { class: `card ${ok ? 'ok' : 'no'}`, 'data-person': founder ? 'founder' : String(i) },
      el('div', { class: 'who' }, `${p.id || '?'} · ${relation}`),
      el('div', { class: 'yes-no', text: `${ok ? '✓' : '✗'} ${founder ? t(ok ? 'canFound' : 'cannotFound') : t(ok ? 'canJoin' : 'cannotJoin')}` }),
      el('ul', { class: 'findings' }, ...c.findings.map((f) => finding(f, ctx))));
  }));
  const currency = answer.findings.find((f) => f.code === 'REVIEWED_THROUGH');
  showCurrency(currency, state.lang);
  $('network-findings').replaceChildren(...answer.findings.filter((f) => f !== currency).map((f) => finding(f, ctx)));
  const all = [answer.founder, ...answer.members, answer].flatMap((c) => c.findings);
  const problems = all.filter((f) => f.severity === 'error').length;
  box.className = answer.ok ? 'ok' : 'no';
  box.textContent = answer.ok ? t('familyOk')(state.members.length) : t('familyNo')(problems);
}
