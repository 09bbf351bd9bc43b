// A finding as every section draws it: its title (the engine's label for
// its code), the engine's message, the fix and the clause it rests on.
import { el } from '../dom.js';
import { words } from '../i18n.js';

export const lookup = (list, key) => list.find((l) => l.key === key)?.label ?? '';

/** "Document title · clause" for a source of `policy`. */
export function citation(policy, source) {
  if (!source || !policy) return '';
  const doc = policy.documents.find((d) => d.id === source.doc);
  return `${doc ? doc.title : source.doc} · ${source.ref}`;
}

/** One finding as a list item: ✗ / ! / ℹ and its title, the message, what to do, the basis. */
export function finding(f, { policy, labels, lang }) {
  const t = words(lang);
  const mark = f.severity === 'error' ? '✗' : f.severity === 'warning' ? '!' : 'ℹ';
  return el('li', { class: `finding ${f.severity}`, 'data-code': f.code },
    el('div', { class: 'title', text: `${mark} ${lookup(labels.findings, f.code)}` }),
    el('div', { class: 'message', text: f.message }),
    f.hint ? el('div', { class: 'fix', text: `${t('fix')}${f.hint}` }) : null,
    f.source ? el('div', { class: 'source', text: `${t('basis')}${citation(policy, f.source)}` }) : null);
}

/** The codes and paths behind the words, for integrators. */
export const codeItem = (code, path) => el('li', {}, el('code', { text: code }), ` ${path ?? ''}`);
