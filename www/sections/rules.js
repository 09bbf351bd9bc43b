// The rules of the version in force, each with its value in words and its
// clause, and gongji's reading where the text is silent (folded away).
import { $, el, changed } from '../dom.js';
import { words, inLang } from '../i18n.js';
import { policyById } from '../engine.js';
import { vocabulary, versionInForce, citation } from '../model.js';

const memory = {};

export function renderRules(state) {
  const v = vocabulary(state);
  if (!changed(memory, [v, state.lang])) return;
  const policy = policyById(state.policy);
  const version = versionInForce(state);
  const t = words(state.lang);
  const dl = $('rules');
  dl.replaceChildren();
  if (!v || !version) return;
  dl.append(el('dt', { text: t('effective')(v.validFrom) }), el('dd', { text: inLang(version.since.value, state.lang) }),
    el('dd', { class: 'source', text: citation(policy, version.since.source) }));
  for (const r of v.labels.rules) {
    dl.append(el('dt', { text: `${r.label}：${r.valueLabel}` }), el('dd', { class: 'source', text: `${t('basis')}${citation(policy, r.source)}` }));
    const note = version.rules[r.key]?.note;
    // gongji's reading where the text is silent: for bureau staff, folded away; a note in English only is marked so.
    if (note) {
      dl.append(el('dd', { class: 'note' }, el('details', {}, el('summary', { text: t('noteLabel') }),
        el('p', { lang: typeof note === 'object' ? state.lang : 'en', text: inLang(note, state.lang) }))));
    }
  }
}
