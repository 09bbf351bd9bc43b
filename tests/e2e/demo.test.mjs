// End-to-end: the demo page in Debian's headless Chromium (playwright-core),
// served from www/ on localhost. Each region gets a family that passes and
// one that fails for the reason the region is known for; a bill preview is
// read off the page and held against the engine; the page switches to
// English; no console error, no request leaving localhost. Screenshots at
// phone and desktop width go to test-output/screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const root = path.resolve(import.meta.dirname, '../..');
const gongji = createRequire(import.meta.url)(path.join(root, 'pkg/node/index.cjs'));
const shots = path.join(root, 'test-output/screenshots');
let server, origin, context, page, profile;
const consoleErrors = [];
const foreignRequests = [];

before(async () => {
  server = spawn('node', [path.join(root, 'scripts/serve.mjs'), path.join(root, 'www')], { env: { ...process.env, PORT: '0' } });
  origin = await new Promise((resolve, reject) => {
    server.stdout.on('data', (d) => {
      const m = /http:\/\/localhost:(\d+)/.exec(String(d));
      if (m) resolve(`http://localhost:${m[1]}`);
    });
    server.on('exit', () => reject(new Error('server exited')));
  });
  profile = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'gongji-e2e-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 375, height: 812 },
  });
  page = context.pages()[0] || (await context.newPage());
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  context.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) foreignRequests.push(url);
  });
  fs.mkdirSync(shots, { recursive: true });
});

after(async () => {
  await context?.close();
  server?.kill();
  if (profile) fs.rmSync(profile, { recursive: true, force: true });
});

async function open(region, day) {
  await page.goto(`${origin}/`);
  await page.waitForSelector('body[data-ready=true]');
  if (region !== 'shanghai') await page.selectOption('#policy', region);
  if (day) {
    await page.fill('#asOf', day);
    await page.dispatchEvent('#asOf', 'change');
  }
}

const findingCodes = (scope) => page.$$eval(`${scope} .finding.error`, (xs) => xs.map((x) => x.dataset.code));
const submitEnabled = () => page.$eval('#submit', (b) => !b.disabled);

test('shanghai: the sample family passes; a spouse\'s parent is refused', async () => {
  await open('shanghai');
  assert.equal(await submitEnabled(), true);
  assert.deepEqual(await findingCodes('#family-section'), []);
  const offered = await page.$$eval('[data-path="members[0].relation"] option', (o) => o.map((x) => x.value));
  assert.ok(!offered.includes('spouseParent'), `relationOptions does not offer a spouse's parent: ${offered}`);
  await page.check('#all-relations'); // the tester's switch: every contract relation
  await page.selectOption('[data-path="members[0].relation"]', 'spouseParent');
  assert.deepEqual(await findingCodes('#members'), ['RELATION_NOT_ADMITTED']);
  assert.equal(await submitEnabled(), false);
});

test('known bindings provoke each membership conflict beside the person it concerns', async () => {
  await open('shanghai');
  await page.check('#show-existing');
  const member = (i) => `#members .member:nth-of-type(${i + 1})`;
  const cases = [
    ['child2, member, net-grandpa', member(1), 'MEMBER_IN_OTHER_NETWORK'],
    ['spouse1, founder, net-x', member(0), 'MEMBER_IS_FOUNDER_ELSEWHERE'],
    ['founder, member, net-x', '#founder', 'FOUNDER_IS_MEMBER_ELSEWHERE'],
    ['founder, founder, net-x', '#founder', 'FOUNDER_HAS_NETWORK'],
  ];
  for (const [line, scope, code] of cases) {
    await page.fill('#existing-text', line);
    assert.deepEqual(await findingCodes('#family-section'), [code], line);
    assert.deepEqual(await findingCodes(scope), [code], `${line} is shown at ${scope}`);
    assert.equal(await submitEnabled(), false);
  }
  await page.uncheck('#show-existing');
  assert.deepEqual(await findingCodes('#family-section'), []);
  assert.equal(await submitEnabled(), true);
  // Ruian: a second authorizer is allowed (used in turn), an info, not an error.
  await open('ruian', '2017-06-01');
  await page.fill('[data-path="founder.historicalBalance"]', '2000.00');
  assert.equal(await page.inputValue('[data-path="members[0].id"]'), 'parent1');
  await page.check('#show-existing');
  await page.fill('#existing-text', 'parent1, member, net-x');
  assert.deepEqual(await page.$$eval(`${member(0)} .finding`, (xs) => xs.map((x) => x.dataset.code)), ['MEMBER_SECOND_AUTHORIZER']);
  assert.equal(await submitEnabled(), true);
  await page.fill('#existing-text', 'parent1, member, net-x\nparent1, member, net-y');
  assert.deepEqual(await findingCodes(member(0)), ['MEMBER_IN_OTHER_NETWORK']);
  assert.equal(await submitEnabled(), false);
});

test('a contract error is shown beside the field its path names, and blocks the submit', async () => {
  await open('shanghai');
  const cases = [
    ['[data-path="members[0].person.historicalBalance"]', '12.345', 'AMOUNT_TOO_PRECISE'],
    ['[data-path="members[1].person.idNumber"]', '110105194912310021', 'INVALID_ID_NUMBER'],
  ];
  for (const [field, bad, code] of cases) {
    const good = await page.inputValue(field);
    await page.fill(field, bad);
    assert.equal(await page.$eval(field, (n) => n.classList.contains('bad')), true, `${field} is marked`);
    const shown = await page.$eval(field, (n) => n.closest('label').nextElementSibling?.dataset.code);
    assert.equal(shown, code, `${code} is shown right after ${field}`);
    assert.equal(await submitEnabled(), false);
    await page.fill(field, good);
    assert.equal(await page.$$eval('.field-error, .bad', (xs) => xs.length), 0);
    assert.equal(await submitEnabled(), true);
  }
});

test('dongying: seven relatives pass; an eighth is refused', async () => {
  await open('dongying');
  for (let i = 0; i < 5; i += 1) await page.click('#add-member');
  assert.equal(await page.$$eval('#members .member', (xs) => xs.length), 7);
  assert.equal(await submitEnabled(), true);
  await page.click('#add-member');
  assert.deepEqual(await findingCodes('#network-findings'), ['TOO_MANY_MEMBERS']);
  assert.equal(await submitEnabled(), false);
});

test('ruian: a founder with 2000.00 passes; 1999.99 is refused', async () => {
  await open('ruian', '2017-06-01');
  await page.fill('[data-path="founder.historicalBalance"]', '2000.00');
  assert.equal(await submitEnabled(), true);
  await page.fill('[data-path="founder.historicalBalance"]', '1999.99');
  assert.deepEqual(await findingCodes('#founder'), ['FOUNDER_BALANCE_TOO_LOW']);
  assert.equal(await submitEnabled(), false);
});

test('jiangsu-suzhou: a member in Yancheng passes; one insured in Shanghai is refused', async () => {
  await open('jiangsu-suzhou');
  await page.fill('[data-path="members[0].person.region"]', '320902');
  assert.equal(await submitEnabled(), true);
  await page.fill('[data-path="members[0].person.region"]', '310104');
  assert.deepEqual(await findingCodes('#members'), ['MEMBER_OUTSIDE_AREA']);
  assert.equal(await submitEnabled(), false);
});

test('guangdong: a sibling is admitted on 2024-07-01 and refused on 2024-06-30', async () => {
  await open('guangdong', '2024-07-01');
  await page.selectOption('[data-path="members[0].relation"]', 'sibling');
  assert.equal(await submitEnabled(), true);
  await page.fill('#asOf', '2024-06-30');
  await page.dispatchEvent('#asOf', 'change');
  assert.deepEqual(await findingCodes('#members'), ['RELATION_NOT_ADMITTED']);
  assert.equal(await submitEnabled(), false);
});

test('a bill preview on the page shows the engine\'s split to the fen', async () => {
  await open('shanghai');
  await page.fill('#bill-amount', '356.80');
  await page.fill('#bill-fund', '1500.00');
  const shown = await page.$$eval('#bill-split td[data-part]', (tds) =>
    Object.fromEntries(tds.filter((td) => td.dataset.part).map((td) => [td.dataset.part, td.textContent])));
  const expected = gongji.previewSettlement({
    policy: 'shanghai', asOf: await page.inputValue('#asOf'),
    member: { relation: 'spouse', person: { id: 'spouse1', scheme: 'employee', region: '310115', historicalBalance: '120.00', currentBalance: '80.00', status: 'active' } },
    fund: { balance: '1500.00', modes: ['payment'] },
    expense: { amount: '356.80', kind: 'pharmacy', facilityType: 'hospital' },
  });
  assert.deepEqual(shown, {
    ownCurrent: expected.split.ownCurrent, ownHistorical: expected.split.ownHistorical,
    family: expected.split.family, cash: expected.split.cash, fundAfter: expected.fundAfter,
  });
  assert.equal(shown.family, '156.80');
  assert.equal(await page.$$eval('#bill-bar rect', (r) => r.length), 3);
  assert.ok((await page.$$eval('#projection-chart circle', (c) => c.length)) > 2, 'the projection is drawn');
  const legend = await page.$$eval('#bill-legend li', (li) => li.map((x) => x.textContent));
  assert.ok(legend.some((x) => x.endsWith(` ${expected.split.family}`)), `the legend prints the family share: ${legend}`);
  assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 375, 'nothing overflows a 375 px screen');
  // An unusable amount: the contract error replaces the split, nothing stale stays beside it.
  await page.fill('#bill-amount', '1.005');
  assert.match(await page.textContent('#bill-error'), /^AMOUNT_TOO_PRECISE/);
  assert.equal(await page.$$eval('#bill-bar rect, #bill-split td, #bill-legend li', (x) => x.length), 0);
  await page.fill('#bill-amount', '356.80');
  assert.equal(await page.$$eval('#bill-bar rect', (r) => r.length), 3);
  // The phone screenshot shows a finding beside its person too: the sample known binding.
  await page.check('#show-existing');
  assert.deepEqual(await findingCodes('#members'), ['MEMBER_IN_OTHER_NETWORK']);
  await page.evaluate(() => window.scrollTo(0, 0)); // keep the sticky header on top
  await page.screenshot({ path: path.join(shots, 'phone-375.png'), fullPage: true });
});

test('the page switches to English, and the engine answers in English', async () => {
  await open('shanghai');
  await page.click('#lang');
  assert.equal(await page.textContent('h1 [data-t=title]'), 'Family mutual-aid rules');
  await page.fill('[data-path="members[0].person.region"]', '320500');
  const message = await page.textContent('#members .finding.error');
  assert.match(message, /must be insured in/);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(shots, 'desktop-1280.png'), fullPage: true });
  await page.setViewportSize({ width: 375, height: 812 });
});

test('the regions compared are read from the engine\'s profiles', async () => {
  await open('shanghai');
  const header = await page.$$eval('#compare tr:first-child th', (th) => th.map((x) => x.textContent));
  assert.equal(header.length, 1 + gongji.policies().length);
  const maxMembers = await page.$$eval('#compare tr', (rows) => rows.find((r) => r.firstChild.textContent === 'maxMembers')
    .querySelectorAll('td')[3].textContent);
  assert.equal(maxMembers, String(gongji.policies()[3].versions[0].rules.maxMembers.value));
});

test('no console error and no request leaving localhost on any path', () => {
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(foreignRequests, []);
});

test('the server: wasm as application/wasm, a malformed path answers 400 and the server keeps serving', async () => {
  const wasm = await fetch(`${origin}/gongji/raw_bg.wasm`);
  assert.equal(wasm.status, 200);
  assert.equal(wasm.headers.get('content-type'), 'application/wasm');
  assert.equal((await fetch(`${origin}/%E0%A4%A`)).status, 400);
  assert.equal((await fetch(`${origin}/no-such-file.js`)).status, 404);
  assert.equal((await fetch(`${origin}/`)).status, 200);
});
