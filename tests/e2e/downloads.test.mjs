// Downloads (PNG at 2x, SVG, CSV, scenario text), saved scenarios, and the no-JavaScript
// fallback.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, openPage, serve, DIST, PAGE_URL } from './browser.mjs';
import { cliEval } from './model.mjs';

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(DIST); });
after(async () => { await browser.close(); server.close(); });

async function downloadOf(page, selector) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

test('each chart downloads as a 2x PNG and as an SVG that parses', async () => {
  const { page, context, problems } = await openPage(browser, `${PAGE_URL}#capex=650&life=3`, { acceptDownloads: true });
  for (const chart of ['gap', 'costs', 'circular', 'cash']) {
    const css = await page.$eval(`canvas[data-chart="${chart}"]`, (c) => [c.clientWidth, c.clientHeight]);
    const png = await downloadOf(page, `[data-download="png"][data-for="${chart}"]`);
    assert.equal(png.name, `roi-gap_${chart}-chart_capex-650_life-3.png`);
    assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.deepEqual([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)], [css[0] * 2, css[1] * 2]);
    const svg = await downloadOf(page, `[data-download="svg"][data-for="${chart}"]`);
    assert.equal(svg.name, `roi-gap_${chart}-chart_capex-650_life-3.svg`);
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return { error: doc.querySelector('parsererror')?.textContent ?? null, root: doc.documentElement.nodeName, texts: doc.querySelectorAll('text').length };
    }, svg.bytes.toString());
    assert.equal(parsed.error, null);
    assert.equal(parsed.root, 'svg');
    assert.ok(parsed.texts > 5, `${chart}: ${parsed.texts} text elements`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('the CSV has a header with units and the link, one row per year, the model\'s values', async () => {
  const { page, context } = await openPage(browser, `${PAGE_URL}#capex=650&years=12`, { acceptDownloads: true });
  const csv = await downloadOf(page, '[data-download="csv"]');
  assert.equal(csv.name, 'roi-gap_year-table_years-12_capex-650.csv');
  const lines = csv.bytes.toString().trim().split('\n');
  assert.equal(lines.length, 12 + 1);
  const header = lines[0].split(',');
  assert.equal(header[0], 'year');
  assert.ok(header.includes('required_revenue ($B)'));
  assert.equal(header.at(-1), 'scenario');
  const model = cliEval('capex=650&years=12').years;
  const col = header.indexOf('required_revenue ($B)');
  lines.slice(1).forEach((line, i) => {
    const cells = line.split(',');
    assert.equal(Number(cells[0]), model[i].year);
    assert.ok(Math.abs(Number(cells[col]) - model[i].required_revenue) < 1e-5, `row ${i}`);
    assert.match(cells.at(-1), /^file:.*index\.html#v=1&years=12&capex=650$/);
  });
  const text = await downloadOf(page, '[data-download="scenario"]');
  assert.equal(text.bytes.toString(), 'v=1&years=12&capex=650\n');
  await context.close();
});

test('saved scenarios survive a reload; names are text, never HTML', async () => {
  const { page, context, problems } = await openPage(browser, `${server.origin}/#capex=650`);
  const name = 'Bear case <img src=x onerror="window.__owned=1">';
  await page.fill('#save-name', name);
  await page.click('[data-save-form] button[type=submit]');
  await page.goto(`${server.origin}/`);
  await page.reload();
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  assert.equal(await page.textContent('.saved-name'), name);
  assert.equal(await page.locator('.saved-list img').count(), 0);
  assert.equal(await page.inputValue('input[type=number][name="capex"]'), '500');
  await page.click('[data-load]');
  assert.equal(await page.inputValue('input[type=number][name="capex"]'), '650');
  assert.equal(await page.evaluate(() => window.__owned), undefined);
  await page.click('[data-delete]');
  assert.equal(await page.locator('.saved-name').count(), 0);
  await page.reload();
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  assert.equal(await page.locator('.saved-name').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

for (const [what, stored, listed] of [
  ['corrupt JSON', '{not json', 0],
  ['a foreign shape', '{"name":"x"}', 0],
  ['partly foreign entries', '[{"name":5},{"name":"ok","scenario":"capex=1"},null]', 1],
]) {
  test(`a store holding ${what} is ignored with a notice, and saving still works`, async () => {
    const context = await browser.newContext();
    await context.addInitScript((value) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('roi-gap:saved:v1', value);
        sessionStorage.setItem('seeded', '1');
      }
    }, stored);
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${server.origin}/`);
    await page.waitForSelector('html[data-ready]', { state: 'attached' });
    assert.equal(await page.isVisible('.notices'), true);
    assert.match(await page.textContent('[data-notices]'), /unreadable/);
    assert.equal(await page.locator('.saved-name').count(), listed);
    await page.fill('#save-name', 'Fresh');
    await page.click('[data-save-form] button[type=submit]');
    assert.equal(await page.locator('.saved-name', { hasText: 'Fresh' }).count(), 1);
    assert.ok(await page.textContent('[data-out="required_revenue"]'));
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('without JavaScript, readers see the default charts and figures', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PAGE_URL);
  assert.equal(await page.locator('.noscript svg').count(), 4);
  for (const svg of await page.locator('.noscript svg').all()) assert.ok(await svg.isVisible());
  assert.match(await page.textContent('.noscript'), /\$1\.03T/);
  assert.equal(await page.isVisible('main'), false, 'the empty interactive page is hidden');
  await context.close();
});

test('print shows the figures and charts but no controls', async () => {
  const { page, context } = await openPage(browser, PAGE_URL);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('.controls'), false);
  assert.equal(await page.isVisible('canvas[data-chart="gap"]'), true);
  assert.equal(await page.isVisible('[data-out="required_revenue"]'), true);
  await context.close();
});
