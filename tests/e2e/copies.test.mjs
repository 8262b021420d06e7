// Copies of the page that keep their scenario: saved as HTML (the DOM, with no fragment
// in its address) and as MHTML (Chrome's single-file save, opened with no scripts). Each
// case runs in every engine that can (engines.mjs).
import { after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { forEachEngine, withPage, PAGE_URL } from './engines.mjs';
import { cliEval, readMoney } from './model.mjs';

const SCENARIO = 'v=2&capex=650&life=3';
const dir = mkdtempSync(join(tmpdir(), 'roi-gap-copies-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** The scenario's revenue needed, as the model says, with the page's rounding. */
function assertRequired(text) {
  const shown = readMoney(text);
  const model = cliEval(SCENARIO).summary.required_revenue;
  assert.ok(Math.abs(shown.value - model) <= shown.tolerance, `shows ${text}, the model ${model}`);
}

/** Opens the page in the scenario and waits until its static view has caught up. */
async function settled(page) {
  await page.waitFor((s) => document.documentElement.dataset.staticScenario === s, SCENARIO, { timeout: 10_000 });
}

forEachEngine((test, engine) => {
  test('a copy saved as HTML opens in the scenario it was saved with, not the defaults', async () => {
    const file = join(dir, `saved-${engine}.html`);
    await withPage(engine, `${PAGE_URL}#${SCENARIO}`, {}, async (page) => {
      await settled(page);
      // What "Save page as" keeps: the DOM, and no address fragment when reopened.
      const html = await page.evaluate(() => `<!doctype html>\n${document.documentElement.outerHTML}`);
      writeFileSync(file, html);
    });
    await withPage(engine, pathToFileURL(file).href, {}, async (page) => {
      assert.equal(await page.value('input[type=number][name="capex"]'), '650');
      assert.equal(await page.value('input[type=number][name="life"]'), '3');
      assertRequired(await page.text('[data-out="required_revenue"]'));
    });
  });

  test('"Save an offline copy" writes one HTML file that opens in the scenario, offline', { needs: ['downloads'] }, async () => {
    const file = join(dir, `offline-${engine}.html`);
    await withPage(engine, `${PAGE_URL}#${SCENARIO}`, {}, async (page) => {
      const copy = await page.download('[data-download="copy"]');
      assert.equal(copy.name, 'roi-gap_capex-650_life-3.html');
      assert.match(copy.bytes.toString(), /^<!doctype html>/);
      writeFileSync(file, copy.bytes);
    });
    await withPage(engine, pathToFileURL(file).href, {}, async (page) => {
      assert.equal(await page.value('input[type=number][name="capex"]'), '650');
      assertRequired(await page.text('[data-out="required_revenue"]'));
      assert.equal(await page.visible('.notices'), false);
    });
  });

  test('Share from a file says the link works only on this computer, and offers it', async () => {
    await withPage(engine, `${PAGE_URL}#${SCENARIO}`, {}, async (page) => {
      await page.click('[data-action="share"]');
      await page.waitForSelector('[data-share-status] input');
      assert.match(await page.text('[data-share-status]'), /works only here/);
      assert.match(await page.value('[data-share-status] input'), /^file:.*index\.html#v=2&capex=650&life=3$/);
    });
  });

  test('a printed PDF says which scenario it shows: the inputs in words, the link', { needs: ['pdf'] }, async () => {
    const file = join(dir, `printed-${engine}.pdf`);
    await withPage(engine, `${PAGE_URL}#${SCENARIO}`, {}, async (page) => {
      await settled(page);
      writeFileSync(file, await page.pdf());
    });
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    assert.match(text, /AI capex \$650B per year · Chip and server life 3 years/);
    assert.match(text.replace(/\s+/g, ''), /index\.html#v=2&capex=650&life=3/);
    // The defaults table, with this scenario's values beside the defaults.
    assert.match(text.replace(/\s+/g, ' '), /AI capex \$500B \$650B/);
    assert.match(text.replace(/\s+/g, ' '), /Chip and server life 5 years 3 years/);
  });

  test('an MHTML copy, opened with no scripts, shows the scenario\'s figures and charts', { needs: ['mhtml'] }, async () => {
    const file = join(dir, `saved-${engine}.mhtml`);
    await withPage(engine, `${PAGE_URL}#${SCENARIO}`, {}, async (page) => {
      await settled(page);
      writeFileSync(file, await page.mhtml());
    });
    await withPage(engine, pathToFileURL(file).href, { ready: false }, async (page) => {
      await page.waitForSelector('[data-static]');
      assert.equal(await page.visible('main'), false, 'no dead controls or blank canvases');
      assert.equal(await page.visible('[data-static] details[open]'), true);
      const figures = await page.text('[data-static] details[open] .noscript-figures');
      const required = /Revenue needed in 2026: (-?\$[\d.,]+[BT]?)/.exec(figures)?.[1];
      assert.ok(required, figures);
      assertRequired(required);
      assert.match(await page.text('[data-static] details[open] [data-static-note]'), /scenario this copy was saved with/);
      assert.deepEqual(await page.visibleAll('[data-static] details[open] svg'), [true, true, true, true, true]);
    });
  });
});
