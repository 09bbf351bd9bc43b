// Money as the page handles it: loose text in, the engine's exact decimal
// strings out, "¥1,234.50" on screen. Amounts are never computed here.

/** "1,000" / "¥1000" / "1000元" / full-width digits / ".5" → "1000.00"-style text; other text is left for the engine to refuse. */
export function normalizeMoney(text) {
  let s = String(text ?? '').replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xFF10 + 48))
    .replace(/[．。]/g, '.').replace(/[，,\s\u3000]/g, '').replace(/^[¥￥]|元$|^RMB/gi, '').replace(/[¥￥]/g, '');
  if (s.startsWith('.')) s = `0${s}`;
  if (/^\d+\.$/.test(s)) s = s.slice(0, -1);
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) return s;
  const whole = m[1].replace(/^0+(?=\d)/, '');
  return `${whole}.${(m[2] || '').padEnd(2, '0')}`;
}

const exact = (amount) => /^\d+\.\d\d$/.test(amount);
const grouped = (whole) => whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** "1234.5" → "¥1,234.50" (text only: the engine's exact string, grouped). */
export function money(amount) {
  const [whole, frac = ''] = String(amount).split('.');
  return `¥${grouped(whole)}.${frac.padEnd(2, '0')}`;
}

/** What a money field shows once typed: "1000" → "1,000.00"; text that is not money stays as typed. */
export function moneyField(text) {
  const n = normalizeMoney(text);
  return exact(n) ? money(n).slice(1) : String(text ?? '');
}

/** Whole yuan, grouped ("¥1,500"): the chart's ticks. */
export const yuan = (whole) => `¥${grouped(String(whole))}`;

/** The sum of amounts in fen (whole numbers, never floats); text that is not money counts as nothing. */
export function sum(amounts) {
  const fen = amounts.map(normalizeMoney).reduce((t, x) => t + (exact(x) ? BigInt(x.replace('.', '')) : 0n), 0n);
  const text = fen.toString().padStart(3, '0');
  return `${text.slice(0, -2)}.${text.slice(-2)}`;
}
