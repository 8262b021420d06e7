// The calculator page as readers use it: from file:// and from a server, dragging
// sliders, typing numbers, opening links (a phone's own cases are in phone.test.mjs). Each
// case runs in every engine (engines.mjs).
import { after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { forEachEngine, withPage, serve, PAGE_URL, DIST } from './engines.mjs';
import { dragSlider } from './sliders.mjs';
import {
  assertClose, assertFiguresMatchModel, cliEval, cliUncertainty, readMoney, readPercent,
} from './model.mjs';

const server = await serve(DIST);
after(() => server.close());

forEachEngine((test, engine) => {
  test('the tornado names first the input that moves the NPV most, and follows the scenario', { webkit: true }, async () => {
    const labels = Object.fromEntries(JSON.parse(execFileSync('target/release/roi-gap', ['params']).toString())
      .map((p) => [p.key, p.label]));
    const topOf = (scenario) => labels[cliUncertainty(scenario, 1).tornado[0].key];
    await withPage(engine, `${PAGE_URL}#v=2`, {}, async (page) => {
      const caption = '[data-describe="tornado"]';
      await page.waitFor((want) => document.querySelector('[data-describe="tornado"]').textContent.includes(`most with ${want} `), topOf('v=2'));
      assert.equal(topOf('v=2'), 'Capex growth', "DESIGN.md's reference: capex growth first");
      // A scenario where revenue growth's range matters most.
      await page.fill('input[type=number][name="capex_growth"]', '0');
      await page.fill('input[type=number][name="revenue_growth"]', '100');
      const want = topOf('v=2&capex_growth=0&revenue_growth=100');
      await page.waitFor((w) => document.querySelector('[data-describe="tornado"]').textContent.includes(`most with ${w} `), want);
      assert.match(await page.text(caption), /^The NPV of -?\$[\d.]+[BT] moves most with /);
    });
  });

  test('the gap and cash charts draw the ranges behind their lines; spread=0 takes them away', { webkit: true }, async () => {
    await withPage(engine, `${PAGE_URL}#v=2&revenue_growth=80`, {}, async (page) => {
      const pixels = () => page.chartImages(['gap', 'cash']);
      // The chances and the ranges come together, once the reader pauses.
      const settled = async (want) => {
        await page.waitFor((w) => document.querySelector('[data-out="p_break_even"]').textContent === w, want);
        await page.sleep(100);
        return pixels();
      };
      const ranged = await settled(`${Math.round(cliUncertainty('v=2&revenue_growth=80', 2000).p_break_even * 100)}%`);
      await page.fill('input[type=number][name="spread"]', '0');
      const bare = await settled('100%');
      assert.notEqual(bare.gap, ranged.gap, 'the gap chart lost its ranges');
      if (ranged.cash) assert.notEqual(bare.cash, ranged.cash, 'the cash chart lost its ranges');
      await page.fill('input[type=number][name="spread"]', '100');
      const again = await settled(`${Math.round(cliUncertainty('v=2&revenue_growth=80', 2000).p_break_even * 100)}%`);
      assert.equal(again.gap, ranged.gap, 'the same scenario draws the same ranges');
      if (again.cash && ranged.cash) assert.equal(again.cash, ranged.cash, 'the same ranges on the cash chart');
    });
  });

  test('the chances follow the scenario once the reader pauses; spread=0 makes them certain', { webkit: true }, async () => {
    await withPage(engine, `${PAGE_URL}#v=2&revenue_growth=80`, {}, async (page) => {
      const chances = () => page.evaluate(() => ['p_break_even', 'p_payback', 'p_npv_positive']
        .map((k) => document.querySelector(`[data-out="${k}"]`).textContent));
      const match = async (scenario) => {
        // The page draws 2,000 times from the same seed as the CLI: the same figures, in
        // whole percents ("<1%" and ">99%" while there are ranges).
        const want = cliUncertainty(scenario, 2000);
        await page.waitFor((w) => {
          const got = ['p_break_even', 'p_payback', 'p_npv_positive']
            .map((k) => document.querySelector(`[data-out="${k}"]`).textContent);
          const reads = (t, p) => (t === '<1%' ? p < 0.005 : t === '>99%' ? p > 0.995
            : /^\d+%$/.test(t) && Math.abs(Number(t.slice(0, -1)) / 100 - p) <= 0.005 + 1e-9);
          return got.every((t, i) => reads(t, w[i]));
        }, [want.p_break_even, want.p_payback, want.p_npv_positive]);
        return chances();
      };
      const [breakEven] = await match('v=2&revenue_growth=80');
      assert.ok(readPercent(breakEven).value > 0.8, `catches up in most draws: ${breakEven}`);
      // Without ranges every draw is the point estimate: each chance is 0% or 100% as the
      // model says.
      const certain = (scenario) => {
        const s = cliEval(scenario).summary;
        return [s.break_even_year !== null, s.payback_year !== null, s.npv > 0].map((yes) => (yes ? '100%' : '0%'));
      };
      await page.fill('input[type=number][name="spread"]', '0');
      assert.deepEqual(await match('v=2&revenue_growth=80&spread=0'), certain('v=2&revenue_growth=80&spread=0'));
      await page.fill('input[type=number][name="revenue_growth"]', '40');
      assert.deepEqual(await match('v=2&spread=0'), certain('v=2&spread=0'));
      assert.match(await page.evaluate(() => location.hash), /spread=0/);
    });
  });

  for (const [where, url] of [['file://', () => PAGE_URL], ['http', () => `${server.origin}/`]]) {
    test(`${where}: loads with no error, every control, label and chart, the model's figures`, { webkit: true, wpe: true }, async () => {
      await withPage(engine, url(), {}, async (page) => {
        await page.sleep(300);
        assert.equal(await page.count('input[type=range][name]'), 22);
        assert.equal(await page.count('input[type=number][name]'), 22);
        assert.equal(await page.count('canvas[data-chart]'), 5);
        for (const key of ['capex', 'energy', 'revenue']) {
          assert.equal(await page.count(`label[for="in-${key}"]`), 1);
        }
        await assertFiguresMatchModel(page);
      });
    });

    test(`${where}: makes no request beyond the page`, { needs: ['requests'] }, async () => {
      await withPage(engine, url(), {}, async (page) => {
        await page.sleep(300);
        assert.deepEqual(page.requests.filter((u) => u.split('#')[0] !== url()), []);
      });
    });
  }

  const HEADLINE_OF = { capex: 'required_revenue', energy: 'required_revenue', revenue: 'revenue' };
  for (const key of ['capex', 'energy', 'revenue']) {
    test(`dragging the ${key} slider redraws figures and every chart to the model's values`, { webkit: key === 'capex', wpe: key === 'capex' }, async () => {
      await withPage(engine, PAGE_URL, {}, async (page) => {
        await page.scrollIntoView('canvas[data-chart="gap"]'); // below the fold in WPE's 800x600
        const before = { value: await page.value(`input[type=number][name="${key}"]`), pixels: await page.chartImages() };
        const figure = `[data-out="${HEADLINE_OF[key]}"]`;
        const headline = await page.text(figure);
        await dragSlider(page, key, 60);
        const after = await page.value(`input[type=number][name="${key}"]`);
        assert.notEqual(after, before.value, 'the number box follows the slider');
        const model = await assertFiguresMatchModel(page);
        assert.notEqual(await page.text(figure), headline, `${figure} did not change`);
        // Every chart on screen; a narrow screen (WPE's 800 px) shows one at a time, and
        // the page draws the others when their tab is chosen or they are scrolled to.
        const pixels = await page.chartImages();
        assert.ok(Object.keys(before.pixels).length > 0, 'charts on screen');
        for (const chart of Object.keys(before.pixels)) {
          assert.notEqual(pixels[chart], before.pixels[chart], `chart ${chart} did not change`);
        }
        assert.ok(await page.visible('canvas[data-chart="gap"]'), 'the gap chart is on screen');
        assert.ok(model.required_revenue > 0);
      });
    });
  }

  test('the charts are drawn in their worker wherever the engine can draw in one', { webkit: true, wpe: true }, async () => {
    await withPage(engine, PAGE_URL, async (page) => {
      const capable = await page.evaluate(() => typeof Worker === 'function' && typeof OffscreenCanvas === 'function'
        && typeof HTMLCanvasElement.prototype.transferControlToOffscreen === 'function');
      await page.waitForSelector('html[data-charts-thread]');
      const thread = await page.evaluate(() => document.documentElement.dataset.chartsThread);
      assert.equal(thread, capable ? 'worker' : 'page', `OffscreenCanvas ${capable ? '' : 'not '}available`);
    });
  });

  test('typing into a number box updates the slider, figures, charts and link', async () => {
    await withPage(engine, PAGE_URL, {}, async (page) => {
      const pixels = await page.chartImages();
      await page.fill('input[type=number][name="capex"]', '650');
      // The slider's track is in positions (a piecewise scale): it says its value in words.
      const said = () => page.attr('input[type=range][name="capex"]', 'aria-valuetext');
      assert.equal(await said(), '$650B per year');
      const model = await assertFiguresMatchModel(page);
      assertClose('required', readMoney(await page.text('[data-out="required_revenue"]')),
        cliEval('v=2&capex=650').summary.required_revenue);
      assert.ok(model.required_revenue > 927);
      const after = await page.chartImages();
      assert.ok(after.gap, 'the gap chart is on screen');
      for (const chart of ['gap', 'costs', 'cash']) {
        if (after[chart] && pixels[chart]) assert.notEqual(after[chart], pixels[chart], chart);
      }
      await page.waitFor(() => location.hash.includes('capex=650'));
      // A number box cannot hold letters; a cleared box (or a lone "-") reads as "".
      await page.fill('input[type=number][name="capex"]', '');
      assert.match(await page.text('.control[data-key="capex"] .field-error'), /Enter a number/);
      assert.equal(await said(), '$650B per year', 'a bad entry keeps the scenario');
      await page.fill('input[type=number][name="capex"]', '99999');
      assert.match(await page.text('.control[data-key="capex"] .field-error'), /From 0 to 5000 \$B\/yr: using 5000/);
      assert.equal(await said(), '$5.00T per year');
      assert.equal(await page.value('input[type=range][name="capex"]'), await page.attr('input[type=range][name="capex"]', 'max'), 'at the end of its track');
    });
  });

  test('a link restores its scenario exactly, and the page writes it back', { webkit: true, wpe: true }, async () => {
    const text = 'v=2&capex=650&life=3&revenue_growth=60&theme=dark';
    await withPage(engine, `${PAGE_URL}#${text}`, {}, async (page) => {
      assert.equal(await page.value('input[type=number][name="capex"]'), '650');
      assert.equal(await page.value('input[type=number][name="life"]'), '3');
      assert.equal(await page.value('input[type=range][name="revenue_growth"]'), '60');
      assert.equal(await page.attr('html', 'data-theme'), 'dark');
      const model = cliEval(text).summary;
      assertClose('required', readMoney(await page.text('[data-out="required_revenue"]')), model.required_revenue);
      assert.equal(await page.visible('.notices'), false);
      await page.sleep(400);
      assert.equal(await page.evaluate(() => location.hash), `#${text}`);
    });
  });

  test('a link the previous version wrote keeps its figures, is rewritten to v2 at once, with one notice', { webkit: true, wpe: true }, async () => {
    const v1 = 'v=1&capex=650&life=3';
    await withPage(engine, `${PAGE_URL}#${v1}`, {}, async (page) => {
      assert.equal(await page.evaluate(() => location.hash), '#v=2&capex=650&life=3&short_share=100');
      assert.equal(await page.value('input[type=number][name="short_share"]'), '100');
      await assertFiguresMatchModel(page, v1); // roi-gap eval 'v=1&capex=650&life=3'
      assert.equal(await page.visible('.notices'), true);
      const notices = await page.evaluate(() => [...document.querySelectorAll('[data-notices] li')].map((li) => li.textContent));
      assert.equal(notices.length, 1, `notices: ${JSON.stringify(notices)}`);
      assert.match(notices[0], /made by an earlier version/i);
      await page.sleep(400);
      assert.equal(await page.evaluate(() => location.hash), '#v=2&capex=650&life=3&short_share=100');
    });
  });

  test('a garbage fragment shows notices and a working page', { webkit: true, wpe: true }, async () => {
    const garbage = '#capex=NaN&energy=-5&%zz&<img src=x onerror=alert(1)>=1&years=1e999&' + 'x'.repeat(5000);
    await withPage(engine, PAGE_URL + garbage, {}, async (page) => {
      assert.equal(await page.visible('.notices'), true);
      const notices = await page.text('[data-notices]');
      assert.match(notices, /capex/);
      assert.match(notices, /energy/);
      assert.equal(await page.count('.notices img'), 0, 'notice text is never HTML');
      assert.equal(await page.value('input[type=number][name="energy"]'), '0');
      await assertFiguresMatchModel(page);
      await dragSlider(page, 'capex', 40);
      await assertFiguresMatchModel(page);
    });
  });

  test('presets and reset change the scenario and show the source', async () => {
    await withPage(engine, PAGE_URL, {}, async (page) => {
      await page.select('[data-preset]', 'sequoia-2024');
      assert.equal(await page.value('input[type=number][name="capex"]'), '300');
      assert.match(await page.text('[data-preset-source]'), /600B/);
      assertClose('sequoia', readMoney(await page.text('[data-out="sequoia_required"]')), 600);
      await page.click('[data-action="reset"]');
      assert.equal(await page.value('input[type=number][name="capex"]'), '500');
      assert.equal(await page.evaluate(() => location.hash), '#v=2');
    });
  });

  test('the year table lists every year of the model', async () => {
    await withPage(engine, `${PAGE_URL}#v=2&years=12`, {}, async (page) => {
      await page.click('[data-year-table] summary');
      await page.waitForSelector('[data-years] tbody tr:nth-child(12)'); // the toggle event is async
      assert.equal(await page.count('[data-years] tbody tr'), 12);
      const model = cliEval('v=2&years=12').years;
      assert.equal(await page.text('[data-years] tbody tr:last-child th'), String(model[11].year));
    });
  });

  test('a saved copy of the page (DOM as the browser saves it) still works from disk', { needs: ['requests'] }, async () => {
    const saved = await withPage(engine, `${PAGE_URL}#v=2&capex=700`, {},
      (page) => page.evaluate(() => `<!doctype html>\n${document.documentElement.outerHTML}`));
    const dir = mkdtempSync(join(tmpdir(), 'roi-gap-'));
    const file = join(dir, 'saved.html');
    writeFileSync(file, saved);
    const url = pathToFileURL(file).href;
    try {
      await withPage(engine, `${url}#v=2&capex=700`, {}, async (copy) => {
        assert.equal(await copy.count('input[type=range][name]'), 22);
        assert.equal(await copy.count('[data-preset] option'), 9);
        assert.equal(await copy.value('input[type=number][name="capex"]'), '700');
        await assertFiguresMatchModel(copy);
        assert.deepEqual(copy.requests.filter((u) => u.split('#')[0] !== url), []);
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  test('after the reader pauses, a polite live region says the headline\'s effect in one sentence', async () => {
    await withPage(engine, `${PAGE_URL}#v=2`, {}, async (page) => {
      await page.waitFor(() => document.querySelector('[data-announce]').textContent !== '');
      const before = await page.text('[data-announce]');
      assert.equal(await page.attr('[data-announce]', 'aria-live'), 'polite');
      // A drag: input events faster than the pause; nothing is announced mid-drag.
      await page.evaluate(() => {
        const range = document.querySelector('input[type=range][name="capex"]');
        for (const v of [600, 700, 800]) {
          range.value = String(v);
          range.dispatchEvent(new Event('input', { bubbles: true }));
        }
      });
      assert.equal(await page.text('[data-announce]'), before, 'not announced mid-drag');
      await page.waitFor((b) => document.querySelector('[data-announce]').textContent !== b, before);
      assert.equal(await page.text('[data-announce]'), await page.text('[data-ticker]'));
      const required = await page.text('[data-out="required_revenue"]');
      assert.ok((await page.text('[data-announce]')).includes(`Needs ${required}`), 'the new headline');
    });
  });
});
