// Probe: forced layouts and style recalcs on the main thread before ready, with their JS stacks (dev build).
import { traceColdLoad } from './trace.mjs';
const { events: t, thread } = await traceColdLoad(process.argv[2], {
  file: 'roi-gap-forced.json',
  categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.stack', 'blink.user_timing', 'disabled-by-default-devtools.timeline.invalidationTracking'],
  until: () => performance.getEntriesByName('roi-gap:ready').length > 0,
  phone: process.env.PHONE === '1',
});
const nav = t.find((e) => e.name === 'navigationStart');
const at = (e) => ((e.ts - nav.ts) / 1000).toFixed(1);
for (const e of t.filter((e) => e.name?.startsWith('roi-gap:'))) console.log('mark', e.name, at(e));
for (const e of t.filter((e) => thread(e) === 'CrRendererMain' && ['Layout', 'UpdateLayoutTree', 'ScheduleStyleRecalculation', 'InvalidateLayout'].includes(e.name) && e.ph === 'X' && e.dur > 500)) {
  const stack = e.args?.beginData?.stackTrace ?? e.args?.data?.stackTrace ?? [];
  console.log(at(e).padStart(7), (e.dur / 1000).toFixed(1).padStart(5), e.name, stack.slice(0, 5).map((f) => `${f.functionName}:${f.lineNumber}`).join(' < '));
}
const ready = t.find((e) => e.name === 'roi-gap:ready');
for (const e of t.filter((e) => e.name?.includes('InvalidationTracking') && e.ts < ready.ts && e.ts > nav.ts + 60000)) {
  const d = e.args?.data ?? {};
  console.log(at(e), e.name, d.reason ?? d.invalidationList?.[0]?.classes ?? '', d.nodeName ?? '', (d.stackTrace ?? []).slice(0, 3).map((f) => `${f.functionName}:${f.lineNumber}`).join(' < '));
}
