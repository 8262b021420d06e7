// Probe: the main thread's tasks over 8 ms after two changes, each followed by a 2.5 s
// pause (the static view's refresh runs 1 s into it), phone profile at 4x.
// Usage: node bench/probes/staticcost.mjs [URL]
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { launch, PAGE_URL } from '../../tests/e2e/browser.mjs';
import { throttledSession } from '../throttle.mjs';
import { readTrace } from './trace.mjs';
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
const page = await context.newPage();
await throttledSession(context, page, 4);
await page.goto(process.argv[2] || PAGE_URL);
await page.waitForTimeout(3000);
await browser.startTracing(page, { path: join(tmpdir(), 'staticcost.json'), categories: ['devtools.timeline', 'toplevel', 'v8.wasm'] });
for (const v of [600, 650]) {
  await page.evaluate((value) => {
    const r = document.querySelector('input[type=range][name="capex"]');
    r.value = String(value);
    r.dispatchEvent(new Event('input', { bubbles: true }));
    r.dispatchEvent(new Event('change', { bubbles: true }));
  }, v);
  await page.waitForTimeout(2500);
}
await browser.stopTracing();
await browser.close();
const { events: t, thread } = readTrace(join(tmpdir(), 'staticcost.json'));
const main = t.filter((e) => thread(e) === 'CrRendererMain' && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.dur > 8000);
const t0 = Math.min(...main.map((e) => e.ts));
for (const task of main) {
  const inside = t.filter((e) => e.pid === task.pid && e.tid === task.tid && e.ph === 'X' && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e.dur > 2000 && e !== task);
  console.log(((task.ts - t0) / 1000).toFixed(0).padStart(6), (task.dur / 1000).toFixed(1).padStart(6), [...new Set(inside.map((e) => `${e.name}${e.args?.data?.functionName ? '(' + e.args.data.functionName + ')' : ''}`))].slice(0, 6).join(' ; '));
}
