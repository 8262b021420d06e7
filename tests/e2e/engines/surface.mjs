// The page API every engine's page shares (engines.mjs): a Surface (a document through a
// driver: every read is the same in-page code in every engine), a Page (a Surface plus
// navigation, input devices, frames and the problem record), and the in-page functions
// they run. Each engine (chromium.mjs, firefox.mjs, webkit.mjs; wpe.mjs through webkit.mjs)
// subclasses both.
import assert from 'node:assert/strict';
import { sleep } from './processes.mjs';
import { chartsIdle, twoFrames } from '../browser.mjs';

/**
 * In the page: whether the first match of `selector` shows, or (`all`) whether each match
 * does, as playwright's isVisible: not display:none or visibility:hidden, a non-empty box.
 */
function visibilityInPage([selector, all]) {
  // Safari before 17.4 (WPE 2.38) has no checkVisibility: no display:none from it up, visible.
  const displayed = (el) => !el || (getComputedStyle(el).display !== 'none' && displayed(el.parentElement));
  const shown = (el) => (el.checkVisibility ? el.checkVisibility({ visibilityProperty: true })
    : displayed(el) && getComputedStyle(el).visibility === 'visible');
  const visible = (el) => {
    if (!el || !shown(el)) return false;
    const style = getComputedStyle(el);
    if (style.display === 'contents') return [...el.children].some(visible);
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  return all ? [...document.querySelectorAll(selector)].map(visible) : visible(document.querySelector(selector));
}

/** In a document: its [data-failure] panels that show. */
function shownFailuresInPage() {
  return [...document.querySelectorAll('[data-failure]')]
    .filter((el) => !el.hidden && el.getClientRects().length > 0)
    .map((el) => `[data-failure] shows in ${location.href.slice(0, 80)}: ${el.textContent.trim().replace(/\s+/g, ' ')}`);
}

/**
 * A document (the page or one of its frames) through a driver: `evaluate(fn, arg)` is the
 * engine's; every read is the same in-page code in every engine.
 */
export class Surface {
  constructor(engine) { this.engine = engine; }

  /** Polls `fn(arg)` in the page until it returns something truthy; returns that. */
  async waitFor(fn, arg, { timeout = 10_000, message } = {}) {
    const end = Date.now() + timeout;
    let lastError = null; // e.g. while a new document loads; reported if it lasts
    for (;;) {
      try {
        const value = await this.evaluate(fn, arg);
        if (value) return value;
        lastError = null;
      } catch (error) {
        lastError = error;
      }
      if (Date.now() > end) {
        throw new Error(`${message ?? `timed out after ${timeout} ms waiting for ${fn}`}${lastError ? ` (${lastError.message})` : ''}`);
      }
      await sleep(50);
    }
  }

  /** Waits until `selector` matches (state 'attached') or shows (state 'visible'). */
  async waitForSelector(selector, { state = 'attached', timeout = 10_000 } = {}) {
    const [fn, arg] = state === 'visible' ? [visibilityInPage, [selector, false]] : [(s) => document.querySelector(s) !== null, selector];
    await this.waitFor(fn, arg, { timeout, message: `${selector} never became ${state} (${timeout} ms)` });
  }

  /** Runs `source` as a classic script in the page, outside its Content-Security-Policy. */
  async addScript(source) { await this.evaluate(`${source}\n;undefined`); }

  /** Waits until the charts show the page's last scene (drawing.js sets `data-drawing` meanwhile). */
  async chartsDrawn() {
    // Two frames first: a chart just scrolled or switched into view is asked for by the
    // page's IntersectionObserver, whose report comes with the next frame.
    await this.evaluate(twoFrames);
    await this.waitFor(chartsIdle, undefined,
      { message: 'the charts were still being drawn' });
  }

  async count(selector) { return this.evaluate((s) => document.querySelectorAll(s).length, selector); }
  async visible(selector) { return this.evaluate(visibilityInPage, [selector, false]); }
  async visibleAll(selector) { return this.evaluate(visibilityInPage, [selector, true]); }

  async text(selector) {
    await this.waitForSelector(selector);
    return this.evaluate((s) => document.querySelector(s).textContent, selector);
  }

  async value(selector) {
    await this.waitForSelector(selector);
    return this.evaluate((s) => document.querySelector(s).value, selector);
  }

  async attr(selector, name) {
    await this.waitForSelector(selector);
    return this.evaluate(([s, n]) => document.querySelector(s).getAttribute(n), [selector, name]);
  }

  /** The element's box in CSS pixels of this document's viewport. */
  async box(selector) {
    await this.waitForSelector(selector);
    return this.evaluate((s) => {
      const r = document.querySelector(s).getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }, selector);
  }

  /** Scrolls the element into the middle of the viewport unless it is wholly in view. */
  async scrollIntoView(selector) {
    await this.waitForSelector(selector);
    await this.evaluate((s) => {
      const el = document.querySelector(s);
      const r = el.getBoundingClientRect();
      if (r.top < 0 || r.left < 0 || r.bottom > innerHeight || r.right > innerWidth) el.scrollIntoView({ block: 'center', inline: 'center' });
    }, selector);
  }

  /** Chooses `value` in a <select>, as playwright's selectOption does: input and change events. */
  async select(selector, value) {
    await this.waitForSelector(selector);
    const ok = await this.evaluate(([s, v]) => {
      const el = document.querySelector(s);
      if (![...el.options].some((o) => o.value === v)) return false;
      el.focus();
      el.value = v;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    }, [selector, value]);
    if (!ok) throw new Error(`${selector} has no option ${value}`);
  }

  /**
   * Replaces the text of an input as one edit (one input event), as typing over a selection
   * or pasting does: focus, select all, insert the text (or delete for ''). Chromium uses
   * playwright's fill, which does the same through the DevTools protocol.
   */
  async fill(selector, value) {
    await this.waitForSelector(selector);
    const ok = await this.evaluate(([s, v]) => {
      const el = document.querySelector(s);
      el.focus();
      el.select();
      return v === '' ? document.execCommand('delete') : document.execCommand('insertText', false, v);
    }, [selector, value]);
    if (!ok) throw new Error(`could not type into ${selector}`);
  }

  async check(selector) { if (!(await this.#checked(selector))) await this.click(selector); }
  async uncheck(selector) { if (await this.#checked(selector)) await this.click(selector); }
  async #checked(selector) {
    await this.waitForSelector(selector);
    return this.evaluate((s) => document.querySelector(s).checked, selector);
  }
}

/** A page: a Surface plus navigation, input devices, frames and the problem record. */
export class Page extends Surface {
  constructor(engine) {
    super(engine);
    this.problems = []; // page errors and console errors, as they come
    this.requests = []; // every request URL, where the engine reports them (not data: or blob:)
    this.dialogs = [];
  }

  /**
   * What canvas `selector` shows, as a data: URL: at start, the poster the page drew over it
   * (www/js/posters.js), if it still has one (WebKit's page overrides this).
   */
  canvasImage(selector) {
    return this.evaluate((s) => {
      const canvas = document.querySelector(s);
      return (canvas.parentElement.querySelector('.chart-poster') ?? canvas).toDataURL();
    }, selector);
  }

  /**
   * What the charts wholly on screen (shown and in the viewport: the page draws only those) show,
   * by chart id, once drawn, as `canvasImage` reads them; `ids` limits them.
   */
  async chartImages(ids = null) {
    await this.chartsDrawn();
    const shown = await this.evaluate((only) => [...document.querySelectorAll('canvas[data-chart]')]
      .filter((c) => !only || only.includes(c.dataset.chart))
      .filter((c) => {
        const box = c.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight
          && getComputedStyle(c).visibility !== 'hidden';
      })
      .map((c) => c.dataset.chart), ids);
    const images = {};
    for (const id of shown) images[id] = await this.canvasImage(`canvas[data-chart="${id}"]`);
    return images;
  }

  async goto(url, { ready } = {}) {
    await this.navigate(url);
    await this.waitReady(ready);
  }

  async reload({ ready } = {}) {
    await this.reloadPage();
    await this.waitReady(ready);
  }

  /** Waits for html[data-ready] (or `ready`, a selector; false: nothing) for 15 s. */
  async waitReady(ready = 'html[data-ready]') {
    if (ready !== false) {
      try {
        await this.waitForSelector(ready ?? 'html[data-ready]', { timeout: 15_000 });
      } catch (error) {
        const problems = await this.collectProblems().catch(() => []);
        throw new Error(`page never became ready: ${problems.join('; ') || error.message}`);
      }
    }
    await this.afterLoad();
  }

  /** Clicks `selector`, which loads a new document, and waits for that one to be ready. */
  async clickToNavigate(selector, { ready } = {}) {
    await this.collectProblems(); // WebKit: the old document's record goes with it
    await this.evaluate(() => { window.__roiGapOldDocument = true; });
    await this.click(selector);
    await this.waitFor(() => !window.__roiGapOldDocument, undefined, { timeout: 15_000, message: `${selector} loaded no new page` });
    await this.waitReady(ready);
  }

  async afterLoad() {}
  sleep(ms) { return sleep(ms); }

  /** Drags with the primary button from `from` to `to` ({x, y}, viewport CSS px) in `steps` moves. */
  async drag(from, to, { steps = 12 } = {}) { await this.dragPointer(from, to, steps); }

  /** Every problem so far (and the WebKit page's own record, which has no events). */
  async collectProblems() { return [...this.problems]; }

  async assertHealthy({ expectFailure = false, ignoreProblems = [] } = {}) {
    const problems = (await this.collectProblems()).filter((p) => !ignoreProblems.some((re) => re.test(p)));
    if (!expectFailure) problems.push(...await this.everyFrame(shownFailuresInPage));
    assert.deepEqual(problems, [], `[${this.engine}] the page reported problems`);
  }
}
