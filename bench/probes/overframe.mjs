// Probe: phone drags on our page alone (4x main by CDP, other renderer threads by cgroup);
// for each input over a frame, whether a run of chances was under way in the worker.
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { launch, PAGE_URL } from '../../tests/e2e/browser.mjs';
import { instrument, dragPlan, drag, latencies } from '../latency.mjs';
import { throttledSession, ThreadThrottle } from '../throttle.mjs';
import { readTrace } from './trace.mjs';
const url = process.argv[2] ?? PAGE_URL;
const browser = await launch();
const threads = new ThreadThrottle(4);
threads.start();
const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true, bypassCSP: true });
const page = await context.newPage();
const cdp = await throttledSession(context, page, 4);
await page.goto(url);
await page.waitForSelector('html[data-ready]', { state: 'attached', timeout: 60000 });
if (process.env.CSS) await page.addStyleTag({ content: process.env.CSS });
await page.evaluate(instrument);
for (const key of ['capex', 'energy', 'revenue']) await drag(page, cdp, true, { key, toEnd: 0, moves: 10 });
const tracing = process.env.TRACE === '1';
if (tracing) await browser.startTracing(page, { path: join(tmpdir(), 'roi-gap-over.json'), categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8', 'blink.user_timing', 'cc', 'viz', 'gpu', 'disabled-by-default-devtools.timeline.stack'] });
const overs = [];
let over = 0; let firstOver = 0; let drawnLateCount = 0; const firstWorks = []; const restWorks = []; let withChances = 0; let n = 0; const works = [];
for (const block of dragPlan(Number(process.env.EVENTS ?? 300), 30)) {
  const raw = await drag(page, cdp, true, block);
  const chances = await page.evaluate(() => performance.getEntriesByName('roi-gap:chances').map((m) => [m.startTime, m.startTime + m.duration]));
  const lat = latencies(raw, 16.7);
  raw.records.filter((r) => r.mainDone !== undefined).forEach((r, i) => {
    const s = lat[i]; n++;
    works.push(s.work);
    (i === 0 ? firstWorks : restWorks).push(s.work);
    if (s.drawnLate) drawnLateCount++;
    if (s.work > 16.7) {
      over++;
      const end = r.dispatched + s.work;
      const c = chances.find(([a, b]) => a < end && b > r.dispatched - 5);
      if (c) withChances++;
      overs.push([r.dispatched, end]);
      if (i === 0) firstOver++;
      console.log(`over: #${i} work ${s.work.toFixed(1)} handler ${s.handler.toFixed(1)} frameWork ${s.frameWork.toFixed(1)} drawnLate ${s.drawnLate} chances ${c ? (c[0] - r.dispatched).toFixed(1) + '..' + (c[1] - r.dispatched).toFixed(1) : '-'}`);
    }
  });
  await page.evaluate(() => new Promise((d) => setTimeout(d, 1100)));
}
works.sort((a, b) => a - b);
const med = (a) => a.sort((x, y) => x - y)[a.length >> 1].toFixed(1);
console.log(`first input of a drag: work median ${med(firstWorks)} ms (${firstWorks.map((w) => w.toFixed(0)).join(' ')}); the others ${med(restWorks)}`);
console.log(`drawn after the main thread was done: ${drawnLateCount}`);
console.log(`inputs ${n}, over a frame ${over} (first of a drag ${firstOver}), of them during chances ${withChances}; work median ${works[n >> 1].toFixed(1)} p95 ${works[Math.floor(n * 0.95)].toFixed(1)}`);
if (tracing) {
  await page.evaluate(() => performance.mark('probe:origin'));
  await browser.stopTracing();
  const { events: t, thread } = readTrace(join(tmpdir(), 'roi-gap-over.json'));
  const origin = t.find((e) => e.name === 'probe:origin');
  const originPage = await page.evaluate(() => performance.getEntriesByName('probe:origin')[0].startTime);
  const toTs = (ms) => origin.ts + (ms - originPage) * 1000;
  const forced = {};
  for (const e of t) {
    if (e.ph !== 'X' || !['Layout', 'UpdateLayoutTree'].includes(e.name)) continue;
    const st = e.args?.beginData?.stackTrace ?? e.args?.data?.stackTrace;
    if (!st?.length) continue;
    const key = `${e.name} ${st.slice(0, 4).map((f) => `${f.functionName}:${f.lineNumber}`).join(' < ')}`;
    forced[key] ??= [0, 0];
    forced[key][0]++; forced[key][1] += e.dur / 1000;
  }
  for (const [k, [c, d]] of Object.entries(forced).sort((x, y) => y[1][1] - x[1][1]).slice(0, 15)) console.log('forced', c, d.toFixed(1), k);
  for (const [a, b] of overs.slice(0, Number(process.env.SHOW ?? 12))) {
    console.log('--- over', (b - a).toFixed(1));
    const ev = t.filter((e) => e.ph === 'X' && e.ts >= toTs(a) - 2000 && e.ts <= toTs(b) && e.dur > 700 && ['CrRendererMain', 'DedicatedWorker thread', 'Compositor', 'VizCompositorThread', 'CrGpuMain'].includes(thread(e)));
    for (const e of ev.sort((x, y) => x.ts - y.ts)) console.log(((e.ts - toTs(a)) / 1000).toFixed(1).padStart(6), (e.dur / 1000).toFixed(1).padStart(5), thread(e).slice(0, 10), e.name, e.args?.data?.type ?? e.args?.data?.functionName ?? '');
  }
}
await browser.close();
threads.close();
