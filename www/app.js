// The demo page: every verdict, split, rule and label shown comes from the
// gongji engine in the page's language. This module starts it: the state
// (state.js, its one owner, kept in the URL) is rendered by one module per
// section (sections/, gathered by page.js); inputs write to the state and
// never the other way. The verdict is drawn first; the rest of the page's
// modules are imported once it is on screen.

import { $ } from './dom.js';
import { TEXT, relabel } from './i18n.js';
import { load, policyById, summaries, engineKind } from './engine.js';
import { fromUrl, createStore, sampleFamily, sampleBills } from './state.js';
import { vocabulary } from './model.js';
import { renderVerdict } from './sections/verdict.js';
import { preloadRest } from './preload.js';

/** The state the URL gives, completed: a known region (the first profile by default) and its sample family. */
function completed(state) {
  if (!policyById(state.policy)) state.policy = summaries()[0].id;
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
  let page; // the sections below the verdict, once loaded
  const store = createStore(completed(initial), (state) => page.render(store, state));
  $('loading').remove();
  // The verdict first, painted before the rest of the page is drawn.
  relabel(store.get().lang);
  renderVerdict(store.get());
  await new Promise((painted) => requestAnimationFrame(() => {
    performance.mark('gongji-first-verdict'); // read by the e2e suite (the first verdict on screen)
    setTimeout(painted);
  }));
  preloadRest();
  page = await import('./page.js');
  document.querySelectorAll('main > section[hidden]').forEach((s) => { s.hidden = false; });
  page.bind(store);
  store.update(() => {}); // the whole page, and the URL
  document.body.dataset.ready = 'true';
}

start();
