// The region and the date: the regions are the engine's profiles, in its
// order; a new region or date keeps the family and judges it again. The
// date is today's until the user picks one ("今天" goes back to today's).
import { $, el, show, changed } from '../dom.js';
import { policies } from '../engine.js';
import { today } from '../state.js';

const memory = {};

export function renderSetup(state) {
  if (changed(memory, [state.lang])) $('policy').replaceChildren(...policies().map((p) => el('option', { value: p.id, text: p.name[state.lang] })));
  show($('policy'), state.policy);
  show($('asOf'), state.asOf);
}

export function bindSetup(store) {
  $('policy').addEventListener('change', (e) => store.update((s) => { s.policy = e.target.value; }));
  $('asOf').addEventListener('change', (e) => store.update((s) => { if (e.target.value) Object.assign(s, { asOf: e.target.value, asOfChosen: true }); }));
  $('asOf-today').addEventListener('click', () => store.update((s) => Object.assign(s, { asOf: today(), asOfChosen: false })));
  $('lang').addEventListener('click', () => store.update((s) => { s.lang = s.lang === 'en' ? 'zh-CN' : 'en'; }));
}
