// The page's own words (titles, buttons, captions) in both languages. Every
// verdict, rule, label and reason comes from the engine, never from here.

export const TEXT = {
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
    // The day judged, the versions of each region, how current an answer is, and where each person is insured.
    today: '今天', todayHelp: '默认按今天判断，可改成其他日期', paren: (x) => `（${x}）`,
    versionInForce: '该日适用的版本', since: (d) => `${d} 起`, between: (a, b) => `${a} 至 ${b}`, inForceMark: '该日适用',
    allVersions: (n) => `全部 ${n} 个版本及其依据`, versionsDoc: '每个版本改了什么、出处与可信程度，见项目文档 docs/policies.md。',
    currency: '这份结论有多新', stop: '。',
    province: '省份', city: '城市', district: '区县', chooseArea: '请选择', areaCode: '或直接输入 6 位行政区划代码',
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
    today: 'Today', todayHelp: 'Judged on today\'s date unless you pick another', paren: (x) => ` (${x})`,
    versionInForce: 'Version in force that day', since: (d) => `from ${d}`, between: (a, b) => `${a} to ${b}`, inForceMark: 'in force that day',
    allVersions: (n) => `All ${n} version(s) and their sources`, versionsDoc: 'What each version changed, its source and how strong it is: the project\'s docs/policies.md.',
    currency: 'How current this answer is', stop: '. ',
    province: 'Province', city: 'City', district: 'District or county', chooseArea: 'Choose', areaCode: 'or type the 6-digit division code',
    areaNames: 'Place names are in Chinese, as the national division list (GB/T 2260) gives them.',
  },
};

/** The page's word for `key` in `lang` (a function where it takes an argument). */
export const words = (lang) => (key) => TEXT[lang][key] ?? key;

/** A profile's note or next step: `{zh-CN, en}` or a plain string. */
export const inLang = (text, lang) => (text && typeof text === 'object' ? text[lang] ?? text['zh-CN'] ?? '' : text ?? '');

/** The chrome of the page in its language: the html lang, every [data-t] text, the language button. */
export function relabel(lang) {
  const t = words(lang);
  document.documentElement.lang = lang;
  document.querySelectorAll('[data-t]').forEach((n) => { n.textContent = t(n.dataset.t); });
  const button = document.getElementById('lang');
  button.textContent = t('lang');
  button.setAttribute('lang', lang === 'en' ? 'zh-CN' : 'en');
}
