// A TypeScript consumer of the package, compiled with `tsc --noEmit --strict`:
// every call and type is used the way a front-end would, and the
// `@ts-expect-error` lines prove the unions refuse what the core refuses.
import init, {
  checkNetwork, previewSettlement, projectSettlements, relationOptions, policies, GongjiError, engine,
  type Engine,
  type NetworkRequest, type SettlementRequest, type ProjectionRequest, type Finding, type FindingCode,
  type Relation, type Split, type Policy, type BuiltInPolicy,
} from 'gongji';

export async function demo(): Promise<string[]> {
  await init();
  await init({ module_or_path: '/static/gongji.wasm' });
  // @ts-expect-error: init takes { module_or_path } and nothing else; a misspelt key is caught.
  await init({ modul_or_path: '/static/gongji.wasm' });
  // The regions are the package's: policies() lists every built-in profile,
  // and an id it lists is a BuiltInPolicy.
  const profiles: Policy[] = policies();
  const region = profiles[0].id as BuiltInPolicy;
  // @ts-expect-error: an id no built-in profile has is refused.
  const wrongPolicy: BuiltInPolicy = 'atlantis';
  void wrongPolicy;
  const request: NetworkRequest = {
    policy: region,
    asOf: '2025-06-01',
    founder: { id: 'wang', scheme: 'employee', region: '370502', historicalBalance: '8200.00' },
    members: [{ relation: 'spouseParent', person: { id: 'mil', scheme: 'resident', region: '370521' }, cap: '3000.00' }],
    modes: ['payment', 'premium'],
    existing: [{ personId: 'mil', role: 'member', networkId: 'n1' }],
  };
  const check = checkNetwork(request);
  const codes: FindingCode[] = check.members.flatMap((m) => m.findings.map((f: Finding) => f.code));

  const bill: SettlementRequest = {
    policy: region,
    asOf: '2025-03-10',
    member: { relation: 'parent', person: { id: 'mum', scheme: 'resident', region: '310104' } },
    fund: { balance: '800.00', modes: ['payment'] },
    expense: { amount: '1000.00', kind: 'outpatient', facilityLevel: 2, facilityType: 'hospital' },
  };
  const split: Split = previewSettlement(bill).split;
  const nhsa: string = previewSettlement(bill).nhsa.acct_mulaid_pay;

  const year: ProjectionRequest = {
    policy: profiles[1].id as BuiltInPolicy,
    asOf: '2025-01-15',
    fund: { balance: '1000.00', modes: ['payment', 'premium'] },
    members: [{ relation: '20', person: { id: 'kid', scheme: 'resident', region: '320506' } }],
    expenses: [{ memberId: 'kid', expense: { amount: '380.00', kind: 'residentPremium' } }],
  };
  const fundEnd: string = projectSettlements(year).fundEnd;
  const relations: Relation[] = relationOptions({ policy: region, asOf: '2024-07-01', lang: 'en' }).options.map((o) => o.relation);
  const threshold: string = profiles[0].versions[0].rules.founderMinHistorical.value;

  try {
    // A custom profile is a built-in with other values.
    checkNetwork({ ...request, policy: { ...profiles[0], id: 'custom' } });
  } catch (e) {
    if (e instanceof GongjiError) {
      const where: string | undefined = e.path;
      codes.push(e.code as unknown as FindingCode);
      void where;
    }
  }

  // @ts-expect-error: "cousin" is not a relation any policy binds.
  const wrongRelation: Relation = 'cousin';
  // @ts-expect-error: facility levels are 1, 2 or 3.
  const wrongLevel: SettlementRequest['expense'] = { amount: '1.00', kind: 'outpatient', facilityLevel: 4 };
  // @ts-expect-error: amounts are strings, never numbers.
  const wrongAmount: SettlementRequest['fund'] = { balance: 800, modes: ['payment'] };
  void wrongRelation; void wrongLevel; void wrongAmount;

  // Where WebAssembly is off the JS build answers; engine() says which.
  await init({ engine: 'js' });
  const answering: Engine | undefined = engine();
  // @ts-expect-error: the engines are 'wasm' and 'js'.
  const wrongEngine: Engine = 'asm.js';
  void wrongEngine;
  void answering;

  return [...codes, split.family, nhsa, fundEnd, ...relations, threshold];
}
