// The calculator on a phone: the layout at 360 px, the charts' density, a tap, and what a
// drag keeps still (the slider under the finger) and skips (the sections off-screen). Each
// case runs in every engine that has what it needs (engines.mjs).
import assert from 'node:assert/strict';
import { forEachEngine, withPage, PAGE_URL } from './engines.mjs';
import { dragSlider } from './sliders.mjs';
import { assertFiguresMatchModel } from './model.mjs';

const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true };

forEachEngine((test, engine) => {
  /** Waits until the gap chart's canvas has `density` pixels per CSS pixel (a chart drawn
   * by the page's worker takes its size when the worker's frame reaches the page). */
  const backingStoreIs = (page, density) => page.waitFor((d) => {
    const c = document.querySelector('canvas[data-chart="gap"]');
    return c.width === c.clientWidth * d;
  }, density, { message: `the gap chart's canvas is not at ${density}x` });

  test('a 360 px wide phone has no horizontal scroll, the summary bar, and canvases at devicePixelRatio', { webkit: true }, async () => {
    await withPage(engine, PAGE_URL, PHONE, async (page) => {
      // Chromium's isMobile widens the layout viewport to fit wide content (so innerWidth
      // grows); elsewhere wide content scrolls the document (scrollWidth > clientWidth).
      const width = await page.evaluate(() => ({
        inner: window.innerWidth, client: document.documentElement.clientWidth, scroll: document.documentElement.scrollWidth,
      }));
      assert.equal(width.inner, 360, `viewport ${width.inner}px`);
      assert.equal(width.scroll, width.client, `page is ${width.scroll}px wide in ${width.client}px`);
      assert.equal(await page.visible('[data-ticker]'), true, 'the summary bar shows on phones');
      await page.scrollIntoView('canvas[data-chart="gap"]'); // the page draws what is on screen
      assert.equal(await page.evaluate(() => window.devicePixelRatio), 2, 'the phone has devicePixelRatio 2');
      // (WebKitGTK's canvas element keeps its first size while its worker draws it: there
      // is nothing to read back in that engine.)
      if (engine !== 'webkit') await backingStoreIs(page, 2);
    });
  });

  test('a 3x phone gets its charts at 2x: as sharp to the eye, 44% of the pixels to draw', async () => {
    await withPage(engine, PAGE_URL, { ...PHONE, deviceScaleFactor: 3 }, async (page) => {
      await page.scrollIntoView('canvas[data-chart="gap"]'); // the page draws what is on screen
      assert.equal(await page.evaluate(() => window.devicePixelRatio), 3);
      // (WebKitGTK's canvas element keeps its first size while its worker draws it.)
      if (engine !== 'webkit') await backingStoreIs(page, 2);
    });
  });

  test('on a phone, tapping a slider moves it and the figures follow', { needs: ['touch'] }, async () => {
    await withPage(engine, PAGE_URL, PHONE, async (page) => {
      const slider = 'input[type=range][name="revenue"]';
      await page.scrollIntoView(slider);
      await page.tap(slider);
      assert.notEqual(await page.value('input[type=number][name="revenue"]'), '55');
      await assertFiguresMatchModel(page);
    });
  });

  test('while a slider is dragged, the sections off-screen rest in place and come back current', async () => {
    // A scenario of no preset: only the sections can move the slider here (the preset's
    // source has its own test below).
    await withPage(engine, `${PAGE_URL}#v=2&capex=510`, PHONE, async (page) => {
      const slider = 'input[type=range][name="revenue"]';
      await page.scrollIntoView(slider); // the headline is well above the screen
      const before = (await page.box(slider)).y;
      // Each section's state, where it is, and where the slider is, whenever one rests or wakes.
      await page.evaluate((s) => {
        window.restingSeen = [];
        for (const section of document.querySelectorAll('.headline, .details')) {
          new MutationObserver(() => {
            const box = section.getBoundingClientRect();
            window.restingSeen.push({
              section: section.classList[0],
              resting: section.hasAttribute('data-resting'),
              hidden: getComputedStyle(section).contentVisibility === 'hidden',
              offScreen: box.bottom < 0 || box.top > innerHeight,
              y: document.querySelector(s).getBoundingClientRect().y,
            });
          }).observe(section, { attributes: true, attributeFilter: ['data-resting'] });
        }
      }, slider);
      await dragSlider(page, 'revenue', 60);
      await page.waitFor(() => !document.querySelector('[data-resting]') && window.restingSeen.length > 0, undefined,
        { message: 'the sections never rested, or never woke' });
      const seen = await page.evaluate(() => window.restingSeen);
      for (const section of ['headline', 'details']) {
        const states = seen.filter((s) => s.section === section);
        assert.ok(states.some((s) => s.resting), `the ${section} section never rested`);
        assert.equal(states.at(-1).resting, false, `the ${section} section still rests`);
      }
      for (const s of seen) {
        assert.equal(s.hidden, s.resting, `${s.section}: resting ${s.resting}, content-visibility hidden ${s.hidden}`);
        if (s.resting) assert.ok(s.offScreen, `the ${s.section} section rested on screen`);
        assert.ok(Math.abs(s.y - before) <= 1, `the slider moved on screen: ${before} -> ${s.y}`);
      }
      await assertFiguresMatchModel(page); // the headline's figures written on waking
    });
  });

  test('a drag away from a preset leaves the slider under the finger', async () => {
    await withPage(engine, PAGE_URL, PHONE, async (page) => {
      const slider = 'input[type=range][name="capex"]';
      await page.scrollIntoView(slider);
      const before = (await page.box(slider)).y;
      const source = await page.text('[data-preset-source]');
      await dragSlider(page, 'capex', 40);
      await page.waitFor((s) => document.querySelector('[data-preset-source]').textContent !== s, source,
        { message: "the preset's source still shows after the drag left the preset" });
      // Engines without scroll anchoring (WebKit) moved everything below the shorter text.
      const after = (await page.box(slider)).y;
      assert.ok(Math.abs(after - before) <= 1, `the slider moved on screen: ${before} -> ${after}`);
    });
  });
});
