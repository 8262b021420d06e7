// Probe: style, layout, pre-paint and paint on the page's main thread in the 60 ms after
// ready (trace), 5 cold loads per URL at 1280x900.
// Usage: node bench/probes/firstframe.mjs URL...
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { launch } from '../../tests/e2e/browser.mjs';
const browser = await launch();
for (const url of process.argv.slice(2)) {
  const out = [];
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await browser.startTracing(page, { path: join(tmpdir(), 'firstframe.json'), categories: ['devtools.timeline', 'blink.user_timing'] });
    await page.goto(url);
    await page.waitForTimeout(800);
    await browser.stopTracing();
    await context.close();
    const t = JSON.parse(readFileSync(join(tmpdir(), 'firstframe.json'), 'utf8')).traceEvents;
    const ready = t.find((e) => e.name === 'roi-gap:ready');
    const ev = t.filter((e) => e.ph === 'X' && e.ts > ready.ts && e.ts < ready.ts + 60000 && e.pid === ready.pid);
    const sum = (n) => ev.filter((e) => e.name === n).reduce((a, e) => a + e.dur, 0) / 1000;
    out.push(`style ${sum('UpdateLayoutTree').toFixed(1)} layout ${sum('Layout').toFixed(1)} paint ${sum('Paint').toFixed(1)} prepaint ${sum('PrePaint').toFixed(1)}`);
  }
  console.log(url.split('/').slice(-2).join('/'), '\n  ' + out.join('\n  '));
}
await browser.close();
