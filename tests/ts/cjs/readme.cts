// The README's example, compiled by TypeScript to CommonJS and run by node:
// `import init from 'gongji'` must reach the package's default export
// through TypeScript's CommonJS interop (it crashed with "(0 ,
// gongji_1.default) is not a function" before the node entry declared
// __esModule).
import init, { previewSettlement, GongjiError } from 'gongji';

async function main(): Promise<void> {
  await init();
  const preview = previewSettlement({
    policy: 'shanghai', asOf: '2025-03-10',
    member: { relation: 'parent', person: { id: 'mum', scheme: 'resident', region: '310104' } },
    fund: { balance: '800.00', modes: ['payment'] },
    expense: { amount: '1000.00', kind: 'outpatient' },
  });
  console.log(JSON.stringify(preview.split));
  try {
    previewSettlement({ policy: 'shanghai', asOf: '2025-13-01' } as never);
  } catch (e) {
    if (e instanceof GongjiError) console.log(e.code, e.path);
  }
}

main();
