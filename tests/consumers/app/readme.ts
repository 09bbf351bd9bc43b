// The README's example (answer.js, checked with --checkJs) from TypeScript,
// compiled under each moduleResolution to an ES module and to CommonJS, and
// run by node: `import init from 'gongji'` through TypeScript's interop.
import init, * as gongji from 'gongji';
import { readmeAnswer } from './answer.js';

async function main(): Promise<void> {
  await init();
  console.log(readmeAnswer(gongji));
}

main();
