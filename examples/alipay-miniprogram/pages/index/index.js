// One bill preview: the page sends the request, gongji (in the Worker, or
// the JS build on the main thread) answers; the page only shows it.
const app = getApp();

Page({
  data: { engine: '', where: '', split: null, findings: [], error: '' },

  onLoad() {
    const { gongji } = app;
    // A bill in the first region gongji lists (policies(): every built-in profile).
    const bill = ([region]) => ({
      policy: region.id,
      asOf: '2025-03-10',
      member: { relation: 'parent', person: { id: 'mum', scheme: 'employee', region: region.region, currentBalance: '120.00', historicalBalance: '80.50' } },
      fund: { balance: '1500.00', modes: ['payment'] },
      expense: { amount: '356.80', kind: 'pharmacy', facilityType: 'pharmacy' },
    });
    Promise.all([gongji.call('engine'), gongji.call('policies').then((all) => gongji.call('previewSettlement', bill(all)))])
      .then(([engine, preview]) => this.setData({ engine, where: gongji.where, split: preview.split, findings: preview.findings }))
      .catch((e) => this.setData({ error: e.message }));
  },
});
