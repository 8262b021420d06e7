// Probe: what a worker.postMessage costs the main thread when the worker works on each
// message (pmbench.html; 200 posts, one per frame). T=1: 4x, every renderer thread throttled.
// Usage: [T=1] node bench/probes/pmbench.mjs
import { launch } from '../../tests/e2e/browser.mjs';
import { throttledSession, ThreadThrottle } from '../throttle.mjs';
const browser = await launch();
const threads = new ThreadThrottle(4); if (process.env.T === '1') threads.start();
const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
const page = await context.newPage();
if (process.env.T === '1') await throttledSession(context, page, 4);
await page.goto(new URL('pmbench.html', import.meta.url).href);
console.log(JSON.stringify(await page.evaluate(() => window.go())));
await browser.close(); threads.close();
