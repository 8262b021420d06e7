// Page benchmark, for dist/index.html and the Chart.js and Observable Plot baselines, in one
// headless Chromium run, two profiles:
// - desktop: 1280x900 at devicePixelRatio 1, mouse drags;
// - phone: 390x844 at devicePixelRatio 3, touch, 4x CPU throttling (bench/throttle.mjs).
// For both: input -> presented frame of real pointer drags on the sliders (bench/latency.mjs)
// and the cold start; for the desktop also the old handler time of a scripted input
// sweep, and the sizes. Variants alternate block by block, so that machine noise falls
// on all of them alike.
// Usage: node bench/page.mjs [--events N] [--json OUT] [--no-thread-throttle] [--phase | --pace HZ] [--cold]
// (--phase: each move a varied part of a frame after its animation frame, bench/latency.mjs's
// drag(); --pace: moves by the clock, HZ a second, instead of one after each animation frame;
// --cold: only the cold starts)
import { readFileSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { join, resolve } from 'node:path';
import { launch, PAGE_URL } from '../tests/e2e/browser.mjs';
import { instrument, drag, dragPlan, latencies, latencyStats, frameInterval, quantile } from './latency.mjs';
import { throttledSession, throttleMainThread, ThreadThrottle, CHECK_PAGE, busyTimes } from './throttle.mjs';
import { PROFILES } from './profiles.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const EVENTS = Number(option('--events', 300));
const BLOCK = 30;
const COLD_STARTS = 7;
const OUT = resolve('target/bench');
const CHARTJS = 'Chart.js 4.6.1, gap chart';
const PLOT = 'Observable Plot 0.6.17, gap chart';
const FLOOR = 'Floor: the same sliders, no chart';

/** The scripted sweep: capex, energy and revenue in turn, each across its track and back. */
function sweep(count) {
  const keys = ['capex', 'energy', 'revenue'];
  return Array.from({ length: count }, (_, i) => {
    const key = keys[Math.floor(i / BLOCK) % keys.length];
    const phase = (i % BLOCK) / (BLOCK - 1);
    const fraction = Math.floor(i / (BLOCK * keys.length)) % 2 === 0 ? phase : 1 - phase;
    return { key, fraction };
  });
}

/** Writes a baseline page: the shared shell with the library, model and drawing inlined. */
function baselinePage(library, chartSize) {
  const lib = {
    chartjs: ['node_modules/chart.js/dist/chart.umd.min.js'],
    plot: ['node_modules/d3/dist/d3.min.js', 'node_modules/@observablehq/plot/dist/plot.umd.min.js'],
    bare: [],
  }[library];
  const sources = [...lib, 'bench/baselines/model.js', 'bench/baselines/common.js', `bench/baselines/${library}.js`];
  const scripts = sources.map((p) => readFileSync(p, 'utf8')).join('\n;\n') + '\nbaselineStart();';
  const shell = readFileSync('bench/baselines/page.html', 'utf8')
    .replace('LIBRARY', library)
    .replace('DESKTOP_W', chartSize.desktop[0]).replace('DESKTOP_H', chartSize.desktop[1])
    .replace('PHONE_W', chartSize.phone[0]).replace('PHONE_H', chartSize.phone[1])
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

/** Checks the baselines' slider tracks against ours (the page shows each position's value). */
async function checkTracks(ours, baseline) {
  for (const key of ['capex', 'energy', 'revenue']) {
    const want = await ours.evaluate((name) => {
      const slider = document.querySelector(`input[type=range][name="${name}"]`);
      const box = document.querySelector(`input[type=number][name="${name}"]`);
      const out = [];
      for (let p = Number(slider.min); p <= Number(slider.max); p += 7) {
        slider.value = String(p);
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        out.push([p, Number(box.value)]);
      }
      return { out, max: slider.max };
    }, key);
    const got = await baseline.evaluate(([name, list]) => list.map(([p]) => [p, baselineValue(name, p)]), [key, want.out]);
    const bad = got.find(([, v], i) => v !== want.out[i][1]);
    const max = await baseline.$eval(`input[type=range][name="${key}"]`, (el) => el.max);
    if (bad || max !== want.max) throw new Error(`baseline track of ${key} differs from ROI Gap's at ${bad ? bad[0] : `max ${max}`}`);
  }
}

/** The old handler metric: `steps` dispatched in the page, one input event per frame. */
async function runBlock(page, steps) {
  await page.bringToFront(); // the page measured is the front one, as a reader's is
  return page.evaluate(async (list) => {
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const out = [];
    for (const { key, fraction } of list) {
      const slider = document.querySelector(`input[type=range][name="${key}"]`);
      const start = await frame();
      const t0 = performance.now();
      slider.value = String(Math.round(Number(slider.min) + fraction * (slider.max - slider.min)));
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      document.body.getBoundingClientRect(); // style and layout too, so SVG charts pay theirs
      const t1 = performance.now();
      const next = await frame();
      out.push({ ms: t1 - t0, frameGap: next - start });
    }
    return out;
  }, steps);
}

function handlerStats(samples, interval) {
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

/** The uncertainty: `chances(2000)`'s time and one input to the ranges drawn, medians of 15. */
async function rangesAfterInput(page) {
  await page.bringToFront();
  return page.evaluate(async () => {
    const runs = 15;
    const latencies = [];
    const computes = [];
    for (let i = 0; i < runs; i += 1) {
      const slider = document.querySelector('input[type=range][name="capex"]');
      const t0 = performance.now();
      slider.value = String(60 + 8 * i); // track positions: each a new value
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      const mark = await new Promise((done) => {
        const poll = () => {
          const m = performance.getEntriesByName('roi-gap:ranges').filter((e) => e.startTime > t0);
          if (m.length) done(m[0].startTime); else setTimeout(poll, 2);
        };
        poll();
      });
      latencies.push(mark - t0);
    }
    for (const m of performance.getEntriesByName('roi-gap:chances')) computes.push(m.duration);
    const median = (a) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)];
    return { runs, latency: median(latencies), compute: computes.length ? median(computes) : NaN, delay: 60 };
  });
}

/**
 * Notes the next animation frame after the page's first `roi-gap:drawn` mark of a scene (a
 * run of draws that redraws no chart marks scene 0), and, once `benchScrolled` is set, the
 * next one after it in `benchScrollPainted`.
 */
function firstPaintedHook() {
  const mark = performance.mark.bind(performance);
  performance.mark = (name, options) => {
    const entry = mark(name, options);
    if (name !== 'roi-gap:drawn' || (options?.detail ?? 1) < 1) return entry;
    const noteNextFrame = (key) => {
      if (window[key] !== undefined) return;
      window[key] = null;
      requestAnimationFrame(() => { window[key] = performance.now(); });
    };
    noteNextFrame('benchFirstPainted');
    if (window.benchScrolled !== undefined) noteNextFrame('benchScrollPainted');
    return entry;
  };
}

/**
 * Cold starts of our page from file://, the profile's throttling set before navigation:
 * navigation to ready, to the first frame after it (the first screen complete: the start
 * of that frame, its animation frame callback) and to that frame's paint (the browser's
 * first-contentful-paint), and, when the first screen has a chart (read from the layout),
 * to its drawing and the frame after that (again that frame's start). A phone's first
 * screen has none (the charts start below the figures): there, once ready, the gap chart
 * is scrolled into view and the time from the scroll to its painted frame is measured
 * instead.
 */
async function coldStarts(browser, profile, drawnMarks) {
  const runs = [];
  for (let i = 0; i < COLD_STARTS; i += 1) {
    const context = await browser.newContext(profile.options);
    await context.addInitScript(firstPaintedHook);
    const page = await context.newPage();
    await throttledSession(context, page, profile.rate);
    await page.goto(PAGE_URL);
    await page.waitForFunction(() => performance.getEntriesByName('roi-gap:first-frame').length > 0, null, { timeout: 60000 });
    // The paint is reported after the frame (70 ms later at 4x): wait for it, or count it missing.
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 10000 })
      .catch(() => progress(`cold start ${i + 1}: no first-contentful-paint within 10 s of the first frame`));
    // Whether a chart is on the first screen, from the layout (a scene may be asked for
    // only once the worker has started, after the first frame).
    const onFirstScreen = drawnMarks && await page.evaluate(() => [...document.querySelectorAll('canvas[data-chart]')].some((c) => {
      const box = c.getBoundingClientRect();
      return box.width > 0 && box.bottom > 0 && box.top < window.innerHeight;
    }));
    if (onFirstScreen) await page.waitForFunction(() => typeof window.benchFirstPainted === 'number', null, { timeout: 60000 });
    const run = await page.evaluate(() => ({
      ready: performance.getEntriesByName('roi-gap:ready')[0].startTime,
      firstFrame: performance.getEntriesByName('roi-gap:first-frame')[0].startTime,
      // The first frame's paint, as the browser reports it: since the twelfth round the
      // page renders nothing before it is built, so this is the built page's.
      contentful: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      drawn: performance.getEntriesByName('roi-gap:drawn').find((m) => (m.detail ?? 1) >= 1)?.startTime ?? null,
      painted: window.benchFirstPainted ?? null,
    }));
    run.scrolled = null;
    if (drawnMarks && !onFirstScreen) {
      await page.waitForTimeout(300); // the reader reads the figures first
      await page.evaluate(() => {
        window.benchScrolled = performance.now(); // firstPaintedHook notes the frame after its drawing
        document.querySelector('canvas[data-chart="gap"]').scrollIntoView({ block: 'center', behavior: 'instant' });
      });
      try {
        await page.waitForFunction(() => typeof window.benchScrollPainted === 'number', null, { timeout: 10000 });
        run.scrolled = await page.evaluate(() => window.benchScrollPainted - window.benchScrolled);
      } catch (error) {
        progress(`cold start ${i + 1}: the gap chart was not drawn within 10 s of the scroll`);
      }
    }
    runs.push(run);
    await context.close();
  }
  const median = (k) => {
    const values = runs.map((r) => r[k]).filter((v) => v !== null).sort((a, b) => a - b);
    return values.length ? quantile(values, 0.5) : null;
  };
  const count = (k) => runs.filter((r) => r[k] !== null).length;
  return {
    runs: COLD_STARTS, rate: profile.rate, ready: median('ready'), firstFrame: median('firstFrame'),
    contentful: median('contentful'), drawn: median('drawn'), painted: median('painted'), scrolled: median('scrolled'),
    contentfulRuns: count('contentful'), paintedRuns: count('painted'), scrolledRuns: count('scrolled'),
  };
}

/** Opens `url` in `context`, its main thread throttled from the start. */
async function openVariant(context, url, rate) {
  const page = await context.newPage();
  const cdp = await throttledSession(context, page, rate);
  await page.goto(url);
  await page.waitForSelector('html[data-ready]', { state: 'attached', timeout: 60000 });
  return { page, cdp };
}

/**
 * Waits for the work a page does once the reader pauses (ours: the chances after 60 ms, the
 * link after 200, the record after 300, the static view after 1,000 ms) and an idle moment.
 * Headless Chromium keeps every page visible and running: without this, one variant's
 * pause would fall into the next variant's drag.
 */
function settle(page) {
  return page.evaluate(() => new Promise((done) => {
    setTimeout(() => (window.requestIdleCallback ? requestIdleCallback(done, { timeout: 1000 }) : done()), 1100);
  }));
}

/** Real drags on every variant, alternating block by block; latency stats per variant. */
async function measureDrags(variants, profile, interval) {
  const plan = dragPlan(EVENTS, BLOCK);
  const pace = option('--pace', null);
  const phase = args.includes('--phase') && !pace ? interval : null;
  const how = { phase, every: pace ? 1000 / Number(pace) : null };
  // Only the page being measured is throttled. A throttled renderer's throttling thread
  // stops and starts its main thread all the time, busy or idle, and three idle throttled
  // pages beside it slowed the measured one: our page alone was over a frame on 1 of 168
  // inputs, beside three idle throttled pages on 62 of 155, beside three unthrottled on 9
  // of 163 (probe runs, this machine).
  const throttle = (v, rate) => (profile.rate > 1 ? throttleMainThread(v.cdp, rate) : null);
  for (const v of Object.values(variants)) await throttle(v, 1);
  const measured = async (v, run) => {
    await throttle(v, profile.rate);
    try {
      return await run();
    } finally {
      await throttle(v, 1);
    }
  };
  for (const v of Object.values(variants)) {
    await measured(v, async () => {
      for (const key of ['capex', 'energy', 'revenue']) await drag(v.page, v.cdp, profile.touch, { key, toEnd: 0, moves: 10 }, how); // warm-up
    });
  }
  const samples = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  for (const block of plan) {
    for (const [name, v] of Object.entries(variants)) {
      await measured(v, async () => {
        samples[name].push(...latencies(await drag(v.page, v.cdp, profile.touch, block, how), interval));
        await settle(v.page);
      });
    }
  }
  const floor = quantile(samples[FLOOR].map((s) => s.latency).sort((a, b) => a - b), 0.5);
  const marks = await variants[Object.keys(variants)[0]].page.evaluate(() => ({
    scene: performance.getEntriesByName('roi-gap:scene').length, drawn: performance.getEntriesByName('roi-gap:drawn').length,
  }));
  const moves = plan.reduce((n, b) => n + b.moves, 0);
  return { marks, phase: phase !== null, pace: how.every, results: Object.fromEntries(Object.entries(samples).map(([k, s]) => [k, latencyStats(s, moves, interval, k === FLOOR ? null : floor)])) };
}

function sizes() {
  const size = (p) => ({ raw: statSync(p).size, gzip: gzipSync(readFileSync(p), { level: 9 }).length });
  return { 'dist/index.html': size('dist/index.html'), 'wasm (as wasm-bindgen writes it)': size('target/wasm-out/roi_gap_bg.wasm'), 'dist/embed.js': size('dist/embed.js') };
}

/** Says on stderr which stage the run is at (a run takes minutes). */
const progress = (what) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${what}\n`);

const fmt = (v) => (v === null || Number.isNaN(v) ? 'n/a' : v < 10 ? v.toFixed(2) : v.toFixed(1));

function printDrags(title, drags, interval) {
  console.log(`\n${title}; frame interval ${fmt(interval)} ms; "over a frame" = the page's work for the input, from its pointer event's dispatch to done (main thread and, for ROI Gap, the worker's draw), over one interval; "presented late" = input -> presented frame over 2.25 intervals (${fmt(2.25 * interval)} ms).`);
  console.log(`Page marks seen on ROI Gap: ${drags.marks.scene} roi-gap:scene, ${drags.marks.drawn} roi-gap:drawn${drags.marks.drawn ? '' : ' (done = main thread done)'}.\n`);
  console.log('| variant | input events / moves | over a frame | work median ms | work p95 ms | presented late | input to presented, median ms | p95 ms | max ms | median - floor ms | handler median ms | handler end to frame done, median ms |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const [name, r] of Object.entries(drags.results)) {
    const floor = r.overFloor === null ? '' : fmt(r.overFloor);
    console.log(`| ${name} | ${r.events} / ${r.moves} | ${r.overFrame} | ${fmt(r.workMedian)} | ${fmt(r.workP95)} | ${r.presentedOver} | ${fmt(r.median)} | ${fmt(r.p95)} | ${fmt(r.max)} | ${floor} | ${fmt(r.handlerMedian)} | ${fmt(r.frameWorkMedian)} |`);
  }
  const period = Object.values(drags.results).map((r) => r.movePeriod);
  const how = drags.pace ? ', by the clock (--pace)' : drags.phase ? ', each a varied part of a frame after an animation frame (--phase)'
    : ', each right after an animation frame (so a page done within that frame presents the move about two frames after it: see the floor)';
  console.log(`\nA pointer move every ${fmt(Math.min(...period))}-${fmt(Math.max(...period))} ms on average${how}.`);
}

function printCold(desktopCold, phoneCold) {
  console.log(`\n### Cold start from file:// (median of ${COLD_STARTS}, ms after navigation)\n`);
  console.log('| profile | ready | first full frame (its start) | its paint (first-contentful-paint) | first roi-gap:drawn of a chart | first painted charts (the start of the frame after that drawing) | no chart on the first screen: scroll to the gap chart -> painted |');
  console.log('|---|---|---|---|---|---|---|');
  for (const [name, r] of [['desktop, 1x', desktopCold], ['phone, 4x', phoneCold]]) {
    const of = (v, n) => (v === null ? 'n/a' : n === r.runs ? fmt(v) : `${fmt(v)} (${n} of ${r.runs} loads)`);
    console.log(`| ${name} | ${fmt(r.ready)} | ${fmt(r.firstFrame)} | ${of(r.contentful, r.contentfulRuns)} | ${fmt(r.drawn)} | ${of(r.painted, r.paintedRuns)} | ${of(r.scrolled, r.scrolledRuns)} |`);
  }
}

/** `--cold`: the cold starts of both profiles alone. */
async function coldOnly(browser, threads) {
  const desktopCold = await coldStarts(browser, PROFILES.desktop, true);
  threads.start();
  const phoneCold = await coldStarts(browser, PROFILES.phone, true);
  printCold(desktopCold, phoneCold);
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const browser = await launch();
  const chromium = browser.version();
  const threads = new ThreadThrottle(PROFILES.phone.rate);
  if (args.includes('--no-thread-throttle')) Object.assign(threads, { available: false, why: '--no-thread-throttle' });
  const checkUrl = join(OUT, 'throttle-check.html');
  writeFileSync(checkUrl, CHECK_PAGE);
  try {
    if (args.includes('--cold')) {
      await coldOnly(browser, threads);
      return;
    }
    // Unthrottled: our chart's size on a phone, and the busy loops of the throttling check.
    const probe = await browser.newContext(PROFILES.phone.options);
    const phoneOurs = await openVariant(probe, PAGE_URL, 1);
    const phoneSize = await phoneOurs.page.$eval('canvas[data-chart="gap"]', (c) => [c.clientWidth, c.clientHeight]);
    const check = await probe.newPage();
    await check.goto(pathToFileURL(checkUrl).href);
    const unthrottled = await busyTimes(check);
    await probe.close();

    // Desktop.
    const desktop = await browser.newContext(PROFILES.desktop.options);
    const open = (url) => openVariant(desktop, url, 1);
    const ours = await open(PAGE_URL);
    const oursGap = await open(`${PAGE_URL}#charts=gap`);
    const desktopSize = await oursGap.page.$eval('canvas[data-chart="gap"]', (c) => [c.clientWidth, c.clientHeight]);
    const chartSize = { desktop: desktopSize, phone: phoneSize };
    const urls = { chartjs: baselinePage('chartjs', chartSize), plot: baselinePage('plot', chartSize), bare: baselinePage('bare', chartSize) };
    const variants = {
      'ROI Gap, all charts': ours, 'ROI Gap, gap chart only': oursGap, [CHARTJS]: await open(urls.chartjs), [PLOT]: await open(urls.plot),
    };
    await checkPort(variants[CHARTJS].page);
    await checkTracks(oursGap.page, variants[CHARTJS].page);
    const desktopInterval = await frameInterval(ours.page);
    if (!(desktopInterval > 4 && desktopInterval < 40)) throw new Error(`frame interval ${desktopInterval} ms: frames are throttled`);

    const steps = sweep(EVENTS);
    const handler = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
    for (const v of Object.values(variants)) await runBlock(v.page, steps.slice(0, 10)); // warm-up
    for (let i = 0; i < steps.length; i += BLOCK) {
      for (const [name, v] of Object.entries(variants)) handler[name].push(...(await runBlock(v.page, steps.slice(i, i + BLOCK))));
    }
    progress('desktop: handler sweep done');
    const handlerResults = Object.fromEntries(Object.entries(handler).map(([k, s]) => [k, handlerStats(s, desktopInterval)]));
    variants[FLOOR] = await open(urls.bare);
    for (const v of Object.values(variants)) await v.page.evaluate(instrument);
    progress('desktop: drags');
    const desktopDrags = await measureDrags(variants, PROFILES.desktop, desktopInterval);
    progress('desktop: ranges after input');
    const ranges = await rangesAfterInput(ours.page);
    await desktop.close();
    progress('desktop: cold starts');
    const desktopCold = await coldStarts(browser, PROFILES.desktop, desktopDrags.marks.drawn > 0);

    // Phone: from here on every renderer thread but the main one is throttled by the kernel.
    threads.start();
    const phone = await browser.newContext(PROFILES.phone.options);
    const checkPage = await openVariant(phone, pathToFileURL(checkUrl).href, PROFILES.phone.rate);
    const throttled = await busyTimes(checkPage.page);
    await checkPage.page.close();
    const phoneVariants = {
      'ROI Gap (the chart on screen)': await openVariant(phone, PAGE_URL, PROFILES.phone.rate),
      [CHARTJS]: await openVariant(phone, urls.chartjs, PROFILES.phone.rate),
      [PLOT]: await openVariant(phone, urls.plot, PROFILES.phone.rate),
      [FLOOR]: await openVariant(phone, urls.bare, PROFILES.phone.rate),
    };
    for (const v of Object.values(phoneVariants)) await v.page.evaluate(instrument);
    const phoneInterval = await frameInterval(phoneVariants['ROI Gap (the chart on screen)'].page);
    progress('phone: drags');
    const phoneDrags = await measureDrags(phoneVariants, PROFILES.phone, phoneInterval);
    await phone.close();
    progress('phone: cold starts');
    const phoneCold = await coldStarts(browser, PROFILES.phone, phoneDrags.marks.drawn > 0);
    const throttledThreads = threads.summary();
    await browser.close();
    threads.close();

    const throttle = {
      rate: PROFILES.phone.rate,
      threads: threads.available ? 'main thread by CDP, every other renderer thread by a cgroup CPU quota' : `main thread only (CDP); other threads not throttled: ${threads.why}`,
      check: { unthrottled, throttled, main: throttled.main / unthrottled.main, worker: throttled.worker / unthrottled.worker },
      throttledThreads,
    };
    console.log(`\n${chromium}; ${EVENTS} pointer moves per variant and profile over capex, energy and revenue, at most one per frame, each slider across its track and back.`);
    console.log('Latency = the input\'s pointer event (its timeStamp) to the first frame boundary after the page is done: main thread done with the frame of the input, and for a page that marks it, roi-gap:drawn for the input\'s scene.');
    printDrags(`\n### Desktop: 1280x900, devicePixelRatio 1, no throttling, mouse drags; chart ${desktopSize.join('x')} CSS px`, desktopDrags, desktopInterval);
    printDrags(`\n### Phone: 390x844, devicePixelRatio 3, 4x CPU (${throttle.threads}), touch drags, the slider scrolled to mid-screen; chart ${phoneSize.join('x')} CSS px`, phoneDrags, phoneInterval);
    const c = throttle.check;
    console.log(`\nThrottling check (a busy loop, median of 5): main thread ${fmt(c.unthrottled.main)} -> ${fmt(c.throttled.main)} ms (x${c.main.toFixed(2)}), dedicated worker ${fmt(c.unthrottled.worker)} -> ${fmt(c.throttled.worker)} ms (x${c.worker.toFixed(2)}).`);
    const named = Object.entries(throttledThreads).map(([n, k]) => `${n} ${k}`).join(', ');
    if (named) console.log(`Renderer threads given a CPU quota: ${named}.`);

    console.log(`\n### Desktop, handler time of a scripted sweep (dispatchEvent to the end of the redraw with style and layout; dropped = next frame > 1.5 intervals late)\n`);
    console.log('| variant | median ms | p95 ms | p99 ms | max ms | dropped frames |');
    console.log('|---|---|---|---|---|---|');
    for (const [name, r] of Object.entries(handlerResults)) {
      console.log(`| ${name} | ${fmt(r.median)} | ${fmt(r.p95)} | ${fmt(r.p99)} | ${fmt(r.max)} | ${r.dropped} / ${r.events} |`);
    }
    const fastest = Math.min(handlerResults[CHARTJS].median, handlerResults[PLOT].median);
    console.log(`\nGap chart, median handler ratio ROI Gap / faster baseline: ${(handlerResults['ROI Gap, gap chart only'].median / fastest).toFixed(2)}`);
    console.log(`\nUncertainty in the page (2,000 draws, median of ${ranges.runs}): chances() ${fmt(ranges.compute)} ms; last input to ranges drawn ${fmt(ranges.latency)} ms (${ranges.delay} ms of it the pause the page waits for).`);
    printCold(desktopCold, phoneCold);
    console.log('\n| file | raw bytes | gzip -9 bytes |');
    console.log('|---|---|---|');
    for (const [name, s] of Object.entries(sizes())) console.log(`| ${name} | ${s.raw} | ${s.gzip} |`);
    const json = option('--json', null);
    if (json) {
      writeFileSync(json, JSON.stringify({
        chromium, events: EVENTS, chartSize, throttle, sizes: sizes(), ranges,
        desktop: { interval: desktopInterval, drags: desktopDrags, handler: handlerResults, cold: desktopCold },
        phone: { interval: phoneInterval, drags: phoneDrags, cold: phoneCold },
      }, null, 2));
    }
  } finally {
    await browser.close().catch(() => {});
    threads.close();
  }
}

await main();
