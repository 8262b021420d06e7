import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { launch, openPage, PAGE_URL } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

function cli(scenario) {
  return JSON.parse(execFileSync('target/release/roi-gap', ['eval', scenario]).toString());
}

test('file:// page shows the required revenue with no error and no request', async () => {
  const { page, problems, requests, context } = await openPage(browser, PAGE_URL);
  const shown = await page.textContent('[data-out="required_revenue"]');
  assert.deepEqual(problems, []);
  assert.deepEqual(requests.filter((u) => u !== PAGE_URL), []);
  assert.ok(shown.includes('1.03'), `shown: ${shown}, model: ${cli('').summary.required_revenue}`);
  await context.close();
});
