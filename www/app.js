// The demo page: every verdict, split, rule and label of the rules shown
// here comes from the gongji engine in the page's language; this file
// gathers the form into contract requests, draws the answers, and keeps the
// whole form in the URL (nothing in storage). Only the page's own chrome
// (section titles, buttons) is written here.

// Fetch the wasm while the engine's module loads, only where WebAssembly
// can run it (where it cannot, the engine loads its JavaScript build).
if (typeof WebAssembly === 'object') {
  document.head.append(Object.assign(document.createElement('link'),
    { rel: 'preload', href: 'gongji/raw_bg.wasm', as: 'fetch', type: 'application/wasm', crossOrigin: 'anonymous' }));
}

const TEXT = {
  'zh-CN': {
    title: '家庭共济：我家能不能用', verdict: '结论', policy: '地区与日期', region: '参保地政策', asOf: '判断日期',
    family: '家庭成员', founder: '组建人（出资的职工）', addMember: '添加一位亲属', sample: '换成本地区的示例家庭',
    modes: '共济方式', modePayment: '共济支付', modePremium: '共济缴费', bills: '看病花钱：谁来付',
    fund: '家庭共济资金余额（元）', presetsHelp: '常见费用，点一下加入：', addBill: '添加一笔费用',
    chartCaption: '每笔费用结算后家庭共济资金还剩多少', oneBill: '一笔费用的明细', oneBillHelp: '选中的这笔费用单独结算时：',
    integrator: '给系统对接人员：字段名与代码', existing: '加上已知的绑定关系（测试冲突）',
    existingHelp: '每行：人员称呼, founder 或 member, 共济网编号', next: '下一步：去哪里办', print: '打印这份结论',
    regions: '我家在各个地区能不能用', regionsHelp: '同一个家庭、同样的参保地，按各地政策判断；与当前地区不同的结论标出。',
    rules: '本地规则及出处', footer: '所有结论由 gongji 规则引擎在本机得出，并注明政策出处；本页不发送任何数据。', engineIs: '引擎',
    lang: 'English', member: '亲属', remove: (who) => `删除 ${who}`, canJoin: '可以加入', cannotJoin: '不能加入',
    canFound: '可以组建', cannotFound: '不能组建', familyOk: (n) => `✓ 可以组建家庭共济网：${n} 位亲属都可以加入`,
    familyNo: (n) => `✗ 还不能组建：${n} 处需要处理`, fix: '怎么办：', basis: '依据：', kindLabel: '费用类型',
    fund1: (who) => `第一位授权人（${who}）的共济资金余额（元）`, fund2: '第二位授权人的共济资金余额（元）', addFunder: '添加第二位授权人', removeFunder: '删除第二位授权人',
    secondFunder: '第二位授权人', paidFrom: '用谁的共济资金',
    who: '谁看病', facilityType: '机构', facilityLevel: '机构等级', amount: '金额（元）', anyLevel: '不清楚', details: '看明细', removeBill: (n) => `删除第 ${n} 笔费用`,
    billN: (n) => `第 ${n} 笔`, start: '开始', fundAxis: '共济资金余额（元）', billAxis: '第几笔费用', total: '合计',
    paidBy: '谁付了多少', allowedYes: '共济资金可以支付', allowedNo: '共济资金不能支付这笔费用',
    loadFailed: '规则引擎没能加载，无法判断。请刷新页面；如仍不行，请换用较新的浏览器。',
    wasm: 'WebAssembly', notHere: '（本地政策不含）', noMembers: '还没有添加亲属。', nameDefault: (n) => `亲属${n}`,
    preset: { outpatient: '门诊 320 元', inpatient: '住院 2,400 元', pharmacy: '药店买药 86.50 元', residentPremium: '居民医保缴费 380 元', year: '典型的一年' },
    sep: '、', here: '当前地区', differs: '与当前地区不同', notCovered: '该日期不在本政策有效期内', field: '字段', meaning: '含义', code: '代码',
    noteLabel: 'gongji 对条文的理解', effective: (d) => `${d} 起施行的版本`,
  },
  en: {
    title: 'Family mutual aid: can my family use it?', verdict: 'Verdict', policy: 'Region and date', region: 'Policy of', asOf: 'Judged on',
    family: 'The family', founder: 'Founder (the employee who funds it)', addMember: 'Add a relative', sample: 'Use this region\'s sample family',
    modes: 'Modes', modePayment: 'Payment', modePremium: 'Premium', bills: 'Medical bills: who pays',
    fund: 'Family fund balance (yuan)', presetsHelp: 'Common bills, tap to add:', addBill: 'Add a bill',
    chartCaption: 'The family fund left after each bill', oneBill: 'One bill in detail', oneBillHelp: 'The selected bill settled on its own:',
    integrator: 'For integrators: field names and codes', existing: 'Add known bindings (to test conflicts)',
    existingHelp: 'One per line: person, founder or member, network id', next: 'Next steps: where to apply', print: 'Print this summary',
    regions: 'My family in every region', regionsHelp: 'The same family, insured where it is, judged by each region\'s policy; answers that differ from the current region are marked.',
    rules: 'The rules here, with sources', footer: 'Every answer is worked out on this device by the gongji rules engine and cites its policy source; this page sends nothing.', engineIs: 'Engine',
    lang: '中文', member: 'Relative', remove: (who) => `Remove ${who}`, canJoin: 'may join', cannotJoin: 'may not join',
    canFound: 'may found it', cannotFound: 'may not found it', familyOk: (n) => `✓ The network can be set up: all ${n} relatives may join`,
    familyNo: (n) => `✗ Not yet: ${n} thing(s) to fix`, fix: 'What to do: ', basis: 'Based on: ', kindLabel: 'Kind of cost',
    fund1: (who) => `First funder's (${who}) family fund balance (yuan)`, fund2: 'Second funder\'s family fund balance (yuan)', addFunder: 'Add a second funder', removeFunder: 'Remove the second funder',
    secondFunder: 'Second funder', paidFrom: 'Paid from',
    who: 'Patient', facilityType: 'Facility', facilityLevel: 'Facility level', amount: 'Amount (yuan)', anyLevel: 'not known', details: 'Details', removeBill: (n) => `Remove bill ${n}`,
    billN: (n) => `Bill ${n}`, start: 'Start', fundAxis: 'Family fund left (yuan)', billAxis: 'Bill number', total: 'Total',
    paidBy: 'Who paid what', allowedYes: 'The family fund may pay', allowedNo: 'The family fund may not pay this bill',
    loadFailed: 'The rules engine could not load, so nothing can be judged. Reload the page; if that fails, try a newer browser.',
    wasm: 'WebAssembly', notHere: ' (not admitted here)', noMembers: 'No relatives added yet.', nameDefault: (n) => `Relative ${n}`,
    preset: { outpatient: 'Clinic visit ¥320', inpatient: 'Hospital stay ¥2,400', pharmacy: 'Pharmacy ¥86.50', residentPremium: 'Resident premium ¥380', year: 'A typical year' },
    sep: ', ', here: 'current region', differs: 'differs from the current region', notCovered: 'the date is outside this policy', field: 'Field', meaning: 'Meaning', code: 'Code',
    noteLabel: 'How gongji reads the text', effective: (d) => `version in force from ${d}`,
  },
};

const $ = (id) => document.getElementById(id);
const el = (tag, attrs = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'text') node.textContent = v; else node.setAttribute(k, v === true ? '' : v);
  }
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
};

// ---------- money: loose in, exact strings to the engine, ¥ out ----------
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

/** "1234.5" → "¥1,234.50" (text only: the engine's exact string, grouped). */
function money(amount) {
  const [whole, frac = ''] = String(amount).split('.');
  return `¥${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac.padEnd(2, '0')}`;
}
/** For an input: grouped, no ¥ ("1,234.50"). */
const moneyField = (amount) => money(amount).slice(1);

// ---------- state: the whole form, in the URL and nowhere else ----------
const SAMPLE = {
  shanghai: ['310104', [['spouse', 'employee', '310115'], ['child', 'resident', '310104']]],
  'jiangsu-suzhou': ['320505', [['parent', 'resident', '320902'], ['child', 'resident', '320505']]],
  'jiangsu-province': ['320106', [['parent', 'resident', '320902'], ['child', 'resident', '320106']]],
  guangdong: ['440106', [['spouse', 'employee', '440106'], ['parent', 'resident', '440304']]],
  dongying: ['370502', [['spouseParent', 'resident', '370521'], ['child', 'resident', '370502']]],
  ruian: ['330381', [['parent', 'resident', '330381'], ['spouse', 'employee', '330302']]],
};
const NAMES = {
  'zh-CN': { spouse: '阿芳', parent: '爸爸', child: '小宝', spouseParent: '岳母', founder: '我' },
  en: { spouse: 'Fang', parent: 'Dad', child: 'Bao', spouseParent: 'Mother-in-law', founder: 'Me' },
};

function sampleFamily(policyId, lang) {
  // A profile without a hand-made sample (a custom or newly added region): a spouse and a child insured where it governs.
  const home = policyById(policyId)?.region ?? '310104';
  const [region, members] = SAMPLE[policyId] || [home, [['spouse', 'employee', home], ['child', 'resident', home]]];
  const names = NAMES[lang];
  return {
    founder: { id: names.founder, scheme: 'employee', region, status: 'active', historicalBalance: '5000.00', currentBalance: '600.00' },
    members: members.map(([relation, scheme, r]) => ({
      id: names[relation], relation, scheme, region: r, status: 'active',
      ...(scheme === 'employee' ? { historicalBalance: '120.00', currentBalance: '80.00' } : {}),
    })),
  };
}

function sampleBills(members) {
  const a = members[0]?.id, b = members[1]?.id ?? a;
  if (!a) return [];
  return [[a, 'outpatient', '320.00'], [b, 'pharmacy', '86.50'], [a, 'inpatient', '2400.00'], [b, 'outpatient', '150.00'],
    [a, 'pharmacy', '233.10'], [b, 'inpatient', '1800.00']].map(([member, kind, amount]) => ({ member, kind, facilityType: kind === 'pharmacy' ? 'pharmacy' : 'hospital', facilityLevel: '', amount }));
}

const today = () => new Date().toISOString().slice(0, 10);
let state;

function initialState() {
  const params = new URLSearchParams(location.search);
  let saved = null;
  try { saved = params.get('s') ? JSON.parse(params.get('s')) : null; } catch { saved = null; }
  const lang = (saved?.lang || params.get('lang')) === 'en' ? 'en' : 'zh-CN';
  const policy = saved?.policy || params.get('policy') || 'shanghai';
  const base = { lang, policy, asOf: params.get('asOf') || today(), modes: ['payment'], fund: '1500.00', existing: null, selected: 0 };
  if (saved && saved.founder) return { ...base, ...saved };
  return base; // the sample family is filled in once the engine has listed the profiles
}

function withSample() {
  if (state.founder) return;
  const family = sampleFamily(state.policy, state.lang);
  Object.assign(state, family, { bills: sampleBills(family.members) });
}

function saveUrl() {
  const url = new URL(location.href);
  url.search = '';
  url.searchParams.set('s', JSON.stringify(state));
  history.replaceState(null, '', url);
}

// ---------- the engine ----------
let gongji;
let POLICIES = [];
const t = (key) => TEXT[state.lang][key] ?? key;
const labelCache = new Map();

/** The engine's labels (and relation options) under a policy on a date, in the page's language. */
function vocabulary(policy = state.policy, asOf = state.asOf, lang = state.lang) {
  const key = `${policy}|${asOf}|${lang}`;
  if (!labelCache.has(key)) {
    let answer = null;
    try { answer = gongji.relationOptions({ policy, asOf, lang, labels: true }); } catch { answer = null; }
    labelCache.set(key, answer);
  }
  return labelCache.get(key);
}
/** Any version's labels for words that do not depend on the rules (kinds, fields, parts). */
function words() {
  return vocabulary()?.labels || fallbackWords;
}
let fallbackWords;
const lookup = (list, key) => list.find((l) => l.key === key)?.label ?? '';
const policyById = (id) => POLICIES.find((p) => p.id === id);
/** A profile note or next step: `{zh-CN, en}` or (before the bilingual notes land) a plain string. */
const inLang = (text) => (text && typeof text === 'object' ? text[state.lang] ?? text['zh-CN'] ?? '' : text ?? '');

function citation(policy, source) {
  if (!source || !policy) return '';
  const doc = policy.documents.find((d) => d.id === source.doc);
  return `${doc ? doc.title : source.doc} · ${source.ref}`;
}

// ---------- requests ----------
function person(p) {
  const out = { id: p.id || '?', scheme: p.scheme, region: p.region };
  if (p.status) out.status = p.status;
  for (const k of ['historicalBalance', 'currentBalance']) if (p[k]) out[k] = normalizeMoney(p[k]);
  if (p.idNumber) out.idNumber = p.idNumber.trim();
  return out;
}
function memberRequest(m) {
  const out = { relation: m.relation, person: person(m) };
  if (m.cap) out.cap = normalizeMoney(m.cap);
  return out;
}
function existing() {
  if (state.existing === null || state.existing === undefined) return [];
  return state.existing.split('\n').map((l) => l.split(',').map((s) => s.trim())).filter((p) => p.length === 3 && p[0])
    .map(([personId, role, networkId]) => ({ personId, role, networkId }));
}
function networkRequest(policy = state.policy, asOf = state.asOf) {
  return { policy, asOf, lang: state.lang, founder: person(state.founder), members: state.members.map(memberRequest), modes: state.modes, existing: existing() };
}

// ---------- drawing helpers ----------
function finding(policy, f) {
  const w = words();
  return el('li', { class: `finding ${f.severity}`, 'data-code': f.code },
    el('div', { class: 'title', text: `${f.severity === 'error' ? '✗' : f.severity === 'warning' ? '!' : 'ℹ'} ${lookup(w.findings, f.code)}` }),
    el('div', { class: 'message', text: f.message }),
    f.hint ? el('div', { class: 'fix', text: `${t('fix')}${f.hint}` }) : null,
    f.source ? el('div', { class: 'source', text: `${t('basis')}${citation(policy, f.source)}` }) : null);
}
const sentence = (error) => (error.path ? error.message.replace(new RegExp(`^${error.path.replace(/[.[\]]/g, '\\$&')}\\s*[：:]\\s*`), '') : error.message);

/** A contract error beside the field its path names: marked invalid, described by the sentence. */
function clearFieldErrors() {
  document.querySelectorAll('[aria-invalid="true"]').forEach((n) => { n.removeAttribute('aria-invalid'); n.removeAttribute('aria-describedby'); });
  document.querySelectorAll('.field-error').forEach((n) => n.remove());
}
function showFieldError(error, box) {
  const path = (error.path || '').replace(/^members\[(\d+)\]\.person\./, 'members[$1].').replace(/^expenses\[(\d+)\]\.expense\./, 'bills[$1].');
  const field = path && document.querySelector(`[data-path="${CSS.escape(path)}"]`);
  const id = `err-${(path || 'general').replace(/[^a-z0-9]/gi, '-')}`;
  if (document.getElementById(id)) return true; // already said by an earlier call
  const p = el('p', { class: 'error field-error', id, 'data-code': error.code, text: sentence(error) });
  if (field) {
    field.setAttribute('aria-invalid', 'true');
    field.setAttribute('aria-describedby', id);
    (field.closest('.field') || field).after(p);
    return true;
  }
  box.hidden = false;
  box.replaceChildren(p);
  return false;
}

// ---------- the family form ----------
function fieldBox(label, control) {
  const id = `f-${control.dataset.path.replace(/[^a-z0-9]/gi, '-')}`;
  control.id = id;
  return el('div', { class: 'field' }, el('label', { for: id, text: label }), control);
}
function control(path, value, options) {
  const node = options
    ? el('select', { 'data-path': path }, ...options.map((o) => el('option', { value: o.key, text: o.label })))
    : el('input', { 'data-path': path, autocomplete: 'off', inputmode: /Balance|cap$/.test(path) ? 'decimal' : undefined, class: /Balance|cap$/.test(path) ? 'money' : undefined });
  node.value = value ?? (options ? options[0].key : '');
  node.addEventListener(options ? 'change' : 'input', () => {
    readForm();
    // A relation or a name changes what other rows offer: draw them again, keeping the focus.
    if (/^members\[\d+\]\.(relation|id)$/.test(path)) {
      const at = document.activeElement?.dataset?.path;
      if (path.endsWith('relation')) renderFamily();
      renderBills();
      if (at) document.querySelector(`[data-path="${CSS.escape(at)}"]`)?.focus();
    }
    update();
  });
  if (/Balance|cap$/.test(path)) node.addEventListener('change', () => { if (/^\d+\.\d\d$/.test(normalizeMoney(node.value))) node.value = moneyField(normalizeMoney(node.value)); readForm(); update(); });
  return node;
}
function personFields(prefix, p) {
  const w = words();
  const f = (k) => lookup(w.fields, k);
  return [
    fieldBox(f('scheme'), control(`${prefix}.scheme`, p.scheme, w.schemes)),
    fieldBox(f('region'), control(`${prefix}.region`, p.region)),
    fieldBox(f('status'), control(`${prefix}.status`, p.status || 'active', w.statuses)),
    fieldBox(f('historicalBalance'), control(`${prefix}.historicalBalance`, p.historicalBalance ? moneyField(normalizeMoney(p.historicalBalance)) : '')),
    fieldBox(f('currentBalance'), control(`${prefix}.currentBalance`, p.currentBalance ? moneyField(normalizeMoney(p.currentBalance)) : '')),
    fieldBox(f('idNumber'), control(`${prefix}.idNumber`, p.idNumber)),
  ].map((box, n) => { if (n === 5) box.classList.add('wide'); return box; });
}

/** The relations still possible for member i: offered here, and under the family's bound (one spouse, two parents, …). */
function relationChoices(i) {
  const v = vocabulary();
  const w = words();
  const options = (v?.options || []).filter((o) => o.max == null
    || state.members.filter((m, j) => j !== i && m.relation === o.relation).length < o.max)
    .map((o) => ({ key: o.relation, label: o.label }));
  const current = state.members[i].relation;
  if (!options.some((o) => o.key === current)) options.push({ key: current, label: `${lookup(w.relations, current)}${t('notHere')}` });
  return options;
}
function nextRelation() {
  const v = vocabulary();
  return (v?.options || []).find((o) => o.max == null || state.members.filter((m) => m.relation === o.relation).length < o.max)?.relation || 'child';
}

function renderFamily() {
  const w = words();
  const f = (k) => lookup(w.fields, k);
  $('founder').querySelector('.fields').replaceChildren(
    fieldBox(f('id'), control('founder.id', state.founder.id)), ...personFields('founder', state.founder));
  $('members').replaceChildren(...state.members.map((m, i) => {
    const fs = el('fieldset', { class: 'person member', 'data-path': `members[${i}]`, id: `member-${i}` });
    const name = m.id || t('nameDefault')(i + 1);
    const remove = el('button', { type: 'button', class: 'remove', text: t('remove')(name) });
    remove.addEventListener('click', () => {
      readForm();
      const [gone] = state.members.splice(i, 1);
      state.bills = state.bills.filter((b) => b.member !== gone.id);
      state.selected = 0;
      renderAll();
    });
    fs.append(el('legend', { text: `${t('member')} ${i + 1}：${name}` }),
      fieldBox(f('id'), control(`members[${i}].id`, m.id)),
      fieldBox(f('relation'), control(`members[${i}].relation`, m.relation, relationChoices(i))),
      ...personFields(`members[${i}]`, m),
      fieldBox(f('cap'), control(`members[${i}].cap`, m.cap ? moneyField(normalizeMoney(m.cap)) : '')),
      remove);
    return fs;
  }));
  $('modes-payment').checked = state.modes.includes('payment');
  $('modes-premium').checked = state.modes.includes('premium');
}

function readForm() {
  const value = (path) => document.querySelector(`[data-path="${CSS.escape(path)}"]`)?.value ?? '';
  const readPerson = (prefix, old) => {
    const p = { ...old };
    for (const k of ['id', 'scheme', 'region', 'status', 'historicalBalance', 'currentBalance', 'idNumber']) {
      const node = document.querySelector(`[data-path="${CSS.escape(`${prefix}.${k}`)}"]`);
      if (node) p[k] = node.value.trim();
    }
    return p;
  };
  state.founder = readPerson('founder', state.founder);
  const renamed = new Map();
  state.members = state.members.map((m, i) => {
    const next = { ...readPerson(`members[${i}]`, m), relation: value(`members[${i}].relation`) || m.relation, cap: value(`members[${i}].cap`) };
    if (next.id !== m.id) renamed.set(m.id, next.id);
    return next;
  });
  state.bills = state.bills.map((b, i) => {
    const node = (k) => document.querySelector(`[data-path="bills[${i}].${k}"]`);
    const member = node('member')?.value ?? b.member;
    return { member: renamed.get(member) ?? member, kind: node('kind')?.value ?? b.kind, facilityType: node('facilityType')?.value ?? b.facilityType,
      facilityLevel: node('facilityLevel')?.value ?? b.facilityLevel, amount: node('amount')?.value ?? b.amount };
  });
  state.modes = [['payment', 'modes-payment'], ['premium', 'modes-premium']].filter(([, id]) => $(id).checked).map(([m]) => m);
  state.fund = $('bill-fund').value;
  if ($('bill-fund2')) state.fund2 = $('bill-fund2').value;
  state.existing = $('show-existing').checked ? $('existing-text').value : null;
  state.policy = $('policy').value || state.policy;
  state.asOf = $('asOf').value || state.asOf;
}

// ---------- verdicts ----------
function renderVerdict() {
  const policy = policyById(state.policy);
  clearFieldErrors();
  $('policy-error').hidden = true;
  let check;
  try {
    check = gongji.checkNetwork(networkRequest());
  } catch (e) {
    if (!(e instanceof gongji.GongjiError)) throw e;
    showFieldError(e, $('policy-error'));
    $('family-codes').replaceChildren(el('li', {}, el('code', { text: e.code }), ` ${e.path ?? ''}`));
    $('family-verdict').className = 'no';
    $('family-verdict').textContent = `✗ ${sentence(e)}`;
    $('people').replaceChildren();
    $('network-findings').replaceChildren();
    return null;
  }
  const people = [{ p: state.founder, c: check.founder, founder: true }, ...state.members.map((m, i) => ({ p: m, c: check.members[i], i }))];
  const w = words();
  $('people').replaceChildren(...people.map(({ p, c, founder, i }) => {
    const ok = c.eligible;
    const relation = founder ? t('founder') : lookup(w.relations, p.relation);
    return el('li', { class: `card ${ok ? 'ok' : 'no'}`, 'data-person': founder ? 'founder' : String(i) },
      el('div', { class: 'who' }, `${p.id || '?'} · ${relation}`),
      el('div', { class: 'yes-no', text: `${ok ? '✓' : '✗'} ${founder ? t(ok ? 'canFound' : 'cannotFound') : t(ok ? 'canJoin' : 'cannotJoin')}` }),
      el('ul', { class: 'findings' }, ...c.findings.map((f) => finding(policy, f))));
  }));
  $('network-findings').replaceChildren(...check.findings.map((f) => finding(policy, f)));
  // For integrators: the codes and paths behind the words above.
  $('family-codes').replaceChildren(...[check.founder, ...check.members, { findings: check.findings }].flatMap((c) => c.findings)
    .map((f) => el('li', {}, el('code', { text: f.code }), ` ${f.path ?? ''}`)));
  const problems = [check.founder, ...check.members].reduce((n, c) => n + c.findings.filter((f) => f.severity === 'error').length, 0)
    + check.findings.filter((f) => f.severity === 'error').length;
  const box = $('family-verdict');
  box.className = check.ok ? 'ok' : 'no';
  box.textContent = check.ok ? t('familyOk')(state.members.length) : t('familyNo')(problems);
  return check;
}

// ---------- bills ----------
const PRESETS = [['outpatient', '320.00'], ['inpatient', '2400.00'], ['pharmacy', '86.50'], ['residentPremium', '380.00']];

function renderPresets() {
  $('presets').replaceChildren(...PRESETS.map(([kind, amount]) => {
    const b = el('button', { type: 'button', text: t('preset')[kind] });
    b.addEventListener('click', () => {
      readForm();
      const member = (kind === 'residentPremium' ? state.members.find((m) => m.scheme === 'resident') : null) || state.members[0];
      if (!member) return;
      state.bills.push({ member: member.id, kind, facilityType: kind === 'pharmacy' ? 'pharmacy' : 'hospital', facilityLevel: '', amount });
      state.selected = state.bills.length - 1;
      renderBills();
      update();
    });
    return b;
  }), (() => {
    const b = el('button', { type: 'button', text: t('preset').year });
    b.addEventListener('click', () => { readForm(); state.bills = sampleBills(state.members); state.selected = 0; renderBills(); update(); });
    return b;
  })());
}

function renderBills() {
  const w = words();
  const limited = Boolean(vocabulary()?.labels.rules.some((r) => r.key === 'residentFacilities'));
  $('bills').replaceChildren(...state.bills.map((b, i) => {
    const row = el('div', { class: 'bill-row', 'data-bill': String(i) });
    const who = state.members.map((m) => ({ key: m.id, label: m.id }));
    if (!who.some((o) => o.key === b.member)) who.push({ key: b.member, label: b.member });
    const details = el('button', { type: 'button', text: t('details'), 'aria-pressed': String(state.selected === i) });
    details.addEventListener('click', () => { state.selected = i; update(); });
    const remove = el('button', { type: 'button', class: 'remove', text: t('removeBill')(i + 1) });
    remove.addEventListener('click', () => { readForm(); state.bills.splice(i, 1); state.selected = 0; renderBills(); update(); });
    row.append(el('h3', { class: 'visually-hidden', text: t('billN')(i + 1) }),
      fieldBox(t('who'), control(`bills[${i}].member`, b.member, who)),
      fieldBox(t('kindLabel'), control(`bills[${i}].kind`, b.kind, w.kinds)),
      fieldBox(t('amount'), control(`bills[${i}].amount`, b.amount ? moneyField(normalizeMoney(b.amount)) : '')));
    const amount = row.querySelector('[data-path$=".amount"]');
    amount.classList.add('money');
    amount.setAttribute('inputmode', 'decimal');
    amount.addEventListener('change', () => { const n = normalizeMoney(amount.value); if (/^\d+\.\d\d$/.test(n)) amount.value = moneyField(n); });
    if (limited) {
      row.append(fieldBox(t('facilityType'), control(`bills[${i}].facilityType`, b.facilityType || 'hospital', w.facilities)),
        fieldBox(t('facilityLevel'), control(`bills[${i}].facilityLevel`, b.facilityLevel || '', [{ key: '', label: t('anyLevel') }, ...w.levels])));
    }
    row.append(details, remove, el('div', { class: 'outcome', 'aria-live': 'polite' }));
    return row;
  }));
}

function expense(b) {
  const e = { amount: normalizeMoney(b.amount), kind: b.kind, facilityType: b.facilityType || 'hospital' };
  if (b.facilityLevel) e.facilityLevel = Number(b.facilityLevel);
  return e;
}

// ---------- several funders (a member bound by two authorizers, Ruian) ----------
/** The rules of the version in force, as the engine lists them. */
function rulesInForce() {
  const policy = policyById(state.policy);
  const v = vocabulary();
  return policy && v ? policy.versions.find((x) => x.validFrom === v.validFrom)?.rules : null;
}

/** A second funder is offered where the engine's profile lets a member hold two networks. */
const secondFunderOffered = () => (rulesInForce()?.networksPerMember?.value ?? 1) >= 2;
const twoFunders = () => state.fund2 != null && secondFunderOffered();
const funderNames = () => [state.founder.id, t('secondFunder')];

/** The fund part of a request: one fund, or the two funders in the order they were bound. */
function fundPart() {
  if (!twoFunders()) return { fund: { balance: normalizeMoney(state.fund), modes: state.modes } };
  const [first, second] = funderNames();
  return { funders: [
    { id: first, balance: normalizeMoney(state.fund), modes: state.modes },
    { id: second, balance: normalizeMoney(state.fund2), modes: state.modes },
  ] };
}

/** The funds' start, for the chart's first point: summed in fen (whole numbers), never in floats. */
function fundStart() {
  const fen = (x) => (/^\d+\.\d\d$/.test(x) ? BigInt(x.replace('.', '')) : 0n);
  const total = fen(normalizeMoney(state.fund)) + (twoFunders() ? fen(normalizeMoney(state.fund2)) : 0n);
  const text = total.toString().padStart(3, '0');
  return `${text.slice(0, -2)}.${text.slice(-2)}`;
}

/** Who paid what, where several funders were drawn: "我 ¥300.00" for each who paid. */
const paidFrom = (parts) => (parts || []).filter((f) => f.paid !== '0.00').map((f) => `${f.funderId} ${money(f.paid)}`).join('、') || '—';

function renderFunders() {
  const box = $('funders');
  document.querySelector('label[for="bill-fund"] span').textContent = twoFunders() ? t('fund1')(state.founder.id) : t('fund');
  if (!secondFunderOffered()) { box.replaceChildren(); return; }
  if (state.fund2 == null) {
    const add = el('button', { type: 'button', id: 'add-funder', text: t('addFunder') });
    add.addEventListener('click', () => { readForm(); state.fund2 = '1000.00'; renderFunders(); update(); });
    box.replaceChildren(add);
    return;
  }
  const input = el('input', { id: 'bill-fund2', class: 'money', inputmode: 'decimal', autocomplete: 'off', 'data-path': 'funders[1].balance' });
  input.value = /^\d+\.\d\d$/.test(normalizeMoney(state.fund2)) ? moneyField(normalizeMoney(state.fund2)) : state.fund2;
  input.addEventListener('input', () => { readForm(); update(); });
  input.addEventListener('change', () => { const n = normalizeMoney(input.value); if (/^\d+\.\d\d$/.test(n)) input.value = moneyField(n); });
  const remove = el('button', { type: 'button', class: 'remove', text: t('removeFunder') });
  remove.addEventListener('click', () => { readForm(); state.fund2 = null; renderFunders(); update(); });
  box.replaceChildren(el('div', { class: 'row' }, el('label', { for: 'bill-fund2' }, el('span', { text: t('fund2') })), input), remove);
}

function project() {
  const policy = policyById(state.policy);
  const w = words();
  $('bill-error').hidden = true;
  const wrap = (x) => ({ memberId: x.member, expense: expense(x) });
  const clear = () => { $('projection-figure').hidden = true; $('projection-table').replaceChildren(); $('projection-chart').replaceChildren(); };
  document.querySelectorAll('.bill-row .outcome').forEach((o) => o.replaceChildren());
  if (!state.bills.length || !state.members.length) { clear(); return; }
  let r;
  try {
    r = gongji.projectSettlements({ policy: state.policy, asOf: state.asOf, lang: state.lang, ...fundPart(),
      members: state.members.map(memberRequest), expenses: state.bills.map(wrap) });
  } catch (e) {
    if (!(e instanceof gongji.GongjiError)) throw e;
    clear();
    showFieldError(e, $('bill-error'));
    return;
  }
  r.steps.forEach((s, i) => {
    const out = document.querySelector(`.bill-row[data-bill="${i}"] .outcome`);
    if (!out) return;
    const from = r.funders ? ` · ${t('paidFrom')} ${paidFrom(s.funders)}` : '';
    const paid = `${lookup(w.parts, 'family')} ${money(s.split.family)}${from} · ${lookup(w.parts, 'cash')} ${money(s.split.cash)}`;
    out.append(el('div', { class: s.allowed ? 'ok' : 'no', text: s.allowed ? `✓ ${paid}` : `✗ ${t('allowedNo')} · ${paid}` }),
      el('ul', { class: 'steps' }, ...s.findings.map((f) => el('li', { 'data-code': f.code, text: f.message }))));
  });
  const partKeys = ['ownCurrent', 'ownHistorical', 'family', 'cash'];
  const th = (text, cls) => el('th', { scope: 'col', class: cls, text });
  $('projection-table').replaceChildren(
    el('caption', { class: 'visually-hidden', text: t('chartCaption') }),
    el('thead', {}, el('tr', {}, th('#'), th(t('who')), th(t('kindLabel')), th(t('amount'), 'amount'), ...partKeys.map((k) => th(lookup(w.parts, k), 'amount')),
      ...(r.funders ? [th(t('paidFrom'))] : []), th(lookup(w.parts, 'fundAfter'), 'amount'))),
    el('tbody', {}, ...r.steps.map((s, i) => el('tr', {},
      el('td', { text: String(i + 1) }), el('td', { text: s.memberId }), el('td', { text: lookup(w.kinds, state.bills[i].kind) }),
      el('td', { class: 'amount', text: money(normalizeMoney(state.bills[i].amount)) }),
      ...partKeys.map((k) => el('td', { class: 'amount', 'data-part': k, text: money(s.split[k]) })),
      ...(r.funders ? [el('td', { 'data-part': 'paidFrom', text: paidFrom(s.funders) })] : []),
      el('td', { class: 'amount', 'data-part': 'fundAfter', text: money(s.fundAfter) })))),
    el('tfoot', {}, el('tr', {}, el('th', { scope: 'row', colspan: '6', text: `${t('total')} · ${lookup(w.parts, 'family')}` }),
      el('td', { class: 'amount', text: money(r.familyTotal) }), ...(r.funders ? [el('td')] : []), el('td'), el('td', { class: 'amount', text: money(r.fundEnd) }))));
  drawChart(fundStart(), r.steps);
  void policy;
}

/** The fund after each bill: labelled axes, ticks in yuan; the table above is its text. */
function drawChart(start, steps) {
  const labels = [start, ...steps.map((s) => s.fundAfter)];
  const values = labels.map(Number); // drawing only: the printed numbers are the engine's strings
  const max = Math.max(...values, 1);
  const w = 340, h = 220, left = 70, right = 12, top = 14, bottom = 44;
  const X = (i) => left + (i * (w - left - right)) / Math.max(values.length - 1, 1);
  const Y = (v) => top + (1 - v / max) * (h - top - bottom);
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', `0 0 ${w} ${h}`);
  svg.setAttribute('class', 'chart');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', 'chart-caption');
  const add = (tag, attrs, text) => {
    const n = document.createElementNS(ns, tag);
    Object.entries(attrs).forEach(([k, v]) => n.setAttribute(k, v));
    if (text !== undefined) n.textContent = text;
    svg.append(n);
    return n;
  };
  add('line', { x1: left, y1: top, x2: left, y2: h - bottom, class: 'axis' });
  add('line', { x1: left, y1: h - bottom, x2: w - right, y2: h - bottom, class: 'axis' });
  const maxLabel = labels[values.indexOf(max)] ?? String(max);
  add('text', { x: left - 4, y: Y(max) + 4, 'text-anchor': 'end' }, money(maxLabel).replace(/\.00$/, ''));
  add('text', { x: left - 4, y: h - bottom + 4, 'text-anchor': 'end' }, '¥0');
  // A middle tick, rounded to the yuan: a drawing aid; the exact amounts are in the table.
  const mid = Math.round(max / 2);
  add('line', { x1: left - 3, y1: Y(mid), x2: left, y2: Y(mid), class: 'axis' });
  add('text', { x: left - 4, y: Y(mid) + 4, 'text-anchor': 'end' }, `¥${String(mid).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`);
  values.forEach((_, i) => add('text', { x: X(i), y: h - bottom + 14, 'text-anchor': 'middle' }, i === 0 ? t('start') : String(i)));
  add('text', { x: (left + w - right) / 2, y: h - 6, 'text-anchor': 'middle' }, t('billAxis'));
  add('text', { x: 12, y: (top + h - bottom) / 2, 'text-anchor': 'middle', transform: `rotate(-90 12 ${(top + h - bottom) / 2})` }, t('fundAxis'));
  add('polyline', { points: values.map((v, i) => `${X(i).toFixed(1)},${Y(v).toFixed(1)}`).join(' '), class: 'line' });
  values.forEach((v, i) => add('circle', { cx: X(i).toFixed(1), cy: Y(v).toFixed(1), r: 3 }));
  $('projection-chart').replaceChildren(svg);
  $('projection-figure').hidden = false;
}

/** One bill in detail: the bar (with its text), the parts, the flags, the national field names for integrators. */
function previewSelected() {
  const policy = policyById(state.policy);
  const w = words();
  const b = state.bills[state.selected] || state.bills[0];
  const m = b && state.members.find((x) => x.id === b.member);
  const clear = () => { $('bill-bar').replaceChildren(); $('bill-split').replaceChildren(); $('bill-findings').replaceChildren(); $('nhsa-fields').replaceChildren(); };
  if (!m) { clear(); return; }
  let p;
  try {
    p = gongji.previewSettlement({ policy: state.policy, asOf: state.asOf, lang: state.lang, member: memberRequest(m),
      ...fundPart(), expense: expense(b) });
  } catch (e) {
    if (!(e instanceof gongji.GongjiError)) throw e;
    clear();
    return; // the projection above shows the error beside its field
  }
  const parts = [['ownCurrent', 'var(--own-current)'], ['ownHistorical', 'var(--own-historical)'], ['family', 'var(--family)'], ['cash', 'var(--cash)']];
  const alt = parts.map(([k]) => `${lookup(w.parts, k)} ${money(p.split[k])}`).join(state.lang === 'en' ? '; ' : '；');
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 300 28');
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.setAttribute('class', 'bar');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `${t('paidBy')}：${alt}`);
  const total = parts.reduce((s, [k]) => s + Number(p.split[k]), 0) || 1; // widths only
  let x = 0;
  for (const [k, color] of parts) {
    const width = (Number(p.split[k]) / total) * 300;
    if (width <= 0) continue;
    const r = document.createElementNS(ns, 'rect');
    Object.entries({ x, y: 0, width, height: 28, 'data-part': k }).forEach(([a, v]) => r.setAttribute(a, v));
    r.style.fill = color;
    svg.append(r);
    x += width;
  }
  const legend = el('ul', { class: 'legend', 'aria-hidden': 'true' }, ...parts.map(([k, color]) => {
    const li = el('li', { text: `${lookup(w.parts, k)} ${money(p.split[k])}` });
    li.style.setProperty('--c', color);
    return li;
  }));
  $('bill-bar').replaceChildren(el('p', { class: 'help bill-caption', text: `${t('billN')(state.selected + 1)} · ${b.member} · ${lookup(w.kinds, b.kind)} · ${money(normalizeMoney(b.amount))} · ${t(p.allowed ? 'allowedYes' : 'allowedNo')}` }), svg, legend);
  const row = (label, amount, part) => el('tr', {}, el('th', { scope: 'row', text: label }), el('td', { class: 'amount', 'data-part': part, text: amount }));
  const yesNo = (v) => lookup(w.answers, String(v));
  $('bill-split').replaceChildren(
    ...parts.map(([k]) => row(lookup(w.parts, k), money(p.split[k]), k)),
    ...(p.funders ? [row(t('paidFrom'), paidFrom(p.funders), 'paidFrom')] : []),
    row(lookup(w.parts, 'fundAfter'), money(p.fundAfter), 'fundAfter'),
    ...Object.entries(p.nhsa).map(([k, v]) => row(lookup(w.nhsa, k), money(v), `nhsa-${k}`)),
    ...Object.entries(p.flags).map(([k, v]) => row(lookup(w.flags, k), yesNo(v), `flag-${k}`)));
  $('bill-findings').replaceChildren(...p.findings.map((f) => finding(policy, f)));
  $('nhsa-fields').replaceChildren(
    el('tr', {}, el('th', { scope: 'col', text: t('field') }), el('th', { scope: 'col', text: t('meaning') }), el('th', { scope: 'col', class: 'amount', text: t('amount') })),
    ...Object.entries(p.nhsa).map(([k, v]) => el('tr', {}, el('td', {}, el('code', { text: k })), el('td', { text: lookup(w.nhsa, k) }), el('td', { class: 'amount', text: v }))));
  $('codes').replaceChildren(...p.findings.map((f) => el('li', {}, el('code', { text: f.code }), ` ${f.path ?? ''}`)));
}

// ---------- next steps, regions, rules ----------
function renderNext() {
  const policy = policyById(state.policy);
  $('next-steps').replaceChildren(...(policy?.nextSteps || []).map((s) => el('li', {},
    el('span', { text: inLang(s.text) }), ' ', el('span', { class: 'source', text: `（${citation(policy, s.source)}）` }))));
}

function regionVerdict(p) {
  const v = p.versions.find((x) => x.validFrom <= state.asOf && (!x.validUntil || x.validUntil >= state.asOf));
  const asOf = v ? state.asOf : p.versions[p.versions.length - 1].validFrom;
  try { return gongji.checkNetwork(networkRequest(p.id, asOf)); } catch { return null; }
}

function renderRegions(current) {
  const w = words();
  const people = [state.founder, ...state.members];
  const okOf = (check, i) => (check ? (i === 0 ? check.founder : check.members[i - 1]).eligible : false);
  $('regions').replaceChildren(...POLICIES.map((p) => {
    const check = p.id === state.policy ? current : regionVerdict(p);
    const card = el('li', { class: `region${p.id === state.policy ? ' current' : ''}`, 'data-region': p.id });
    card.append(el('h3', { text: `${check?.ok ? '✓' : '✗'} ${p.name[state.lang]}${p.id === state.policy ? `（${t('here')}）` : ''}` }),
      el('ul', {}, ...people.map((x, i) => {
        const ok = okOf(check, i);
        const differs = current && p.id !== state.policy && ok !== okOf(current, i);
        const c = check && (i === 0 ? check.founder : check.members[i - 1]);
        const why = c && !ok ? c.findings.filter((f) => f.severity === 'error').map((f) => lookup(w.findings, f.code)).join(t('sep')) : '';
        return el('li', { class: `${ok ? 'ok' : 'no'}${differs ? ' differs' : ''}` },
          el('span', { class: 'mark', text: ok ? '✓' : '✗' }), ` ${x.id}${why ? `：${why}` : ''}`,
          differs ? el('span', { class: 'visually-hidden', text: `（${t('differs')}）` }) : null);
      })));
    return card;
  }));
}

function renderRules() {
  const policy = policyById(state.policy);
  const v = vocabulary();
  const dl = $('rules');
  dl.replaceChildren();
  if (!v || !policy) return;
  const version = policy.versions.find((x) => x.validFrom === v.validFrom);
  dl.append(el('dt', { text: t('effective')(v.validFrom) }), el('dd', { text: inLang(version?.since.value) }),
    el('dd', { class: 'source', text: citation(policy, version?.since.source) }));
  for (const r of v.labels.rules) {
    dl.append(el('dt', { text: `${r.label}：${r.valueLabel}` }), el('dd', { class: 'source', text: `${t('basis')}${citation(policy, r.source)}` }));
    const note = inLang(version?.rules[r.key]?.note);
    // gongji's reading where the text is silent: for bureau staff, folded away.
    const bilingual = typeof version.rules[r.key].note === 'object';
    if (note) dl.append(el('dd', { class: 'note' }, el('details', {}, el('summary', { text: t('noteLabel') }), el('p', { lang: bilingual ? state.lang : 'en', text: note }))));
  }
}

// ---------- wiring ----------
function relabel() {
  document.documentElement.lang = state.lang;
  document.querySelectorAll('[data-t]').forEach((n) => { n.textContent = t(n.dataset.t); });
  $('lang').textContent = t('lang');
  $('lang').setAttribute('lang', state.lang === 'en' ? 'zh-CN' : 'en');
  $('policy').replaceChildren(...POLICIES.map((p) => el('option', { value: p.id, text: p.name[state.lang] })));
  $('policy').value = state.policy;
  $('asOf').value = state.asOf;
  renderPresets();
}

/** Everything that follows from the state: verdicts, bills, next steps, regions, rules. */
function update() {
  const check = renderVerdict();
  project();
  previewSelected();
  document.querySelectorAll('.bill-row [aria-pressed]').forEach((b) => b.setAttribute('aria-pressed', String(b.closest('.bill-row').dataset.bill === String(state.selected))));
  renderNext();
  renderRegions(check);
  renderRules();
  saveUrl();
}

function renderAll() {
  relabel();
  renderFamily();
  $('bill-fund').value = /^\d+\.\d\d$/.test(normalizeMoney(state.fund)) ? moneyField(normalizeMoney(state.fund)) : state.fund;
  renderFunders();
  $('show-existing').checked = state.existing !== null && state.existing !== undefined;
  $('existing').hidden = !$('show-existing').checked;
  if ($('show-existing').checked) $('existing-text').value = state.existing;
  else if (state.members[1]) $('existing-text').value = `${state.members[1].id}, member, net-grandpa`;
  renderBills();
  update();
}

async function start() {
  state = initialState();
  document.documentElement.lang = state.lang;
  try {
    gongji = await import('./gongji/index.js');
    await gongji.default();
    POLICIES = gongji.policies();
    performance.mark('gongji-engine-ready');
  } catch (e) {
    $('loading').className = 'failed';
    $('loading').setAttribute('role', 'alert');
    $('loading').textContent = `${TEXT[state.lang].loadFailed} (${e && e.message ? e.message : e})`;
    $('engine').textContent = '—';
    document.body.dataset.ready = 'failed';
    return;
  }
  // The engine in words (WebAssembly, or its JavaScript build); its code for integrators and tests.
  const engine = typeof gongji.engine === 'function' ? gongji.engine() : 'wasm';
  $('engine').dataset.engine = engine;
  $('engine').textContent = engine === 'js' ? 'JavaScript' : 'WebAssembly';
  if (!policyById(state.policy)) state.policy = POLICIES[0].id;
  withSample();
  fallbackWords = gongji.relationOptions({ policy: 'shanghai', asOf: '2025-01-01', lang: state.lang, labels: true }).labels;
  $('loading').remove();
  // The verdict first, painted before the rest of the page is drawn.
  relabel();
  renderFamily();
  renderVerdict();
  await new Promise((painted) => requestAnimationFrame(() => {
    performance.mark('gongji-first-verdict'); // read by the e2e suite (README: first verdict on screen)
    setTimeout(painted);
  }));
  document.querySelectorAll('main > section[hidden]').forEach((s) => { s.hidden = false; });
  renderAll();

  $('lang').addEventListener('click', () => {
    readForm();
    state.lang = state.lang === 'en' ? 'zh-CN' : 'en';
    fallbackWords = gongji.relationOptions({ policy: 'shanghai', asOf: '2025-01-01', lang: state.lang, labels: true }).labels;
    renderAll();
  });
  // A new region keeps the family and judges it again: what it refuses is shown, not deleted.
  $('policy').addEventListener('change', () => { readForm(); renderAll(); });
  $('asOf').addEventListener('change', () => { readForm(); renderAll(); });
  $('sample').addEventListener('click', () => {
    const family = sampleFamily(state.policy, state.lang);
    Object.assign(state, family, { bills: sampleBills(family.members), selected: 0 });
    renderAll();
  });
  $('add-member').addEventListener('click', () => {
    readForm();
    const n = state.members.length + 1;
    state.members.push({ id: t('nameDefault')(n), relation: nextRelation(), scheme: 'resident', region: state.founder.region, status: 'active' });
    renderFamily();
    renderBills();
    update();
    $(`member-${n - 1}`)?.querySelector('input')?.focus();
  });
  $('add-bill').addEventListener('click', () => {
    readForm();
    if (!state.members.length) return;
    state.bills.push({ member: state.members[0].id, kind: 'outpatient', facilityType: 'hospital', facilityLevel: '', amount: '' });
    renderBills();
    update();
  });
  for (const id of ['modes-payment', 'modes-premium']) $(id).addEventListener('change', () => { readForm(); update(); });
  $('show-existing').addEventListener('change', () => { $('existing').hidden = !$('show-existing').checked; readForm(); update(); });
  $('existing-text').addEventListener('input', () => { readForm(); update(); });
  $('bill-fund').addEventListener('input', () => { readForm(); update(); });
  $('bill-fund').addEventListener('change', () => { const n = normalizeMoney($('bill-fund').value); if (/^\d+\.\d\d$/.test(n)) $('bill-fund').value = moneyField(n); });
  $('print').addEventListener('click', () => window.print());
  document.body.dataset.ready = 'true';
}

start();
