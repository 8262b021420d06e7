// Probe: over ROUNDS cold loads of each built page (a dist folder), from file:// and http, at 1x and
// 4x CPU (the main thread only): how many loads had an animation frame while the parser was still
// reading the page, before the module started, and after it but before ready.
// Usage: ROUNDS=12 node bench/probes/frames.mjs /abs/dist /abs/other-dist ...
import { launch, serve } from '../../tests/e2e/browser.mjs';
import { throttledSession } from '../throttle.mjs';
const dirs = process.argv.slice(2);
const browser = await launch();
const rounds = Number(process.env.ROUNDS ?? 10);
const servers = await Promise.all(dirs.map((d) => serve(d)));
const res = {};
for (let r = 0; r < rounds; r++) {
  for (const [i, dir] of dirs.entries()) {
    for (const how of ['file', 'http']) {
      for (const rate of [1, 4]) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        await context.addInitScript(() => {
          window.frames_ = [];
          const frame = () => {
            const root = document.documentElement;
            window.frames_.push([document.readyState, performance.getEntriesByName('roi-gap:module').length > 0, root.hasAttribute('data-ready')]);
            if (!root.hasAttribute('data-ready')) requestAnimationFrame(frame);
          };
          requestAnimationFrame(frame);
        });
        const page = await context.newPage();
        if (rate > 1) await throttledSession(context, page, rate);
        const url = how === 'file' ? `file://${dir}/index.html` : `${servers[i].origin}/index.html`;
        await page.goto(url);
        await page.waitForFunction(() => document.documentElement.hasAttribute('data-ready'));
        const f = await page.evaluate(() => window.frames_);
        const key = `${dir} ${how} ${rate}x`;
        res[key] ??= { loads: 0, whileParsing: 0, beforeModule: 0, beforeReady: 0 };
        if (f.some(([rs]) => rs === 'loading')) res[key].whileParsing++;
        res[key].loads++;
        if (f.some(([, m, rd]) => !m && !rd)) res[key].beforeModule++;
        if (f.some(([, m, rd]) => m && !rd)) res[key].beforeReady++;
        await context.close();
      }
    }
  }
}
console.log(res);
await browser.close();
for (const s of servers) s.close?.();
process.exit(0);
