// A region's sample family and a typical year of bills: a spouse and a
// child insured where the profile governs, under the relations the engine
// offers there. Nothing here is particular to one region.
import { moneyField } from './money.js';
import { policies, policyById } from './engine.js';

const NAMES = {
  'zh-CN': { spouse: '阿芳', parent: '爸爸', child: '小宝', founder: '我' },
  en: { spouse: 'Fang', parent: 'Dad', child: 'Bao', founder: 'Me' },
};

/** The family for `policyId`: founder, spouse and child where it governs (a layer without a region: the first region listed). */
export function sampleFamily(policyId, lang, offered) {
  const home = policyById(policyId)?.region ?? policies().find((p) => p.region).region;
  const names = NAMES[lang];
  const relations = ['spouse', 'child', 'parent'].filter((r) => offered.includes(r)).slice(0, 2);
  return {
    founder: { id: names.founder, scheme: 'employee', region: home, status: 'active', historicalBalance: '5,000.00', currentBalance: '600.00' },
    members: relations.map((relation) => ({
      id: names[relation], relation, scheme: relation === 'spouse' ? 'employee' : 'resident', region: home, status: 'active',
      ...(relation === 'spouse' ? { historicalBalance: '120.00', currentBalance: '80.00' } : {}),
    })),
  };
}

/** Six bills shared by the first two relatives. */
export function sampleBills(members) {
  const a = members[0]?.id, b = members[1]?.id ?? a;
  if (!a) return [];
  return [[a, 'outpatient', '320.00'], [b, 'pharmacy', '86.50'], [a, 'inpatient', '2400.00'], [b, 'outpatient', '150.00'],
    [a, 'pharmacy', '233.10'], [b, 'inpatient', '1800.00']].map(([member, kind, amount]) => ({ member, kind, facilityType: kind === 'pharmacy' ? 'pharmacy' : 'hospital', facilityLevel: '', amount: moneyField(amount) }));
}
