// Probe: the long tasks (over 1 ms) of a cold load's main thread and charts' worker, each with
// its five longest inner events, in the first 300 ms after navigation (a trace, 1280x900).
// Usage: node bench/probes/timeline.mjs file:///path/to/index.html
import { traceColdLoad } from './trace.mjs';
const { events: t, thread } = await traceColdLoad(process.argv[2], {
  file: 'roi-gap-tl.json',
  categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8', 'toplevel', 'loading', 'blink'],
  until: () => performance.getEntriesByName('roi-gap:drawn').length > 0,
});
const nav = t.find((e) => e.name === 'navigationStart');
const at = (e) => ((e.ts - nav.ts) / 1000).toFixed(1);
for (const e of t.filter((e) => e.name?.startsWith('roi-gap:'))) console.log('mark', e.name, at(e));
const want = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
const rows = t.filter((e) => e.ph === 'X' && want.has(e.name) && e.dur > 1000 && ['CrRendererMain', 'DedicatedWorker thread'].includes(thread(e)) && e.ts > nav.ts - 5000 && e.ts < nav.ts + 300000);
for (const e of rows.sort((a, b) => a.ts - b.ts)) {
  const inside = t.filter((c) => c !== e && thread(c) === thread(e) && c.ph === 'X' && c.ts >= e.ts && c.ts + (c.dur ?? 0) <= e.ts + e.dur && c.dur > 700 && !want.has(c.name));
  const names = [...new Set(inside.sort((a, b) => b.dur - a.dur).slice(0, 5).map((c) => `${c.name}(${(c.dur / 1000).toFixed(1)})`))].join(' ');
  console.log(thread(e).slice(0, 6), at(e).padStart(7), (e.dur / 1000).toFixed(1).padStart(6), names.slice(0, 180));
}
