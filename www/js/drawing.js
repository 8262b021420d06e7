// Where the charts are drawn. Where the engine allows it, in a Worker on OffscreenCanvas
// (worker.js): the main thread then only forwards the scenario and shows the figures and
// texts, so a slider's input fits in one frame on a phone. Elsewhere (no OffscreenCanvas
// 2D in workers, a policy that refuses the worker, a worker that fails to start) on the
// main thread, as before, with the page's own calculator.
//
// Every draw is numbered: `roi-gap:scene` marks a scene handed over, `roi-gap:drawn` the
// moment its charts were drawn (in the worker's time, moved to the page's), for the
// benchmark; `data-drawing` on <html> says a scene is still being drawn, for the tests.
import workerSource from 'roi-gap:worker';
import { glueFactory } from 'roi-gap:glue';
import { applyPick } from './picking.js';
import { drawPoster, retirePoster, retirePostersAfterFrames } from './posters.js';

/** How long a worker may take to start before the page draws its charts itself. */
const START_TIMEOUT_MS = 4000;

const state = {
  mode: 'none', // 'starting', 'worker' or 'local'
  worker: null,
  workerState: 'none', // 'preparing' (no module yet), 'starting', 'started' or 'failed'
  timeout: null, // until the worker says it started
  canvases: null,
  calculator: null,
  on: null, // the page's handlers: readout(chart, text), failed(chart, message|null), chances(texts)
  seq: 0,
  drawn: 0,
  sentBaseline: undefined, // the comparison the worker last had in a scene message
  /** Until the drawer is chosen: the last scene and the charts asked for. */
  queued: null,
  chancesWaiting: null, // [draws, redraw, scene, quiet]
  picksWaiting: [], // the reader's picks on a chart, in order
};

/** Whether this engine can draw in a worker at all (the worker still checks its 2D context). */
function workerCapable() {
  return typeof Worker === 'function' && typeof OffscreenCanvas === 'function'
    && typeof HTMLCanvasElement.prototype.transferControlToOffscreen === 'function'
    && typeof URL.createObjectURL === 'function';
}

/**
 * Creates the charts' worker where the engine can draw in one, as early as possible: it
 * boots (a thread, its script) while the main thread unpacks and compiles the wasm; in
 * Chromium a worker's start also needs the main thread free for a moment, which the
 * unpacking gives it, and the page's build would not.
 */
export function prepareWorker() {
  if (state.worker || state.workerState === 'failed' || !workerCapable()) return;
  let worker;
  try {
    // A blob: URL: the page is one file (it works from file://, where a worker script
    // cannot be loaded from a neighbouring file). The page's policy allows it (`worker-src
    // blob:`, scripts/assemble.mjs); a host's stricter one makes this throw or fail, and
    // the page draws here.
    // The worker's copy of the wasm glue is the page's own, from its source text
    // (scripts/assemble.mjs, glueModule).
    const source = [`self.roiGapGlue = ${glueFactory};\n`, workerSource];
    const url = URL.createObjectURL(new Blob(source, { type: 'text/javascript' }));
    worker = new Worker(url, { name: 'roi-gap-charts' });
    URL.revokeObjectURL(url);
  } catch (error) {
    return;
  }
  state.worker = worker;
  state.workerState = 'preparing';
  worker.onerror = (event) => {
    event.preventDefault?.();
    workerFailed(worker);
  };
  worker.onmessage = ({ data }) => {
    if (data.type === 'started') {
      clearTimeout(state.timeout);
      state.workerState = 'started';
      if (state.mode === 'starting') useWorker();
    } else if (data.type === 'failed') {
      workerFailed(worker);
    } else {
      fromWorker(data);
    }
  };
}

/**
 * Hands the compiled wasm `module` to the charts' worker that `prepareWorker` created: it
 * instantiates the wasm while the page builds itself. Without a module (the page cannot
 * run the wasm) the worker goes.
 */
export function startWorker(module) {
  if (!module) {
    if (state.worker) workerFailed(state.worker);
    return;
  }
  const { worker } = state;
  if (!worker || state.workerState !== 'preparing') return;
  state.workerState = 'starting';
  state.timeout = setTimeout(() => workerFailed(worker), START_TIMEOUT_MS);
  worker.postMessage({ type: 'start', module });
}

/**
 * Chooses where to draw, once the charts' canvases exist: in the worker if it has started
 * (or as soon as it does), else here with `calculator`. `canvases` are the charts'
 * canvases (id -> element); `on` receives readouts, failures and chances. What is asked for
 * until `drawFirstScreen` waits, so that the first scene is drawn once, with its ranges.
 */
export function startDrawer({ calculator, canvases, on }) {
  state.calculator = calculator;
  state.canvases = canvases;
  state.on = on;
  if (state.workerState === 'started') useWorker();
  else state.mode = 'starting';
}

/**
 * The end of the build, before the first frame. Where the charts are drawn here, the first
 * scene is drawn now, each chart once, with its ranges. Where the worker is still starting,
 * the charts of the first screen (`onFirstScreen(id)`) are drawn here on posters
 * (posters.js), with the run of draws for their ranges and for the chances' texts; the
 * worker gets the scene once it has started, and draws the others.
 */
export function drawFirstScreen(onFirstScreen) {
  if (state.mode === 'starting' && !state.worker) {
    useLocal(); // no worker, or it failed already
    return;
  }
  const queued = state.queued;
  const first = queued && state.mode === 'starting' ? queued.charts.filter((c) => onFirstScreen(c.id)) : [];
  if (!first.length) return;
  const chances = state.chancesWaiting;
  const ranged = chances && sameScene(chances[2], queued.scene) && chancesHere(chances[0]);
  const posted = first.filter((chart) => {
    try {
      drawPoster(state.calculator, chart, queued.scene.dark);
    } catch (error) {
      return false; // the worker draws it, or says why it cannot
    }
    state.on.readout(chart.id, state.calculator.readout(chart.id) ?? null);
    return true;
  });
  if (ranged) state.chancesWaiting[3] = true; // the page has the texts: the worker only needs the ranges
  if (!posted.length) return;
  const seq = nextSeq();
  // The worker learns the scene the posters show, and their sizes, behind its start (it
  // draws nothing: a pick on a posted chart needs them).
  postScene(queued.scene, posted, seq);
  markDrawn(seq);
  const ids = posted.map((c) => c.id);
  const left = (charts) => charts.filter((c) => !ids.includes(c.id));
  const rest = left(queued.charts);
  state.queued = rest.length ? { scene: queued.scene, charts: rest } : null;
  if (state.queued) document.documentElement.dataset.drawing = '';
  if (ranged) state.chancesWaiting[1] = left(chances[1]);
}

/** Runs `draws` draws here and shows their chances; whether they ran. */
function chancesHere(draws) {
  try {
    state.on.chances(state.calculator.chances(draws), null, true); // this calculator has the run
    return true;
  } catch (error) {
    return false; // the worker runs them again, and the page shows its error then
  }
}

const sameScene = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/** The worker did not start: it goes, and the page draws (nothing was transferred yet). */
function workerFailed(worker) {
  if (state.workerState !== 'starting' && state.workerState !== 'preparing') return;
  clearTimeout(state.timeout);
  state.workerState = 'failed';
  state.worker = null;
  worker.terminate();
  if (state.mode === 'starting') useLocal();
}

/** Which thread draws, for the page's tests: `html[data-charts-thread]`. */
function choose(mode) {
  state.mode = mode;
  document.documentElement.dataset.chartsThread = mode === 'worker' ? 'worker' : 'page';
}

function useLocal() {
  choose('local');
  flush();
}

function useWorker() {
  choose('worker');
  const list = [...state.canvases.entries()].map(([id, canvas]) => ({ id, canvas: canvas.transferControlToOffscreen() }));
  state.worker.postMessage({ type: 'canvases', list }, list.map((c) => c.canvas));
  flush();
}

/**
 * What was asked for while the drawer was being chosen. At start that is the charts on
 * screen and a run of draws for the same scene: one request then, so that each chart is
 * drawn once, with its ranges (two could be drawn in turn, the first without them).
 */
function flush() {
  const queued = state.queued;
  const chances = state.chancesWaiting;
  const picks = state.picksWaiting;
  state.queued = null;
  state.chancesWaiting = null;
  state.picksWaiting = [];
  if (queued && chances && sameScene(queued.scene, chances[2])) {
    const [draws, redraw, scene, quiet] = chances;
    runChances(draws, mergeCharts(queued.charts, redraw), scene, { quiet });
  } else {
    if (queued) drawScene(queued.scene, queued.charts);
    if (chances) runChances(chances[0], chances[1], chances[2], { quiet: chances[3] });
  }
  for (const pick of picks) pickOn(...pick); // after the scene they read
}

/** `older` and `newer` chart requests, one per chart: the newer one (its newest size) wins. */
function mergeCharts(older, newer) {
  const byId = new Map(older.map((c) => [c.id, c]));
  for (const chart of newer) byId.set(chart.id, chart);
  return [...byId.values()];
}

/** The device sizes of chart requests, as the worker takes them: {id: [width, height, scale]}. */
const sizesOf = (charts) => Object.fromEntries(charts.map((c) => [c.id, [c.width, c.height, c.scale]]));

/** Whether the charts are drawn in a worker (their canvases are the worker's). */
export const drawsInWorker = () => state.mode === 'worker';

function markDrawn(seq, startTime) {
  state.drawn = Math.max(state.drawn, seq);
  if (state.drawn >= state.seq) document.documentElement.removeAttribute('data-drawing');
  if (performance.mark) performance.mark('roi-gap:drawn', { detail: seq, startTime });
}

function fromWorker(data) {
  if (data.type === 'drawn') {
    for (const [chart, text] of Object.entries(data.readouts)) state.on.readout(chart, text);
    for (const chart of Object.keys(data.readouts)) state.on.failed(chart, null);
    for (const [chart, message] of Object.entries(data.failed)) state.on.failed(chart, message);
    const at = Math.max(0, data.at - performance.timeOrigin);
    // The scene is on screen once the posters over these charts are gone.
    retirePostersAfterFrames([...Object.keys(data.readouts), ...Object.keys(data.failed)], () => {
      markDrawn(data.seq, at);
      if (data.ranges && performance.mark) performance.mark('roi-gap:ranges', { startTime: at });
    });
  } else if (data.type === 'readout') {
    state.on.readout(data.chart, data.text);
  } else if (data.type === 'chances') {
    state.on.chances(data.texts ?? null, data.error ?? null);
  }
}

/** A new scene number: its charts are being drawn until `markDrawn` hears of it. */
function nextSeq() {
  state.seq += 1;
  document.documentElement.dataset.drawing = '';
  if (performance.mark) performance.mark('roi-gap:scene', { detail: state.seq });
  return state.seq;
}

/**
 * Draws `charts` ([{id, canvas, width, height, scale}], sizes in device pixels) for
 * `scene` ({lang, inputs, baseline, dark}).
 */
export function drawScene(scene, charts) {
  document.documentElement.dataset.drawing = '';
  if (state.mode === 'starting' || state.mode === 'none') {
    state.queued = { scene, charts: mergeCharts(state.queued?.charts ?? [], charts) };
    // Chances waiting for an older scene would draw its ranges over this one: state.js
    // asks for this scene's after every redraw.
    if (state.chancesWaiting && !sameScene(state.chancesWaiting[2], scene)) state.chancesWaiting = null;
    return;
  }
  const seq = nextSeq();
  if (state.mode === 'worker') {
    postScene(scene, charts, seq, charts.map((c) => c.id));
    return;
  }
  for (const chart of charts) drawHere(chart, scene.dark);
  markDrawn(seq);
}

/** Tells the worker `scene` and the sizes of `charts`; it draws those of `draw` (ids). */
function postScene(scene, charts, seq, draw = []) {
  const { baseline, ...rest } = scene;
  const message = { type: 'scene', seq, ...rest, sizes: sizesOf(charts), draw };
  // The comparison goes only when it changed (a drag changes the inputs, not it).
  if (baseline !== state.sentBaseline) message.baseline = baseline;
  state.sentBaseline = baseline;
  state.worker.postMessage(message);
}

/** Draws one chart on the main thread; a failure is shown in its place, the others go on. */
function drawHere({ id, canvas, width, height, scale }, dark) {
  try {
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    state.calculator.draw(canvas, id, dark, scale);
    retirePoster(id); // in this task: the canvas below shows the same frame
    state.on.failed(id, null);
    state.on.readout(id, state.calculator.readout(id) ?? null);
  } catch (error) {
    state.on.failed(id, error.message);
  }
}

/**
 * The reader's pick on `chart`: `op` is 'at' (device pixel `x`, `y`), 'step' (`by`),
 * 'home' (a first step `by` from nothing) or 'clear'; then `chart` (a canvas chart with its
 * size) is redrawn with it marked. The readout arrives through `on.readout`.
 */
export function pickOn(chart, op, { x = 0, y = 0, by = 0 } = {}, scene) {
  if (state.mode === 'starting' || state.mode === 'none') {
    // The worker has not said it started (at start it boots after the page is built): the
    // pick waits for it rather than being lost.
    state.picksWaiting.push([chart, op, { x, y, by }, scene]);
    return;
  }
  if (state.mode === 'worker') {
    state.worker.postMessage({ type: 'pick', chart: chart.id, op, x, y, by });
    return;
  }
  const before = state.calculator.readout(chart.id) ?? null;
  const text = applyPick(state.calculator, chart.id, op, { x, y, by });
  if (op === 'at' && text === before) return; // the same pick: nothing to redraw
  drawHere(chart, scene.dark); // with the pick marked; its readout comes with it
}

/**
 * Runs `draws` draws of the uncertainty for the current scenario; their texts arrive
 * through `on.chances` (from the worker, unless `quiet`: the page has them already), and the charts
 * `redraw` (with sizes) are drawn with their ranges.
 */
export function runChances(draws, redraw, scene, { quiet = false } = {}) {
  if (state.mode === 'starting' || state.mode === 'none') {
    state.chancesWaiting = [draws, redraw, scene, false];
    return;
  }
  if (state.mode === 'worker') {
    const seq = redraw.length ? nextSeq() : state.seq;
    state.worker.postMessage({ type: 'chances', draws, quiet, redraw: redraw.map((c) => c.id), scene: { ...scene, sizes: sizesOf(redraw), seq } });
    state.sentBaseline = scene.baseline; // the worker has this one now
    return;
  }
  let texts = null;
  try {
    texts = state.calculator.chances(draws);
  } catch (error) {
    state.on.chances(null, error.message);
  }
  if (texts) state.on.chances(texts, null);
  if (redraw.length) drawScene(scene, redraw); // after a failure, drawn without ranges
  if (texts && performance.mark) performance.mark('roi-gap:ranges');
}
