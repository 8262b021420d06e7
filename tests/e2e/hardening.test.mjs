// Hostile input and failures: script-like payloads through every path never run, the
// Content-Security-Policy holds with no violation, a failing chart or a trapping wasm
// leaves a working page and the scenario, and axe-core finds no accessibility violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, openPage, serve, DIST, PAGE_URL } from './browser.mjs';

const PAYLOADS = [
  '<img src=x onerror="window.__owned=1">',
  '"><script>window.__owned=1</script>',
  "javascript:window.__owned=1",
  '<svg onload="window.__owned=1">',
  "'-window.__owned=1-'",
];

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(DIST); });
after(async () => { await browser.close(); server.close(); });

/** Records CSP violations and dialogs from the start of every page of `context`. */
async function watch(context) {
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
}

test('script-like payloads in the fragment, saved names and messages never run', async () => {
  const context = await browser.newContext();
  await watch(context);
  const page = await context.newPage();
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  for (const payload of PAYLOADS) {
    const enc = encodeURIComponent(payload);
    await page.goto(`${server.origin}/#${enc}=1&capex=${enc}&lang=${enc}&show=${enc},capex&theme=${enc}&preset=${enc}`);
    await page.waitForSelector('html[data-ready]', { state: 'attached' });
    assert.equal(await page.isVisible('.notices'), true);
    await page.fill('#save-name', payload);
    await page.click('[data-save-form] button[type=submit]');
    await page.evaluate((p) => window.postMessage({ type: 'roi-gap:height', height: p }, '*'), payload);
    await page.evaluate((p) => window.postMessage(p, '*'), payload);
  }
  await page.reload();
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  assert.equal(await page.locator('.saved-name').count(), PAYLOADS.length);
  for (const selector of ['.notices', '.saved-list', '[data-preset-source]']) {
    assert.equal(await page.locator(`${selector} img, ${selector} script, ${selector} svg`).count(), 0, selector);
  }
  assert.equal(await page.evaluate(() => window.__owned), undefined);
  assert.deepEqual(dialogs, []);
  await context.close();
});

test('embed.js ignores payload messages and builds no markup from them', async () => {
  const article = `<!doctype html><body><div data-roi-gap="capex=650&show=capex"></div><script src="/embed.js"></script></body>`;
  const host = await serve(DIST, { '/a.html': article });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${host.origin}/a.html`);
  const frame = await (await page.waitForSelector('iframe[data-roi-gap-ready]')).contentFrame();
  await frame.waitForSelector('html[data-ready]', { state: 'attached' });
  for (const payload of PAYLOADS) {
    await frame.evaluate((p) => window.parent.postMessage({ type: 'roi-gap:height', height: p }, '*'), payload);
    await frame.evaluate((p) => window.parent.postMessage({ type: p, height: 100 }, '*'), payload);
  }
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => window.__owned), undefined);
  assert.equal(await page.locator('body > :not(iframe):not(script)').count(), 0);
  await context.close();
  host.close();
});

for (const [where, url] of [['file://', () => PAGE_URL], ['http', () => `${server.origin}/`]]) {
  test(`${where}: the Content-Security-Policy allows what the page does, and nothing else`, async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    await watch(context);
    const page = await context.newPage();
    const problems = [];
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    await page.goto(url());
    await page.waitForSelector('html[data-ready]', { state: 'attached' });
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    assert.match(csp, /^default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]+' 'wasm-unsafe-eval'; style-src 'sha256-/);
    // Exercise everything: drag, presets, downloads, the Embed dialog (which frames the page).
    await page.fill('input[type=number][name="capex"]', '900');
    await page.selectOption('[data-preset]', 'short-life');
    for (const kind of ['png', 'svg']) {
      await Promise.all([page.waitForEvent('download'), page.click(`[data-download="${kind}"][data-for="circular"]`)]);
    }
    await page.click('[data-action="embed"]');
    await page.waitForTimeout(600);
    // A script the policy does not list must not run.
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__owned = 1';
      document.body.append(s);
    });
    const violations = await page.evaluate(() => window.__violations);
    assert.deepEqual(violations.filter((v) => !v.startsWith('script-src-elem: inline')), []);
    assert.equal(violations.filter((v) => v.startsWith('script-src-elem: inline')).length, 1, 'the foreign script was refused');
    assert.equal(await page.evaluate(() => window.__owned), undefined);
    assert.deepEqual(problems.filter((p) => !p.startsWith('Executing inline script violates')), []);
    await context.close();
  });
}

/** Makes the wasm export `name` trap once, when the page sets window.__trap_<name>. */
async function trappable(context) {
  await context.addInitScript(() => {
    const Instance = WebAssembly.Instance;
    WebAssembly.Instance = function Patched(module, imports) {
      const exports = { ...new Instance(module, imports).exports };
      for (const name of ['calculator_draw', 'calculator_update']) {
        const real = exports[name];
        exports[name] = (...args) => {
          if (window[`__trap_${name}`]) {
            window[`__trap_${name}`] = false;
            throw new WebAssembly.RuntimeError('unreachable');
          }
          return real(...args);
        };
      }
      return { exports };
    };
  });
}

test('a chart that fails shows a message; the other charts keep drawing', async () => {
  const context = await browser.newContext();
  await trappable(context);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${PAGE_URL}#capex=650`);
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  const before = await page.$$eval('canvas[data-chart]', (cs) => cs.map((c) => c.toDataURL()));
  await page.evaluate(() => { window.__trap_calculator_draw = true; });
  await page.fill('input[type=number][name="capex"]', '900');
  assert.equal(await page.locator('figure.failed').count(), 1);
  assert.match(await page.getAttribute('figure.failed', 'data-error'), /could not be drawn/);
  const after = await page.$$eval('canvas[data-chart]', (cs) => cs.map((c) => c.toDataURL()));
  assert.equal(after.filter((url, i) => url !== before[i]).length, 3, 'the three other charts redrew');
  await page.fill('input[type=number][name="capex"]', '950');
  assert.equal(await page.locator('figure.failed').count(), 0, 'the next input redraws the failed chart');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a trapping model shows a way out and keeps the scenario in the address', async () => {
  const context = await browser.newContext();
  await trappable(context);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.origin}/#capex=650`);
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  await page.evaluate(() => { window.__trap_calculator_update = true; });
  await page.fill('input[type=number][name="revenue"]', '300');
  assert.equal(await page.isVisible('[data-failure]'), true);
  assert.match(await page.textContent('[data-failure]'), /went wrong/);
  assert.match(await page.evaluate(() => location.hash), /capex=650&revenue=300/);
  await page.click('[data-action="reload"]');
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  assert.equal(await page.inputValue('input[type=number][name="revenue"]'), '300');
  assert.equal(await page.isVisible('[data-failure]'), false);
  await page.evaluate(() => { window.__trap_calculator_update = true; });
  await page.fill('input[type=number][name="revenue"]', '400');
  await page.click('[data-action="reset-reload"]');
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  assert.equal(await page.inputValue('input[type=number][name="capex"]'), '500');
  assert.deepEqual(errors, []);
  await context.close();
});

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

for (const [name, hash, scheme] of [
  ['full page, light', '', 'light'], ['full page, dark', '', 'dark'],
  ['embed, light', 'embed=1&show=capex,energy,revenue&charts=gap,cash', 'light'],
  ['embed, dark', 'embed=1&theme=dark', 'light'],
]) {
  test(`axe-core finds no accessibility violation: ${name}`, async () => {
    const { page, context } = await openPage(browser, `${PAGE_URL}#${hash}`, { colorScheme: scheme });
    await page.click('[data-year-table] summary').catch(() => {});
    await page.waitForTimeout(300);
    await page.evaluate(AXE); // evaluated through the debugger protocol, outside the page's CSP
    const result = await page.evaluate(async () => {
      const r = await window.axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    });
    assert.deepEqual(result, []);
    await context.close();
  });
}
