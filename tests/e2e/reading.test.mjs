// Reading the charts as readers do: values under the pointer, a tap or the arrow keys
// (checked against the CLI's numbers for that year), a comparison scenario, undo with
// Back or the widget's buttons, slider scales that fit a thumb, and on a phone a chart in
// view while a slider moves. Each case runs in every engine that can (engines.mjs).
import { after } from 'node:test';
import assert from 'node:assert/strict';
import { forEachEngine, withPage, serve, PAGE_URL, DIST } from './engines.mjs';
import { cliEval, readMoney } from './model.mjs';
import { thumbOf } from './sliders.mjs';

const server = await serve(DIST);
after(() => server.close());

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };

/** The year charts' readout items, in order, as CLI year keys (cash: running sums). */
const ITEMS = {
  gap: ['required_revenue', 'revenue', 'gap'],
  costs: ['depreciation', 'capital_return', 'energy', 'opex', 'compute_from_customers', 'compute_from_funding', 'round_trip'],
  cash: ['cash_flow', 'cash_flow_with_funding'],
};

/** Checks an English year readout of `chart` ("2031: revenue needed $1.2T · ...") against the CLI. */
function assertReadout(chart, text, scenario) {
  const m = /^(\d{4}): (.*)$/.exec(text);
  assert.ok(m, `a year readout: ${JSON.stringify(text)}`);
  const year = Number(m[1]);
  const years = cliEval(scenario).years;
  const row = years.find((r) => r.year === year);
  assert.ok(row, `${year} is a year of the model`);
  const items = m[2].split(' · ');
  assert.equal(items.length, ITEMS[chart].length, text);
  ITEMS[chart].forEach((key, i) => {
    const shown = readMoney(items[i].split(' ').pop());
    const want = chart === 'cash'
      ? years.filter((r) => r.year <= year).reduce((sum, r) => sum + r[key], 0)
      : row[key];
    assert.ok(Math.abs(shown.value - want) <= shown.tolerance, `${chart} ${year} ${key}: page ${items[i]}, model ${want}`);
  });
  return year;
}

/** The point `fx` of the way across and `fy` down the canvas of `chart`, in CSS pixels
 * (on a narrow screen, where one chart shows at a time, after choosing its tab). */
async function pointOn(page, chart, fx, fy = 0.6) {
  const selector = `canvas[data-chart="${chart}"]`;
  const tab = `[data-chart-tabs] [data-tab="${chart}"]`;
  if (await page.visible(tab)) await page.click(tab);
  await page.scrollIntoView(selector);
  const box = await page.box(selector);
  return { x: box.x + box.width * fx, y: box.y + box.height * fy };
}

const readout = (chart) => `figure[data-figure="${chart}"] [data-readout]`;

/** The readout of `chart` once it matches `pattern` (it follows the chart's drawing). */
function readoutMatching(page, chart, pattern, other = null) {
  return page.waitFor(([s, source, flags, before]) => {
    const t = document.querySelector(s).textContent;
    return new RegExp(source, flags).test(t) && t !== before && t;
  }, [readout(chart), pattern.source, pattern.flags, other], { message: `readout of ${chart} never matched ${pattern}` });
}

forEachEngine((test, engine) => {
  test('pointing at a chart, and the arrow keys on it, read a year as the CLI computes it', { webkit: true }, async () => {
    const scenario = 'v=2&capex=650&revenue_growth=50';
    await withPage(engine, `${PAGE_URL}#${scenario}`, {}, async (page) => {
      for (const chart of ['gap', 'costs', 'cash']) {
        assert.doesNotMatch(await page.text(readout(chart)), /^\d{4}:/, 'nothing picked yet: the hint');
        await page.hover(await pointOn(page, chart, 0.9));
        const late = assertReadout(chart, await page.waitFor((s) => {
          const t = document.querySelector(s).textContent;
          return /^\d{4}:/.test(t) && t;
        }, readout(chart)), scenario);
        await page.hover(await pointOn(page, chart, 0.2));
        const early = assertReadout(chart, await page.waitFor(([s, before]) => {
          const t = document.querySelector(s).textContent;
          return /^\d{4}:/.test(t) && !t.startsWith(before) && t;
        }, [readout(chart), String(late)]), scenario);
        assert.ok(early < late, `further left is earlier: ${early} < ${late}`);
      }
      // The keyboard: focus the canvas, Home is the first year, each arrow the next.
      await page.evaluate(() => document.querySelector('canvas[data-chart="gap"]').focus());
      await page.press('Home');
      assert.equal(assertReadout('gap', await readoutMatching(page, 'gap', /^2026:/), scenario), 2026);
      await page.press('ArrowRight');
      await page.press('ArrowRight');
      const was = await readoutMatching(page, 'gap', /^2028:/);
      assert.equal(assertReadout('gap', was, scenario), 2028);
      // The readout follows the scenario: a new capex, the same year, new numbers.
      await page.fill('input[type=number][name="capex"]', '800');
      const next = 'v=2&capex=800&revenue_growth=50';
      assert.equal(assertReadout('gap', await readoutMatching(page, 'gap', /^2028:/, was), next), 2028);
      await page.evaluate(() => document.querySelector('canvas[data-chart="gap"]').focus());
      await page.press('Escape');
      await readoutMatching(page, 'gap', /^(?!\d{4}:)/);
    });
  });

  test('the flow chart names a flow and its money; the tornado an input and its NPVs', { webkit: true }, async () => {
    await withPage(engine, `${PAGE_URL}#v=2`, {}, async (page) => {
      await page.evaluate(() => document.querySelector('canvas[data-chart="circular"]').focus());
      await page.press('ArrowRight');
      const flow = await readoutMatching(page, 'circular', /^customers' money/);
      const model = cliEval('v=2').years[0];
      const m = /^customers' money: Customers → AI companies, (\S+)$/.exec(flow);
      assert.ok(m, flow);
      const shown = readMoney(m[1]);
      assert.ok(Math.abs(shown.value - model.revenue) <= shown.tolerance, flow);
      await page.press('End');
      await readoutMatching(page, 'circular', /^round trip: Vendors' AI revenue → Vendors \(cloud, chips\), \$/);
      await page.evaluate(() => document.querySelector('canvas[data-chart="tornado"]').focus());
      await page.press('ArrowDown');
      await readoutMatching(page, 'tornado', /^Capex growth: NPV -?\$[\d.]+[BT] at the low end of its range, -?\$[\d.]+[BT] at the high end$/);
    });
  });

  test('a key pressed on a chart before its worker has started is read, not lost', { needs: ['initScript'] }, async () => {
    // The charts' worker answers its start 1.5 s late, as on a slow phone.
    const slowWorker = () => {
      const post = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function delayed(message, ...rest) {
        if (message?.type !== 'start') return post.call(this, message, ...rest);
        setTimeout(() => post.call(this, message, ...rest), 1500);
        return undefined;
      };
    };
    await withPage(engine, `${PAGE_URL}#v=2`, { initScript: slowWorker }, async (page) => {
      if (await page.attr('html', 'data-charts-thread') === 'page') return; // no worker here
      assert.equal(await page.attr('html', 'data-charts-thread'), null, 'the worker has not started yet');
      await page.evaluate(() => document.querySelector('canvas[data-chart="circular"]').focus());
      await page.press('ArrowRight');
      await readoutMatching(page, 'circular', /^customers' money/);
      assert.equal(await page.attr('html', 'data-charts-thread'), 'worker');
    });
  });

  test('a tap on a chart on a phone reads it', { needs: ['touch'] }, async () => {
    await withPage(engine, `${PAGE_URL}#v=2`, PHONE, async (page) => {
      await page.tap('canvas[data-chart="gap"]');
      assertReadout('gap', await page.waitFor((s) => {
        const t = document.querySelector(s).textContent;
        return /^\d{4}:/.test(t) && t;
      }, readout('gap')), 'v=2');
    });
  });

  test('compare= draws a baseline behind the gap and cash charts, and the figures say the change', { webkit: true, wpe: true }, async () => {
    const pixels = (page) => page.chartImages(['gap', 'costs', 'cash']);
    await withPage(engine, `${PAGE_URL}#v=2&capex=700&spread=0&compare=sequoia-2024`, {}, async (page) => {
      const against = await pixels(page);
      const base = cliEval('v=2&preset=sequoia-2024').summary;
      const now = cliEval('v=2&capex=700').summary;
      const delta = await page.text('[data-delta="required_revenue"]');
      const shown = readMoney(delta.replace(/^\+/, '').split(/\s/)[0]);
      assert.ok(delta.startsWith(now.required_revenue > base.required_revenue ? '+' : '-'), delta);
      assert.ok(Math.abs(Math.abs(shown.value) - Math.abs(now.required_revenue - base.required_revenue)) <= shown.tolerance, delta);
      assert.equal(await page.value('[data-compare]'), 'sequoia-2024');
      await page.select('[data-compare]', 'none');
      await page.waitFor(() => location.hash.includes('compare=none'));
      assert.equal(await page.text('[data-delta="required_revenue"]'), '');
      const without = await pixels(page);
      assert.notEqual(without.gap, against.gap, 'the comparison lines went away');
      // (A narrow screen, WPE's, shows one chart at a time: the cash chart waits undrawn.)
      if (without.cash) assert.notEqual(without.cash, against.cash);
      if (without.costs) assert.equal(without.costs, against.costs, 'the costs chart draws no comparison');
      // The start: nothing to compare at first, a change once the reader moves something.
      await page.select('[data-compare]', 'start');
      await page.waitFor(() => !location.hash.includes('compare='));
      assert.equal(await page.text('[data-delta="revenue"]'), '');
      await page.fill('input[type=number][name="revenue"]', '175');
      await page.waitFor(() => document.querySelector('[data-delta="revenue"]').textContent.startsWith('+$120B'));
    });
  });

  test('Back steps to the previous settled scenario, Undo and Redo too, and Reset can be undone', { webkit: true }, async () => {
    await withPage(engine, `${PAGE_URL}#v=2`, {}, async (page) => {
      const capex = 'input[type=number][name="capex"]';
      const settled = (want) => page.waitFor((w) => history.state?.roiGap === w, want);
      await page.fill(capex, '700');
      await settled(1);
      await page.fill(capex, '800');
      await settled(2);
      await page.evaluate(() => history.back());
      await page.waitFor((s) => document.querySelector(s).value === '700', capex);
      assert.match(await page.evaluate(() => location.hash), /capex=700/);
      await page.click('[data-action="undo"]');
      await page.waitFor((s) => document.querySelector(s).value === '500', capex);
      assert.equal(await page.attr('[data-action="undo"]', 'disabled'), '', 'nothing before the start');
      await page.click('[data-action="redo"]');
      await page.waitFor((s) => document.querySelector(s).value === '700', capex);
      await page.click('[data-action="reset"]');
      await settled(2);
      assert.equal(await page.value(capex), '500');
      await page.click('[data-action="undo"]');
      await page.waitFor((s) => document.querySelector(s).value === '700', capex);
    });
  });

  test('in a widget, Undo and Redo leave the host\'s history alone', { webkit: true }, async () => {
    await withPage(engine, `${PAGE_URL}#v=2&embed=1&show=capex,revenue`, {}, async (page) => {
      const capex = 'input[type=number][name="capex"]';
      const length = await page.evaluate(() => history.length);
      await page.fill(capex, '900');
      await page.waitFor(() => !document.querySelector('[data-action="undo"]').disabled);
      await page.click('[data-action="undo"]');
      await page.waitFor((s) => document.querySelector(s).value === '500', capex);
      await page.click('[data-action="redo"]');
      await page.waitFor((s) => document.querySelector(s).value === '900', capex);
      assert.equal(await page.evaluate(() => history.length), length, 'no history entry added');
      assert.match(await page.evaluate(() => location.hash), /capex=900/);
    });
  });

  test('the tab order follows the screen: controls before the charts beside them, charts first on a phone', { webkit: true }, async () => {
    const order = (page) => page.evaluate(() => {
      const charts = document.querySelector('[data-charts]');
      const controls = document.querySelector('#controls');
      // eslint-disable-next-line no-bitwise
      return controls.compareDocumentPosition(charts) & Node.DOCUMENT_POSITION_FOLLOWING ? 'controls first' : 'charts first';
    });
    await withPage(engine, `${PAGE_URL}#v=2`, { viewport: { width: 1280, height: 900 } }, async (page) => {
      assert.equal(await order(page), 'controls first');
      await page.setViewport({ width: 390, height: 844 });
      await page.waitFor(() => innerWidth === 390);
      await page.waitFor(() => document.querySelector('[data-charts]')
        .compareDocumentPosition(document.querySelector('#controls')) & Node.DOCUMENT_POSITION_FOLLOWING, undefined,
      { message: 'the charts never came before the controls' }); // when the media query says so
      assert.equal(await order(page), 'charts first');
      // The formulas scroll sideways on a phone: focusable, once their section (skipped
      // off-screen by content-visibility) is laid out, as when the focus reaches it.
      await page.evaluate(() => document.querySelector('.details [tabindex="0"]').focus());
      await page.waitFor(() => document.querySelector('.formulas').getAttribute('tabindex') === '0', undefined,
        { message: 'the formulas scroll sideways on a phone and were not made focusable' });
    });
    await withPage(engine, `${PAGE_URL}#v=2&embed=1`, { viewport: { width: 390, height: 844 } }, async (page) => {
      assert.equal(await order(page), 'controls first', 'a widget stacks its controls first');
    });
  });

  test('on a phone, a control that takes the focus is never hidden behind the charts kept in view', { webkit: true }, async () => {
    await withPage(engine, `${PAGE_URL}#v=2`, { viewport: { width: 390, height: 844 } }, async (page) => {
      /** How far `selector`'s top is above the bottom of the charts stuck at the top (px; <= 0: clear). */
      const hidden = (selector) => page.evaluate((s) => {
        const el = document.querySelector(s).getBoundingClientRect();
        const charts = document.querySelector('[data-charts]').getBoundingClientRect();
        return Math.round(charts.bottom - el.top);
      }, selector);
      // The skip link: the assumptions' card from its top, its title and preset menu with it.
      await page.evaluate(() => document.querySelector('.skip').click());
      await page.waitFor(() => document.activeElement?.id === 'controls');
      await page.sleep(100);
      // Its top just below the charts (8 px of margin): scrolled there, neither under them
      // nor left where it was.
      const gap = -(await hidden('#controls'));
      assert.ok(gap >= 6 && gap <= 12, `the card's top is ${gap} px below the charts' bottom`);
      assert.ok(await page.evaluate(() => document.querySelector('[data-charts]').getBoundingClientRect().top) <= 1, 'the charts at the top');
      // From below: a slider above the screen scrolls in at the top, under the charts.
      await page.evaluate(() => window.scrollTo(0, document.querySelector('[name=energy]').getBoundingClientRect().top + scrollY + 600));
      await page.sleep(100);
      assert.ok(await page.evaluate(() => document.querySelector('input[type=range][name=capex]').getBoundingClientRect().bottom
        < document.querySelector('[data-charts]').getBoundingClientRect().bottom), 'the slider starts hidden, above or under the charts');
      await page.evaluate(() => document.querySelector('input[type=range][name=capex]').focus());
      await page.sleep(100);
      const under = await hidden('input[type=range][name=capex]');
      assert.ok(under <= 0, `the focused capex slider is ${under} px under the charts`);
      assert.ok(await page.evaluate(() => document.querySelector('input[type=range][name=capex]').getBoundingClientRect().bottom < innerHeight), 'the slider is on screen');
    });
  });

  test('on a phone a chart stays in view while capex, energy and revenue slide, and 30 px take revenue from 55 to 80', { needs: ['touch'] }, async () => {
    await withPage(engine, `${PAGE_URL}#v=2`, PHONE, async (page) => {
      for (const [key, chart] of [['capex', 'gap'], ['energy', 'costs'], ['revenue', 'gap']]) {
        const { x, y } = await thumbOf(page, key);
        const before = Number(await page.value(`input[type=number][name="${key}"]`));
        let inView = null;
        await page.touchDrag({ x, y }, { x: x + 30, y }, {
          steps: 10,
          midway: async () => {
            inView = await page.evaluate(() => [...document.querySelectorAll('canvas[data-chart]')].filter((c) => {
              const r = c.getBoundingClientRect();
              return r.width > 0 && r.height > 40 && r.bottom > 0 && r.top < innerHeight;
            }).map((c) => c.dataset.chart));
          },
        });
        assert.ok(inView.includes(chart), `${key}: ${chart} is in view mid-drag (${inView})`);
        const after = Number(await page.value(`input[type=number][name="${key}"]`));
        assert.ok(after > before, `${key}: ${before} -> ${after}`);
        if (key === 'revenue') assert.ok(Math.abs(after - 80) <= 2, `revenue 55 + 30 px = ${after}`);
      }
    });
  });
});
