// A family form bound to checkNetwork, and a bill preview: every verdict
// comes from gongji; the page only shows it.
const app = getApp();

Page({
  data: {
    policies: [], // gongji.policies(): every built-in profile, as { id, name }
    policyIndex: 0,
    asOf: '2025-03-10',
    founderRegion: '310104',
    founderBalance: '5000.00',
    relations: [],
    relationIndex: 0,
    memberScheme: 'resident',
    memberRegion: '310104',
    amount: '1000.00',
    fund: '800.00',
    findings: [],
    ok: false,
    split: null,
    error: '',
  },

  onLoad() {
    app.ready.then(() => {
      const policies = app.gongji.policies().map((p) => ({ id: p.id, name: p.name['zh-CN'], region: p.region }));
      this.setData({ policies });
      this.refresh();
    });
  },

  request() {
    const d = this.data;
    const relation = d.relations[d.relationIndex] ? d.relations[d.relationIndex].relation : 'spouse';
    return {
      policy: d.policies[d.policyIndex].id,
      asOf: d.asOf,
      member: { relation, person: { id: 'member', scheme: d.memberScheme, region: d.memberRegion } },
    };
  },

  refresh() {
    const { gongji } = app;
    const d = this.data;
    try {
      const base = this.request();
      const options = gongji.relationOptions({ policy: base.policy, asOf: d.asOf });
      const check = gongji.checkNetwork({
        policy: base.policy, asOf: base.asOf, modes: ['payment'],
        founder: { id: 'founder', scheme: 'employee', region: d.founderRegion, historicalBalance: d.founderBalance },
        members: [base.member],
      });
      const preview = gongji.previewSettlement({
        policy: base.policy, asOf: base.asOf, member: base.member,
        fund: { balance: d.fund, modes: ['payment'] },
        expense: { amount: d.amount, kind: 'outpatient', facilityLevel: 2 },
      });
      const findings = [...check.founder.findings, ...check.members[0].findings, ...check.findings, ...preview.findings];
      this.setData({ relations: options.options, ok: check.ok, findings, split: preview.split, error: '' });
    } catch (e) {
      // A GongjiError names the bad field.
      this.setData({ error: `${e.code}${e.path ? ' (' + e.path + ')' : ''}: ${e.message}` });
    }
  },

  onPolicy(e) {
    // The family is insured where the chosen profile applies (a layer without a region keeps the codes typed).
    const { region } = this.data.policies[Number(e.detail.value)];
    this.setData({ policyIndex: Number(e.detail.value), relationIndex: 0, ...(region ? { founderRegion: region, memberRegion: region } : {}) });
    this.refresh();
  },
  onRelation(e) { this.setData({ relationIndex: Number(e.detail.value) }); this.refresh(); },
  onInput(e) { this.setData({ [e.currentTarget.dataset.field]: e.detail.value }); this.refresh(); },
});
