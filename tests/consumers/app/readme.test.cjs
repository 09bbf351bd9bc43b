// Jest + jsdom: the README example through require('gongji').
const gongji = require('gongji');

test('the README example answers in a jsdom window', async () => {
  await gongji.default();
  // The last profile policies() lists: the frame the layers extend.
  const all = gongji.policies();
  const policy = all[all.length - 1].id;
  const preview = gongji.previewSettlement({
    policy, asOf: '2025-03-10',
    member: { relation: 'parent', person: { id: 'mum', scheme: 'resident', region: '310104' } },
    fund: { balance: '800.00', modes: ['payment'] },
    expense: { amount: '1000.00', kind: 'outpatient' },
  });
  expect(preview.split).toEqual({ ownCurrent: '0.00', ownHistorical: '0.00', family: '800.00', cash: '200.00' });
  expect(() => gongji.previewSettlement({ policy, asOf: '2025-13-01' }))
    .toThrow(expect.objectContaining({ code: 'INVALID_DATE', path: 'asOf' }));
});
