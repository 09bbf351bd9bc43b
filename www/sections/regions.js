// The same family under every region's profile, one card per profile the
// engine lists (li.region[data-region="<id>"]); who would be refused, and
// why, marked where the answer differs from the current region's. Each
// card names the version in force on the day judged (the one whose
// validFrom the engine answers) and folds every version of the profile,
// what started it and its source, under a details element.
import { $, el, changed } from '../dom.js';
import { words } from '../i18n.js';
import { ask, policies } from '../engine.js';
import { labels, regionCheck, lookup, citation } from '../model.js';

const memory = {};

/** The version of `p` in force on the state's date, as the engine picks it (null where no version covers the date). */
function inForce(state, p) {
  const from = ask('relationOptions', { policy: p.id, asOf: state.asOf }).answer?.validFrom;
  return p.versions.find((v) => v.validFrom === from) ?? null;
}

/** A version's dates in words: "2022-01-01 至 2024-06-30" or "2024-07-01 起". */
const span = (v, t) => (v.validUntil ? t('between')(v.validFrom, v.validUntil) : t('since')(v.validFrom));

/** What started a version, its clause and how strong the cited document is (官方原文, 媒体报道). */
function started(p, v, w, t) {
  const doc = p.documents.find((d) => d.id === v.since.source.doc);
  const grade = doc?.grade ? t('paren')(lookup(w.grades, doc.grade)) : '';
  return `${v.since.value} — ${citation(p, v.since.source)}${grade}`;
}

/** The version in force: its dates and what started it. */
const versionLine = (current, t) => current
  && el('p', { class: 'version' }, el('strong', { text: `${t('versionInForce')}：` }), `${span(current, t)} · ${current.since.value}`);

/** Every version of the profile, folded: its dates, what started it, its source; the one in force marked. */
function versions(p, current, w, t) {
  return el('details', { class: 'versions' },
    el('summary', { text: t('allVersions')(p.versions.length) }),
    el('dl', {}, ...p.versions.flatMap((v) => [
      el('dt', { class: v === current ? 'current' : undefined, text: `${span(v, t)}${v === current ? t('paren')(t('inForceMark')) : ''}` }),
      el('dd', { text: started(p, v, w, t) }),
    ])),
    el('p', { class: 'help', text: t('versionsDoc') }));
}

const verdictOf = (answer, i) => (answer ? (i === 0 ? answer.founder : answer.members[i - 1]) : null);

export function renderRegions(state) {
  const checks = policies().map((p) => ({ p, ...regionCheck(state, p) }));
  const names = [state.founder.id, ...state.members.map((m) => m.id)];
  if (!changed(memory, [state.lang, state.policy, state.asOf, names.join('\n'), ...checks.map((c) => c.result)])) return;
  const w = labels(state);
  const t = words(state.lang);
  const current = checks.find((c) => c.p.id === state.policy)?.result.answer;
  $('regions').replaceChildren(...checks.map(({ p, result, covered }) => {
    const here = p.id === state.policy;
    const answer = result.answer;
    const inForceNow = covered ? inForce(state, p) : null;
    return el('li', { class: `region${here ? ' current' : ''}`, 'data-region': p.id },
      el('h3', { text: `${answer?.ok ? '✓' : '✗'} ${p.name[state.lang]}${here ? `（${t('here')}）` : ''}` }),
      covered ? null : el('p', { class: 'help', text: `${t('notCovered')}：${t('effective')(p.versions.at(-1).validFrom)}` }),
      versionLine(inForceNow, t),
      el('ul', {}, ...names.map((name, i) => {
        const c = verdictOf(answer, i);
        const ok = Boolean(c?.eligible);
        const differs = current && !here && ok !== Boolean(verdictOf(current, i)?.eligible);
        const why = c && !ok ? c.findings.filter((f) => f.severity === 'error').map((f) => lookup(w.findings, f.code)).join(t('sep')) : '';
        return el('li', { class: `${ok ? 'ok' : 'no'}${differs ? ' differs' : ''}` },
          el('span', { class: 'mark', text: ok ? '✓' : '✗' }), ` ${name}${why ? `：${why}` : ''}`,
          differs ? el('span', { class: 'visually-hidden', text: `（${t('differs')}）` }) : null);
      })),
      versions(p, inForceNow, w, t));
  }));
}
