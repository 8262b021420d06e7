// What each engine's driver cannot do here (engines.mjs skips the cases that need it; the
// engines' pages throw it when asked anyway). A leaf module, so the engines and the fixture
// share one table without importing each other.

/** What WebKit's WebDriver (`driver`, WebDriver classic and nothing more) cannot do for `engine`. */
const webDriverClassic = (engine, driver) => ({
  requests: `${engine}: no network request events through ${driver}`,
  initScript: `${engine}: no init script before the page's own (WebDriver classic)`,
  downloads: `${engine}: no download events or download folder through ${driver}`,
  print: `${engine}: no print media emulation through WebDriver`,
  noJavaScript: `${engine}: WebDriver needs JavaScript to read the page`,
  mhtml: `${engine}: MHTML is Chromium's (CDP Page.captureSnapshot)`,
  pdf: `${engine}: printing to PDF is Chromium's (CDP Page.printToPDF)`,
  cpuThrottle: `${engine}: CPU throttling is Chromium's (CDP Emulation.setCPUThrottlingRate)`,
});

/** What an engine's driver cannot do here, by capability: the reason a case is skipped. */
export const CANNOT = {
  chromium: {},
  firefox: {
    print: 'firefox: no print media emulation over WebDriver BiDi (CDP only)',
    mhtml: 'firefox: MHTML is Chromium\'s (CDP Page.captureSnapshot)',
    pdf: 'firefox: printing to PDF over WebDriver BiDi is not wired here (CDP only)',
    cpuThrottle: 'firefox: CPU throttling is Chromium\'s (CDP Emulation.setCPUThrottlingRate)',
  },
  webkit: {
    ...webDriverClassic('webkit', 'WebKitWebDriver'),
    touch: 'webkit: WebKitGTK has no touch events; WebDriver touch actions arrive as mouse events',
  },
  wpe: {
    ...webDriverClassic('wpe', 'WPEWebDriver'),
    touch: 'wpe: no taps: its page is WebKit\'s, which sends WebDriver mouse actions only',
    viewport: 'wpe: cog\'s headless platform has a fixed 800x600 viewport at devicePixelRatio 1 (window sizes and --device-scale do nothing)',
    darkMode: 'wpe: cog 0.16 has no dark-mode switch (prefers-color-scheme is always light)',
  },
};
