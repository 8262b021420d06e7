// Probe: layout-shift entries (what the reader sees move) in a cold load's first 2.5 s, at a
// phone's and three desktops' sizes (Chromium's Layout Instability API).
// Usage: [HASH=#how] node bench/probes/cls.mjs [URL]
import { launch, PAGE_URL } from '../../tests/e2e/browser.mjs';
const browser = await launch();
for (const [w, h, phone] of [[390, 844, true], [1280, 900, false], [1440, 900, false], [1920, 1080, false]]) {
  const context = await browser.newContext(phone ? { viewport: { width: w, height: h }, deviceScaleFactor: 3, isMobile: true, hasTouch: true } : { viewport: { width: w, height: h } });
  await context.addInitScript(() => {
    window.shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.shifts.push({ t: Math.round(e.startTime), v: +e.value.toFixed(4), src: e.sources.map((s) => `${s.node?.nodeName}.${s.node?.className ?? ''} ${s.previousRect.y}->${s.currentRect.y} h${s.previousRect.height}->${s.currentRect.height}`) });
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const page = await context.newPage();
  await page.goto((process.argv[2] ?? PAGE_URL) + (process.env.HASH ?? ""));
  await page.waitForTimeout(2500);
  const r = await page.evaluate(() => ({ shifts: window.shifts, ready: performance.getEntriesByName('roi-gap:ready')[0]?.startTime }));
  console.log(w, 'ready', Math.round(r.ready), JSON.stringify(r.shifts));
  await context.close();
}
await browser.close();
