// For integrators, folded away: the national platform's field names of the
// selected bill, the codes and paths behind every finding, and known
// bindings to provoke membership conflicts.
import { $, el, show, changed } from '../dom.js';
import { words } from '../i18n.js';
import { labels, preview, checkFamily, lookup } from '../model.js';

const memory = {};

const codeItem = (code, path) => el('li', {}, el('code', { text: code }), ` ${path ?? ''}`);

/** The bindings offered before the user writes any: the second relative in another network. */
const suggestion = (state) => (state.members[1] ? `${state.members[1].id}, member, net-grandpa` : '');

export function renderIntegrators(state) {
  $('show-existing').checked = state.existing != null;
  $('existing').hidden = state.existing == null;
  show($('existing-text'), state.existing ?? suggestion(state));
  const bill = preview(state);
  const family = checkFamily(state);
  if (!changed(memory, [bill, family, state.lang])) return;
  const w = labels(state);
  const t = words(state.lang);
  const p = bill?.answer;
  $('nhsa-fields').replaceChildren(...(p ? [
    el('tr', {}, el('th', { scope: 'col', text: t('field') }), el('th', { scope: 'col', text: t('meaning') }), el('th', { scope: 'col', class: 'amount', text: t('amount') })),
    ...Object.entries(p.nhsa).map(([k, v]) => el('tr', {}, el('td', {}, el('code', { text: k })), el('td', { text: lookup(w.nhsa, k) }), el('td', { class: 'amount', text: v })))] : []));
  $('codes').replaceChildren(...(p?.findings ?? []).map((f) => codeItem(f.code, f.path)));
  const a = family.answer;
  $('family-codes').replaceChildren(...(a ? [a.founder, ...a.members, a].flatMap((c) => c.findings).map((f) => codeItem(f.code, f.path))
    : [codeItem(family.error.code, family.error.path)]));
}

export function bindIntegrators(store) {
  $('show-existing').addEventListener('change', (e) => store.update((s) => { s.existing = e.target.checked ? suggestion(s) : null; }));
  $('existing-text').addEventListener('input', (e) => store.update((s) => { s.existing = e.target.value; }));
}
