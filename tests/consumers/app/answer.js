// The README's example as every consumer runs it: a bill previewed and a
// bad date refused, given the calls of whichever entry the toolchain chose.
// What it returns is what the matrix expects on every page and console.
// The policy is the last profile policies() lists: the frame the layers
// extend, which adding a region leaves where it is.
// (The JSDoc type lets TypeScript check it with --checkJs: app/readme.ts.)
/** @param {Pick<typeof import('gongji'), 'policies' | 'previewSettlement' | 'GongjiError'>} gongji */
export function readmeAnswer({ policies, previewSettlement, GongjiError }) {
  const all = policies();
  const policy = /** @type {import('gongji').BuiltInPolicy} */ (all[all.length - 1].id);
  const preview = previewSettlement({
    policy, asOf: '2025-03-10',
    member: { relation: 'parent', person: { id: 'mum', scheme: 'resident', region: '310104' } },
    fund: { balance: '800.00', modes: ['payment'] },
    expense: { amount: '1000.00', kind: 'outpatient' },
  });
  let refused = 'not refused';
  try {
    // @ts-expect-error: the fields left out are what the types catch.
    previewSettlement({ policy, asOf: '2025-13-01' });
  } catch (e) {
    if (e instanceof GongjiError) refused = `${e.code} ${e.path}`;
  }
  return `${JSON.stringify(preview.split)}\n${refused}`;
}
