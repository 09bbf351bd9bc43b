// Fetches at once, in this order, what the first verdict waits for (the
// wasm is not here: the page's inline script asks for it before this module
// arrives): the engine's modules (importing its entry now fetches the
// modules it imports too; engine.js's import of it then finds it loaded),
// then the page's modules that draw the verdict.
// The rest of the page's modules are fetched once the verdict is on
// screen (`preloadRest`). Without these lists each module would wait for
// the one importing it; a test checks they name every module.
export const VERDICT = ['app.js', 'dom.js', 'engine.js', 'i18n.js', 'model.js', 'money.js', 'state.js', 'sections/errors.js', 'sections/verdict.js'];
export const REST = ['page.js', 'sections/area.js', 'sections/bills.js', 'sections/chart.js', 'sections/controls.js', 'sections/detail.js', 'sections/family.js',
  'sections/integrators.js', 'sections/next.js', 'sections/quota.js', 'sections/regions.js', 'sections/rules.js', 'sections/setup.js'];

// Paths relative to this module, not to the page: a host may serve the
// modules from a release directory of their own (scripts/build-demo-site.mjs).
const here = (file) => new URL(file, import.meta.url).href;
const link = (attrs) => document.head.append(Object.assign(document.createElement('link'), attrs, { href: here(attrs.href) }));
// The verdict's modules at low priority: on a browser's few connections to one host, the engine's
// modules (found only as its entry arrives) go first.
const modules = (list, fetchPriority) => list.forEach((href) => link({ rel: 'modulepreload', href, fetchPriority }));

import('./gongji/index.js').catch(() => {}); // a failure is reported where engine.js imports it
modules(VERDICT, 'low');

/** The modules below the verdict, all at once. */
export const preloadRest = () => modules(REST, 'auto');
