// One bill preview from gongji's web build (copied into rawfile/gongji/):
// the wasm where ArkWeb runs WebAssembly, otherwise the JS build — the same
// answer to the fen. The page shows the engine's own sentences (each step
// of the split, with its amount and policy source) and nothing else.
import init, * as gongji from './gongji/index.js';

const $ = (id) => document.getElementById(id);
try {
  await init();
  $('engine').textContent = gongji.engine();
  // A bill in the first region gongji lists (policies(): every built-in profile).
  const [region] = gongji.policies();
  const preview = gongji.previewSettlement({
    policy: region.id,
    asOf: '2025-03-10',
    member: { relation: 'parent', person: { id: 'mum', scheme: 'employee', region: region.region, currentBalance: '120.00', historicalBalance: '80.50' } },
    fund: { balance: '1500.00', modes: ['payment'] },
    expense: { amount: '356.80', kind: 'pharmacy', facilityType: 'pharmacy' },
  });
  for (const finding of preview.findings) {
    const li = document.createElement('li');
    li.textContent = finding.message;
    $('findings').append(li);
  }
} catch (e) {
  $('error').textContent = e.message;
}
