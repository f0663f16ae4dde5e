// Headless Chromium test of the console (playwright-core with the system browser).
// BASE=http://127.0.0.1:8089 SHOTS=docs node console-test.mjs   (server: DevServer, demo users)
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';

const BASE = process.env.BASE || 'http://127.0.0.1:8089';
const SHOTS = process.env.SHOTS || '.';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
let passed = 0, failed = 0;
async function step(name, fn) {
  try { await fn(); passed++; console.log('ok   ' + name); } catch (e) { failed++; console.log('FAIL ' + name + ': ' + e.message); }
}
try {
  const clerk = await browser.newContext({ httpCredentials: { username: 'clerk', password: 'clerk123' }, bypassCSP: true, viewport: { width: 1200, height: 1400 } });
  const page = await clerk.newPage();
  await page.goto(BASE + '/hezuo/console/');
  await step('clerk: form generated from the schema', async () => {
    await page.waitForSelector('#caseType option[value="POST_INTERNSHIP"]', { state: 'attached' });
    await page.selectOption('#caseType', 'POST_INTERNSHIP');
    await page.waitForSelector('[data-path="caseId"]');
    await page.click('#loadExample');
    await page.waitForFunction(() => document.querySelector('[data-path="caseId"]').value !== '');
  });
  await step('clerk: inline validation of the case id', async () => {
    await page.fill('[data-path="caseId"]', '案件一');
    await page.dispatchEvent('[data-path="caseId"]', 'change');
    assert.match(await page.textContent('[data-err="caseId"]'), /只能包含/);
    await page.fill('[data-path="caseId"]', 'PI-2026-001');
    await page.dispatchEvent('[data-path="caseId"]', 'change');
  });
  await step('clerk: 检查 shows a finding with its clause', async () => {
    await page.fill('[data-path="title"]', '违规安排：未满16周岁学生岗位实习');
    await page.dispatchEvent('[data-path="title"]', 'change');
    await page.click('#check');
    await page.waitForSelector('#findings tr.finding');
    const row = await page.textContent('#findings tr.finding');
    assert.match(row, /职业学校学生实习管理规定/);
    assert.match(await page.textContent('#outcome'), /不符合/);
  });
  await page.evaluate(() => document.getElementById('resultSection').scrollIntoView());
  await page.screenshot({ path: SHOTS + '/console-clerk.png', fullPage: false });
  await step('clerk: the policy page refuses a clerk', async () => {
    await page.goto(BASE + '/hezuo/console/policy.html');
    await page.waitForSelector('#denied .msg');
    assert.match(await page.textContent('#denied'), /政策管理员/);
  });

  const policy = await browser.newContext({ httpCredentials: { username: 'policy', password: 'policy123' }, viewport: { width: 1200, height: 1100 } });
  const pp = await policy.newPage();
  await pp.goto(BASE + '/hezuo/console/policy.html');
  await step('policy: version in force shown', async () => {
    await pp.waitForSelector('#version');
    assert.ok((await pp.textContent('#version')).length > 3);
  });
  await step('policy: a refused rule file is shown with its line', async () => {
    await pp.fill('#rulePath', 'national-internship/age.drl');
    await pp.fill('#ruleContent', 'rule "年龄"\nwhen broken\nthen\nend\n');
    await pp.click('#validate');
    await pp.waitForSelector('#validation table.problems');
    assert.match(await pp.textContent('#validation table.problems'), /national-internship\/age\.drl:2/);
  });
  await pp.screenshot({ path: SHOTS + '/console-policy.png', fullPage: false });
} finally {
  await browser.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
