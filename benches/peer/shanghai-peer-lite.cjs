// BASELINE, NOT gongji — the LITE peer: split, fundAfter and finding codes
// only (short messages, no hints, paths, citations, flags or nhsa). Kept to
// show how much of the full peer's time (shanghai-peer.cjs) is the answer
// itself. What a front-end team would write instead of gongji
// for one region (Shanghai) — rules hard-coded as plain objects, money in
// decimal.js, Chinese messages. It covers only what the benchmark inputs
// exercise (previewSettlement for outpatient/inpatient/pharmacy bills, and
// checkNetwork's founder, member and existing-network checks); it is here to
// be timed against gongji, and benches/js/bench.cjs asserts that both agree
// on the split amounts and finding codes before timing.
'use strict';
const Decimal = require('decimal.js');

const SH = {
  home: '31',
  relations: ['spouse', 'parent', 'child'],
  memberSchemes: ['employee', 'resident'],
  modes: ['payment', 'premium'],
  uses: { outpatient: 'payment', inpatient: 'payment', pharmacy: 'payment' },
};
const yuan = (d) => d.toFixed(2);
const local = (region) => typeof region === 'string' && region.startsWith(SH.home);

function previewSettlement(req) {
  const findings = [];
  const { member, fund, expense } = req;
  const amount = new Decimal(expense.amount);
  const mode = SH.uses[expense.kind];
  let allowed = true;
  if (!mode) { allowed = false; findings.push({ code: 'KIND_NOT_COVERED', severity: 'error', message: '上海家庭共济不支付该项费用' }); }
  else if (!(fund.modes || []).includes(mode)) { allowed = false; findings.push({ code: 'MODE_NOT_CHOSEN', severity: 'error', message: '户主未开通共济支付' }); }
  const p = member.person;
  if (!SH.relations.includes(member.relation)) { allowed = false; findings.push({ code: 'RELATION_NOT_ADMITTED', severity: 'error', message: '上海不允许绑定该关系' }); }
  if (!local(p.region)) { allowed = false; findings.push({ code: 'MEMBER_OUTSIDE_AREA', severity: 'error', message: `共济成员须在本市参保，当前参保地为 ${p.region}` }); }
  let left = amount;
  let ownCurrent = new Decimal(0), ownHistorical = new Decimal(0), family = new Decimal(0);
  if (p.scheme === 'employee') {
    ownCurrent = Decimal.min(left, new Decimal(p.currentBalance || '0')); left = left.minus(ownCurrent);
    ownHistorical = Decimal.min(left, new Decimal(p.historicalBalance || '0')); left = left.minus(ownHistorical);
  }
  const available = allowed ? new Decimal(fund.balance) : new Decimal(0);
  family = Decimal.min(left, available); left = left.minus(family);
  const fundAfter = new Decimal(fund.balance).minus(family);
  const steps = findings.filter((f) => f.severity === 'error');
  const info = (code, message) => findings.push({ code, severity: 'info', message });
  if (!ownCurrent.isZero()) info('STEP_OWN_CURRENT', `本人当年账户支付 ${yuan(ownCurrent)} 元`);
  if (!ownHistorical.isZero()) info('STEP_OWN_HISTORICAL', `本人历年账户支付 ${yuan(ownHistorical)} 元`);
  if (!family.isZero()) info('STEP_FAMILY', `家庭共济资金支付 ${yuan(family)} 元，余 ${yuan(fundAfter)} 元`);
  if (!left.isZero()) info('STEP_CASH', `现金支付 ${yuan(left)} 元`);
  if (allowed && !left.isZero() && fundAfter.isZero()) info('FUND_EXHAUSTED', '家庭共济资金已用完，其余由现金支付；共济关系继续有效');
  const familyPaid = !family.isZero();
  const atPharmacy = expense.kind === 'pharmacy' || expense.facilityType === 'pharmacy';
  if (familyPaid && atPharmacy) info('NOT_TOWARD_DEDUCTIBLE', '定点药店以共济资金支付的费用不计入门急诊自负段或起付线');
  if (familyPaid) info('OUTSIDE_RELIEF_SCHEMES', '共济支付的费用不纳入减负、居民大病保险、医疗救助等范围');
  return {
    allowed: steps.length === 0,
    split: { ownCurrent: yuan(ownCurrent), ownHistorical: yuan(ownHistorical), family: yuan(family), cash: yuan(left) },
    fundAfter: yuan(fundAfter),
    findings,
  };
}

function checkNetwork(req) {
  const { founder, members, existing = [], networkId } = req;
  const f = [];
  if (founder.scheme !== 'employee') f.push({ code: 'FOUNDER_NOT_EMPLOYEE', severity: 'error' });
  if (!local(founder.region)) f.push({ code: 'FOUNDER_NOT_LOCAL', severity: 'error' });
  if (founder.status && founder.status !== 'active') f.push({ code: 'FOUNDER_ACCOUNT_NOT_ACTIVE', severity: 'error' });
  if (founder.historicalBalance === undefined) f.push({ code: 'FOUNDER_BALANCE_UNKNOWN', severity: 'error' });
  else if (new Decimal(founder.historicalBalance).lessThan('0.01')) f.push({ code: 'FOUNDER_BALANCE_TOO_LOW', severity: 'error' });
  const elsewhere = (id) => existing.filter((b) => b.personId === id && b.networkId !== networkId);
  const checked = members.map((m) => {
    const out = [];
    const p = m.person;
    if (!SH.relations.includes(m.relation)) out.push({ code: 'RELATION_NOT_ADMITTED', severity: 'error' });
    if (!SH.memberSchemes.includes(p.scheme)) out.push({ code: 'MEMBER_SCHEME_NOT_ADMITTED', severity: 'error' });
    if (!local(p.region)) out.push({ code: 'MEMBER_OUTSIDE_AREA', severity: 'error', message: `共济成员须在本市参保，当前参保地为 ${p.region}` });
    if (p.status && p.status !== 'active') out.push({ code: 'MEMBER_NOT_ACTIVE', severity: 'error' });
    const other = elsewhere(p.id);
    if (other.some((b) => b.role === 'founder')) out.push({ code: 'MEMBER_IS_FOUNDER_ELSEWHERE', severity: 'error' });
    if (other.some((b) => b.role === 'member')) out.push({ code: 'MEMBER_IN_OTHER_NETWORK', severity: 'error' });
    return { personId: p.id, eligible: !out.some((x) => x.severity === 'error'), findings: out };
  });
  const network = [];
  for (const mode of req.modes || []) if (!SH.modes.includes(mode)) network.push({ code: 'MODE_NOT_OFFERED', severity: 'error' });
  const founderCheck = { personId: founder.id, eligible: !f.some((x) => x.severity === 'error'), findings: f };
  return { ok: founderCheck.eligible && checked.every((m) => m.eligible) && network.length === 0, founder: founderCheck, members: checked, findings: network };
}

module.exports = { previewSettlement, checkNetwork, BASELINE: true };
