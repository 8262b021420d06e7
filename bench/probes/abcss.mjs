// Probe: A/B of injected CSS on the phone drag: per-input JS, frame phases, work stats.
// Usage: node bench/probes/abcss.mjs URL 'css-a' 'css-b' ... (empty string: as is); rounds alternate.
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { launch } from '../../tests/e2e/browser.mjs';
import { instrument, drag, latencies, latencyStats, frameInterval } from '../latency.mjs';
import { throttledSession, ThreadThrottle } from '../throttle.mjs';
import { readTrace } from './trace.mjs';
const [url, ...variants] = process.argv.slice(2);
const ROUNDS = Number(process.env.ROUNDS || 2);
const PH = ['EventDispatch:input', 'ProxyMain::BeginMainFrame', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'Blink.ForcedStyleAndLayout.UpdateTime'];
const acc = variants.map(() => ({ n: 0, ph: {}, over: 0, events: 0, work: [] }));
const threads = new ThreadThrottle(4);
threads.start();
const browser = await launch();
for (let round = 0; round < ROUNDS; round += 1) {
  for (const [vi, css] of variants.entries()) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true, bypassCSP: true });
    const page = await context.newPage();
    const cdp = await throttledSession(context, page, 4);
    await page.goto(css.startsWith('url:') ? css.slice(4) : url);
    await page.waitForSelector('html[data-ready]', { state: 'attached' });
    if (css.startsWith('url:')) { /* another page */ } else if (css.startsWith('js:')) await page.evaluate(css.slice(3)); else if (css) await page.addStyleTag({ content: css });
    await page.evaluate(instrument);
    const interval = await frameInterval(page);
    await drag(page, cdp, true, { key: 'capex', toEnd: 0, moves: 10 });
    await browser.startTracing(page, { path: join(tmpdir(), 'roi-gap-abcss.json'), categories: ['devtools.timeline', 'blink', 'cc', 'disabled-by-default-devtools.timeline'] });
    let samples = [];
    for (const key of (process.env.KEYS || 'capex,energy,revenue').split(',')) {
      const raw = await drag(page, cdp, true, { key, toEnd: 1, moves: 40 });
      samples = samples.concat(latencies(raw, interval));
    }
    await browser.stopTracing();
    const s = latencyStats(samples, 120, interval);
    const a = acc[vi];
    a.events += s.events; a.over += s.overFrame; a.work.push(...samples.map((x) => x.work));
    const { events, thread } = readTrace(join(tmpdir(), 'roi-gap-abcss.json'));
    for (const e of events) {
      if (e.ph !== 'X' || !e.dur || thread(e) !== 'CrRendererMain') continue;
      const k = e.name === 'EventDispatch' ? `EventDispatch:${e.args?.data?.type}` : e.name;
      if (!PH.includes(k)) continue;
      a.ph[k] = (a.ph[k] ?? 0) + e.dur / 1000;
    }
    await context.close();
  }
}
await browser.close();
threads.close();
for (const [vi, css] of variants.entries()) {
  const a = acc[vi];
  const w = a.work.sort((x, y) => x - y);
  console.log(`\n[${vi}] ${css.slice(0, 100) || '(as is)'}\n  over ${a.over}/${a.events}  work median ${w[w.length >> 1].toFixed(1)} p90 ${w[Math.floor(w.length * 0.9)].toFixed(1)}`);
  console.log('  ' + PH.map((k) => `${k.replace('Blink.', '').replace('.UpdateTime', '').replace('ProxyMain::', '')} ${((a.ph[k] ?? 0) / a.events).toFixed(2)}`).join(' | '));
}
