// Where a person is insured, picked by name: province, city and district
// or county from the GB/T 2260 list (areas.json, written from the npm
// dataset @vant/area-data by `node scripts/gen-area-names.mjs --page`),
// loaded once the form is drawn, never before the first verdict. The
// engine still receives the 6-digit code: each choice writes the code of
// the deepest level chosen, and the code can be typed instead (the field
// keeps its data-path, so a contract error is still said beside it).
// Without the list (not yet loaded, or not there) the code field stands
// alone, as before.
import { el, show } from '../dom.js';
import { words } from '../i18n.js';
import { valueAt, setAt } from '../state.js';
import { control } from './controls.js';

let list = null; // { province, city, district }: [code, name] sorted by code
let loading = null;
const LEVELS = ['province', 'city', 'district'];

/** Loads the list once; `loaded` runs when it has arrived (a failure leaves the code field alone). */
export function loadAreas(loaded) {
  const done = (how) => { document.body.dataset.areas = how; }; // read by the e2e suite
  loading ??= fetch(new URL('../areas.json', import.meta.url)).then((r) => (r.ok ? r.json() : null)).then((data) => {
    if (!data) { done('failed'); return; }
    const sorted = (o) => Object.entries(o).sort(([a], [b]) => a.localeCompare(b));
    list = { province: sorted(data.province_list), city: sorted(data.city_list), district: sorted(data.county_list) };
    loaded();
    done('loaded');
  }, () => done('failed'));
}

/** Whether the list is there (the form draws the choices only then). */
export const areasLoaded = () => list !== null;

/** The options of one level under the code chosen above it (the provinces; a province's cities; a city's districts). */
function choicesAt(level, code) {
  if (level === 'province') return list.province;
  const prefix = level === 'city' ? code.slice(0, 2) : code.slice(0, 4);
  return code.length === 6 ? list[level].filter(([c]) => c.startsWith(prefix)) : [];
}

/** The code each level shows for `code`: its province, city and district where the list has them. */
function levelsOf(code) {
  const known = (level, c) => (list[level].some(([x]) => x === c) ? c : '');
  if (!/^\d{6}$/.test(code)) return { province: '', city: '', district: '' };
  return { province: known('province', `${code.slice(0, 2)}0000`), city: known('city', `${code.slice(0, 4)}00`), district: known('district', code) };
}

/**
 * The field for `path` (`founder.region`, `members[0].region`): the three
 * choices and the code, in a fieldset named `label`; the code alone,
 * labelled `label`, until the list has arrived.
 */
export function areaPicker(store, label, path, lang) {
  const t = words(lang);
  const code = control(store, path);
  code.id = `f-${path.replace(/[^a-z0-9]/gi, '-')}`;
  Object.assign(code, { inputMode: 'numeric', maxLength: 6 });
  if (!list) return el('div', { class: 'field' }, el('label', { for: code.id, text: label }), code);
  const selects = LEVELS.map((level) => {
    const select = el('select', { id: `${code.id}-${level}`, 'data-level': level });
    // A choice writes its own code; "choose" at a level writes the level above's.
    select.addEventListener('change', () => store.update((s) => {
      const chosen = levelsOf(valueAt(s, path));
      const above = LEVELS.slice(0, LEVELS.indexOf(level)).map((l) => chosen[l]).filter(Boolean).at(-1);
      setAt(s, path, select.value || above || '');
    }));
    return el('div', { class: 'field' }, el('label', { for: select.id, text: t(level) }), select);
  });
  return el('fieldset', { class: 'area field wide', 'data-for': path },
    el('legend', { text: label }),
    ...selects,
    el('div', { class: 'field' }, el('label', { for: code.id, text: t('areaCode') }), code),
    lang === 'en' ? el('p', { class: 'help', text: t('areaNames') }) : null);
}

/** Every picker under `root` shows the state's code: each level's options under the level above, and its choice. */
export function showAreas(root, state) {
  if (!list) return;
  const t = words(state.lang);
  root.querySelectorAll('fieldset.area').forEach((box) => {
    const code = valueAt(state, box.dataset.for);
    const chosen = levelsOf(code);
    LEVELS.forEach((level, i) => {
      const select = box.querySelector(`[data-level=${level}]`);
      const options = choicesAt(level, chosen[LEVELS[i - 1]] || '');
      const key = options.map(([c]) => c).join();
      if (select.dataset.options !== key) {
        select.replaceChildren(el('option', { value: '', text: t('chooseArea') }), ...options.map(([c, name]) => el('option', { value: c, lang: 'zh-CN', text: name })));
        select.dataset.options = key;
      }
      select.disabled = options.length === 0;
      show(select, chosen[level]);
    });
  });
}
