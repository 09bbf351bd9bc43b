// The benchmark inputs shared by the node and browser harnesses (the same
// shapes as benches/core.rs, plus failing members so findings are built).
'use strict';
const RELATIONS = ['spouse', 'parent', 'child'];

const preview = {
  policy: 'shanghai', asOf: '2025-03-10',
  member: { relation: 'parent', person: { id: 'mum', scheme: 'employee', region: '310104', currentBalance: '120.00', historicalBalance: '80.50' } },
  fund: { balance: '1500.00', modes: ['payment'] },
  expense: { amount: '356.80', kind: 'pharmacy', facilityType: 'pharmacy' },
};

/** n members; member 5 is insured in Suzhou, member 3 is in another network. */
function network(n) {
  const members = [];
  for (let i = 0; i < n; i++) {
    members.push({ relation: RELATIONS[i % 3], person: { id: `m${i}`, scheme: i % 2 ? 'employee' : 'resident', region: i === 5 ? '320508' : '310104' } });
  }
  return {
    policy: 'shanghai', asOf: '2025-03-10', modes: ['payment'],
    founder: { id: 'f', scheme: 'employee', region: '310104', historicalBalance: '5000.00' },
    members,
    existing: [{ personId: 'm0', role: 'member', networkId: 'mine' }, { personId: 'm3', role: 'member', networkId: 'other' }],
    networkId: 'mine',
  };
}

function projection(n) {
  const kinds = ['outpatient', 'pharmacy', 'inpatient'];
  const expenses = [];
  for (let i = 0; i < n; i++) {
    expenses.push({ memberId: `m${i % 3}`, expense: { amount: `${20 + ((i * 7) % 300)}.${String(i % 100).padStart(2, '0')}`, kind: kinds[i % 3] } });
  }
  const members = [0, 1, 2].map((i) => ({ relation: RELATIONS[i], person: { id: `m${i}`, scheme: 'resident', region: '310104' } }));
  return { policy: 'shanghai', asOf: '2025-03-10', fund: { balance: '20000.00', modes: ['payment'] }, members, expenses };
}

module.exports = { preview, network, projection };
