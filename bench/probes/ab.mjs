// Probe: A/B of pages at the phone profile: dispatch -> done (main + worker) within a frame.
import { launch } from '../../tests/e2e/browser.mjs';
import { instrument, drag, latencies, frameInterval } from '../latency.mjs';
import { throttledSession, ThreadThrottle } from '../throttle.mjs';
const [reps, ...urls] = process.argv.slice(2);
const browser = await launch();
const threads = new ThreadThrottle(4);
threads.start();
const opts = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };
const pages = [];
for (const url of urls) {
  const context = await browser.newContext(opts);
  const page = await context.newPage();
  const cdp = await throttledSession(context, page, 4);
  await page.goto(url);
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  await page.evaluate(instrument);
  for (const key of ['capex', 'energy']) await drag(page, cdp, true, { key, toEnd: 0, moves: 10 });
  pages.push({ url, page, cdp, dd: [], lat: [], handler: [], work: [] });
}
const interval = await frameInterval(pages[0].page);
for (let r = 0; r < Number(reps); r += 1) {
  for (const p of pages) {
    if (process.env.FREEZE) {
      for (const o of pages) await o.cdp.send('Page.setWebLifecycleState', { state: o === p ? 'active' : 'frozen' });
    }
    for (const [key, toEnd] of [['capex', 1], ['energy', 1], ['capex', 0], ['energy', 0]]) {
      const raw = await drag(p.page, p.cdp, true, { key, toEnd, moves: 30, first: r * 30 }, process.env.PHASE ? { phase: interval } : {});
      raw.records.forEach((rec, idx) => { rec.idx = idx; });
      for (const rec of raw.records) {
        if (rec.mainDone === undefined) continue;
        p.pos = p.pos || Array(7).fill(0);
        const m = raw.drawn.find((x) => x.detail >= rec.seq);
        p.dd.push(Math.max(rec.mainDone, m && rec.seq !== null ? m.startTime : 0) - rec.start);
        if (p.dd[p.dd.length - 1] > interval) p.pos[Math.min(6, Math.floor(rec.idx / 5))] += 1;
        p.handler.push(rec.handlerEnd - rec.start); p.mainOnly = (p.mainOnly || []); p.mainOnly.push(rec.mainDone - rec.start); if (m && rec.seq !== null && m.startTime > rec.mainDone && m.startTime - rec.start > interval) p.workerLate = (p.workerLate || 0) + 1; p.work.push(rec.mainDone - rec.handlerEnd);
      }
      p.lat.push(...latencies(raw, interval).map((s) => s.latency));
    }
  }
}
const med = (a) => { const s = [...a].sort((x, y) => x - y); return s[s.length >> 1]; };
const q = (a, f) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length * f)]; };
for (const p of pages) {
  console.log(p.url.slice(-40), 'over by position in block (5s):', p.pos.join(','), `n=${p.dd.length} over16.7=${p.dd.filter((v) => v > interval).length} dispatch->done med ${med(p.dd).toFixed(1)} p90 ${q(p.dd, 0.9).toFixed(1)} | main over ${(p.mainOnly||[]).filter((v) => v > interval).length} worker-late-over ${p.workerLate||0} | handler ${med(p.handler).toFixed(1)} work ${med(p.work).toFixed(1)} | presented med ${med(p.lat).toFixed(1)} p95 ${q(p.lat, 0.95).toFixed(1)}`);
}
await browser.close();
threads.close();
