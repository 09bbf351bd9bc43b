// The README's example as TypeScript, compiled under each moduleResolution
// to an ES module and to CommonJS, and run by node.
import init, { previewSettlement, GongjiError } from 'gongji';

async function main(): Promise<void> {
  await init();
  const preview = previewSettlement({
    policy: 'shanghai', asOf: '2025-03-10',
    member: { relation: 'parent', person: { id: 'mum', scheme: 'resident', region: '310104' } },
    fund: { balance: '800.00', modes: ['payment'] },
    expense: { amount: '1000.00', kind: 'outpatient' },
  });
  let refused = 'not refused';
  try {
    // @ts-expect-error: the fields left out are what the types catch.
    previewSettlement({ policy: 'shanghai', asOf: '2025-13-01' });
  } catch (e) {
    if (e instanceof GongjiError) refused = `${e.code} ${e.path}`;
  }
  console.log(`${JSON.stringify(preview.split)}\n${refused}`);
}

main();
