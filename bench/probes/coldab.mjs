// Probe: cold starts of pages A, B, ... alternating, fresh context each (desktop 1x, or PHONE=1 at 4x).
// Usage: ROUNDS=7 [PHONE=1] node bench/probes/coldab.mjs URL...
import { launch } from '../../tests/e2e/browser.mjs';
import { throttledSession, ThreadThrottle } from '../throttle.mjs';
import { PROFILES } from '../profiles.mjs';
const urls = process.argv.slice(2);
const rounds = Number(process.env.ROUNDS ?? 7);
const phone = !!process.env.PHONE;
const opts = PROFILES[phone ? 'phone' : 'desktop'].options;
const browser = await launch();
const threads = new ThreadThrottle(4);
if (phone && process.env.THREADS === '1') threads.start();
function hook() {
  const mark = performance.mark.bind(performance);
  performance.mark = (name, options) => {
    const entry = mark(name, options);
    if (name === 'roi-gap:drawn' && (options?.detail ?? 1) >= 1 && window.painted === undefined) {
      window.painted = null;
      requestAnimationFrame(() => { window.painted = performance.now(); });
    }
    return entry;
  };
}
const res = urls.map(() => []);
for (let r = 0; r < rounds; r++) {
  for (const [i, url] of urls.entries()) {
    const context = await browser.newContext(opts);
    await context.addInitScript(hook);
    const page = await context.newPage();
    if (phone) await throttledSession(context, page, 4);
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('roi-gap:first-frame').length > 0, null, { timeout: 60000 });
    if (!phone) await page.waitForFunction(() => typeof window.painted === 'number', null, { timeout: 60000 });
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 10000 }).catch(() => {});
    const m = await page.evaluate(() => {
      const g = (n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN;
      return { fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN, module: g('roi-gap:module'), wasm: g('roi-gap:wasm'), ready: g('roi-gap:ready'), frame: g('roi-gap:first-frame'), drawn: performance.getEntriesByName('roi-gap:drawn').find((m) => (m.detail ?? 1) >= 1)?.startTime ?? NaN, painted: window.painted ?? NaN };
    });
    res[i].push(m);
    await context.close();
  }
}
const med = (a) => { const s = a.filter((x) => !Number.isNaN(x)).sort((x, y) => x - y); return s.length ? s[s.length >> 1] : NaN; };
for (const [i, url] of urls.entries()) {
  const keys = Object.keys(res[i][0]);
  console.log(url.split('/').slice(-2).join('/').padEnd(24), keys.map((k) => `${k} ${med(res[i].map((m) => m[k])).toFixed(1)}`).join('  '));
}
await browser.close();
threads.close();
