// Probe: self time by event name inside the worker's longest tasks (its first draw, then its
// first run of draws) at a desktop cold start, from a trace.
// Usage: [TASKS=2] [CATS=a,b] node bench/probes/drawprof.mjs [URL]
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { launch, PAGE_URL } from '../../tests/e2e/browser.mjs';
import { readTrace } from './trace.mjs';
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
const cats = (process.env.CATS ?? 'devtools.timeline,disabled-by-default-devtools.timeline,toplevel,v8,v8.wasm,blink,fonts,skia,gpu,cc,disabled-by-default-v8.compile').split(',');
await browser.startTracing(page, { path: join(tmpdir(), 'drawprof.json'), categories: cats });
await page.goto(process.argv[2] || PAGE_URL);
await page.waitForTimeout(1200);
await browser.stopTracing();
await browser.close();
const { events: t, thread } = readTrace(join(tmpdir(), 'drawprof.json'));
const worker = t.filter((e) => thread(e) === 'DedicatedWorker thread' && e.ph === 'X' && e.dur !== undefined);
const tasks = worker.filter((e) => e.name === 'ThreadControllerImpl::RunTask').sort((a, b) => b.dur - a.dur);
for (const task of tasks.slice(0, Number(process.env.TASKS ?? 2))) {
  const inside = worker.filter((e) => e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const count = new Map();
  const stack = [];
  for (const e of inside) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    if (stack.length) { const p = stack.at(-1); self.set(p.name, (self.get(p.name) ?? 0) - e.dur); }
    self.set(e.name, (self.get(e.name) ?? 0) + e.dur);
    count.set(e.name, (count.get(e.name) ?? 0) + 1);
    stack.push(e);
  }
  console.log(`--- task ${(task.dur / 1000).toFixed(1)} ms`);
  for (const [n, d] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 18)) console.log((d / 1000).toFixed(2).padStart(7), String(count.get(n)).padStart(5), n);
}
