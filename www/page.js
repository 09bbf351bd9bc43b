// Everything below the verdict, loaded once the verdict is on screen:
// each section's render and the bindings of the controls in the page from
// the start. The verdict (sections/verdict.js) is drawn by app.js first.
import { $ } from './dom.js';
import { relabel } from './i18n.js';
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
import { renderQuota } from './sections/quota.js';

/** Everything that follows from the state; each section redraws only what its inputs changed. The focus survives a redrawn form. */
export function render(store, state) {
  const focused = document.activeElement;
  const at = focused?.dataset?.path ?? focused?.id;
  relabel(state.lang);
  renderVerdict(state);
  renderSetup(state);
  renderFamily(store, state);
  renderBills(store, state);
  renderQuota(store, state);
  renderDetail(state);
  renderIntegrators(state);
  renderNext(state);
  renderRegions(state);
  renderRules(state);
  renderErrors(state);
  if (at && focused && !focused.isConnected) (document.querySelector(`[data-path="${CSS.escape(at)}"]`) ?? $(at))?.focus();
}

/** The controls that are in the page from the start write to the store. */
export function bind(store) {
  for (const section of [bindSetup, bindFamily, bindBills, bindIntegrators, bindNext]) section(store);
}
