// The demo's Content-Security-Policy, declared once: scripts/serve.mjs sends
// it with each page, scripts/build-demo-site.mjs prints it (and writes
// csp.txt) for a host to send. Strict, as a government site would send:
// scripts and styles from this origin only, no 'unsafe-eval' and no
// 'unsafe-inline'; the page's own inline <script> and <style> elements are
// allowed one by one, by the sha256 of their text, so that nothing
// injected runs. `wasm: false` leaves 'wasm-unsafe-eval' out: the browser
// then refuses to compile the wasm and gongji's JS build answers instead.
import crypto from 'node:crypto';

/** The 'sha256-…' source of each inline <tag> (one without src=) in `html`. */
function inline(html, tag) {
  const elements = html.matchAll(new RegExp(`<${tag}(?![^>]*\\ssrc=)(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'gi'));
  // The browser hashes the text as parsed: its line ends are \n.
  return [...elements].map(([, text]) => `'sha256-${crypto.createHash('sha256').update(text.replace(/\r\n?/g, '\n')).digest('base64')}'`);
}

/** The policy for a page whose HTML is `html` ('' for a response that is not a page). */
export function csp(html = '', { wasm = true } = {}) {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...(wasm ? ["'wasm-unsafe-eval'"] : []), ...inline(html, 'script')].join(' '),
    ["style-src 'self'", ...inline(html, 'style')].join(' '),
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
