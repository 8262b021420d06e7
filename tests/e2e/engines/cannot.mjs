// What each engine's driver cannot do here (engines.mjs skips the cases that need it; the
// engines' pages throw it when asked anyway). A leaf module, so the engines and the fixture
// share one table without importing each other.

/** What an engine's driver cannot do here, by capability: the reason a case is skipped. */
export const CANNOT = {
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
