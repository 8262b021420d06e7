// Page benchmark: redraw latency per input event, dropped frames, cold start and sizes,
// for dist/index.html and for the Chart.js and Observable Plot baselines, measured in one
// headless Chromium run with the variants alternating block by block, so that machine
// noise falls on all of them alike. Usage: node bench/page.mjs [--events N] [--json OUT]
import { readFileSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { join, resolve } from 'node:path';
import { launch, PAGE_URL } from '../tests/e2e/browser.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const EVENTS = Number(option('--events', 330));
const BLOCK = 30;
const COLD_STARTS = 7;
const OUT = resolve('target/bench');

/** The input sweep: capex, energy and revenue in turn, each across its range and back. */
function sweep(count) {
  const ranges = { capex: [100, 3000], energy: [10, 600], revenue: [20, 3000] };
  const keys = Object.keys(ranges);
  return Array.from({ length: count }, (_, i) => {
    const key = keys[Math.floor(i / BLOCK) % keys.length];
    const [lo, hi] = ranges[key];
    const phase = (i % BLOCK) / (BLOCK - 1);
    const fraction = Math.floor(i / (BLOCK * keys.length)) % 2 === 0 ? phase : 1 - phase;
    return { key, value: Math.round(lo + (hi - lo) * fraction) };
  });
}

/** Writes a baseline page: the shared shell with the library, model and drawing inlined. */
function baselinePage(library, chartSize) {
  const lib = {
    chartjs: ['node_modules/chart.js/dist/chart.umd.min.js'],
    plot: ['node_modules/d3/dist/d3.min.js', 'node_modules/@observablehq/plot/dist/plot.umd.min.js'],
  }[library];
  const sources = [...lib, 'bench/baselines/model.js', 'bench/baselines/common.js', `bench/baselines/${library}.js`];
  const scripts = sources.map((p) => readFileSync(p, 'utf8')).join('\n;\n') + '\nbaselineStart();';
  const shell = readFileSync('bench/baselines/page.html', 'utf8')
    .replace('LIBRARY', library)
    .replace('.chart { width: 640px; height: 400px; }', `.chart { width: ${chartSize[0]}px; height: ${chartSize[1]}px; }`)
    .replace('CHART', library === 'chartjs' ? '<canvas data-chart="gap"></canvas>' : '<div data-chart="gap"></div>');
  const [before, after] = shell.split('SCRIPTS');
  const file = join(OUT, `baseline-${library}.html`);
  writeFileSync(file, before + scripts.replace(/<\/script/gi, '<\\/script') + after);
  return pathToFileURL(file).href;
}

/** Checks the JS port against the Rust CLI, so the baselines compute the same thing. */
async function checkPort(page) {
  for (const scenario of ['v=2', 'v=2&capex=650&energy=90', 'v=2&revenue=900&capex=50&short_share=40']) {
    const want = JSON.parse(execFileSync('target/release/roi-gap', ['eval', scenario]).toString()).summary;
    const inputs = Object.fromEntries(scenario.split('&').filter((p) => p && !p.startsWith('v=')).map((p) => p.split('=')).map(([k, v]) => [k, Number(v)]));
    const got = await page.evaluate((i) => baselineModel(i).summary, inputs);
    for (const key of ['required_revenue', 'revenue', 'gap', 'coverage']) {
      if (Math.abs(got[key] - want[key]) > 1e-9 * Math.max(1, Math.abs(want[key]))) {
        throw new Error(`JS port differs on ${key} for "${scenario}": ${got[key]} vs ${want[key]}`);
      }
    }
  }
}

/**
 * Runs `steps` in the page, one input event per animation frame; returns per-event data.
 * The page is brought to the front first: background pages get throttled frames.
 */
async function runBlock(page, steps) {
  await page.bringToFront();
  return page.evaluate(async (list) => {
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const out = [];
    for (const { key, value } of list) {
      const slider = document.querySelector(`input[type=range][name="${key}"]`);
      const start = await frame();
      const t0 = performance.now();
      slider.value = String(value);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      document.body.getBoundingClientRect(); // style and layout too, so SVG charts pay theirs
      const t1 = performance.now();
      const next = await frame();
      out.push({ ms: t1 - t0, frameGap: next - start });
    }
    return out;
  }, steps);
}

/**
 * The uncertainty in the page: how long `chances(2000)` takes, and the time from one input
 * event to the ranges drawn for it (the page waits for a pause first), medians of runs.
 */
async function rangesAfterInput(page) {
  await page.bringToFront();
  return page.evaluate(async () => {
    const runs = 15;
    const latencies = [];
    const computes = [];
    for (let i = 0; i < runs; i += 1) {
      const slider = document.querySelector('input[type=range][name="capex"]');
      const t0 = performance.now();
      slider.value = String(400 + 20 * i);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      const mark = await new Promise((resolve) => {
        const poll = () => {
          const m = performance.getEntriesByName('roi-gap:ranges').filter((e) => e.startTime > t0);
          if (m.length) resolve(m[0].startTime); else setTimeout(poll, 2);
        };
        poll();
      });
      latencies.push(mark - t0);
    }
    const measure = performance.getEntriesByType('measure').filter((m) => m.name === 'roi-gap:chances');
    for (const m of measure) computes.push(m.duration);
    const median = (a) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)];
    return { runs, latency: median(latencies), compute: computes.length ? median(computes) : NaN, delay: 60 };
  });
}

/** The typical frame interval of this browser, measured while idle. */
function frameInterval(page) {
  return page.evaluate(async () => {
    const times = [];
    for (let i = 0; i < 31; i += 1) times.push(await new Promise((r) => requestAnimationFrame(r)));
    const gaps = times.slice(1).map((t, i) => t - times[i]).sort((a, b) => a - b);
    return gaps[Math.floor(gaps.length / 2)];
  });
}

function quantile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function stats(samples, interval) {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  return {
    events: ms.length,
    median: quantile(ms, 0.5),
    p95: quantile(ms, 0.95),
    p99: quantile(ms, 0.99),
    max: ms[ms.length - 1],
    dropped: samples.filter((s) => s.frameGap > 1.5 * interval).length,
  };
}

async function coldStarts(browser) {
  const runs = [];
  for (let i = 0; i < COLD_STARTS; i += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(PAGE_URL);
    await page.waitForFunction(() => performance.getEntriesByName('roi-gap:first-frame').length > 0);
    runs.push(await page.evaluate(() => ({
      ready: performance.getEntriesByName('roi-gap:ready')[0].startTime,
      firstFrame: performance.getEntriesByName('roi-gap:first-frame')[0].startTime,
    })));
    await context.close();
  }
  const sorted = (k) => runs.map((r) => r[k]).sort((a, b) => a - b);
  return { runs: COLD_STARTS, ready: quantile(sorted('ready'), 0.5), firstFrame: quantile(sorted('firstFrame'), 0.5) };
}

function sizes() {
  const size = (p) => ({ raw: statSync(p).size, gzip: gzipSync(readFileSync(p), { level: 9 }).length });
  return { 'dist/index.html': size('dist/index.html'), 'wasm (as wasm-bindgen writes it)': size('target/wasm-out/roi_gap_bg.wasm'), 'dist/embed.js': size('dist/embed.js') };
}

const fmt = (v) => (v < 10 ? v.toFixed(2) : v.toFixed(1));

async function main() {
  mkdirSync(OUT, { recursive: true });
  const browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  const open = async (url) => {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector('html[data-ready]', { state: 'attached' });
    return page;
  };
  const ours = await open(PAGE_URL);
  const oursGap = await open(`${PAGE_URL}#charts=gap`);
  const chartSize = await oursGap.$eval('canvas[data-chart="gap"]', (c) => [c.clientWidth, c.clientHeight]);
  const variants = {
    'ROI Gap, all five charts': ours,
    'ROI Gap, gap chart only': oursGap,
    'Chart.js 4.6.1, gap chart': await open(baselinePage('chartjs', chartSize)),
    'Observable Plot 0.6.17, gap chart': await open(baselinePage('plot', chartSize)),
  };
  await checkPort(variants['Chart.js 4.6.1, gap chart']);
  const interval = await frameInterval(ours);
  const steps = sweep(EVENTS);
  const samples = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  for (const page of Object.values(variants)) await runBlock(page, steps.slice(0, 10)); // warm-up
  for (let i = 0; i < steps.length; i += BLOCK) {
    const block = steps.slice(i, i + BLOCK);
    for (const [name, page] of Object.entries(variants)) samples[name].push(...(await runBlock(page, block)));
  }
  const results = Object.fromEntries(Object.entries(samples).map(([k, s]) => [k, stats(s, interval)]));
  const ranges = await rangesAfterInput(ours);
  const cold = await coldStarts(browser);
  await browser.close();

  const chromium = execFileSync('chromium', ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  console.log(`\n${chromium}; ${steps.length} input events per variant over capex, energy and revenue, one per frame;`);
  console.log(`chart ${chartSize[0]}x${chartSize[1]} CSS px at devicePixelRatio 1; frame interval ${fmt(interval)} ms; dropped = next frame > 1.5 intervals late.\n`);
  console.log('| variant | median ms | p95 ms | p99 ms | max ms | dropped frames |');
  console.log('|---|---|---|---|---|---|');
  for (const [name, r] of Object.entries(results)) {
    console.log(`| ${name} | ${fmt(r.median)} | ${fmt(r.p95)} | ${fmt(r.p99)} | ${fmt(r.max)} | ${r.dropped} / ${r.events} |`);
  }
  const gapOnly = results['ROI Gap, gap chart only'].median;
  const fastest = Math.min(results['Chart.js 4.6.1, gap chart'].median, results['Observable Plot 0.6.17, gap chart'].median);
  console.log(`\nGap chart, median ratio ROI Gap / faster baseline: ${(gapOnly / fastest).toFixed(2)}`);
  console.log(`\nUncertainty in the page (2,000 draws, median of ${ranges.runs}): chances() ${fmt(ranges.compute)} ms; last input to ranges drawn ${fmt(ranges.latency)} ms (${ranges.delay} ms of it the pause the page waits for).`);
  console.log(`\nCold start from file:// (median of ${cold.runs}): ready ${fmt(cold.ready)} ms, first full frame ${fmt(cold.firstFrame)} ms after navigation.\n`);
  console.log('| file | raw bytes | gzip -9 bytes |');
  console.log('|---|---|---|');
  for (const [name, s] of Object.entries(sizes())) console.log(`| ${name} | ${s.raw} | ${s.gzip} |`);
  const json = option('--json', null);
  if (json) writeFileSync(json, JSON.stringify({ chromium, interval, chartSize, results, cold, sizes: sizes() }, null, 2));
}

await main();
