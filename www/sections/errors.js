// Contract errors (a request the engine refused) beside the field their
// path names: the field marked aria-invalid and described by the engine's
// sentence, the path in it replaced by the field's name. Chosen by `path`
// and `code` only, never by the wording of the message.
import { $, el } from '../dom.js';
import { words } from '../i18n.js';
import { checkFamily, projection, preview, labels, lookup } from '../model.js';

/** The request's path as the form's data-path: `members[0].person.id` → `members[0].id`, `expenses[1].expense.amount` → `bills[1].amount`. */
export const formPath = (path) => path
  .replace(/^members\[(\d+)\]\.person\./, 'members[$1].')
  .replace(/^expenses\[(\d+)\]\.expense\./, 'bills[$1].')
  .replace(/^expenses\[(\d+)\]\.memberId$/, 'bills[$1].member')
  .replace(/^funders\[0\]\.balance$/, 'fund.balance');

/** The name of the field at a form path, in words: the engine's field labels, the page's own for bills and funds. */
function fieldName(path, state) {
  const t = words(state.lang);
  const page = { 'fund.balance': t('fund'), 'funders[1].balance': t('fund2'), asOf: t('asOf'), policy: t('region') };
  if (page[path]) return page[path];
  const person = /^(founder|members\[(\d+)\])\.(\w+)$/.exec(path);
  if (person) {
    const who = person[2] === undefined ? state.founder : state.members[Number(person[2])];
    return `${who?.id ?? ''} ${lookup(labels(state).fields, person[3])}`.trim();
  }
  const bill = /^bills\[(\d+)\]\.(\w+)$/.exec(path);
  if (bill) return `${t('billN')(Number(bill[1]) + 1)} ${t({ member: 'who', kind: 'kindLabel', amount: 'amount', facilityType: 'facilityType', facilityLevel: 'facilityLevel' }[bill[2]] ?? bill[2])}`;
  return '';
}

/** The engine's sentence with its path (a field's key) replaced by the field's name. */
export function sentence(error, state) {
  const name = error.path ? fieldName(formPath(error.path), state) : '';
  return name ? error.message.replaceAll(error.path, name) : error.message;
}

/** Marks every refused field; an error no field answers to goes in its section's box. */
export function renderErrors(state) {
  document.querySelectorAll('[aria-invalid="true"]').forEach((n) => { n.removeAttribute('aria-invalid'); n.removeAttribute('aria-describedby'); });
  document.querySelectorAll('.field-error').forEach((n) => n.remove());
  for (const box of ['policy-error', 'bill-error']) $(box).hidden = true;
  const refused = [[checkFamily(state), 'policy-error'], [projection(state), 'bill-error'], [preview(state), 'bill-error']];
  for (const [result, boxId] of refused) {
    if (!result?.error) continue;
    const error = result.error;
    const path = formPath(error.path);
    const id = `err-${(path || 'general').replace(/[^a-z0-9]/gi, '-')}`;
    if (document.getElementById(id)) continue; // already said by an earlier call
    const p = el('p', { class: 'error field-error', id, 'data-code': error.code, text: sentence(error, state) });
    const field = path && document.querySelector(`[data-path="${CSS.escape(path)}"]`);
    if (field) {
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute('aria-describedby', id);
      (field.closest('.field') || field).after(p);
    } else {
      $(boxId).hidden = false;
      $(boxId).replaceChildren(p);
    }
  }
}
