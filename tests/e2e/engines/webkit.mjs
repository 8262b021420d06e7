// WebKit's page (engines.mjs): selenium-webdriver and WebKitGTK's WebKitWebDriver, one
// MiniBrowser a page, under an Xvfb this module starts and stops. WebKitPage is also the
// base of WPE's page (wpe.mjs): a subclass names its engine and driver and says how to
// start its browser (session()); the WebDriver code here is the same for both.
import { execSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { CANNOT } from './cannot.mjs';
import { browserFor, freePort, sleep, start, which } from './processes.mjs';
import { Page, Surface } from './surface.mjs';

// playwright-core's bundled PNG codec (pngjs), to cut an element out of a screenshot.
const { PNG } = createRequire(import.meta.url)('playwright-core/lib/utilsBundle');

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
  constructor(page, selector) { super(page.engine); this.page = page; this.selector = selector; }

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

export async function stopXvfb() {
  const running = xvfb;
  xvfb = null;
  if (running) await running.stop();
}

export class WebKitPage extends Page {
  static engine = 'webkit';
  static driverCommand = 'WebKitWebDriver';

  /**
   * JavaScriptCore's concurrent JIT off, for WebKitGTK and WPE alike. Its wasm tiers have a
   * race that, about once in ten full runs here, corrupts a fresh instance ("Out of bounds
   * memory access", WebKitGTK 2.50) or leaves the web process spinning for good (WPE
   * 2.38), whatever the page does. With the JIT compiling on the main thread the race is
   * gone (0 of 8 stress runs where 3 of 24 failed), so these tests say something about the
   * page. Readers' browsers keep the race; the build ships the module that provokes it
   * least (build.sh).
   */
  static jscEnv = { JSC_useConcurrentJIT: '0' };

  /**
   * The driver's environment and the browser's capabilities for `options`. One driver and
   * MiniBrowser per page: GDK_SCALE (the device pixel ratio) is the process's environment,
   * and a new MiniBrowser starts with empty storage.
   */
  static async session(options) {
    const { display } = await startXvfb();
    const scale = options.deviceScaleFactor ?? 1;
    if (!Number.isInteger(scale)) throw new Error(`webkit: GDK_SCALE needs a whole deviceScaleFactor, not ${scale}`);
    // --full-screen hides MiniBrowser's toolbar (no window manager: the window keeps the size
    // we set), so the window's size is the viewport's, down to phone widths.
    // 2D canvases drawn by the CPU. WebKitGTK 2.50's accelerated canvas, on Mesa's
    // llvmpipe under this Xvfb, crashes the web process (SIGSEGV in swrast_dri.so, on its
    // main thread) in about one of six reloads made while the charts' worker draws on its
    // OffscreenCanvas. A probe that loads, changes the scenario and reloads at once saw 25
    // crashes in 150 reloads (10 in 60 on the build before this round too); none in 60
    // with the charts drawn on the main thread, none in 60 with this setting, none in 60
    // with Skia's CPU rendering. CI failed on it. Readers' Safari draws canvases with its
    // own GPU code, not this; GNOME Web on a machine with Mesa's software GL would crash
    // so too, on a reload in the middle of a draw. The page's tests need a web process
    // that lives through a reload.
    const args = ['--automation', '--full-screen', '--enable-2d-canvas-acceleration=false'];
    if (options.colorScheme === 'dark') args.push('--dark-mode');
    return {
      env: { DISPLAY: display, GDK_SCALE: String(scale), ...this.jscEnv },
      capabilities: { browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: MINIBROWSER(), args } },
    };
  }

  static async open(options) {
    const { engine, driverCommand } = this;
    if (options.javaScriptEnabled === false) throw new Error(CANNOT[engine].noJavaScript);
    if (options.initScript) throw new Error(CANNOT[engine].initScript);
    if (options.cpuThrottle > 1) throw new Error(CANNOT[engine].cpuThrottle);
    await browserFor(engine, '', async () => ({ browser: engine, close: async () => {} })); // closes the others
    const { env, capabilities } = await this.session(options);
    const selenium = await import('selenium-webdriver');
    const port = await freePort();
    const server = start(which(driverCommand), [`--port=${port}`], { env: { ...process.env, ...env } });
    try {
      await waitForDriver(driverCommand, port, server);
      const driver = await new selenium.Builder().usingServer(`http://127.0.0.1:${port}`)
        .withCapabilities(capabilities).build();
      const page = new this(driver, server, selenium);
      await page.setViewport(options.viewport);
      return page;
    } catch (error) {
      await server.stop();
      throw error;
    }
  }

  constructor(driver, server, selenium) {
    super(new.target.engine);
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

  /**
   * Performs the actions `build` makes; once more when WebKitWebDriver fails them with an
   * empty WebDriverError. That error comes from the driver's pointer actions now and then
   * (in about one full run in three here, each time in another test, which then passed
   * alone), not from the page: the page's own errors are collected apart. The first
   * attempt's pressed buttons are released before the second.
   */
  async perform(build) {
    try {
      await build(this.raw.driver.actions({ async: true })).perform();
    } catch (error) {
      if (error?.name !== 'WebDriverError' || error.message) throw error;
      await this.raw.driver.actions().clear().catch(() => {});
      await sleep(200);
      await build(this.raw.driver.actions({ async: true })).perform();
    }
  }

  async press(key) {
    const code = this.raw.Key[{ Escape: 'ESCAPE', Enter: 'ENTER', Tab: 'TAB', Backspace: 'BACK_SPACE', Delete: 'DELETE',
      ArrowLeft: 'ARROW_LEFT', ArrowRight: 'ARROW_RIGHT', ArrowUp: 'ARROW_UP', ArrowDown: 'ARROW_DOWN',
      Home: 'HOME', End: 'END', PageUp: 'PAGE_UP', PageDown: 'PAGE_DOWN', Space: 'SPACE' }[key]] ?? key;
    await this.perform((actions) => actions.keyDown(code).keyUp(code));
  }

  async tap() { throw new Error(CANNOT[this.engine].touch); }
  async touchDrag() { throw new Error(CANNOT[this.engine].touch); }

  async hover({ x, y }) {
    const at = { x: Math.round(x), y: Math.round(y), origin: this.raw.Origin.VIEWPORT, duration: 0 };
    await this.perform((actions) => actions.move(at));
  }
  emulatePrint() { throw new Error(CANNOT[this.engine].print); }
  async download() { throw new Error(CANNOT[this.engine].downloads); }
  async screenshot() { return Buffer.from(await this.raw.driver.takeScreenshot(), 'base64'); }
  /**
   * What canvas `selector` shows, cut from a screenshot of the viewport: WebKitGTK reads a
   * canvas drawn by the page's worker as its first frame (toDataURL) or black (its
   * element screenshots).
   */
  async canvasImage(selector) {
    const box = await this.evaluate((s) => {
      const r = document.querySelector(s).getBoundingClientRect();
      return { x: r.left, y: r.top, width: r.width, height: r.height, inner: innerWidth };
    }, selector);
    const shot = PNG.sync.read(await this.screenshot());
    const scale = shot.width / box.inner;
    const [x0, y0] = [Math.max(0, Math.round(box.x * scale)), Math.max(0, Math.round(box.y * scale))];
    const x1 = Math.min(shot.width, Math.round((box.x + box.width) * scale));
    const y1 = Math.min(shot.height, Math.round((box.y + box.height) * scale));
    const rows = [];
    for (let y = y0; y < y1; y += 1) rows.push(shot.data.subarray((y * shot.width + x0) * 4, (y * shot.width + x1) * 4));
    return Buffer.concat(rows).toString('base64');
  }

  /**
   * Sizes the window so that the viewport (innerWidth x innerHeight) is `width` x `height`.
   * The window manager applies a resize a little later, more so on a busy machine: each
   * size is read once it has stopped changing, and the window corrected by the difference.
   */
  async setViewport({ width, height }) {
    const window = this.raw.driver.manage().window();
    const settled = async () => {
      let last = null;
      for (let i = 0; i < 20; i += 1) {
        const now = await this.evaluate(() => [innerWidth, innerHeight]);
        if (last && now[0] === last[0] && now[1] === last[1]) return now;
        last = now;
        await sleep(100);
      }
      return last;
    };
    let rect = { width, height };
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await window.setRect({ x: 0, y: 0, ...rect });
      const inner = await settled();
      if (inner[0] === width && inner[1] === height) return;
      rect = { width: rect.width + (width - inner[0]), height: rect.height + (height - inner[1]) };
    }
    const inner = await this.evaluate(() => [innerWidth, innerHeight]);
    throw new Error(`${this.engine}: viewport ${inner} instead of ${width},${height}`);
  }

  async dragPointer(from, to, steps) {
    const { Origin } = this.raw;
    const at = (x, y) => ({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT });
    await this.perform((start) => {
      let actions = start.move({ ...at(from.x, from.y), duration: 0 }).press();
      for (let i = 1; i <= steps; i += 1) {
        const f = i / steps;
        actions = actions.move({ ...at(from.x + (to.x - from.x) * f, from.y + (to.y - from.y) * f), duration: 16 });
      }
      return actions.release();
    });
  }

  async frame(selector) {
    await this.waitForSelector(selector);
    const frame = new WebKitFrame(this, selector);
    await frame.evaluate(installCatcherInPage);
    return frame;
  }

  /** The driver's stderr, and its browser's, which it inherits: the last 4,000 characters. */
  browserOutput() { return this.server.stderr(); }

  async close() {
    try { await this.raw.driver.quit(); } finally { await this.server.stop(); }
  }
}

async function waitForDriver(command, port, server) {
  const end = Date.now() + 10_000;
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch { /* not listening yet */ }
    if (server.child.exitCode !== null) throw new Error(`${command} exited: ${server.stderr()}`);
    if (Date.now() > end) throw new Error(`${command} did not start: ${server.stderr()}`);
    await sleep(50);
  }
}
