// The benchmark inputs shared by the node and browser harnesses (the same
// shapes as benches/core.rs, plus failing members so findings are built).
// The peers (benches/peer/) model one region's rules: the built-in profile
// with this region code. Each harness calls I.use(gongji.policies()) once,
// after init, so no policy id is written here.
'use strict';
const RELATIONS = ['spouse', 'parent', 'child'];
const PEER_REGION = '310000';
let policyId;

/** Picks the peers' region among the built-ins; sets I.preview. */
function use(policies) {
  const found = policies.find((p) => p.region === PEER_REGION);
  if (!found) throw new Error(`no built-in profile with region ${PEER_REGION}, the one the peers model`);
  policyId = found.id;
  module.exports.preview = previewRequest();
  return module.exports;
}

function policy() {
  if (!policyId) throw new Error('call I.use(gongji.policies()) first');
  return policyId;
}

const previewRequest = () => ({
  policy: policy(), asOf: '2025-03-10',
  member: { relation: 'parent', person: { id: 'mum', scheme: 'employee', region: '310104', currentBalance: '120.00', historicalBalance: '80.50' } },
  fund: { balance: '1500.00', modes: ['payment'] },
  expense: { amount: '356.80', kind: 'pharmacy', facilityType: 'pharmacy' },
});

/** n members; member 5 is insured in Suzhou, member 3 is in another network. */
function network(n) {
  const members = [];
  for (let i = 0; i < n; i++) {
    members.push({ relation: RELATIONS[i % 3], person: { id: `m${i}`, scheme: i % 2 ? 'employee' : 'resident', region: i === 5 ? '320508' : '310104' } });
  }
  return {
    policy: policy(), asOf: '2025-03-10', modes: ['payment'],
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
  return { policy: policy(), asOf: '2025-03-10', fund: { balance: '20000.00', modes: ['payment'] }, members, expenses };
}

module.exports = { use, preview: undefined, network, projection };

/** More inputs the full peer must agree on (beyond the timed ones): a
 *  resident, a bill larger than the fund, an outside-area member, a sibling,
 *  a suspended member, a vaccine, no mode chosen, premium mode after the
 *  deadline, conflicts with known bindings, a low founder balance. */
function peerCases() {
  const person = (over) => ({ id: 'mum', scheme: 'employee', region: '310104', currentBalance: '10.00', historicalBalance: '5.00', ...over });
  const bill = (over, expense, fund) => ({
    policy: policy(), asOf: '2025-03-10',
    member: { relation: 'parent', ...over, person: person(over.person) },
    fund: { balance: '300.00', modes: ['payment'], ...fund },
    expense: { amount: '356.80', kind: 'outpatient', ...expense },
  });
  const previews = [
    bill({ person: { scheme: 'resident', currentBalance: undefined, historicalBalance: undefined } }, { kind: 'inpatient' }),
    bill({}, { amount: '1000.00' }),
    bill({ person: { region: '320508' } }, {}),
    bill({ relation: 'sibling' }, { kind: 'pharmacy' }),
    bill({ person: { status: 'suspended' } }, {}),
    bill({}, { kind: 'vaccine' }),
    bill({}, {}, { modes: ['premium'] }),
    bill({ person: { historicalBalance: undefined } }, { amount: '12.00' }),
    bill({}, { facilityType: 'pharmacy', amount: '20.00' }, { balance: '0.00' }),
  ].map((r) => JSON.parse(JSON.stringify(r)));
  const base = network(4);
  const networks = [
    { ...base, modes: [] },
    { ...base, asOf: '2025-12-20', modes: ['payment', 'premium'] },
    { ...base, founder: { ...base.founder, historicalBalance: '0.00', scheme: 'resident', region: '320500', status: 'transferred' } },
    { ...base, founder: { id: 'f', scheme: 'employee', region: '310104' }, existing: [
      { personId: 'f', role: 'founder', networkId: 'old' }, { personId: 'f', role: 'member', networkId: 'x' },
      { personId: 'm1', role: 'founder', networkId: 'y' }, { personId: 'm2', role: 'member', networkId: 'b' },
      { personId: 'm2', role: 'member', networkId: 'a' }] },
    { ...base, members: [...base.members, { relation: 'spouse', person: { id: 'm0', scheme: 'employee', region: '310115' } },
      { relation: 'grandchild', person: { id: 'f', scheme: 'resident', region: '310104', status: 'suspended' }, cap: '10.00' }] },
  ];
  return { previews, networks };
}

module.exports.peerCases = peerCases;
