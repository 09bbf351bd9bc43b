// Small DOM helpers shared by the sections.

export const $ = (id) => document.getElementById(id);

/** An element with attributes (`text` sets its text) and children; false, null and undefined are left out. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'text') node.textContent = v; else node.setAttribute(k, v === true ? '' : v);
  }
  node.append(...children.filter((c) => c !== null && c !== undefined && c !== false));
  return node;
}

const SVG = 'http://www.w3.org/2000/svg';
/** An SVG element with attributes and optional text. */
export function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A labelled field box around a control whose id follows from its data-path. */
export function fieldBox(label, control, wide = false) {
  control.id = `f-${control.dataset.path.replace(/[^a-z0-9]/gi, '-')}`;
  return el('div', { class: wide ? 'field wide' : 'field' }, el('label', { for: control.id, text: label }), control);
}

/** Sets a control's value or a node's text only where it differs (the caret stays where the user left it). */
export function show(node, value) {
  if (!node) return;
  const key = ['INPUT', 'SELECT', 'TEXTAREA'].includes(node.tagName) ? 'value' : 'textContent';
  if (node[key] !== value) node[key] = value;
}

/**
 * True when `deps` differ from what `memory` saw last (element by element, by identity),
 * and remembers them: a section redraws only when what it reads has changed.
 */
export function changed(memory, deps) {
  const same = memory.last && memory.last.length === deps.length && memory.last.every((d, i) => d === deps[i]);
  memory.last = deps;
  return !same;
}
