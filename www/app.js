// The demo page: every verdict, split and rule shown here comes from the
// gongji wasm engine; this file only gathers form values into contract
// requests and draws the answers.
import init, * as gongji from './gongji/index.js';

const TEXT = {
  'zh-CN': {
    title: '家庭共济规则演示', policy: '地区与日期', region: '地区政策', asOf: '判断日期',
    rules: '本版本规则及出处', family: '组建家庭共济网', founder: '组建人', member: '成员',
    addMember: '添加成员', remove: '删除', modePayment: '共济支付', modePremium: '共济缴费',
    allRelations: '列出全部关系（测试拒绝）', notOffered: '本政策不提供',
    existing: '已知绑定关系（测试冲突）', existingHelp: '每行：人员 id, founder 或 member, 共济网 id',
    submit: '提交绑定', submitOk: '检查通过：可以提交（演示页不发送任何数据）', bill: '费用结算预览',
    kind: '费用类型', facilityType: '机构类型', facilityLevel: '机构等级', hospital: '医疗机构',
    pharmacy: '定点药店', amount: '金额（元）', fund: '共济资金余额', projection: '一年的共济资金',
    projectionHelp: '每行：成员 id, 费用类型, 金额（按结算先后）', compare: '各地规则对比',
    footer: '所有结论由 gongji 的 WebAssembly 引擎得出，并注明政策出处；本页不联网。',
    id: 'id', relation: '关系', scheme: '险种', employee: '职工医保', resident: '居民医保',
    regionCode: '参保地代码', status: '状态', active: '正常', suspended: '暂停', transferred: '已转出',
    historicalBalance: '历年账户', currentBalance: '当年账户', cap: '限额', idNumber: '身份证号',
    ownCurrent: '本人当年账户', ownHistorical: '本人历年账户', familyFund: '家庭共济资金', cash: '现金',
    fundAfter: '共济资金余额', allowed: '可用共济资金', yes: '是', no: '否', step: '笔',
    countsTowardDeductible: '计入起付线/自负段', inReliefSchemes: '纳入减负/救助', windowClaim: '须窗口报销',
    version: '版本', from: '起', note: '说明', none: '无', error: '错误', warning: '提示', info: '说明',
    aspect: '规则',
  },
  en: {
    title: 'Family mutual-aid rules', policy: 'Region and date', region: 'Policy', asOf: 'Judged on',
    rules: 'Rules of this version, with sources', family: 'Build a family network', founder: 'Founder', member: 'Member',
    addMember: 'Add a member', remove: 'Remove', modePayment: 'Payment mode', modePremium: 'Premium mode',
    allRelations: 'Every relation (to test refusals)', notOffered: 'not offered here',
    existing: 'Known bindings (to test conflicts)', existingHelp: 'One per line: person id, founder or member, network id',
    submit: 'Submit binding', submitOk: 'Checks passed: ready to submit (the demo sends nothing)', bill: 'Preview a bill',
    kind: 'Kind', facilityType: 'Facility', facilityLevel: 'Level', hospital: 'Hospital / clinic',
    pharmacy: 'Pharmacy', amount: 'Amount (yuan)', fund: 'Family fund balance', projection: 'A year of the family fund',
    projectionHelp: 'One per line, in settlement order: member id, kind, amount', compare: 'Regions compared',
    footer: 'Every answer comes from the gongji WebAssembly engine and cites its policy source; this page uses no network.',
    id: 'id', relation: 'Relation', scheme: 'Scheme', employee: 'Employee', resident: 'Resident',
    regionCode: 'Region code', status: 'Status', active: 'Active', suspended: 'Suspended', transferred: 'Transferred',
    historicalBalance: 'Historical', currentBalance: 'Current-year', cap: 'Cap', idNumber: 'ID number',
    ownCurrent: 'Own current-year', ownHistorical: 'Own historical', familyFund: 'Family fund', cash: 'Cash',
    fundAfter: 'Fund after', allowed: 'Fund may pay', yes: 'yes', no: 'no', step: 'bill',
    countsTowardDeductible: 'Counts toward deductible', inReliefSchemes: 'In relief schemes', windowClaim: 'Window claim',
    version: 'Version', from: 'from', note: 'Note', none: 'none', error: 'error', warning: 'warning', info: 'info',
    aspect: 'Rule',
  },
};
const KINDS = {
  outpatient: ['门诊', 'Outpatient'], inpatient: ['住院', 'Inpatient'], pharmacy: ['药店购药', 'Pharmacy'],
  vaccine: ['非免疫规划疫苗', 'Vaccine'], residentPremium: ['居民医保缴费', 'Resident premium'],
  commercialInsurance: ['商业健康保险', 'Commercial insurance'], longTermCarePremium: ['长护险缴费', 'LTC premium'],
  checkup: ['健康检查', 'Health check'], cosmetic: ['美容等非治疗性', 'Cosmetic'],
};

await init();
// Which engine answered: 'wasm', or 'js' where WebAssembly is off.
document.getElementById('engine').textContent = gongji.engine();
const ALL_POLICIES = gongji.policies();
const $ = (id) => document.getElementById(id);
const state = { lang: 'zh-CN', members: [] };
const t = (key) => TEXT[state.lang][key] ?? key;
const kindLabel = (k) => KINDS[k][state.lang === 'en' ? 1 : 0];
const el = (tag, attrs = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'text') node.textContent = v; else node.setAttribute(k, v);
  }
  node.append(...children);
  return node;
};
const policy = () => ALL_POLICIES.find((p) => p.id === $('policy').value);

// ---------- region, date, policy card ----------
function fillPolicies() {
  const select = $('policy');
  const current = select.value || 'shanghai';
  select.replaceChildren(...ALL_POLICIES.map((p) => el('option', { value: p.id, text: p.name[state.lang] })));
  select.value = current;
}

// Which version is in force on a day is the engine's decision: ask it.
function versionOn(p, day) {
  try {
    const { validFrom } = gongji.relationOptions({ policy: p.id, asOf: day });
    return p.versions.find((v) => v.validFrom === validFrom);
  } catch {
    return undefined; // DATE_NOT_COVERED: shown by the family check
  }
}

function citation(p, source) {
  if (!source) return '';
  const doc = p.documents.find((d) => d.id === source.doc);
  return `${doc ? doc.title : source.doc} · ${source.ref}`;
}

function renderPolicyCard() {
  const p = policy();
  const v = versionOn(p, $('asOf').value);
  const dl = $('rules');
  dl.replaceChildren();
  if (!v) return;
  // The engine's values as they are (no translation: the page decides no label of a rule).
  const show = (x) => (x === null ? t('none') : typeof x === 'object'
    ? Object.entries(x).map(([k, y]) => `${k}=${show(y)}`).join(', ') : String(x));
  const add = (name, rule) => {
    const uses = name === 'uses' && Array.isArray(rule.value);
    const value = uses ? rule.value.map((u) => u.kind).join(', ')
      : Array.isArray(rule.value) ? rule.value.map((x) => (x && x.kind) || show(x)).join(', ') : show(rule.value);
    dl.append(el('dt', { text: `${name}: ${value}` }), el('dd', { text: citation(p, rule.source) }));
    if (rule.note) dl.append(el('dd', { class: 'note', text: rule.note }));
    // Each use carries its own mode, full-payment rule and citation.
    if (uses) dl.append(el('dd', {}, el('ul', { class: 'uses' }, ...rule.value.map((u) => el('li', {
      text: `${u.kind} · ${u.mode}${u.fullPaymentOnly ? ' · fullPaymentOnly' : ''} — ${!u.source ? '' : rule.source && u.source.doc === rule.source.doc ? u.source.ref : citation(p, u.source)}` })))));
  };
  add(`${t('version')} ${v.validFrom} ${t('from')}`, v.since);
  for (const [name, rule] of Object.entries(v.rules)) add(name, rule);
}

// ---------- family builder ----------
const FIELDS = [
  ['scheme', 'select', ['employee', 'resident']],
  ['region', 'text'],
  ['status', 'select', ['active', 'suspended', 'transferred']],
  ['historicalBalance', 'text'],
  ['currentBalance', 'text'],
  ['idNumber', 'text'],
];

function fieldLabel(name) {
  return { region: t('regionCode') }[name] || t(name);
}

function input(path, kind, options, value) {
  const node = kind === 'select'
    ? el('select', { 'data-path': path }, ...options.map((o) => el('option', { value: o.value ?? o, text: o.label ?? t(o) })))
    : el('input', { 'data-path': path, inputmode: /Balance|cap/.test(path) ? 'decimal' : 'text' });
  node.value = value ?? (kind === 'select' ? (options[0].value ?? options[0]) : '');
  node.addEventListener('input', refresh);
  return node;
}

function personFields(box, prefix, person) {
  const fields = box.querySelector('.fields');
  fields.replaceChildren(...FIELDS.map(([name, kind, options]) =>
    el('label', {}, el('span', { text: fieldLabel(name) }), input(`${prefix}.${name}`, kind, options, person[name]))));
}

function relationOptions() {
  try {
    return gongji.relationOptions({ policy: $('policy').value, asOf: $('asOf').value, lang: state.lang }).options;
  } catch {
    return [];
  }
}

/** The contract's relation codes (DESIGN.md), offered only under "every relation" so a tester can see the engine refuse one. */
const ALL_RELATIONS = ['spouse', 'parent', 'child', 'spouseParent', 'sibling', 'grandparent', 'maternalGrandparent', 'grandchild', 'maternalGrandchild'];

function renderMembers() {
  const options = relationOptions().map((o) => ({ value: o.relation, label: o.label }));
  if ($('all-relations').checked) {
    for (const r of ALL_RELATIONS) if (!options.some((o) => o.value === r)) options.push({ value: r, label: `${r} (${t('notOffered')})` });
  }
  const box = $('members');
  box.replaceChildren(...state.members.map((m, i) => {
    const fs = el('fieldset', { class: 'person member', 'data-path': `members[${i}]` });
    const relation = input(`members[${i}].relation`, 'select', options.length ? options : [{ value: m.relation, label: m.relation }], m.relation);
    if (![...relation.options].some((o) => o.value === m.relation)) {
      relation.append(el('option', { value: m.relation, text: m.relation }));
      relation.value = m.relation;
    }
    const remove = el('button', { type: 'button', class: 'remove', text: t('remove') });
    remove.addEventListener('click', () => { readFamily(); state.members.splice(i, 1); renderMembers(); refresh(); });
    fs.append(
      el('legend', { text: `${t('member')} ${i + 1}` }),
      el('label', {}, el('span', { text: t('id') }), input(`members[${i}].id`, 'text', null, m.id)),
      el('label', {}, el('span', { text: t('relation') }), relation),
      el('div', { class: 'fields' }),
      el('label', {}, el('span', { text: t('cap') }), input(`members[${i}].cap`, 'text', null, m.cap)),
      remove, el('ul', { class: 'findings' }));
    personFields(fs, `members[${i}].person`, m);
    return fs;
  }));
  const billMember = $('bill-member');
  const chosen = billMember.value;
  billMember.replaceChildren(...state.members.map((m, i) => el('option', { value: String(i), text: `${m.id} (${m.relation})` })));
  if (chosen && Number(chosen) < state.members.length) billMember.value = chosen;
}

function value(path) {
  const node = document.querySelector(`[data-path="${path}"]`);
  return node ? node.value.trim() : '';
}

function readPerson(prefix, id) {
  const person = { id, scheme: value(`${prefix}.scheme`), region: value(`${prefix}.region`) };
  for (const name of ['status', 'historicalBalance', 'currentBalance', 'idNumber']) {
    const v = value(`${prefix}.${name}`);
    if (v) person[name] = v;
  }
  return person;
}

function readFamily() {
  state.founder = { ...readPerson('founder', 'founder') };
  state.members = state.members.map((m, i) => ({
    ...readPerson(`members[${i}].person`, value(`members[${i}].id`)),
    relation: value(`members[${i}].relation`),
    cap: value(`members[${i}].cap`),
  }));
}

function memberRequest(m) {
  const { relation, cap, ...person } = m;
  const member = { relation, person };
  if (cap) member.cap = cap;
  return member;
}

function modes() {
  return [['payment', 'modes-payment'], ['premium', 'modes-premium']].filter(([, id]) => $(id).checked).map(([m]) => m);
}

function existing() {
  if (!$('show-existing').checked) return [];
  return $('existing-text').value.split('\n').map((l) => l.split(',').map((s) => s.trim())).filter((p) => p.length === 3 && p[0])
    .map(([personId, role, networkId]) => ({ personId, role, networkId }));
}

function networkRequest() {
  return {
    policy: $('policy').value, asOf: $('asOf').value, lang: state.lang,
    founder: state.founder, members: state.members.map(memberRequest), modes: modes(), existing: existing(),
  };
}

function renderFindings(list, findings) {
  const p = policy();
  list.replaceChildren(...findings.map((f) => el('li', { class: `finding ${f.severity}`, 'data-code': f.code },
    el('b', { text: `${t(f.severity)} ${f.code}` }), ' ', f.message,
    ...(f.hint ? [el('div', { class: 'hint', text: `→ ${f.hint}` })] : []),
    ...(f.source ? [el('div', { class: 'source', text: citation(p, f.source) })] : []))));
}

function showError(box, error) {
  // A contract error names the field: mark it, and say it beside the form.
  document.querySelectorAll('.bad').forEach((n) => n.classList.remove('bad'));
  document.querySelectorAll('.field-error').forEach((n) => n.remove());
  box.hidden = true;
  if (!error) return;
  const text = `${error.code}${error.path ? ` (${error.path})` : ''}: ${error.message}`;
  const field = error.path && document.querySelector(`[data-path="${error.path.replace(/\.person\.id$/, '.id').replace(/^founder\.id$/, '')}"]`);
  if (field) {
    // Beside the field the path names; the general box only when no field matches.
    field.classList.add('bad');
    (field.closest('label') || field).after(el('p', { class: 'error field-error', 'data-code': error.code, text: `${error.code}: ${error.message}` }));
  } else {
    box.hidden = false;
    box.textContent = text;
  }
}

function checkFamily() {
  let check = null;
  try {
    check = gongji.checkNetwork(networkRequest());
    showError($('policy-error'), null);
  } catch (e) {
    if (!(e instanceof gongji.GongjiError)) throw e;
    showError($('policy-error'), e);
  }
  renderFindings(document.querySelector('#founder .findings'), check ? check.founder.findings : []);
  document.querySelectorAll('#members .member').forEach((box, i) =>
    renderFindings(box.querySelector('.findings'), check ? check.members[i].findings : []));
  renderFindings($('network-findings'), check ? check.findings : []);
  $('submit').disabled = !check || !check.ok;
  $('submit-status').textContent = '';
}

// ---------- bill preview ----------
function fmtRow(label, amount) {
  return el('tr', {}, el('th', { text: label }), el('td', { text: amount }));
}

/** The stacked bar: widths are drawing only; the legend prints the engine's exact strings. */
function drawBar(split) {
  const parts = [['ownCurrent', '#5b8def'], ['ownHistorical', '#2f5fbf'], ['family', '#2e9e6b'], ['cash', '#d98c2b']];
  const total = parts.reduce((s, [k]) => s + Number(split[k]), 0) || 1;
  let x = 0;
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 300 28');
  svg.setAttribute('preserveAspectRatio', 'none'); // stretch to the section's width
  svg.setAttribute('class', 'bar');
  for (const [k, color] of parts) {
    const w = (Number(split[k]) / total) * 300;
    if (w <= 0) continue;
    const r = document.createElementNS(svg.namespaceURI, 'rect');
    Object.entries({ x, y: 0, width: w, height: 28, fill: color, 'data-part': k }).forEach(([a, v]) => r.setAttribute(a, v));
    const title = document.createElementNS(svg.namespaceURI, 'title');
    title.textContent = `${t(k === 'family' ? 'familyFund' : k)} ${split[k]}`;
    r.append(title);
    svg.append(r);
    x += w;
  }
  $('bill-bar').replaceChildren(svg);
  $('bill-legend').replaceChildren(...parts.map(([k, color]) => {
    const li = el('li', { text: `${t(k === 'family' ? 'familyFund' : k)} ${split[k]}` });
    li.style.setProperty('--c', color);
    return li;
  }));
}

function previewBill() {
  const i = Number($('bill-member').value || 0);
  const m = state.members[i];
  const table = $('bill-split');
  if (!m) { table.replaceChildren(); $('bill-bar').replaceChildren(); $('bill-legend').replaceChildren(); renderFindings($('bill-findings'), []); return; }
  const expense = { amount: $('bill-amount').value.trim(), kind: $('bill-kind').value, facilityType: $('bill-facility-type').value };
  if ($('bill-facility-level').value) expense.facilityLevel = Number($('bill-facility-level').value);
  try {
    const p = gongji.previewSettlement({
      policy: $('policy').value, asOf: $('asOf').value, lang: state.lang, member: memberRequest(m),
      fund: { balance: $('bill-fund').value.trim(), modes: modes() }, expense,
    });
    $('bill-error').hidden = true;
    drawBar(p.split);
    table.replaceChildren(
      fmtRow(t('ownCurrent'), p.split.ownCurrent), fmtRow(t('ownHistorical'), p.split.ownHistorical),
      fmtRow(t('familyFund'), p.split.family), fmtRow(t('cash'), p.split.cash),
      fmtRow(t('fundAfter'), p.fundAfter), fmtRow(t('allowed'), t(p.allowed ? 'yes' : 'no')),
      ...Object.entries(p.flags).map(([k, v]) => fmtRow(t(k), t(v ? 'yes' : 'no'))),
      ...Object.entries(p.nhsa).map(([k, v]) => fmtRow(k, v)));
    table.querySelectorAll('td').forEach((td, n) => td.setAttribute('data-part', ['ownCurrent', 'ownHistorical', 'family', 'cash', 'fundAfter'][n] || ''));
    renderFindings($('bill-findings'), p.findings);
  } catch (e) {
    if (!(e instanceof gongji.GongjiError)) throw e;
    // No stale answer beside an error: the split shown is always the engine's answer to the form as it is.
    table.replaceChildren(); $('bill-bar').replaceChildren(); $('bill-legend').replaceChildren(); renderFindings($('bill-findings'), []);
    $('bill-error').hidden = false;
    $('bill-error').textContent = `${e.code}${e.path ? ` (${e.path})` : ''}: ${e.message}`;
  }
}

// ---------- projection ----------
function sampleYear() {
  const ids = state.members.map((m) => m.id);
  const a = ids[0] || 'member', b = ids[1] || a;
  return [[a, 'outpatient', '320.00'], [b, 'pharmacy', '86.50'], [a, 'inpatient', '2400.00'], [b, 'outpatient', '150.00'],
    [a, 'pharmacy', '233.10'], [b, 'inpatient', '1800.00'], [a, 'outpatient', '95.00'], [b, 'pharmacy', '412.40']]
    .map((r) => r.join(', ')).join('\n');
}

/** The fund's balance after each bill, with its start and largest value on the y axis. */
function drawLine(start, steps) {
  const values = [Number(start), ...steps.map((s) => Number(s.fundAfter))];
  const labels = [start, ...steps.map((s) => s.fundAfter)];
  const max = Math.max(...values, 1);
  const w = 320, h = 140, left = 44, right = 8, top = 10, bottom = 20;
  const X = (i) => left + (i * (w - left - right)) / Math.max(values.length - 1, 1);
  const Y = (v) => top + (1 - v / max) * (h - top - bottom);
  const pts = values.map((v, i) => `${X(i).toFixed(1)},${Y(v).toFixed(1)}`);
  const maxLabel = labels[values.indexOf(max)] ?? String(max);
  const axis = `<line x1="${left}" y1="${top}" x2="${left}" y2="${h - bottom}" stroke="#b8c2cc"/>`
    + `<line x1="${left}" y1="${h - bottom}" x2="${w - right}" y2="${h - bottom}" stroke="#b8c2cc"/>`
    + `<text x="${left - 4}" y="${Y(max) + 4}" text-anchor="end">${maxLabel}</text>`
    + `<text x="${left - 4}" y="${h - bottom + 4}" text-anchor="end">0</text>`
    + values.map((_, i) => `<text x="${X(i)}" y="${h - 6}" text-anchor="middle">${i}</text>`).join('');
  $('projection-chart').innerHTML = `<svg viewBox="0 0 ${w} ${h}" class="line" role="img" aria-label="${t('fundAfter')}">${axis}`
    + `<polyline points="${pts.join(' ')}" fill="none" stroke="#2e9e6b" stroke-width="2"/>${
    pts.map((p, i) => `<circle cx="${p.split(',')[0]}" cy="${p.split(',')[1]}" r="3" fill="#2e9e6b"><title>${labels[i]}</title></circle>`).join('')}</svg>`;
}

function project() {
  const expenses = $('projection-text').value.split('\n').map((l) => l.split(',').map((s) => s.trim())).filter((p) => p[0])
    .map(([memberId, kind, amount]) => ({ memberId, expense: { amount: amount || '', kind: kind || '' } }));
  try {
    const r = gongji.projectSettlements({
      policy: $('policy').value, asOf: $('asOf').value, lang: state.lang,
      fund: { balance: $('bill-fund').value.trim(), modes: modes() }, members: state.members.map(memberRequest), expenses,
    });
    $('projection-error').hidden = true;
    drawLine($('bill-fund').value.trim(), r.steps);
    $('projection-table').replaceChildren(
      el('tr', {}, ...['#', t('member'), t('ownCurrent'), t('ownHistorical'), t('familyFund'), t('cash'), t('fundAfter')].map((h) => el('th', { text: h }))),
      ...r.steps.map((s, i) => el('tr', {}, ...[String(i + 1), s.memberId, s.split.ownCurrent, s.split.ownHistorical, s.split.family, s.split.cash, s.fundAfter]
        .map((c) => el('td', { text: c })))));
  } catch (e) {
    if (!(e instanceof gongji.GongjiError)) throw e;
    $('projection-chart').replaceChildren(); $('projection-table').replaceChildren();
    $('projection-error').hidden = false;
    $('projection-error').textContent = `${e.code}${e.path ? ` (${e.path})` : ''}: ${e.message}`;
  }
}

// ---------- compare regions ----------
function renderCompare() {
  const day = $('asOf').value;
  const cols = ALL_POLICIES.map((p) => ({ p, v: versionOn(p, day) || p.versions[p.versions.length - 1] }));
  const rows = [
    [t('relation'), ({ p, v }) => gongji.relationOptions({ policy: p.id, asOf: v.validFrom, lang: state.lang }).options.map((o) => o.label).join(state.lang === 'en' ? ', ' : '、')],
    ['founderMinHistorical', ({ v }) => v.rules.founderMinHistorical.value],
    ['memberArea', ({ v }) => v.rules.memberArea.value],
    ['maxMembers', ({ v }) => v.rules.maxMembers.value ?? t('none')],
    ['networksPerMember', ({ v }) => v.rules.networksPerMember.value],
    ['fund', ({ v }) => v.rules.fund.value],
    ['perMemberCap', ({ v }) => t(v.rules.perMemberCap.value ? 'yes' : 'no')],
    ['ownAccountOrder', ({ v }) => v.rules.ownAccountOrder.value.join(' → ')],
    ['shortfall', ({ v }) => v.rules.shortfall.value],
    ['modes', ({ v }) => v.rules.modes.value.join(', ')],
    ['uses', ({ v }) => v.rules.uses.value.map((u) => kindLabel(u.kind)).join(state.lang === 'en' ? ', ' : '、')],
    ['residentFacilities', ({ v }) => (v.rules.residentFacilities ? `≤ ${v.rules.residentFacilities.value.maxLevel}` : t('none'))],
    ['memberSees', ({ v }) => v.rules.memberSees.value],
  ];
  $('compare').replaceChildren(
    el('tr', {}, el('th', { text: t('aspect') }), ...cols.map(({ p, v }) => el('th', { text: `${p.name[state.lang]} (${v.validFrom})` }))),
    ...rows.map(([name, cell]) => el('tr', {}, el('th', { text: name }), ...cols.map((c) => el('td', { text: String(cell(c)) })))));
}

// ---------- wiring ----------
const SAMPLE = {
  shanghai: ['310104', [['spouse', 'employee', '310115'], ['child', 'resident', '310104']]],
  jiangsu: ['320505', [['parent', 'resident', '320902'], ['child', 'resident', '320505']]],
  guangdong: ['440106', [['spouse', 'employee', '440106'], ['parent', 'resident', '440304']]],
  dongying: ['370502', [['spouseParent', 'resident', '370521'], ['child', 'resident', '370502']]],
  ruian: ['330381', [['parent', 'resident', '330381'], ['spouse', 'employee', '330302']]],
};

function loadSample() {
  const [region, members] = SAMPLE[$('policy').value] || SAMPLE.shanghai;
  state.founder = { id: 'founder', scheme: 'employee', region, historicalBalance: '5000.00', currentBalance: '600.00' };
  state.members = members.map(([relation, scheme, r], i) => ({
    id: ['spouse', 'parent', 'child', 'spouseParent'].includes(relation) ? `${relation}${i + 1}` : `m${i + 1}`,
    relation, scheme, region: r,
    ...(scheme === 'employee' ? { historicalBalance: '120.00', currentBalance: '80.00' } : {}),
  }));
  personFields($('founder'), 'founder', state.founder);
  renderMembers();
  $('projection-text').value = sampleYear();
}

function refresh() {
  readFamily();
  checkFamily();
  previewBill();
  project();
}

function relabel() {
  document.documentElement.lang = state.lang;
  document.querySelectorAll('[data-t]').forEach((n) => { n.textContent = t(n.dataset.t); });
  $('lang').textContent = state.lang === 'en' ? '中文' : 'EN';
  const kind = $('bill-kind').value || 'pharmacy';
  $('bill-kind').replaceChildren(...Object.keys(KINDS).map((k) => el('option', { value: k, text: kindLabel(k) })));
  $('bill-kind').value = kind;
  fillPolicies();
  readFamily();
  personFields($('founder'), 'founder', state.founder);
  renderMembers();
  renderPolicyCard();
  renderCompare();
  refresh();
}

$('asOf').value = new Date().toISOString().slice(0, 10);
fillPolicies();
loadSample();
relabel();
$('lang').addEventListener('click', () => { state.lang = state.lang === 'en' ? 'zh-CN' : 'en'; relabel(); });
$('policy').addEventListener('change', () => { loadSample(); relabel(); });
$('asOf').addEventListener('change', () => { readFamily(); renderMembers(); renderPolicyCard(); renderCompare(); refresh(); });
$('add-member').addEventListener('click', () => {
  readFamily();
  state.members.push({ id: `m${state.members.length + 1}`, relation: relationOptions()[0]?.relation || 'spouse', scheme: 'resident', region: state.founder.region });
  renderMembers();
  refresh();
});
$('all-relations').addEventListener('change', () => { readFamily(); renderMembers(); refresh(); });
for (const id of ['modes-payment', 'modes-premium', 'show-existing']) $(id).addEventListener('change', () => {
  $('existing').hidden = !$('show-existing').checked;
  refresh();
});
for (const id of ['existing-text', 'bill-amount', 'bill-fund', 'projection-text']) $(id).addEventListener('input', refresh);
for (const id of ['bill-member', 'bill-kind', 'bill-facility-type', 'bill-facility-level']) $(id).addEventListener('change', previewBill);
$('submit').addEventListener('click', () => { $('submit-status').textContent = t('submitOk'); });
document.body.dataset.ready = 'true';
