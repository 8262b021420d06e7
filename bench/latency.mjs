// Input -> presented frame, driven by real pointer input through CDP (mouse drags on a
// desktop, touch drags on a phone) on a slider's thumb, one move per animation frame.
//
// In the page (instrument): for each `input` event of a range input, t = the timeStamp of
// the pointer event that caused it (the oldest of its coalesced events: the input event's
// own timeStamp is only when it was dispatched), handler = the time to the end of the
// page's own handlers (a bubble listener on window runs after them), seq = the detail of
// the latest `roi-gap:scene` mark; then requestAnimationFrame -> a MessageChannel message
// -> mainDone, after that frame's rendering work on the main thread. A rAF loop records
// the frame starts during the block. In node (latencies): done = mainDone, or for a page
// that marks `roi-gap:drawn` the later of mainDone and the first such mark with detail >=
// seq (its startTime, in the main thread's time, may come from a worker); presented = the
// first frame boundary after done (a recorded frame start, or the frame grid where frames
// are missing); latency = presented - t. An input is "over a frame" when the page's work for
// it, from the dispatch of its pointer event to done, takes longer than one frame interval:
// its result misses the frame it came in. (Latency cannot be the test: a move that comes
// just after a frame waits for the next one, and is presented a frame after that, so even
// a page that does nothing is "over a frame" on nearly every move by that measure.)

/** Runs in the page (page.evaluate): installs the listeners once. */
export function instrument() {
  if (window.benchLatency) return;
  const L = { records: [], frames: [], looping: false, pointer: null, current: null };
  window.benchLatency = L;
  const oldest = (e) => {
    const all = e.getCoalescedEvents ? e.getCoalescedEvents() : [];
    return all.length ? Math.min(e.timeStamp, all[0].timeStamp) : e.timeStamp;
  };
  addEventListener('pointerdown', (e) => { L.pointer = e.timeStamp; L.dispatched = performance.now(); }, true);
  addEventListener('pointermove', (e) => { L.pointer = oldest(e); L.dispatched = performance.now(); }, true);
  const range = (e) => e.target instanceof HTMLInputElement && e.target.type === 'range';
  addEventListener('input', (e) => {
    if (!range(e)) return;
    const start = performance.now();
    L.current = { t: L.pointer ?? e.timeStamp, dispatched: L.dispatched ?? start, start };
    L.pointer = null;
    L.dispatched = null;
  }, true);
  addEventListener('input', (e) => {
    if (!range(e) || !L.current) return;
    const r = L.current;
    L.current = null;
    r.handlerEnd = performance.now();
    const scenes = performance.getEntriesByName('roi-gap:scene');
    r.seq = scenes.length ? scenes[scenes.length - 1].detail : null;
    L.records.push(r);
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { r.mainDone = performance.now(); channel.port1.close(); };
      channel.port2.postMessage(0);
    });
  });
  L.begin = () => {
    L.records = [];
    L.frames = [];
    L.looping = true;
    L.since = performance.now();
    const loop = (ts) => { L.frames.push(ts); if (L.looping) requestAnimationFrame(loop); };
    requestAnimationFrame(loop);
  };
  /** Waits (up to 3 s) until every input is done and drawn, and two frames more. */
  L.end = async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const drawn = () => performance.getEntriesByName('roi-gap:drawn').filter((m) => m.startTime >= L.since);
    const marks = performance.getEntriesByName('roi-gap:scene').length > 0;
    const deadline = performance.now() + 3000;
    while (performance.now() < deadline) {
      const last = L.records[L.records.length - 1];
      const waiting = L.records.some((r) => r.mainDone === undefined)
        || (marks && last && last.seq !== null && !drawn().some((m) => m.detail >= last.seq));
      if (!waiting) break;
      await frame();
    }
    await frame();
    await frame();
    L.looping = false;
    return {
      records: L.records,
      frames: L.frames,
      drawn: drawn().map((m) => ({ startTime: m.startTime, detail: m.detail })),
    };
  };
}

/** The thumb of `key`'s slider, scrolled to the middle of the screen as a reader holds it. */
function thumb(page, key) {
  return page.evaluate((name) => {
    const el = document.querySelector(`input[type=range][name="${name}"]`);
    el.scrollIntoView({ block: 'center', behavior: 'instant' });
    const b = el.getBoundingClientRect();
    const f = (el.value - el.min) / (el.max - el.min);
    // The track runs between half a thumb (about 8 px) from each end.
    return { x: b.x + 8 + f * (b.width - 16), y: b.y + b.height / 2, left: b.x, right: b.x + b.width };
  }, key);
}

const nextFrame = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));

/** The drags: blocks of `moves` moves, over capex, energy, revenue, to the end and back. */
export function dragPlan(totalMoves, moves) {
  const keys = ['capex', 'energy', 'revenue'];
  return Array.from({ length: Math.ceil(totalMoves / moves) }, (_, i) => ({
    key: keys[i % keys.length],
    toEnd: Math.floor(i / keys.length) % 2 === 0 ? 1 : 0,
    moves: Math.min(moves, totalMoves - i * moves),
    first: i * moves,
  }));
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * One drag on `page` through `cdp`: press on the thumb, `moves` moves toward one end of
 * the track, each dispatched after an animation frame (not waiting for it to be handled),
 * release. With `phase` (ms, else 0), move i waits phase(i) more after its frame, so that
 * the moves fall at every point of a frame, the same for every variant: right after the
 * frame, a page that keeps up would always get the worst phase, and a slower page a
 * spread of them. With `every` (ms) instead, the moves go by the clock, one per `every`,
 * as a finger's, however the page keeps up. Returns the page's raw records for the block.
 */
export async function drag(page, cdp, touch, { key, toEnd, moves, first = 0 }, { phase = null, every = null } = {}) {
  await page.bringToFront(); // the page measured is the front one, as a reader's is
  await page.evaluate(instrument);
  const start = await thumb(page, key);
  await nextFrame(page);
  await nextFrame(page);
  const end = toEnd ? start.right : start.left;
  const send = (type, x) => (touch
    ? cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y: start.y }] })
    : cdp.send('Input.dispatchMouseEvent', {
      type, x, y: start.y, button: 'left', buttons: type === 'mouseReleased' ? 0 : 1, clickCount: type === 'mouseMoved' ? 0 : 1,
    }));
  await page.evaluate(() => window.benchLatency.begin());
  await send(touch ? 'touchStart' : 'mousePressed', start.x);
  const pending = [];
  const t0 = performance.now();
  for (let i = 1; i <= moves; i += 1) {
    if (every) await sleep(t0 + i * every - performance.now());
    else await nextFrame(page);
    if (phase && !every) await sleep((((first + i) * 0.6180339887) % 1) * phase);
    pending.push(send(touch ? 'touchMove' : 'mouseMoved', start.x + ((end - start.x) * i) / moves));
  }
  await Promise.all(pending);
  const movePeriod = (performance.now() - t0) / moves;
  await nextFrame(page);
  await send(touch ? 'touchEnd' : 'mouseReleased', end);
  return { ...(await page.evaluate(() => window.benchLatency.end())), movePeriod };
}

/** The first frame boundary after `done`: a recorded frame start, or the frame grid. */
function presentedAt(frames, done, interval) {
  let last = null;
  let next = null;
  for (const f of frames) {
    if (f <= done) last = f;
    else { next = f; break; }
  }
  if (last === null) return next;
  const grid = last + Math.max(1, Math.ceil((done - last) / interval)) * interval;
  return next === null ? grid : Math.min(next, grid);
}

/** Per-input latencies (ms) of one block's raw records. */
export function latencies(raw, interval) {
  const out = [];
  for (const r of raw.records) {
    if (r.mainDone === undefined) continue;
    let done = r.mainDone;
    let drawnLate = false;
    if (raw.drawn.length && r.seq !== null) {
      const mark = raw.drawn.find((m) => m.detail >= r.seq);
      if (mark) drawnLate = mark.startTime > r.mainDone;
      if (mark) done = Math.max(done, mark.startTime);
    }
    const presented = presentedAt(raw.frames, done, interval);
    out.push({
      latency: presented - r.t, work: done - r.dispatched, handler: r.handlerEnd - r.start, frameWork: r.mainDone - r.handlerEnd, toDone: done - r.t, drawnLate, movePeriod: raw.movePeriod,
    });
  }
  return out;
}

export function quantile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** Events, inputs over a frame (work > 1 interval), median and p95 latency. */
export function latencyStats(samples, moves, interval, floor = null) {
  const ms = samples.map((s) => s.latency).sort((a, b) => a - b);
  const work = samples.map((s) => s.work).sort((a, b) => a - b);
  const handler = samples.map((s) => s.handler).sort((a, b) => a - b);
  const toDone = samples.map((s) => s.toDone).sort((a, b) => a - b);
  return {
    moves,
    events: ms.length,
    overFrame: work.filter((v) => v > interval).length,
    workMedian: quantile(work, 0.5),
    workP95: quantile(work, 0.95),
    presentedOver: ms.filter((v) => v > 2.25 * interval).length,
    median: quantile(ms, 0.5),
    overFloor: floor === null ? null : quantile(ms, 0.5) - floor,
    movePeriod: samples.reduce((a, s) => a + s.movePeriod, 0) / samples.length,
    p95: quantile(ms, 0.95),
    max: ms[ms.length - 1],
    toDoneMedian: quantile(toDone, 0.5),
    handlerMedian: quantile(handler, 0.5),
    handlerP95: quantile(handler, 0.95),
    frameWorkMedian: quantile(samples.map((s) => s.frameWork).sort((a, b) => a - b), 0.5),
    drawnLate: samples.filter((s) => s.drawnLate).length,
    latencies: samples.map((s) => Number(s.latency.toFixed(2))),
  };
}

/** The typical frame interval of `page`, measured while idle. */
export async function frameInterval(page) {
  await page.bringToFront(); // measured in front, as the drags are
  return page.evaluate(async () => {
    const times = [];
    for (let i = 0; i < 31; i += 1) times.push(await new Promise((r) => requestAnimationFrame(r)));
    const gaps = times.slice(1).map((t, i) => t - times[i]).sort((a, b) => a - b);
    return gaps[Math.floor(gaps.length / 2)];
  });
}
