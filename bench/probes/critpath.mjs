// Probe: the desktop cold start's critical path, from marks on both threads, median of ROUNDS
// cold loads. Needs a build with the marks of critpath.patch, which was made against the
// twelfth round's code (b4c4e94); since the thirteenth round its `early-chances` hunk has
// nothing to patch (that message is gone): drop the hunk, or check out b4c4e94's www/ to apply it.
//   git apply bench/probes/critpath.patch && node scripts/assemble.mjs target/wasm-out/roi_gap.js \
//     target/wasm-out/roi_gap_bg.wasm target/wasm-out/noscript.html /tmp/critpath && git apply -R bench/probes/critpath.patch
// Usage: ROUNDS=9 node bench/probes/critpath.mjs file:///tmp/critpath/index.html
import { launch } from '../../tests/e2e/browser.mjs';
const url = process.argv[2];
const browser = await launch();
const rows = [];
for (let i = 0; i < Number(process.env.ROUNDS ?? 9); i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    const mark = performance.mark.bind(performance);
    performance.mark = (name, o) => { const e = mark(name, o); if (name === 'roi-gap:drawn' && (o?.detail ?? 1) >= 1 && window.painted === undefined) { window.painted = null; requestAnimationFrame(() => { window.painted = performance.now(); }); } return e; };
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForTimeout(1000);
  rows.push(await page.evaluate(() => {
    const g = (n) => performance.getEntriesByName(n)[0]?.startTime;
    return { module: g('roi-gap:module'), created: g('roi-gap:worker-created'), wasm: g('roi-gap:wasm'), ready: g('roi-gap:ready'), frame: g('roi-gap:first-frame'), ...Object.fromEntries(Object.entries(window.workerT ?? {}).map(([k, v]) => ['w.' + k, v])), heard: g('roi-gap:started-heard'), scene: performance.getEntriesByName('roi-gap:scene').find((m) => m.detail >= 1)?.startTime, drawn: performance.getEntriesByName('roi-gap:drawn').find((m) => m.detail >= 1)?.startTime, painted: window.painted };
  }));
  await context.close();
}
await browser.close();
const keys = Object.keys(rows[0]);
const med = (a) => { const s = a.filter((x) => typeof x === 'number').sort((x, y) => x - y); return s[s.length >> 1]; };
for (const k of keys) console.log(k.padEnd(12), med(rows.map((r) => r[k]))?.toFixed(1), '  ', rows.map((r) => r[k]?.toFixed(0)).join(' '));
