// The family form: the founder and each relative, with the relations the
// engine offers under the region and date (each within its bound: one
// spouse, two parents, …), where each is insured (picked by name once the
// list of areas has loaded: area.js), the modes, and the sample family.
import { $, el, fieldBox, show, changed } from '../dom.js';
import { words } from '../i18n.js';
import { vocabulary, labels, lookup } from '../model.js';
import { sampleFamily, sampleBills } from '../state.js';
import { control, showValues } from './controls.js';
import { areaPicker, areasLoaded, loadAreas, showAreas } from './area.js';

const memory = {};

/** The relations still open to member i: offered here, and under each relation's bound; her own is kept, marked where not offered. */
function relationChoices(state, i) {
  const options = (vocabulary(state)?.options || []).filter((o) => o.max == null
    || state.members.filter((m, j) => j !== i && m.relation === o.relation).length < o.max)
    .map((o) => ({ key: o.relation, label: o.label }));
  const current = state.members[i].relation;
  if (!options.some((o) => o.key === current)) options.push({ key: current, label: `${lookup(labels(state).relations, current)}${words(state.lang)('notHere')}` });
  return options;
}

/** The first relation a new relative can still take. */
const nextRelation = (state) => (vocabulary(state)?.options || [])
  .find((o) => o.max == null || state.members.filter((m) => m.relation === o.relation).length < o.max)?.relation || 'child';

function personFields(store, w, prefix, lang) {
  const f = (k) => lookup(w.fields, k);
  return [
    fieldBox(f('scheme'), control(store, `${prefix}.scheme`, w.schemes)),
    areaPicker(store, f('region'), `${prefix}.region`, lang),
    fieldBox(f('status'), control(store, `${prefix}.status`, w.statuses)),
    fieldBox(f('historicalBalance'), control(store, `${prefix}.historicalBalance`, null, { money: true })),
    fieldBox(f('currentBalance'), control(store, `${prefix}.currentBalance`, null, { money: true })),
    fieldBox(f('idNumber'), control(store, `${prefix}.idNumber`), true),
  ];
}

function draw(store, state) {
  const w = labels(state);
  const f = (k) => lookup(w.fields, k);
  $('founder').querySelector('.fields').replaceChildren(fieldBox(f('id'), control(store, 'founder.id')), ...personFields(store, w, 'founder', state.lang));
  $('members').replaceChildren(...state.members.map((m, i) => {
    const remove = el('button', { type: 'button', class: 'remove' });
    remove.addEventListener('click', () => store.update((s) => {
      const [gone] = s.members.splice(i, 1);
      s.bills = s.bills.filter((b) => b.member !== gone.id);
      s.selected = 0;
    }));
    return el('fieldset', { class: 'person member', 'data-path': `members[${i}]`, id: `member-${i}` },
      el('legend'),
      fieldBox(f('id'), control(store, `members[${i}].id`)),
      fieldBox(f('relation'), control(store, `members[${i}].relation`, relationChoices(state, i))),
      ...personFields(store, w, `members[${i}]`, state.lang),
      fieldBox(f('cap'), control(store, `members[${i}].cap`, null, { money: true })),
      remove);
  }));
}

export function renderFamily(store, state) {
  const choices = state.members.map((_, i) => relationChoices(state, i).map((o) => o.key + o.label).join()).join('|');
  loadAreas(() => store.update(() => {}));
  if (changed(memory, [state.lang, labels(state), state.members.length, choices, areasLoaded()])) draw(store, state);
  const t = words(state.lang);
  state.members.forEach((m, i) => {
    const name = m.id || t('nameDefault')(i + 1);
    const fs = $(`member-${i}`);
    show(fs.querySelector('legend'), `${t('member')} ${i + 1}：${name}`);
    show(fs.querySelector('.remove'), t('remove')(name));
  });
  showValues($('family-section'), state);
  showAreas($('family-section'), state);
  $('modes-payment').checked = state.modes.includes('payment');
  $('modes-premium').checked = state.modes.includes('premium');
}

/** The buttons and boxes of the section that are in the page from the start. */
export function bindFamily(store) {
  $('add-member').addEventListener('click', () => {
    const n = store.get().members.length;
    store.update((s) => { s.members.push({ id: words(s.lang)('nameDefault')(n + 1), relation: nextRelation(s), scheme: 'resident', region: s.founder.region, status: 'active' }); });
    $(`member-${n}`)?.querySelector('input')?.focus();
  });
  $('sample').addEventListener('click', () => store.update((s) => {
    Object.assign(s, sampleFamily(s.policy, s.lang, (vocabulary(s)?.options || []).map((o) => o.relation)));
    s.bills = sampleBills(s.members);
    s.selected = 0;
  }));
  for (const mode of ['payment', 'premium']) {
    $(`modes-${mode}`).addEventListener('change', (e) => store.update((s) => {
      s.modes = ['payment', 'premium'].filter((m) => (m === mode ? e.target.checked : s.modes.includes(m)));
    }));
  }
}
