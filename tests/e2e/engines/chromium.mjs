// Chromium's page (engines.mjs): playwright-core and Debian's chromium (browser.mjs).
import { readFileSync } from 'node:fs';
import { launch as launchChromium } from '../browser.mjs';
import { browserFor } from './processes.mjs';
import { dragMouse, recordEvents } from './puppets.mjs';
import { Page, Surface } from './surface.mjs';

class ChromiumSurface extends Surface {
  constructor(engine, target) { super(engine); this.target = target; } // a playwright Page or Frame
  evaluate(fn, arg) { return this.target.evaluate(fn, arg); }
  async click(selector) { await this.target.click(selector); }
  async fill(selector, value) { await this.target.fill(selector, value); }
}

export class ChromiumPage extends Page {
  static async open(options) {
    const browser = await browserFor('chromium', '', async () => {
      const b = await launchChromium();
      return { browser: b, close: () => b.close() };
    });
    const contextOptions = { viewport: options.viewport, colorScheme: options.colorScheme, acceptDownloads: true };
    for (const key of ['deviceScaleFactor', 'isMobile', 'hasTouch', 'javaScriptEnabled']) {
      if (options[key] !== undefined) contextOptions[key] = options[key];
    }
    const context = await browser.newContext(contextOptions);
    if (options.initScript) await context.addInitScript(options.initScript, options.initArg);
    const page = await context.newPage();
    // `cpuThrottle`: the main thread slowed as Lighthouse slows a phone's (4 for 4x).
    if (options.cpuThrottle > 1) {
      await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: options.cpuThrottle });
    }
    return new ChromiumPage(context, page);
  }

  constructor(context, page) {
    super('chromium');
    this.raw = { context, page, browser: context.browser() };
    this.surface = new ChromiumSurface('chromium', page);
    recordEvents(this, page);
  }

  evaluate(fn, arg) { return this.surface.evaluate(fn, arg); }
  click(selector) { return this.surface.click(selector); }
  fill(selector, value) { return this.surface.fill(selector, value); }
  navigate(url) { return this.raw.page.goto(url); }
  reloadPage() { return this.raw.page.reload(); }
  async everyFrame(fn) {
    const results = await Promise.all(this.raw.page.frames().map((f) => f.evaluate(fn).catch(() => [])));
    return results.flat();
  }

  press(key) { return this.raw.page.keyboard.press(key); }
  async tap(selector) { await this.raw.page.tap(selector); }
  setViewport(size) { return this.raw.page.setViewportSize(size); }
  /** The print media, after the `beforeprint` event a real print sends (emulation sends none). */
  async emulatePrint() {
    await this.raw.page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await this.raw.page.emulateMedia({ media: 'print' });
  }

  /** The page printed to PDF (A4), as bytes. */
  pdf() { return this.raw.page.pdf({ format: 'A4', printBackground: true }); }

  /** The page as Chrome saves it to one file (MHTML), through CDP's Page.captureSnapshot. */
  async mhtml() {
    const cdp = await this.raw.context.newCDPSession(this.raw.page);
    const { data } = await cdp.send('Page.captureSnapshot', { format: 'mhtml' });
    await cdp.detach();
    return data;
  }
  screenshot() { return this.raw.page.screenshot(); }

  dragPointer(from, to, steps) { return dragMouse(this.raw.page.mouse, from, to, steps); }
  hover({ x, y }) { return this.raw.page.mouse.move(x, y); }

  /** A finger from `from` to `to` in `steps` moves (CDP touch events); `midway()` runs halfway. */
  async touchDrag(from, to, { steps = 12, midway } = {}) {
    const cdp = await this.raw.context.newCDPSession(this.raw.page);
    const touch = (type, p) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: p ? [{ x: p.x, y: p.y }] : [] });
    try {
      await touch('touchStart', from);
      for (let i = 1; i <= steps; i += 1) {
        const f = i / steps;
        await touch('touchMove', { x: from.x + (to.x - from.x) * f, y: from.y + (to.y - from.y) * f });
        if (i === Math.ceil(steps / 2) && midway) await midway();
      }
      await touch('touchEnd');
    } finally {
      await cdp.detach();
    }
  }

  /** Clicks `selector` and returns the download it starts: {name, bytes}. */
  async download(selector) {
    const [download] = await Promise.all([this.raw.page.waitForEvent('download'), this.raw.page.click(selector)]);
    return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
  }

  async frame(selector) {
    const handle = await this.raw.page.waitForSelector(selector, { state: 'attached' });
    return new ChromiumSurface('chromium', await handle.contentFrame());
  }

  close() { return this.raw.context.close(); }
}
