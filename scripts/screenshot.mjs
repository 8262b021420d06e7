// Screenshots of dist/index.html from file://, for looking at the page and for the README.
// Usage: node scripts/screenshot.mjs OUT.png [--width 1280] [--hash 'capex=650'] [--dark] [--full] [--scroll Y]
import { chartsIdle, launch, openPage, PAGE_URL, twoFrames } from '../tests/e2e/browser.mjs';

const args = process.argv.slice(2);
const out = args[0];
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const width = Number(option('--width', 1280));
const hash = option('--hash', '');
const browser = await launch();
const { page, problems, context } = await openPage(browser, `${PAGE_URL}${hash ? `#${hash}` : ''}`, {
  viewport: { width, height: width < 600 ? 800 : 900 },
  colorScheme: args.includes('--dark') ? 'dark' : 'light',
  deviceScaleFactor: width < 600 ? 2 : 1,
});
const scroll = Number(option('--scroll', 0));
if (scroll) await page.evaluate((y) => window.scrollTo(0, y), scroll);
// Charts are drawn when they come into view (by the worker, where there is one): two frames
// for the observers to see them, then until no scene is being drawn.
await page.evaluate(twoFrames);
await page.waitForFunction(chartsIdle);
await page.screenshot({ path: out, fullPage: args.includes('--full') });
if (problems.length) console.error(problems.join('\n'));
await context.close();
await browser.close();
