// The same family under every region's profile, one card per profile the
// engine lists (li.region[data-region="<id>"]); who would be refused, and
// why, marked where the answer differs from the current region's.
import { $, el, changed } from '../dom.js';
import { words } from '../i18n.js';
import { policies } from '../engine.js';
import { labels, regionCheck, lookup } from '../model.js';

const memory = {};

const verdictOf = (answer, i) => (answer ? (i === 0 ? answer.founder : answer.members[i - 1]) : null);

export function renderRegions(state) {
  const checks = policies().map((p) => ({ p, ...regionCheck(state, p) }));
  const names = [state.founder.id, ...state.members.map((m) => m.id)];
  if (!changed(memory, [state.lang, state.policy, names.join('\n'), ...checks.map((c) => c.result)])) return;
  const w = labels(state);
  const t = words(state.lang);
  const current = checks.find((c) => c.p.id === state.policy)?.result.answer;
  $('regions').replaceChildren(...checks.map(({ p, result, covered }) => {
    const here = p.id === state.policy;
    const answer = result.answer;
    return el('li', { class: `region${here ? ' current' : ''}`, 'data-region': p.id },
      el('h3', { text: `${answer?.ok ? '✓' : '✗'} ${p.name[state.lang]}${here ? `（${t('here')}）` : ''}` }),
      covered ? null : el('p', { class: 'help', text: `${t('notCovered')}：${t('effective')(p.versions.at(-1).validFrom)}` }),
      el('ul', {}, ...names.map((name, i) => {
        const c = verdictOf(answer, i);
        const ok = Boolean(c?.eligible);
        const differs = current && !here && ok !== Boolean(verdictOf(current, i)?.eligible);
        const why = c && !ok ? c.findings.filter((f) => f.severity === 'error').map((f) => lookup(w.findings, f.code)).join(t('sep')) : '';
        return el('li', { class: `${ok ? 'ok' : 'no'}${differs ? ' differs' : ''}` },
          el('span', { class: 'mark', text: ok ? '✓' : '✗' }), ` ${name}${why ? `：${why}` : ''}`,
          differs ? el('span', { class: 'visually-hidden', text: `（${t('differs')}）` }) : null);
      })));
  }));
}
