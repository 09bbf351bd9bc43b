// Form controls that write to the state and never read the DOM back: a
// field named by its data-path sets that path in the state on each input;
// a money field shows "1,000.00" once the user leaves it.
import { el, show } from '../dom.js';
import { valueAt, setAt } from '../state.js';
import { moneyField } from '../money.js';

/** A select (with `options`: {key, label}) or a text input for the field at `path`. */
export function control(store, path, options, { money = false } = {}) {
  const node = options
    ? el('select', { 'data-path': path }, ...options.map((o) => el('option', { value: o.key, text: o.label })))
    : el('input', { 'data-path': path, autocomplete: 'off', inputmode: money ? 'decimal' : undefined, class: money ? 'money' : undefined });
  node.addEventListener(options ? 'change' : 'input', () => store.update((s) => setAt(s, path, node.value)));
  if (money) node.addEventListener('change', () => store.update((s) => setAt(s, path, moneyField(node.value))));
  return node;
}

/** Every field under `root` shows the state's value (a select with no value shows its first option). */
export function showValues(root, state) {
  root.querySelectorAll('[data-path]').forEach((node) => {
    if (!['INPUT', 'SELECT'].includes(node.tagName) || !/^(founder|members|bills)/.test(node.dataset.path)) return;
    const value = valueAt(state, node.dataset.path);
    show(node, value === '' && node.tagName === 'SELECT' ? node.options[0]?.value ?? '' : value);
  });
}
