// The calculator page as readers use it: from file:// and from a server, dragging
// sliders, typing numbers, opening links, on a phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, serve, PAGE_URL, DIST } from './browser.mjs';
import { cliEval, readMoney, readPercent } from './model.mjs';

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(DIST); });
after(async () => { await browser.close(); server.close(); });

/** The scenario the page's number boxes hold, as scenario text. */
async function scenarioOnPage(page) {
  return page.$$eval('input[type=number][name]', (boxes) => boxes.map((b) => `${b.name}=${b.value}`).join('&'));
}

async function chartPixels(page) {
  return page.$$eval('canvas[data-chart]', (cs) => Object.fromEntries(cs.map((c) => [c.dataset.chart, c.toDataURL()])));
}

function assertClose(name, shown, model) {
  assert.ok(Math.abs(shown.value - model) <= shown.tolerance,
    `${name}: page shows ${shown.value} (±${shown.tolerance}), model says ${model}`);
}

/** Every headline money and share figure matches the model for what the boxes hold. */
async function assertFiguresMatchModel(page) {
  const model = cliEval(await scenarioOnPage(page)).summary;
  for (const key of ['required_revenue', 'revenue', 'gap', 'sequoia_required', 'ratio_required', 'npv']) {
    assertClose(key, readMoney(await page.textContent(`[data-out="${key}"]`)), model[key]);
  }
  for (const key of ['coverage', 'round_trip_share', 'organic_share']) {
    assertClose(key, readPercent(await page.textContent(`[data-out="${key}"]`)), model[key]);
  }
  return model;
}

/** Drags the slider of `key` by `dx` pixels with the mouse, in small steps. */
async function dragSlider(page, key, dx) {
  const slider = page.locator(`input[type=range][name="${key}"]`);
  await slider.scrollIntoViewIfNeeded();
  const box = await slider.boundingBox();
  const fraction = await slider.evaluate((s) => (s.value - s.min) / (s.max - s.min));
  const x = box.x + 8 + fraction * (box.width - 16);
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx, y, { steps: 12 });
  await page.mouse.up();
}

for (const [where, url] of [['file://', () => PAGE_URL], ['http', () => `${server.origin}/`]]) {
  test(`${where}: loads with no error and no request beyond the page`, async () => {
    const { page, problems, requests, context } = await openPage(browser, url());
    await page.waitForTimeout(300);
    assert.deepEqual(problems, []);
    assert.deepEqual(requests.filter((u) => u.split('#')[0] !== url()), []);
    assert.equal(await page.locator('input[type=range][name]').count(), 19);
    assert.equal(await page.locator('input[type=number][name]').count(), 19);
    assert.equal(await page.locator('canvas[data-chart]').count(), 4);
    for (const key of ['capex', 'energy', 'revenue']) {
      assert.equal(await page.locator(`label[for="in-${key}"]`).count(), 1);
    }
    await assertFiguresMatchModel(page);
    await context.close();
  });
}

const HEADLINE_OF = { capex: 'required_revenue', energy: 'required_revenue', revenue: 'revenue' };
for (const key of ['capex', 'energy', 'revenue']) {
  test(`dragging the ${key} slider redraws figures and every chart to the model's values`, async () => {
    const { page, problems, context } = await openPage(browser, PAGE_URL);
    const before = { value: await page.inputValue(`input[type=number][name="${key}"]`), pixels: await chartPixels(page) };
    const figure = `[data-out="${HEADLINE_OF[key]}"]`;
    const headline = await page.textContent(figure);
    await dragSlider(page, key, 60);
    const after = await page.inputValue(`input[type=number][name="${key}"]`);
    assert.notEqual(after, before.value, 'the number box follows the slider');
    const model = await assertFiguresMatchModel(page);
    assert.notEqual(await page.textContent(figure), headline, `${figure} did not change`);
    const pixels = await chartPixels(page);
    for (const chart of Object.keys(before.pixels)) {
      assert.notEqual(pixels[chart], before.pixels[chart], `chart ${chart} did not change`);
    }
    assert.ok(model.required_revenue > 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('typing into a number box updates the slider, figures, charts and link', async () => {
  const { page, problems, context } = await openPage(browser, PAGE_URL);
  const pixels = await chartPixels(page);
  await page.fill('input[type=number][name="capex"]', '650');
  assert.equal(await page.inputValue('input[type=range][name="capex"]'), '650');
  const model = await assertFiguresMatchModel(page);
  assertClose('required', readMoney(await page.textContent('[data-out="required_revenue"]')),
    cliEval('capex=650').summary.required_revenue);
  assert.ok(model.required_revenue > 1030);
  const after = await chartPixels(page);
  for (const chart of ['gap', 'costs', 'cash']) assert.notEqual(after[chart], pixels[chart], chart);
  await page.waitForFunction(() => location.hash.includes('capex=650'));
  // A number box cannot hold letters; a cleared box (or a lone "-") reads as "".
  await page.fill('input[type=number][name="capex"]', '');
  assert.match(await page.textContent('.control[data-key="capex"] .field-error'), /Enter a number/);
  assert.equal(await page.inputValue('input[type=range][name="capex"]'), '650', 'a bad entry keeps the scenario');
  await page.fill('input[type=number][name="capex"]', '99999');
  assert.match(await page.textContent('.control[data-key="capex"] .field-error'), /From 0 to 5000 \$B\/yr: using 5000/);
  assert.equal(await page.inputValue('input[type=range][name="capex"]'), '5000');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a link restores its scenario exactly, and the page writes it back', async () => {
  const text = 'v=1&capex=650&life=3&revenue_growth=60&theme=dark';
  const { page, problems, context } = await openPage(browser, `${PAGE_URL}#${text}`);
  assert.equal(await page.inputValue('input[type=number][name="capex"]'), '650');
  assert.equal(await page.inputValue('input[type=number][name="life"]'), '3');
  assert.equal(await page.inputValue('input[type=range][name="revenue_growth"]'), '60');
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  const model = cliEval(text).summary;
  assertClose('required', readMoney(await page.textContent('[data-out="required_revenue"]')), model.required_revenue);
  assert.equal(await page.isVisible('.notices'), false);
  await page.waitForTimeout(400);
  assert.equal(await page.evaluate(() => location.hash), `#${text}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a garbage fragment shows notices and a working page', async () => {
  const garbage = '#capex=NaN&energy=-5&%zz&<img src=x onerror=alert(1)>=1&years=1e999&' + 'x'.repeat(5000);
  const { page, problems, context } = await openPage(browser, PAGE_URL + garbage);
  assert.equal(await page.isVisible('.notices'), true);
  const notices = await page.textContent('[data-notices]');
  assert.match(notices, /capex/);
  assert.match(notices, /energy/);
  assert.equal(await page.locator('.notices img').count(), 0, 'notice text is never HTML');
  assert.equal(await page.inputValue('input[type=number][name="energy"]'), '0');
  await assertFiguresMatchModel(page);
  await dragSlider(page, 'capex', 40);
  await assertFiguresMatchModel(page);
  assert.deepEqual(problems, []);
  await context.close();
});

test('presets and reset change the scenario and show the source', async () => {
  const { page, problems, context } = await openPage(browser, PAGE_URL);
  await page.selectOption('[data-preset]', 'sequoia-2024');
  assert.equal(await page.inputValue('input[type=number][name="capex"]'), '300');
  assert.match(await page.textContent('[data-preset-source]'), /600B/);
  assertClose('sequoia', readMoney(await page.textContent('[data-out="sequoia_required"]')), 600);
  await page.click('[data-action="reset"]');
  assert.equal(await page.inputValue('input[type=number][name="capex"]'), '500');
  assert.equal(await page.evaluate(() => location.hash), '');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a 360 px wide phone has no horizontal scroll and touch dragging works', async () => {
  const { page, problems, context } = await openPage(browser, PAGE_URL, {
    viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true,
  });
  // isMobile widens the layout viewport to fit wide content, so compare with the device width.
  const width = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  assert.deepEqual(width, [360, 360], `page is ${width[0]}px wide, viewport ${width[1]}px`);
  assert.equal(await page.isVisible('[data-ticker]'), true, 'the summary bar shows on phones');
  const canvas = await page.$eval('canvas[data-chart="gap"]', (c) => [c.width, c.clientWidth]);
  assert.equal(canvas[0], canvas[1] * 2, 'canvas is sized at devicePixelRatio');
  const slider = page.locator('input[type=range][name="revenue"]');
  await slider.scrollIntoViewIfNeeded();
  await slider.tap();
  assert.notEqual(await page.inputValue('input[type=number][name="revenue"]'), '55');
  await assertFiguresMatchModel(page);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the year table lists every year of the model', async () => {
  const { page, context } = await openPage(browser, `${PAGE_URL}#years=12`);
  await page.click('[data-year-table] summary');
  await page.locator('[data-years] tbody tr').nth(11).waitFor(); // the toggle event is async
  assert.equal(await page.locator('[data-years] tbody tr').count(), 12);
  const model = cliEval('years=12').years;
  assert.equal(await page.textContent('[data-years] tbody tr:last-child th'), String(model[11].year));
  await context.close();
});

test('a saved copy of the page (DOM as the browser saves it) still works from disk', async () => {
  const { page, context } = await openPage(browser, `${PAGE_URL}#capex=700`);
  const saved = await page.evaluate(() => `<!doctype html>\n${document.documentElement.outerHTML}`);
  await context.close();
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const { pathToFileURL } = await import('node:url');
  const file = join(mkdtempSync(join(tmpdir(), 'roi-gap-')), 'saved.html');
  writeFileSync(file, saved);
  const url = pathToFileURL(file).href;
  const copy = await openPage(browser, `${url}#capex=700`);
  assert.equal(await copy.page.locator('input[type=range][name]').count(), 19);
  assert.equal(await copy.page.locator('[data-preset] option').count(), 8);
  assert.equal(await copy.page.inputValue('input[type=number][name="capex"]'), '700');
  await assertFiguresMatchModel(copy.page);
  assert.deepEqual(copy.problems, []);
  assert.deepEqual(copy.requests.filter((u) => u.split('#')[0] !== url), []);
  await copy.context.close();
});
