// The demo page: every verdict, split, rule and label shown comes from the
// gongji engine in the page's language. This module starts it: the state
// (state.js, its one owner, kept in the URL) is rendered by one module per
// section (sections/); inputs write to the state and never the other way.

import { $ } from './dom.js';
import { TEXT, relabel } from './i18n.js';
import { load, policies, policyById, engineKind } from './engine.js';
import { fromUrl, createStore } from './state.js';
import { vocabulary } from './model.js';
import { sampleFamily, sampleBills } from './sample.js';
import { renderVerdict } from './sections/verdict.js';
import { renderSetup, bindSetup } from './sections/setup.js';
import { renderFamily, bindFamily } from './sections/family.js';
import { renderBills, bindBills } from './sections/bills.js';
import { renderDetail } from './sections/detail.js';
import { renderIntegrators, bindIntegrators } from './sections/integrators.js';
import { renderNext, bindNext } from './sections/next.js';
import { renderRegions } from './sections/regions.js';
import { renderRules } from './sections/rules.js';
import { renderErrors } from './sections/errors.js';

/** Everything that follows from the state; each section redraws only what its inputs changed. The focus survives a redrawn form. */
function render(store, state) {
  const focused = document.activeElement;
  const at = focused?.dataset?.path ?? focused?.id;
  relabel(state.lang);
  renderVerdict(state);
  renderSetup(state);
  renderFamily(store, state);
  renderBills(store, state);
  renderDetail(state);
  renderIntegrators(state);
  renderNext(state);
  renderRegions(state);
  renderRules(state);
  renderErrors(state);
  if (at && focused && !focused.isConnected) (document.querySelector(`[data-path="${CSS.escape(at)}"]`) ?? $(at))?.focus();
}

/** The state the URL gives, completed: a known region (the first profile by default) and its sample family. */
function completed(state) {
  if (!policyById(state.policy)) state.policy = policies()[0].id;
  if (!state.founder) {
    Object.assign(state, sampleFamily(state.policy, state.lang, (vocabulary(state)?.options || []).map((o) => o.relation)));
    state.bills = sampleBills(state.members);
  }
  return state;
}

async function start() {
  const initial = fromUrl(location.search);
  document.documentElement.lang = initial.lang;
  try {
    await load();
    performance.mark('gongji-engine-ready');
  } catch (e) {
    $('loading').className = 'failed';
    $('loading').setAttribute('role', 'alert');
    $('loading').textContent = `${TEXT[initial.lang].loadFailed} (${e && e.message ? e.message : e})`;
    $('engine').textContent = '—';
    document.body.dataset.ready = 'failed';
    return;
  }
  // The engine in words (WebAssembly, or its JavaScript build); its code for integrators and tests.
  const engine = engineKind();
  $('engine').dataset.engine = engine;
  $('engine').textContent = engine === 'js' ? 'JavaScript' : 'WebAssembly';
  const store = createStore(completed(initial), (state) => render(store, state));
  $('loading').remove();
  // The verdict first, painted before the rest of the page is drawn.
  relabel(store.get().lang);
  renderVerdict(store.get());
  await new Promise((painted) => requestAnimationFrame(() => {
    performance.mark('gongji-first-verdict'); // read by the e2e suite (the first verdict on screen)
    setTimeout(painted);
  }));
  document.querySelectorAll('main > section[hidden]').forEach((s) => { s.hidden = false; });
  for (const bind of [bindSetup, bindFamily, bindBills, bindIntegrators, bindNext]) bind(store);
  store.update(() => {}); // the whole page, and the URL
  document.body.dataset.ready = 'true';
}

start();
