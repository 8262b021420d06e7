// WPE's page (engines.mjs): old WebKit (WPE WebKit 2.38, which reports Safari 16) through
// Debian's WPEWebDriver and cog on its headless platform, one cog a page, wasm JIT on. No
// display: cog renders off screen. Everything but the start is WebKit's page (webkit.mjs):
// the same selenium calls, in-page error record (cog prints no console under automation)
// and frame handling. It runs the smoke set only (engines.mjs), to prove the page starts
// and reacts in Safari-16-era WebKit.
import { CANNOT } from './cannot.mjs';
import { which } from './processes.mjs';
import { WebKitPage } from './webkit.mjs';

/** The viewport of cog's headless platform, at devicePixelRatio 1 (engines.mjs's default for wpe). */
export const SCREEN = { width: 800, height: 600 };

export class WpePage extends WebKitPage {
  static engine = 'wpe';
  static driverCommand = 'WPEWebDriver';

  static async session(options) {
    if (options.colorScheme === 'dark') throw new Error(CANNOT.wpe.darkMode);
    if ((options.deviceScaleFactor ?? 1) !== 1) throw new Error(CANNOT.wpe.viewport);
    return {
      env: { ...this.jscEnv },
      capabilities: {
        browserName: 'cog', // what cog reports; selenium-webdriver insists on a browserName
        'wpe:browserOptions': { binary: which('cog'), args: ['--automation', '--platform=headless'] },
      },
    };
  }

  /** cog's headless platform draws into a fixed 800x600 buffer, whatever the window is told. */
  async setViewport({ width, height }) {
    if (width !== SCREEN.width || height !== SCREEN.height) throw new Error(CANNOT.wpe.viewport);
    const inner = await this.evaluate(() => [innerWidth, innerHeight]);
    if (inner[0] !== width || inner[1] !== height) throw new Error(`wpe: viewport ${inner} instead of ${width},${height}`);
  }
}
