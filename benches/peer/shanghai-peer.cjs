// BASELINE, NOT gongji: what a front-end team would write instead of gongji
// for one region — Shanghai's rules (sh-faq) hard-coded in plain objects,
// money in decimal.js, zh-CN messages in template strings — giving THE SAME
// ANSWER gongji gives (messages, hints, paths, citations, flags, nhsa), so
// that timing the two compares like with like. It covers previewSettlement
// for bills paid in payment mode (outpatient, inpatient, pharmacy; other
// kinds are refused as gongji refuses them) and checkNetwork's founder,
// member, existing-binding and mode checks; not premiums, ID-number
// plausibility or English. The benches assert deep equality with gongji on
// the benchmark inputs and a few more before timing it.
'use strict';
const Decimal = require('decimal.js');

const SH = {
  name: '上海 随申办',
  versionFrom: '2022-01-01',
  area: '31',
  relations: ['spouse', 'parent', 'child'],
  memberSchemes: ['employee', 'resident'],
  modes: ['payment', 'premium'],
  founderMinHistorical: new Decimal('0.01'),
  payments: { outpatient: 'Q10', inpatient: 'Q10', pharmacy: 'Q17' },
  premiums: ['residentPremium', 'commercialInsurance'],
  premiumDeadline: [12, 19],
};
const src = (ref) => ({ doc: 'sh-faq', ref });
const RELATION = {
  spouse: '配偶', parent: '父母', child: '子女', spouseParent: '配偶的父母', sibling: '兄弟姐妹',
  grandparent: '祖父母', maternalGrandparent: '外祖父母', grandchild: '孙子女', maternalGrandchild: '外孙子女',
};
const KIND = {
  outpatient: '门诊自负费用', inpatient: '住院自负费用', pharmacy: '定点药店购药', vaccine: '非免疫规划疫苗',
  residentPremium: '城乡居民医保个人缴费', commercialInsurance: '商业健康保险', longTermCarePremium: '长期护理保险个人缴费',
  checkup: '健康检查', cosmetic: '整形美容等非治疗性费用',
};
const SCHEME = { employee: '职工医保', resident: '城乡居民医保' };
const AREA = `上海市（${SH.area}）`;
// Where a person is insured, named as gongji names it: a team would keep a
// table of names; the peer holds only those of the benchmark's regions.
const PLACES = { 31: '上海市', 3205: '江苏省苏州市' };
const place = (code) => {
  const name = PLACES[code.slice(0, 4)] ?? PLACES[code.slice(0, 2)];
  return name ? `${name}（${code}）` : code;
};
const yuan = (d) => d.toFixed(2);
const local = (region) => region.startsWith(SH.area);
const finding = (code, severity, message, extra) => ({ code, severity, message, ...extra });

/** A member's own eligibility, as on the binding form. */
function memberFindings(member, at) {
  const out = [];
  const p = member.person;
  if (!SH.relations.includes(member.relation)) {
    out.push(finding('RELATION_NOT_ADMITTED', 'error', `${SH.name}（${SH.versionFrom} 起施行版本）不允许绑定${RELATION[member.relation]}`,
      { hint: `可绑定：${SH.relations.map((r) => RELATION[r]).join('、')}`, path: `${at}.relation`, source: src('Q8') }));
  }
  if (!SH.memberSchemes.includes(p.scheme)) {
    out.push(finding('MEMBER_SCHEME_NOT_ADMITTED', 'error', `共济成员不能是${SCHEME[p.scheme]}参保人`, { path: `${at}.person.scheme`, source: src('Q8') }));
  }
  if (!local(p.region)) {
    out.push(finding('MEMBER_OUTSIDE_AREA', 'error', `共济成员须在${AREA}参保，当前参保地为${place(p.region)}`,
      { hint: `成员在${AREA}参保后可加入`, path: `${at}.person.region`, source: src('Q8') }));
  }
  if (p.status && p.status !== 'active') {
    out.push(finding('MEMBER_NOT_ACTIVE', 'error', '共济成员须正常参保缴费', { hint: '恢复正常参保后可加入', path: `${at}.person.status`, source: src('Q8') }));
  }
  if (member.cap !== undefined) {
    out.push(finding('CAP_NOT_IN_POLICY', 'warning', '本政策没有单个成员的使用限额，填写的限额不生效', { path: `${at}.cap`, source: src('Q18') }));
  }
  return out;
}

function previewSettlement(req) {
  const { member, fund, expense } = req;
  const p = member.person;
  const amount = new Decimal(expense.amount);
  const balance = new Decimal(fund.balance);
  const findings = memberFindings(member, 'member');
  const ref = SH.payments[expense.kind];
  if (!ref && !SH.premiums.includes(expense.kind)) {
    findings.push(finding('KIND_NOT_COVERED', 'error', `家庭共济资金不能用于${KIND[expense.kind]}`,
      { hint: '此项费用由本人账户或现金支付', path: 'expense.kind', source: src('Q10') }));
  } else if (ref && !(fund.modes || []).includes('payment')) {
    findings.push(finding('MODE_NOT_CHOSEN', 'error', '组建人尚未选择“共济支付”方式，成员不能以此使用共济资金',
      { hint: '组建人选择“共济支付”后可用', path: 'fund.modes', source: src('Q10') }));
  }
  const allowed = !findings.some((f) => f.severity === 'error');

  let left = amount;
  let ownCurrent = new Decimal(0), ownHistorical = new Decimal(0);
  if (p.scheme === 'employee') {
    ownCurrent = Decimal.min(left, new Decimal(p.currentBalance || '0')); left = left.minus(ownCurrent);
    ownHistorical = Decimal.min(left, new Decimal(p.historicalBalance || '0')); left = left.minus(ownHistorical);
  }
  const family = Decimal.min(left, allowed ? balance : new Decimal(0));
  left = left.minus(family);
  const fundAfter = balance.minus(family);

  const step = (code, message) => findings.push(finding(code, 'info', message, { source: src('Q10') }));
  if (!ownCurrent.isZero()) step('STEP_OWN_CURRENT', `本人当年账户支付 ${yuan(ownCurrent)} 元`);
  if (!ownHistorical.isZero()) step('STEP_OWN_HISTORICAL', `本人历年账户支付 ${yuan(ownHistorical)} 元`);
  if (!family.isZero()) step('STEP_FAMILY', `家庭共济资金支付 ${yuan(family)} 元，余 ${yuan(fundAfter)} 元`);
  if (!left.isZero()) step('STEP_CASH', `现金支付 ${yuan(left)} 元`);
  if (allowed && !left.isZero() && fundAfter.isZero()) {
    findings.push(finding('FUND_EXHAUSTED', 'info', '家庭共济资金已用完，其余由现金支付；共济关系继续有效', { source: src('Q6; Q18') }));
  }
  const familyPaid = !family.isZero();
  const atPharmacy = expense.kind === 'pharmacy' || expense.facilityType === 'pharmacy';
  const countsTowardDeductible = !(familyPaid && atPharmacy);
  if (!countsTowardDeductible) {
    findings.push(finding('NOT_TOWARD_DEDUCTIBLE', 'info', '定点药店以共济资金支付的费用不计入门急诊自负段或起付线', { source: src('Q17') }));
  }
  if (familyPaid) {
    findings.push(finding('OUTSIDE_RELIEF_SCHEMES', 'info', '共济支付的费用不纳入减负、居民大病保险、医疗救助等范围', { source: src('Q19') }));
  }
  if (p.scheme === 'employee' && (p.currentBalance === undefined || p.historicalBalance === undefined)) {
    findings.push(finding('OWN_BALANCE_UNKNOWN', 'info', '未提供成员本人的当年或历年账户余额，按 0 元计算', { path: 'member.person' }));
  }
  return {
    allowed,
    split: { ownCurrent: yuan(ownCurrent), ownHistorical: yuan(ownHistorical), family: yuan(family), cash: yuan(left) },
    fundAfter: yuan(fundAfter),
    findings,
    flags: { countsTowardDeductible, inReliefSchemes: !familyPaid, windowClaim: false },
    nhsa: { acct_pay: yuan(ownCurrent.plus(ownHistorical)), acct_mulaid_pay: yuan(family), psn_cash_pay: yuan(left) },
  };
}

function checkNetwork(req) {
  const { founder, members, existing = [], networkId, modes = [] } = req;
  const elsewhere = (id) => existing.filter((b) => b.personId === id && b.networkId !== networkId);
  const f = [];
  if (founder.scheme !== 'employee') {
    f.push(finding('FOUNDER_NOT_EMPLOYEE', 'error', `组建人须为职工医保参保人，当前为${SCHEME[founder.scheme]}`,
      { hint: '由家中参加职工医保的成员组建', path: 'founder.scheme', source: src('Q7') }));
  }
  if (!local(founder.region)) {
    f.push(finding('FOUNDER_NOT_LOCAL', 'error', `组建人须在${AREA}参保，当前参保地为${place(founder.region)}`,
      { hint: '请在组建人参保地的政策下办理', path: 'founder.region', source: src('Q7') }));
  }
  if (founder.status && founder.status !== 'active') {
    f.push(finding('FOUNDER_ACCOUNT_NOT_ACTIVE', 'error',
      founder.status === 'transferred' ? '医保关系已转出，家庭共济关系随之终止' : '职工医保账户不能正常使用（暂停或欠费）',
      { hint: '账户恢复正常后可组建', path: 'founder.status', source: src('Q7') }));
  }
  const min = yuan(SH.founderMinHistorical);
  if (founder.historicalBalance === undefined) {
    f.push(finding('FOUNDER_BALANCE_UNKNOWN', 'error', `需填写组建人的历年账户余额，才能判断是否达到 ${min} 元`,
      { path: 'founder.historicalBalance', source: src('Q7') }));
  } else if (new Decimal(founder.historicalBalance).lessThan(SH.founderMinHistorical)) {
    f.push(finding('FOUNDER_BALANCE_TOO_LOW', 'error', `组建人历年账户余额 ${yuan(new Decimal(founder.historicalBalance))} 元，未达到 ${min} 元`,
      { hint: `历年账户达到 ${min} 元后可申请`, path: 'founder.historicalBalance', source: src('Q7') }));
  }
  const founded = elsewhere(founder.id).find((b) => b.role === 'founder');
  if (founded) {
    f.push(finding('FOUNDER_HAS_NETWORK', 'error', `组建人已组建家庭共济网 ${founded.networkId}，一个账户只能建立一个家庭共济关系`,
      { hint: '在原共济网中增加成员，或撤销原共济网后再组建', path: 'founder.id', source: src('Q6; Q18') }));
  }
  const joined = elsewhere(founder.id).find((b) => b.role === 'member');
  if (joined) {
    f.push(finding('FOUNDER_IS_MEMBER_ELSEWHERE', 'error', `组建人已作为成员加入家庭共济网 ${joined.networkId}，不能再组建`,
      { hint: '退出原家庭共济网后可组建', path: 'founder.id', source: src('Q9') }));
  }
  const checked = members.map((m, i) => {
    const out = memberFindings(m, `members[${i}]`);
    const id = m.person.id, at = `members[${i}].person.id`;
    if (id === founder.id) {
      out.push(finding('FOUNDER_LISTED_AS_MEMBER', 'error', '组建人不能把自己列为共济成员', { hint: '删除该成员', path: at, source: src('Q9') }));
    }
    const first = members.slice(0, i).findIndex((o) => o.person.id === id);
    if (first >= 0) {
      out.push(finding('PERSON_LISTED_TWICE', 'error', `与第 ${first + 1} 位成员是同一人（id 或身份证号相同）`, { hint: '删除重复的成员', path: at, source: src('Q9') }));
    }
    const other = elsewhere(id);
    const founds = other.find((b) => b.role === 'founder');
    if (founds) {
      out.push(finding('MEMBER_IS_FOUNDER_ELSEWHERE', 'error', `该成员已是家庭共济网 ${founds.networkId} 的组建人，不能再被绑定`,
        { hint: '其撤销自己的共济网后可加入', path: at, source: src('Q22') }));
    }
    const networks = [...new Set(other.filter((b) => b.role === 'member').map((b) => b.networkId))].sort();
    if (networks.length >= 1) {
      out.push(finding('MEMBER_IN_OTHER_NETWORK', 'error', `该成员已加入家庭共济网 ${networks.join('、')}，同一时间最多加入 1 个`,
        { hint: '解绑后可加入：先退出原家庭共济网', path: at, source: src('Q9') }));
    }
    return { personId: id, eligible: !out.some((x) => x.severity === 'error'), findings: out };
  });
  const network = [];
  modes.forEach((mode, i) => {
    if (!SH.modes.includes(mode)) network.push(finding('MODE_NOT_OFFERED', 'error', '本政策不提供“共济缴费”方式', { path: `modes[${i}]`, source: src('Q10') }));
  });
  if (modes.length === 0) {
    network.push(finding('MODES_NOT_CHOSEN', 'warning', '组网后组建人须选择共济支付和/或共济缴费，成员方可使用', { path: 'modes', source: src('Q10') }));
  }
  if (modes.includes('premium')) {
    const [year, month, day] = req.asOf.split('-').map(Number);
    const [m, d] = SH.premiumDeadline;
    const passed = month > m || (month === m && day > d);
    network.push(finding('PREMIUM_MODE_DEADLINE', passed ? 'warning' : 'info', passed
      ? `已过 ${year} 年 ${m} 月 ${d} 日 17:30：学校集中参保的孩子本年度无法再以共济缴费方式缴纳居保费`
      : `学校集中参保的孩子，须在 ${year} 年 ${m} 月 ${d} 日 17:30 前选定共济缴费`, { path: 'modes', source: src('Q13') }));
  }
  const founderCheck = { personId: founder.id, eligible: !f.some((x) => x.severity === 'error'), findings: f };
  return {
    ok: founderCheck.eligible && checked.every((m) => m.eligible) && !network.some((x) => x.severity === 'error'),
    founder: founderCheck,
    members: checked,
    findings: network,
  };
}

module.exports = { previewSettlement, checkNetwork, BASELINE: true };
