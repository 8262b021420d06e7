// Hostile input and failures: script-like payloads through every path never run, the
// Content-Security-Policy holds with no violation, a failing chart or a trapping wasm
// leaves a working page and the scenario, and axe-core finds no accessibility violation.
// Each case runs in every engine that can (engines.mjs).
import { after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { forEachEngine, withPage, serve, DIST, PAGE_URL } from './engines.mjs';

const PAYLOADS = [
  '<img src=x onerror="window.__owned=1">',
  '"><script>window.__owned=1</script>',
  "javascript:window.__owned=1",
  '<svg onload="window.__owned=1">',
  "'-window.__owned=1-'",
];

const server = await serve(DIST);
after(() => server.close());

/** Records CSP violations from the start of every page (an init script). */
function watchViolations() {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
}

/**
 * Makes the wasm export `name` trap once, when the page sets window.__trap_<name> (an init
 * script): at its next call for `true`, at its n-th call for a number n.
 */
function trappable() {
  // The traps are set in this window: the page draws here, not in its charts' worker.
  delete HTMLCanvasElement.prototype.transferControlToOffscreen;
  const Instance = WebAssembly.Instance;
  WebAssembly.Instance = function Patched(module, imports) {
    const exports = { ...new Instance(module, imports).exports };
    for (const name of ['calculator_draw', 'calculator_update']) {
      const real = exports[name];
      exports[name] = (...args) => {
        const trap = window[`__trap_${name}`];
        if (typeof trap === 'number' && trap > 1) {
          window[`__trap_${name}`] = trap - 1;
        } else if (trap) {
          window[`__trap_${name}`] = false;
          throw new WebAssembly.RuntimeError('unreachable');
        }
        return real(...args);
      };
    }
    return { exports };
  };
}

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

forEachEngine((test, engine) => {
  // A dialog the payloads opened would be recorded (Chromium, Firefox); in WebKit an open
  // alert fails the next WebDriver command.
  test('script-like payloads in the fragment, saved names and messages never run', async () => {
    await withPage(engine, null, {}, async (page) => {
      for (const payload of PAYLOADS) {
        const enc = encodeURIComponent(payload);
        await page.goto(`${server.origin}/#${enc}=1&capex=${enc}&lang=${enc}&show=${enc},capex&theme=${enc}&preset=${enc}`);
        assert.equal(await page.visible('.notices'), true);
        await page.fill('#save-name', payload);
        await page.click('[data-save-form] button[type=submit]');
        await page.evaluate((p) => window.postMessage({ type: 'roi-gap:height', height: p }, '*'), payload);
        await page.evaluate((p) => window.postMessage(p, '*'), payload);
      }
      await page.reload();
      assert.equal(await page.count('.saved-name'), PAYLOADS.length);
      for (const selector of ['.notices', '.saved-list', '[data-preset-source]']) {
        assert.equal(await page.count(`${selector} img, ${selector} script, ${selector} svg`), 0, selector);
      }
      assert.equal(await page.evaluate(() => window.__owned), undefined);
      assert.deepEqual(page.dialogs, []);
    });
  });

  test('embed.js ignores payload messages and builds no markup from them', async () => {
    const article = `<!doctype html><link rel="icon" href="data:,"><body><div data-roi-gap="v=2&capex=650&show=capex"></div><script src="/embed.js"></script></body>`;
    const host = await serve(DIST, { '/a.html': article });
    try {
      await withPage(engine, `${host.origin}/a.html`, { ready: 'iframe[data-roi-gap-ready]' }, async (page) => {
        const frame = await page.frame('iframe[data-roi-gap-ready]');
        await frame.waitForSelector('html[data-ready]');
        for (const payload of PAYLOADS) {
          await frame.evaluate((p) => window.parent.postMessage({ type: 'roi-gap:height', height: p }, '*'), payload);
          await frame.evaluate((p) => window.parent.postMessage({ type: p, height: 100 }, '*'), payload);
        }
        await page.sleep(200);
        assert.equal(await page.evaluate(() => window.__owned), undefined);
        assert.equal(await page.count('body > :not(iframe):not(script)'), 0);
      });
    } finally {
      host.close();
    }
  });

  // The refused foreign script is reported on the console: Chromium and Firefox word it so.
  const REFUSED = /Executing inline script violates|Content-Security-Policy: The page’s settings blocked an inline script \(script-src-elem\)/;
  for (const [where, url] of [['file://', () => PAGE_URL], ['http', () => `${server.origin}/`]]) {
    test(`${where}: the Content-Security-Policy allows what the page does, and nothing else`, { needs: ['initScript', 'downloads'] }, async () => {
      await withPage(engine, url(), { initScript: watchViolations, ignoreProblems: [REFUSED] }, async (page) => {
        const csp = await page.attr('meta[http-equiv="Content-Security-Policy"]', 'content');
        assert.match(csp, /^default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]+' 'sha256-[A-Za-z0-9+/=]+' 'wasm-unsafe-eval'; style-src 'sha256-/);
        // Exercise everything: drag, presets, downloads, the Embed dialog (which frames the page).
        await page.fill('input[type=number][name="capex"]', '900');
        await page.select('[data-preset]', 'short-life');
        for (const kind of ['png', 'svg']) await page.download(`[data-download="${kind}"][data-for="circular"]`);
        await page.click('[data-action="embed"]');
        await page.sleep(600);
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
        const refusals = (await page.collectProblems()).filter((p) => REFUSED.test(p));
        assert.ok(refusals.length <= 1, `refusals on the console: ${refusals.join('; ')}`);
      });
    });
  }

  test('a chart that fails shows a message; the other charts keep drawing', { needs: ['initScript'] }, async () => {
    await withPage(engine, `${PAGE_URL}#v=2&capex=650`, { initScript: trappable }, async (page) => {
      const pixels = () => page.chartImages();
      // Once the first chances are in (they redraw the gap and cash charts with ranges).
      await page.waitFor(() => document.querySelector('[data-out="p_break_even"]').textContent !== '');
      await page.sleep(100);
      const before = await pixels();
      // The second chart (costs): the first (gap) is redrawn again when the chances are in.
      await page.evaluate(() => { window.__trap_calculator_draw = 2; });
      await page.fill('input[type=number][name="capex"]', '900');
      assert.equal(await page.count('figure.failed'), 1);
      assert.equal(await page.attr('figure.failed', 'data-figure'), 'costs');
      assert.match(await page.attr('figure.failed', 'data-error'), /could not be drawn/);
      const after = await pixels();
      const others = Object.keys(before).filter((id) => id !== 'costs');
      assert.ok(others.length >= 1, `charts on screen: ${Object.keys(before)}`);
      for (const id of others) assert.notEqual(after[id], before[id], `${id} redrew`);
      await page.fill('input[type=number][name="capex"]', '950');
      assert.equal(await page.count('figure.failed'), 0, 'the next input redraws the failed chart');
    });
  });

  test('a trapping model shows a way out and keeps the scenario in the address', { needs: ['initScript'] }, async () => {
    await withPage(engine, `${server.origin}/#v=2&capex=650`, { initScript: trappable, expectFailure: true }, async (page) => {
      await page.evaluate(() => { window.__trap_calculator_update = true; });
      await page.fill('input[type=number][name="revenue"]', '300');
      assert.equal(await page.visible('[data-failure]'), true);
      assert.match(await page.text('[data-failure]'), /went wrong/);
      assert.match(await page.evaluate(() => location.hash), /capex=650&revenue=300/);
      await page.clickToNavigate('[data-action="reload"]');
      assert.equal(await page.value('input[type=number][name="revenue"]'), '300');
      assert.equal(await page.visible('[data-failure]'), false);
      await page.evaluate(() => { window.__trap_calculator_update = true; });
      await page.fill('input[type=number][name="revenue"]', '400');
      await page.clickToNavigate('[data-action="reset-reload"]');
      assert.equal(await page.value('input[type=number][name="capex"]'), '500');
    });
  });

  for (const [name, hash, scheme, width] of [390, 1440].flatMap((w) => [
    ['full page, light', '', 'light'], ['full page, dark', '', 'dark'],
    ['embed, light', 'embed=1&show=capex,energy,revenue&charts=gap,cash', 'light'],
    ['embed, dark', 'embed=1&theme=dark', 'light'],
  ].map((c) => [...c, w]))) {
    // At 390 px a phone: one chart at a time above the sliders; at 1440 all four beside them.
    const viewport = { width, height: width < 600 ? 844 : 900 };
    test(`axe-core finds no accessibility violation: ${name}, ${width} px`, async () => {
      await withPage(engine, `${PAGE_URL}#${hash}`, { colorScheme: scheme, viewport }, async (page) => {
        if (await page.visible('[data-year-table] summary')) await page.click('[data-year-table] summary');
        await page.sleep(300);
        await page.addScript(AXE); // through the driver, outside the page's CSP
        const result = await page.evaluate(async () => {
          const r = await window.axe.run(document, { resultTypes: ['violations'] });
          return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
        });
        assert.deepEqual(result, []);
      });
    });
  }
});
