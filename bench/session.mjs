// A long reading session against the wasm module itself, in headless Chromium: N rounds,
// each an update, a run of 2,000 draws, every chart drawn on a canvas and written as SVG,
// the year table and the CSV, with pseudo-random scenarios and the three languages in turn.
// Prints the median time of a round early and late in the session and the wasm memory's
// size along it (it only grows: the most the session needed so far): an allocator that
// fragments, or a leak, shows as late rounds slower or memory growing. Compares builds of wasm-bindgen's output (a directory with roi_gap.js
// and roi_gap_bg.wasm; default target/wasm-out, as ./build.sh build leaves it).
// Usage: node bench/session.mjs [--rounds N] [DIR...]
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch } from '../tests/e2e/browser.mjs';

const args = process.argv.slice(2);
const at = args.indexOf('--rounds');
const rounds = at >= 0 ? Number(args.splice(at, 2)[1]) : 3000;
const dirs = (args.length ? args : ['target/wasm-out']).map((d) => resolve(d));
const TYPES = { '.js': 'text/javascript', '.wasm': 'application/wasm' };
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (path === '/') {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><title>session</title>');
    return;
  }
  try {
    const body = readFileSync(path);
    res.writeHead(200, { 'content-type': TYPES[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end();
  }
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;

/** In the page: the session against the module in `dir`. */
async function session({ origin, dir, rounds }) {
  const glue = await import(`${origin}${dir}/roi_gap.js`);
  const wasm = await glue.default({ module_or_path: `${origin}${dir}/roi_gap_bg.wasm` });
  const calculator = new glue.Calculator();
  const charts = ['gap', 'costs', 'cash', 'circular', 'tornado'];
  const canvas = document.createElement('canvas');
  canvas.width = 1000;
  canvas.height = 700;
  document.body.append(canvas);
  let seed = 7;
  const random = () => { seed = (seed * 16807) % 2147483647; return seed / 2147483647; };
  const times = [];
  const memory = [];
  for (let round = 0; round < rounds; round += 1) {
    const start = performance.now();
    const lang = ['en', 'zh-Hans', 'zh-Hant'][round % 3];
    calculator.setLanguage(lang);
    const text = `v=2&capex=${(100 + random() * 2000).toFixed(1)}&energy=${(random() * 200).toFixed(2)}`
      + `&revenue=${(random() * 900).toFixed(0)}&spread=${(random() * 80).toFixed(0)}`;
    calculator.update(glue.parseScenario(text, lang).scenario.inputs, null);
    calculator.chances(2000);
    for (const chart of charts) calculator.draw(canvas, chart, false, 2);
    for (const chart of charts) calculator.svg(chart, false, 640, 400, '', '');
    calculator.yearTable();
    calculator.csv('link');
    times.push(performance.now() - start);
    if (round % 500 === 0 || round === rounds - 1) memory.push(wasm.memory.buffer.byteLength / 1048576);
  }
  const median = (list) => [...list].sort((a, b) => a - b)[list.length >> 1];
  const part = Math.min(200, rounds);
  return { early: median(times.slice(0, part)), late: median(times.slice(-part)), memory };
}

const browser = await launch();
try {
  console.log(`${rounds} rounds each (update, 2,000 draws, 5 charts on canvas and as SVG, table, CSV)`);
  for (const dir of dirs) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    const r = await page.evaluate(session, { origin, dir, rounds });
    console.log(`${dir}: a round ${r.early.toFixed(2)} ms early, ${r.late.toFixed(2)} ms late; `
      + `wasm memory ${r.memory.map((m) => m.toFixed(1)).join(' ')} MiB`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
