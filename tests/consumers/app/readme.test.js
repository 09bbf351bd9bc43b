// Vitest: the README example through import, as a component test would.
import { test, expect } from 'vitest';
import init, * as gongji from 'gongji';
import { readmeAnswer } from './answer.js';

test('the README example answers under Vitest', async () => {
  await init();
  expect(readmeAnswer(gongji)).toBe('{"ownCurrent":"0.00","ownHistorical":"0.00","family":"800.00","cash":"200.00"}\nINVALID_DATE asOf');
});
