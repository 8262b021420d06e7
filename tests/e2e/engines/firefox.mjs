// Firefox's page (engines.mjs): puppeteer-core and Debian's firefox-esr over WebDriver BiDi.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CANNOT } from './cannot.mjs';
import { browserFor, sleep, which } from './processes.mjs';
import { dragMouse, recordEvents } from './puppets.mjs';
import { Page, Surface } from './surface.mjs';

class FirefoxSurface extends Surface {
  constructor(engine, target) { super(engine); this.target = target; } // a puppeteer Page or Frame
  evaluate(fn, arg) { return this.target.evaluate(fn, arg); }
  async click(selector) {
    await this.waitForSelector(selector);
    await this.target.click(selector);
  }
}

export class FirefoxPage extends Page {
  static async open(options) {
    if (options.cpuThrottle > 1) throw new Error(CANNOT.firefox.cpuThrottle);
    // No BiDi command emulates the colour scheme or turns scripts off: those are preferences,
    // so a page that needs other ones gets a browser launched with them.
    const prefs = {
      'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
      'javascript.enabled': options.javaScriptEnabled !== false,
    };
    const browser = await browserFor('firefox', JSON.stringify(prefs), async () => {
      const { default: puppeteer } = await import('puppeteer-core');
      const b = await puppeteer.launch({
        browser: 'firefox', protocol: 'webDriverBiDi', headless: true,
        executablePath: which('firefox-esr'), extraPrefsFirefox: prefs,
      });
      return { browser: b, close: () => b.close() };
    });
    const downloads = mkdtempSync(join(tmpdir(), 'roi-gap-firefox-downloads-'));
    const context = await browser.createBrowserContext({ downloadBehavior: { policy: 'allow', downloadPath: downloads } });
    const page = await context.newPage();
    const { width, height } = options.viewport;
    await page.setViewport({
      width, height, deviceScaleFactor: options.deviceScaleFactor ?? 1,
      isMobile: options.isMobile ?? false, hasTouch: options.hasTouch ?? false,
    });
    if (options.initScript) await page.evaluateOnNewDocument(options.initScript, options.initArg);
    return new FirefoxPage(context, page, downloads);
  }

  constructor(context, page, downloads) {
    super('firefox');
    this.raw = { context, page, browser: context.browser() };
    this.downloads = downloads;
    this.surface = new FirefoxSurface('firefox', page);
    recordEvents(this, page);
  }

  evaluate(fn, arg) { return this.surface.evaluate(fn, arg); }
  click(selector) { return this.surface.click(selector); }
  navigate(url) { return this.raw.page.goto(url); }
  reloadPage() { return this.raw.page.reload(); }
  async everyFrame(fn) {
    const results = [];
    for (const frame of this.raw.page.frames()) results.push(await frame.evaluate(fn).catch(() => []));
    return results.flat();
  }

  press(key) { return this.raw.page.keyboard.press(key); }
  setViewport({ width, height }) { return this.raw.page.setViewport({ ...this.raw.page.viewport(), width, height }); }
  emulatePrint() { throw new Error(CANNOT.firefox.print); }
  screenshot() { return this.raw.page.screenshot().then((b) => Buffer.from(b)); }

  async tap(selector) {
    await this.scrollIntoView(selector);
    await this.raw.page.tap(selector);
  }

  dragPointer(from, to, steps) { return dragMouse(this.raw.page.mouse, from, to, steps); }
  hover({ x, y }) { return this.raw.page.mouse.move(x, y); }

  /** A finger from `from` to `to` in `steps` moves (BiDi touch actions); `midway()` runs halfway. */
  async touchDrag(from, to, { steps = 12, midway } = {}) {
    const touch = await this.raw.page.touchscreen.touchStart(from.x, from.y);
    for (let i = 1; i <= steps; i += 1) {
      const f = i / steps;
      await touch.move(from.x + (to.x - from.x) * f, from.y + (to.y - from.y) * f);
      if (i === Math.ceil(steps / 2) && midway) await midway();
    }
    await touch.end();
  }

  /** Clicks `selector`; the file Firefox saves in this page's download folder: {name, bytes}. */
  async download(selector) {
    for (const name of readdirSync(this.downloads)) rmSync(join(this.downloads, name), { force: true });
    await this.click(selector);
    const end = Date.now() + 10_000;
    let last = null;
    for (;;) {
      const files = readdirSync(this.downloads).filter((n) => !n.endsWith('.part'));
      const parts = readdirSync(this.downloads).filter((n) => n.endsWith('.part'));
      if (files.length === 1 && parts.length === 0) {
        const path = join(this.downloads, files[0]);
        // Firefox writes under a temporary name and renames it: the file listed may be gone.
        try {
          const size = statSync(path).size;
          if (size > 0 && size === last) return { name: files[0], bytes: readFileSync(path) };
          last = size;
        } catch (error) {
          if (error.code !== 'ENOENT') throw error;
          last = null;
        }
      }
      if (files.length > 1) throw new Error(`one click saved ${files.length} files: ${files.join(', ')}`);
      if (Date.now() > end) throw new Error(`no download from ${selector} in 10 s`);
      await sleep(100);
    }
  }

  async frame(selector) {
    await this.waitForSelector(selector);
    const handle = await this.raw.page.$(selector);
    return new FirefoxSurface('firefox', await handle.contentFrame());
  }

  async close() {
    try { await this.raw.context.close(); } finally { rmSync(this.downloads, { recursive: true, force: true }); }
  }
}
