// The one fixture of the page tests: each case runs in Chromium (playwright-core + Debian's
// chromium), Firefox (puppeteer-core + Debian's firefox-esr over WebDriver BiDi), WebKit
// (selenium-webdriver + WebKitWebDriver and its MiniBrowser, under an Xvfb this module
// starts and stops) and WPE (old WebKit: WPE WebKit 2.38, Safari 16, through WPEWebDriver
// and a headless cog; its smoke set only), through one small page API. Every page fails its
// test on a page error, a console error or a visible [data-failure] panel unless the test
// says it expects one. The engines' pages are in engines/: surface.mjs (the page API they
// share), chromium.mjs, firefox.mjs, webkit.mjs, wpe.mjs (WebKit's page, started
// otherwise); processes.mjs runs one browser at a time; cannot.mjs says what each engine's
// driver cannot do.
//
//   ROI_GAP_ENGINES=firefox,webkit   the engines to run (default: all four)
//   ROI_GAP_WEBKIT=subset            run only WebKit's subset (default: every case WebKit can run)
//   ROI_GAP_DIST=/some/dist          the built page to test (default: dist)
import { after, test as nodeTest } from 'node:test';
import { CANNOT } from './engines/cannot.mjs';
import { ChromiumPage } from './engines/chromium.mjs';
import { FirefoxPage } from './engines/firefox.mjs';
import { closeBrowser } from './engines/processes.mjs';
import { stopXvfb, WebKitPage } from './engines/webkit.mjs';
import { SCREEN, WpePage } from './engines/wpe.mjs';

export { DIST, PAGE_URL, serve } from './browser.mjs';

export const ALL_ENGINES = ['chromium', 'firefox', 'webkit', 'wpe'];
export const ENGINES = (process.env.ROI_GAP_ENGINES ?? ALL_ENGINES.join(','))
  .split(',').map((e) => e.trim()).filter(Boolean);
for (const engine of ENGINES) {
  if (!ALL_ENGINES.includes(engine)) throw new Error(`ROI_GAP_ENGINES: unknown engine ${engine}`);
}
const WEBKIT_SUBSET = process.env.ROI_GAP_WEBKIT === 'subset';

const NOT_IN_WEBKIT_SUBSET = 'webkit: outside the WebKit subset that ROI_GAP_WEBKIT=subset runs';
const NOT_IN_WPE_SMOKE_SET = 'wpe: only the old-WebKit smoke set runs in WPE 2.38';
const TIMEOUT = { chromium: 90_000, firefox: 90_000, webkit: 300_000, wpe: 300_000 };

/**
 * Declares a test file's cases once per engine in ENGINES, engine by engine (so one browser
 * runs at a time). `define(test, engine)` calls `test(name, options, fn)` (options optional):
 * the test is named `[engine] name`; `options.needs` lists capabilities (keys of CANNOT), an
 * engine lacking one registers the case skipped with the reason; `options.webkit: true` puts
 * the case in the WebKit subset (all that ROI_GAP_WEBKIT=subset runs in WebKit);
 * `options.wpe: true` puts it in WPE's smoke set (all that runs in WPE);
 * `options.skip: {engine: reason}` skips for another reason.
 */
export function forEachEngine(define) {
  for (const engine of ENGINES) {
    const test = (name, options, fn) => {
      if (typeof options === 'function') [fn, options] = [options, {}];
      const reasons = [
        options.skip?.[engine],
        ...(options.needs ?? []).map((need) => CANNOT[engine][need]),
        engine === 'webkit' && !options.webkit && WEBKIT_SUBSET ? NOT_IN_WEBKIT_SUBSET : undefined,
        engine === 'wpe' && !options.wpe ? NOT_IN_WPE_SMOKE_SET : undefined,
      ].filter(Boolean);
      nodeTest(`[${engine}] ${name}`, { skip: reasons[0] ?? false, timeout: options.timeout ?? TIMEOUT[engine] }, fn);
    };
    define(test, engine);
  }
  after(async () => { await closeBrowser(); await stopXvfb(); });
}

// ------------------------------------------------------------------ the fixture

/**
 * Opens `url` in `engine` with `options`, waits for `html[data-ready]` (15 s), runs
 * `fn(page)` and always closes what it opened. Options: viewport {width, height},
 * deviceScaleFactor, isMobile, hasTouch, colorScheme ('light' | 'dark'), javaScriptEnabled,
 * initScript (a function run before the page's scripts) with initArg, cpuThrottle (Chromium:
 * its main thread slowed that many times), ready (false: do not
 * wait for the page; a selector: wait for that), expectFailure (the [data-failure] panel may
 * show), ignoreProblems (regexps of console/page errors the test expects). `url` may be null.
 * WebKit (desktop WebKitGTK) has no mobile viewport or touch: it ignores isMobile and hasTouch;
 * its deviceScaleFactor is GDK_SCALE, so a whole number. WPE (cog's headless platform) has
 * one viewport, 800x600 at devicePixelRatio 1 (its default here), no dark mode, no touch.
 */
export async function withPage(engine, url, options, fn) {
  if (typeof options === 'function') [fn, options] = [options, {}];
  options = { viewport: engine === 'wpe' ? SCREEN : { width: 1280, height: 900 }, colorScheme: 'light', ...options };
  const page = await PAGES[engine].open(options);
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
      // Which document the test was looking at, and how far it had started.
      const state = await page.evaluate(() => `${location.href.slice(0, 120)} (${document.readyState}; <html ${
        document.documentElement.getAttributeNames().join(' ')}>; ${document.querySelectorAll('canvas').length} canvases)`)
        .catch((e) => `unreadable: ${e.message}`);
      if (error instanceof Error) error.message += `\n  the page: ${state}`;
    }
    // A browser that crashed says so only on its own stderr (WebKit's driver and browser).
    const output = page.browserOutput?.().trim();
    if (output && error instanceof Error) error.message += `\n  the browser's last output:\n    ${output.split('\n').slice(-30).join('\n    ')}`;
    throw error;
  } finally {
    await page.close().catch(() => {});
  }
}

const PAGES = { chromium: ChromiumPage, firefox: FirefoxPage, webkit: WebKitPage, wpe: WpePage };
