// Next steps: where to apply, as the profile lists them, each with its
// source; and printing this summary.
import { $, el, changed } from '../dom.js';
import { inLang } from '../i18n.js';
import { policyById } from '../engine.js';
import { citation } from '../model.js';

const memory = {};

export function renderNext(state) {
  if (!changed(memory, [state.policy, state.lang])) return;
  const policy = policyById(state.policy);
  $('next-steps').replaceChildren(...(policy?.nextSteps || []).map((s) => el('li', {},
    el('span', { text: inLang(s.text, state.lang) }), ' ', el('span', { class: 'source', text: `（${citation(policy, s.source)}）` }))));
}

export function bindNext() {
  $('print').addEventListener('click', () => window.print());
}
