// The one fixture of the page tests: each case runs in Chromium (playwright-core + Debian's
// chromium), Firefox (puppeteer-core + Debian's firefox-esr over WebDriver BiDi) and WebKit
// (selenium-webdriver + WebKitWebDriver and its MiniBrowser, under an Xvfb this module
// starts and stops), through one small page API. Every page fails its test on a page error,
// a console error or a visible [data-failure] panel unless the test says it expects one.
//
//   ROI_GAP_ENGINES=firefox,webkit   the engines to run (default: all three)
//   ROI_GAP_WEBKIT=all               run every case WebKit can run, not just the WebKit subset
//   ROI_GAP_DIST=/some/dist          the built page to test (default: dist)
import { after, test as nodeTest } from 'node:test';
import assert from 'node:assert/strict';
import { execSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch as launchChromium } from './browser.mjs';

export { DIST, PAGE_URL, serve } from './browser.mjs';

export const ALL_ENGINES = ['chromium', 'firefox', 'webkit'];
export const ENGINES = (process.env.ROI_GAP_ENGINES ?? ALL_ENGINES.join(','))
  .split(',').map((e) => e.trim()).filter(Boolean);
for (const engine of ENGINES) {
  if (!ALL_ENGINES.includes(engine)) throw new Error(`ROI_GAP_ENGINES: unknown engine ${engine}`);
}
const WEBKIT_ALL = process.env.ROI_GAP_WEBKIT === 'all';

/** What an engine's driver cannot do here, by capability: the reason a case is skipped. */
const CANNOT = {
  chromium: {},
  firefox: {
    print: 'firefox: no print media emulation over WebDriver BiDi (CDP only)',
  },
  webkit: {
    requests: 'webkit: no network request events',
    initScript: 'webkit: no init script before the page\'s own (WebDriver classic)',
    downloads: 'webkit: no download events or download folder through WebKitWebDriver',
    touch: 'webkit: WebKitGTK has no touch events; WebDriver touch actions arrive as mouse events',
    print: 'webkit: no print media emulation through WebDriver',
    noJavaScript: 'webkit: WebDriver needs JavaScript to read the page',
  },
};
const NOT_IN_WEBKIT_SUBSET = 'webkit: outside the WebKit subset (ROI_GAP_WEBKIT=all runs it)';
const TIMEOUT = { chromium: 90_000, firefox: 90_000, webkit: 300_000 };

/**
 * Declares a test file's cases once per engine in ENGINES, engine by engine (so one browser
 * runs at a time). `define(test, engine)` calls `test(name, options, fn)` (options optional):
 * the test is named `[engine] name`; `options.needs` lists capabilities (keys of CANNOT), an
 * engine lacking one registers the case skipped with the reason; `options.webkit: true` puts
 * the case in the WebKit subset; `options.skip: {engine: reason}` skips for another reason.
 */
export function forEachEngine(define) {
  for (const engine of ENGINES) {
    const test = (name, options, fn) => {
      if (typeof options === 'function') [fn, options] = [options, {}];
      const reasons = [
        options.skip?.[engine],
        ...(options.needs ?? []).map((need) => CANNOT[engine][need]),
        engine === 'webkit' && !options.webkit && !WEBKIT_ALL ? NOT_IN_WEBKIT_SUBSET : undefined,
      ].filter(Boolean);
      nodeTest(`[${engine}] ${name}`, { skip: reasons[0] ?? false, timeout: options.timeout ?? TIMEOUT[engine] }, fn);
    };
    define(test, engine);
  }
  after(async () => { await closeBrowser(); await stopXvfb(); });
}

// ------------------------------------------------------------------ browsers, one at a time

let current = null; // { engine, key, browser, close() }

async function closeBrowser() {
  const open = current;
  current = null;
  if (open) await open.close();
}

/** The browser of `engine` launched with `key`'s settings, closing any other first. */
async function browserFor(engine, key, launch) {
  if (current && current.engine === engine && current.key === key) return current.browser;
  await closeBrowser();
  const opened = await launch();
  current = { engine, key, ...opened };
  return current.browser;
}

const spawned = new Set(); // process groups this module started: stopped on exit whatever happens
process.on('exit', () => { for (const pid of spawned) { try { process.kill(-pid, 'SIGKILL'); } catch { /* gone */ } } });

function start(command, args, options = {}) {
  const child = spawn(command, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'], ...options });
  spawned.add(child.pid);
  let stderr = '';
  child.stderr?.on('data', (d) => { stderr = (stderr + d).slice(-4000); });
  child.on('exit', () => spawned.delete(child.pid));
  return { child, stderr: () => stderr, stop: () => stop(child) };
}

async function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((ok) => child.once('exit', ok));
  try { process.kill(-child.pid, 'SIGTERM'); } catch { return; }
  const timer = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, 3000);
  await exited;
  clearTimeout(timer);
}

function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => { const { port } = server.address(); server.close(() => ok(port)); });
  });
}

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
const which = (command) => execSync(`command -v ${command}`, { shell: '/bin/bash' }).toString().trim();

// ------------------------------------------------------------------ the fixture

/**
 * Opens `url` in `engine` with `options`, waits for `html[data-ready]` (15 s), runs
 * `fn(page)` and always closes what it opened. Options: viewport {width, height},
 * deviceScaleFactor, isMobile, hasTouch, colorScheme ('light' | 'dark'), javaScriptEnabled,
 * initScript (a function run before the page's scripts) with initArg, ready (false: do not
 * wait for the page; a selector: wait for that), expectFailure (the [data-failure] panel may
 * show), ignoreProblems (regexps of console/page errors the test expects). `url` may be null.
 * WebKit (desktop WebKitGTK) has no mobile viewport or touch: it ignores isMobile and hasTouch;
 * its deviceScaleFactor is GDK_SCALE, so a whole number.
 */
export async function withPage(engine, url, options, fn) {
  if (typeof options === 'function') [fn, options] = [options, {}];
  options = { viewport: { width: 1280, height: 900 }, colorScheme: 'light', ...options };
  const page = await OPEN[engine](options);
  let failed = true;
  try {
    if (url) await page.goto(url, { ready: options.ready });
    const result = await fn(page);
    failed = false;
    await page.assertHealthy(options);
    return result;
  } catch (error) {
    if (failed) {
      // The page's own problems often explain a failed assertion: add them to its message.
      const problems = await page.collectProblems().catch(() => []);
      if (problems.length && error instanceof Error) error.message += `\n  page problems: ${problems.join('\n    ')}`;
    }
    throw error;
  } finally {
    await page.close().catch(() => {});
  }
}

/**
 * In the page: whether the first match of `selector` shows, or (`all`) whether each match
 * does, as playwright's isVisible: not display:none or visibility:hidden, a non-empty box.
 */
function visibilityInPage([selector, all]) {
  const visible = (el) => {
    if (!el || !el.checkVisibility({ visibilityProperty: true })) return false;
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
class Surface {
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
class Page extends Surface {
  constructor(engine) {
    super(engine);
    this.problems = []; // page errors and console errors, as they come
    this.requests = []; // every request URL, where the engine reports them (not data: or blob:)
    this.dialogs = [];
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

// ------------------------------------------------------------------ Chromium: playwright-core

class ChromiumSurface extends Surface {
  constructor(engine, target) { super(engine); this.target = target; } // a playwright Page or Frame
  evaluate(fn, arg) { return this.target.evaluate(fn, arg); }
  async click(selector) { await this.target.click(selector); }
  async fill(selector, value) { await this.target.fill(selector, value); }
}

class ChromiumPage extends Page {
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
    return new ChromiumPage(context, await context.newPage());
  }

  constructor(context, page) {
    super('chromium');
    this.raw = { context, page, browser: context.browser() };
    this.surface = new ChromiumSurface('chromium', page);
    page.on('pageerror', (e) => this.problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') this.problems.push(`console: ${m.text()}`); });
    page.on('request', (r) => { if (!/^(data|blob):/.test(r.url())) this.requests.push(r.url()); });
    page.on('dialog', (d) => { this.dialogs.push(d.message()); d.dismiss().catch(() => {}); });
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
  emulatePrint() { return this.raw.page.emulateMedia({ media: 'print' }); }
  screenshot() { return this.raw.page.screenshot(); }

  async dragPointer(from, to, steps) {
    const { mouse } = this.raw.page;
    await mouse.move(from.x, from.y);
    await mouse.down();
    await mouse.move(to.x, to.y, { steps });
    await mouse.up();
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

// ------------------------------------------------------------------ Firefox: puppeteer-core, BiDi

class FirefoxSurface extends Surface {
  constructor(engine, target) { super(engine); this.target = target; } // a puppeteer Page or Frame
  evaluate(fn, arg) { return this.target.evaluate(fn, arg); }
  async click(selector) {
    await this.waitForSelector(selector);
    await this.target.click(selector);
  }
}

class FirefoxPage extends Page {
  static async open(options) {
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
    page.on('pageerror', (e) => this.problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') this.problems.push(`console: ${m.text()}`); });
    page.on('request', (r) => { if (!/^(data|blob):/.test(r.url())) this.requests.push(r.url()); });
    page.on('dialog', (d) => { this.dialogs.push(d.message()); d.dismiss().catch(() => {}); });
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

  async dragPointer(from, to, steps) {
    const { mouse } = this.raw.page;
    await mouse.move(from.x, from.y);
    await mouse.down();
    await mouse.move(to.x, to.y, { steps });
    await mouse.up();
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
        const size = statSync(path).size;
        if (size > 0 && size === last) return { name: files[0], bytes: readFileSync(path) };
        last = size;
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

// ------------------------------------------------------------------ WebKit: WebKitWebDriver under Xvfb

const MINIBROWSER = () => execSync('dpkg -L libwebkit2gtk-4.1-0 | grep /MiniBrowser$', { shell: '/bin/bash' }).toString().trim();

/**
 * Installs, once per document, a record of page errors and console errors: WebKitWebDriver
 * has no log endpoint. What happens before it (while starting) shows in [data-failure].
 */
function installCatcherInPage() {
  if (window.__roiGapProblems) return [];
  const list = [];
  Object.defineProperty(window, '__roiGapProblems', { value: list });
  window.addEventListener('error', (e) => list.push(`pageerror: ${e.error?.message ?? e.message}`));
  window.addEventListener('unhandledrejection', (e) => list.push(`pageerror: ${e.reason?.message ?? e.reason}`));
  const original = console.error;
  console.error = function error(...args) {
    list.push(`console: ${args.map(String).join(' ')}`);
    return original.apply(this, args);
  };
  return [];
}

function takeProblemsInPage() {
  return window.__roiGapProblems ? window.__roiGapProblems.splice(0) : [];
}

/**
 * Runs `fn(arg)` through WebDriver's Execute Script, which awaits a returned promise. JSON
 * has no undefined: it comes back tagged, so that evaluate() answers as in the other engines.
 */
async function executeIn(driver, fn, arg) {
  const [kind, value] = await driver.executeScript(
    `return Promise.resolve((${fn}).apply(null, arguments)).then((v) => (v === undefined ? ['undefined'] : ['value', v]))`, arg);
  return kind === 'undefined' ? undefined : value;
}

class WebKitFrame extends Surface {
  constructor(page, selector) { super('webkit'); this.page = page; this.selector = selector; }

  async #inside(action) {
    const { driver, By } = this.page.raw;
    await driver.switchTo().defaultContent();
    await driver.switchTo().frame(await driver.findElement(By.css(this.selector)));
    try { return await action(driver); } finally { await driver.switchTo().defaultContent(); }
  }

  evaluate(fn, arg) { return this.#inside((driver) => executeIn(driver, fn, arg)); }
  async click(selector) {
    await this.scrollIntoView(selector);
    await this.#inside(async (driver) => (await driver.findElement(this.page.raw.By.css(selector))).click());
  }
}

let xvfb = null; // { display, stop } for this test file's WebKit pages

async function startXvfb() {
  if (xvfb) return xvfb;
  const server = start(which('Xvfb'), ['-displayfd', '3', '-screen', '0', '3000x2400x24', '-nolisten', 'tcp'],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  const display = await new Promise((ok, fail) => {
    let out = '';
    server.child.stdio[3].on('data', (d) => { out += d; if (out.includes('\n')) ok(`:${out.trim()}`); });
    server.child.on('exit', (code) => fail(new Error(`Xvfb exited (${code}): ${server.stderr()}`)));
  });
  xvfb = { display, stop: server.stop };
  return xvfb;
}

async function stopXvfb() {
  const running = xvfb;
  xvfb = null;
  if (running) await running.stop();
}

class WebKitPage extends Page {
  static async open(options) {
    await browserFor('webkit', '', async () => ({ browser: await startXvfb(), close: async () => {} }));
    const { display } = await startXvfb();
    const selenium = await import('selenium-webdriver');
    // One driver and MiniBrowser per page: GDK_SCALE (the device pixel ratio) is the
    // process's environment, and a new MiniBrowser starts with empty storage.
    const scale = options.deviceScaleFactor ?? 1;
    if (!Number.isInteger(scale)) throw new Error(`webkit: GDK_SCALE needs a whole deviceScaleFactor, not ${scale}`);
    const port = await freePort();
    const server = start(which('WebKitWebDriver'), [`--port=${port}`],
      { env: { ...process.env, DISPLAY: display, GDK_SCALE: String(scale) } });
    try {
      await waitForDriver(port, server);
      // --full-screen hides MiniBrowser's toolbar (no window manager: the window keeps the size
      // we set), so the window's size is the viewport's, down to phone widths.
      const args = ['--automation', '--full-screen'];
      if (options.colorScheme === 'dark') args.push('--dark-mode');
      if (options.javaScriptEnabled === false) throw new Error(CANNOT.webkit.noJavaScript);
      if (options.initScript) throw new Error(CANNOT.webkit.initScript);
      const driver = await new selenium.Builder().usingServer(`http://127.0.0.1:${port}`)
        .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: MINIBROWSER(), args } })
        .build();
      const page = new WebKitPage(driver, server, selenium);
      await page.setViewport(options.viewport);
      return page;
    } catch (error) {
      await server.stop();
      throw error;
    }
  }

  constructor(driver, server, selenium) {
    super('webkit');
    this.raw = { driver, By: selenium.By, Key: selenium.Key, Origin: selenium.Origin };
    this.server = server;
  }

  evaluate(fn, arg) { return executeIn(this.raw.driver, fn, arg); }
  async addScript(source) { await this.raw.driver.executeScript(source); }

  async click(selector) {
    // WebKitWebDriver's Element Click does not always scroll the element into view first
    // (a <summary> below the fold: "element not interactable"); playwright's click does.
    await this.scrollIntoView(selector);
    await (await this.raw.driver.findElement(this.raw.By.css(selector))).click();
  }

  async navigate(url) {
    this.problems.push(...await this.everyFrame(takeProblemsInPage));
    await this.raw.driver.get(url);
  }

  async reloadPage() {
    this.problems.push(...await this.everyFrame(takeProblemsInPage));
    await this.raw.driver.navigate().refresh();
  }

  async afterLoad() { await this.everyFrame(installCatcherInPage); }

  async collectProblems() {
    this.problems.push(...await this.everyFrame(takeProblemsInPage));
    return [...this.problems];
  }

  /** `fn()` in the top document and in each of its frames (by WebDriver, whatever their origin). */
  async everyFrame(fn) {
    const { driver } = this.raw;
    const results = [await this.evaluate(fn).catch(() => [])];
    const frames = await this.evaluate(() => window.frames.length).catch(() => 0);
    for (let i = 0; i < frames; i += 1) {
      try {
        await driver.switchTo().frame(i);
        results.push(await executeIn(driver, fn));
      } catch { /* gone meanwhile */ } finally {
        await driver.switchTo().defaultContent();
      }
    }
    return results.flat();
  }

  async press(key) {
    const code = this.raw.Key[{ Escape: 'ESCAPE', Enter: 'ENTER', Tab: 'TAB', Backspace: 'BACK_SPACE', Delete: 'DELETE',
      ArrowLeft: 'ARROW_LEFT', ArrowRight: 'ARROW_RIGHT', ArrowUp: 'ARROW_UP', ArrowDown: 'ARROW_DOWN',
      Home: 'HOME', End: 'END', PageUp: 'PAGE_UP', PageDown: 'PAGE_DOWN', Space: 'SPACE' }[key]] ?? key;
    await this.raw.driver.actions({ async: true }).keyDown(code).keyUp(code).perform();
  }

  async tap() { throw new Error(CANNOT.webkit.touch); }
  emulatePrint() { throw new Error(CANNOT.webkit.print); }
  async download() { throw new Error(CANNOT.webkit.downloads); }
  async screenshot() { return Buffer.from(await this.raw.driver.takeScreenshot(), 'base64'); }

  /** Sizes the window so that the viewport (innerWidth x innerHeight) is `width` x `height`. */
  async setViewport({ width, height }) {
    const window = this.raw.driver.manage().window();
    await window.setRect({ x: 0, y: 0, width, height });
    const inner = await this.evaluate(() => [innerWidth, innerHeight]);
    if (inner[0] !== width || inner[1] !== height) {
      await window.setRect({ width: width + (width - inner[0]), height: height + (height - inner[1]) });
      const again = await this.evaluate(() => [innerWidth, innerHeight]);
      if (again[0] !== width || again[1] !== height) throw new Error(`webkit: viewport ${again} instead of ${width},${height}`);
    }
  }

  async dragPointer(from, to, steps) {
    const { Origin } = this.raw;
    const at = (x, y) => ({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT });
    let actions = this.raw.driver.actions({ async: true }).move({ ...at(from.x, from.y), duration: 0 }).press();
    for (let i = 1; i <= steps; i += 1) {
      const f = i / steps;
      actions = actions.move({ ...at(from.x + (to.x - from.x) * f, from.y + (to.y - from.y) * f), duration: 16 });
    }
    await actions.release().perform();
  }

  async frame(selector) {
    await this.waitForSelector(selector);
    const frame = new WebKitFrame(this, selector);
    await frame.evaluate(installCatcherInPage);
    return frame;
  }

  async close() {
    try { await this.raw.driver.quit(); } finally { await this.server.stop(); }
  }
}

async function waitForDriver(port, server) {
  const end = Date.now() + 10_000;
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch { /* not listening yet */ }
    if (server.child.exitCode !== null) throw new Error(`WebKitWebDriver exited: ${server.stderr()}`);
    if (Date.now() > end) throw new Error(`WebKitWebDriver did not start: ${server.stderr()}`);
    await sleep(50);
  }
}

const OPEN = { chromium: ChromiumPage.open, firefox: FirefoxPage.open, webkit: WebKitPage.open };
