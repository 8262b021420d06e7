// Probe: what happens between the page's first frame (its animation frame callback) and that
// frame's paint (first-contentful-paint): events over 1.5 ms on every thread (a trace, 1280x900,
// or PHONE=1: 390x844 at devicePixelRatio 3, no throttling).
// Usage: [PHONE=1] node bench/probes/fcp.mjs file:///path/to/index.html
import { traceColdLoad } from './trace.mjs';
const { events: t, thread, value: fcp } = await traceColdLoad(process.argv[2], {
  file: 'roi-gap-fcp.json',
  categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'toplevel', 'cc', 'viz', 'gpu', 'loading', 'benchmark', 'disabled-by-default-cc.debug', 'skia'],
  until: () => performance.getEntriesByName('first-contentful-paint').length > 0,
  settle: 300,
  phone: process.env.PHONE === '1',
  read: () => [performance.getEntriesByName('first-contentful-paint')[0].startTime, performance.getEntriesByName('roi-gap:first-frame')[0].startTime],
});
const nav = t.find((e) => e.name === 'navigationStart');
const ff = t.find((e) => e.name === 'roi-gap:first-frame');
console.log('fcp, first-frame (page clock)', fcp, 'first-frame in trace', ((ff.ts - nav.ts) / 1000).toFixed(1));
const from = ff.ts - 2000; const to = nav.ts + fcp[0] * 1000 + 5000;
const rows = t.filter((e) => e.ph === 'X' && e.ts >= from && e.ts <= to && e.dur > 1500);
const seen = new Set();
for (const e of rows.sort((a, b) => a.ts - b.ts)) {
  const k = `${thread(e)}|${e.ts}|${e.dur}`; if (seen.has(k + e.name)) continue; seen.add(k + e.name);
  console.log(((e.ts - nav.ts) / 1000).toFixed(1).padStart(7), (e.dur / 1000).toFixed(1).padStart(6), (thread(e) ?? '?').slice(0, 22).padEnd(22), e.name);
}
