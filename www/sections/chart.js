// The family fund after each bill: labelled axes, ticks in yuan. The
// year's table is its text; the numbers printed are the engine's strings.
import { $, svg } from '../dom.js';
import { money, yuan } from '../money.js';

export function drawChart(start, steps, t) {
  const labels = [start, ...steps.map((s) => s.fundAfter)];
  const values = labels.map(Number); // drawing only
  const max = Math.max(...values, 1);
  const w = 340, h = 220, left = 70, right = 12, top = 14, bottom = 44;
  const X = (i) => left + (i * (w - left - right)) / Math.max(values.length - 1, 1);
  const Y = (v) => top + (1 - v / max) * (h - top - bottom);
  const chart = svg('svg', { viewBox: `0 0 ${w} ${h}`, class: 'chart', role: 'img', 'aria-labelledby': 'chart-caption' });
  const add = (tag, attrs, text) => chart.append(svg(tag, attrs, text));
  add('line', { x1: left, y1: top, x2: left, y2: h - bottom, class: 'axis' });
  add('line', { x1: left, y1: h - bottom, x2: w - right, y2: h - bottom, class: 'axis' });
  const maxLabel = labels[values.indexOf(max)] ?? String(max);
  add('text', { x: left - 4, y: Y(max) + 4, 'text-anchor': 'end' }, money(maxLabel).replace(/\.00$/, ''));
  add('text', { x: left - 4, y: h - bottom + 4, 'text-anchor': 'end' }, '¥0');
  // A middle tick, rounded to the yuan: a drawing aid; the exact amounts are in the table.
  const mid = Math.round(max / 2);
  add('line', { x1: left - 3, y1: Y(mid), x2: left, y2: Y(mid), class: 'axis' });
  add('text', { x: left - 4, y: Y(mid) + 4, 'text-anchor': 'end' }, yuan(mid));
  values.forEach((_, i) => add('text', { x: X(i), y: h - bottom + 14, 'text-anchor': 'middle' }, i === 0 ? t('start') : String(i)));
  add('text', { x: (left + w - right) / 2, y: h - 6, 'text-anchor': 'middle' }, t('billAxis'));
  add('text', { x: 12, y: (top + h - bottom) / 2, 'text-anchor': 'middle', transform: `rotate(-90 12 ${(top + h - bottom) / 2})` }, t('fundAxis'));
  add('polyline', { points: values.map((v, i) => `${X(i).toFixed(1)},${Y(v).toFixed(1)}`).join(' '), class: 'line' });
  values.forEach((v, i) => add('circle', { cx: X(i).toFixed(1), cy: Y(v).toFixed(1), r: 3 }));
  $('projection-chart').replaceChildren(chart);
  $('projection-figure').hidden = false;
}
