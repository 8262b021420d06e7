// The charts' own thread: a second instance of the page's wasm (the module compiled once, on
// the main thread, and posted here) draws the on-screen charts into OffscreenCanvases that
// the page transferred with `transferControlToOffscreen`. The main thread keeps the input,
// the figures and the texts; this thread keeps what drawing needs: the scenario, the
// comparison, the last run of draws (the ranges) and the reader's picks.
// Bundled on its own (scripts/assemble.mjs) and started from a blob: URL (drawing.js).
// Messages in: start, canvases, scene, chances, pick. Out: started, failed, drawn, chances,
// readout (see each handler).
import { initSync, Calculator } from 'roi-gap:glue';
import { applyPick } from './picking.js';

// plotters-canvas (src/web/canvas.rs) checks with `instanceof` that it was given a canvas
// element and a 2D context. A worker has no canvas element (Firefox names a 2D context
// class there all the same); its OffscreenCanvas and OffscreenCanvasRenderingContext2D
// answer every method that code calls, so they stand in.
self.HTMLCanvasElement = self.OffscreenCanvas;
self.CanvasRenderingContext2D = self.OffscreenCanvasRenderingContext2D;

let calculator = null;
/** The transferred canvases, by chart id. */
const canvases = new Map();
/** What the page last asked for: language, inputs, comparison, theme, sizes. */
const scene = { lang: null, inputs: null, baseline: undefined, dark: false, sizes: {} };
/** The charts to draw at the next draw, and the newest scene number asked for. */
const wanted = new Set();
let seq = 0;
let timer = null;
/** Whether the next draw brings a new run's ranges (the benchmark's `roi-gap:ranges`). */
let ranges = false;
/** Each chart's readout as last sent: the same pick again is not redrawn. */
const readouts = new Map();
/**
 * The run of draws the calculator holds: its language, inputs and count, and its texts.
 * The same run asked for again (the chances during a long drag, then once it pauses) is
 * not run twice.
 */
let lastRun = null;

const now = () => performance.timeOrigin + performance.now();

function start({ module }) {
  try {
    const probe = new OffscreenCanvas(1, 1).getContext('2d');
    if (!probe) throw new Error('no 2D context for an OffscreenCanvas in a worker');
    initSync({ module });
    calculator = new Calculator();
    postMessage({ type: 'started' });
  } catch (error) {
    postMessage({ type: 'failed', message: String(error?.message ?? error) });
  }
}

/** A new scene: applied at once (cheap), drawn after the messages already queued. */
function setScene(next) {
  applyScene(next);
  for (const id of next.draw) wanted.add(id);
  if (wanted.size) drawSoon(); // a scene to draw nothing (the page's posters show it) is kept only
}

/** The page's language, inputs, comparison, theme and chart sizes, for what follows. */
function applyScene(next) {
  if (next.lang !== scene.lang) {
    calculator.setLanguage(next.lang);
    scene.lang = next.lang;
    lastRun = null;
  }
  if (next.inputs && JSON.stringify(next.inputs) !== JSON.stringify(scene.inputs)) {
    calculator.update(next.inputs, null);
    scene.inputs = next.inputs;
    lastRun = null;
  }
  // A scene message without a baseline keeps the one the worker has.
  if ('baseline' in next && JSON.stringify(next.baseline) !== JSON.stringify(scene.baseline)) {
    calculator.setBaseline(next.baseline?.inputs ?? null, next.baseline?.name ?? '');
    scene.baseline = next.baseline;
  }
  scene.dark = next.dark;
  Object.assign(scene.sizes, next.sizes ?? {});
  seq = Math.max(seq, next.seq ?? 0);
}

/**
 * Draws after the messages that have already arrived (a drag that outruns the drawing
 * skips to its newest scene rather than drawing every one in turn).
 */
function drawSoon() {
  if (timer === null) timer = setTimeout(drawWanted, 0);
}

function drawWanted() {
  clearTimeout(timer);
  timer = null;
  const drawnReadouts = {};
  const failed = {};
  for (const id of wanted) {
    const canvas = canvases.get(id);
    const size = scene.sizes[id];
    if (!canvas || !size) continue;
    try {
      if (canvas.width !== size[0] || canvas.height !== size[1]) {
        canvas.width = size[0];
        canvas.height = size[1];
      }
      calculator.draw(canvas, id, scene.dark, size[2]);
      drawnReadouts[id] = calculator.readout(id) ?? null;
    } catch (error) {
      failed[id] = String(error?.message ?? error);
    }
  }
  wanted.clear();
  for (const [id, text] of Object.entries(drawnReadouts)) readouts.set(id, text);
  postMessage({ type: 'drawn', seq, at: now(), readouts: drawnReadouts, failed, ranges });
  ranges = false;
}

/** The texts of a run of `draws` draws for `current` (applied first); a run is made once. */
function chancesOf(draws, current) {
  applyScene(current);
  if (lastRun?.draws !== draws) lastRun = { draws, texts: calculator.chances(draws) };
  return lastRun.texts;
}

/**
 * The draws for the chances; their texts go back (unless `quiet`: the page ran the same
 * draws for its first screen), their ranges into the charts asked for.
 */
function runChances({ draws, redraw, scene: current, quiet }) {
  try {
    const texts = chancesOf(draws, current);
    if (!quiet) postMessage({ type: 'chances', texts });
    ranges = !quiet || redraw.length > 0;
  } catch (error) {
    postMessage({ type: 'chances', error: String(error?.message ?? error) });
  }
  for (const chart of redraw) wanted.add(chart); // after a failure, drawn without ranges
  drawSoon();
}

/** The reader points at a chart, steps along it or lets go (picking.js's `applyPick`). */
function pick({ chart, op, x, y, by }) {
  // The pick reads the chart as drawn for this scene. A chart that the page drew on a
  // poster at start (posters.js) and this thread never drew is drawn first: its pixels are
  // found through the layout of its drawing.
  if (!readouts.has(chart)) wanted.add(chart);
  if (wanted.has(chart)) drawWanted();
  let text = null;
  try {
    text = applyPick(calculator, chart, op, { x, y, by });
  } catch (error) {
    text = null;
  }
  if (op === 'at' && readouts.get(chart) === text) return; // the same pick: nothing to redraw
  readouts.set(chart, text);
  postMessage({ type: 'readout', chart, text });
  wanted.add(chart);
  drawSoon();
}

const handlers = {
  start,
  canvases: ({ list }) => {
    for (const { id, canvas } of list) {
      // The drawing code asks for the 2D context on every draw; Firefox (ESR 153) throws
      // "Cannot update created context to different thread" when a transferred canvas is
      // asked a second time. Each canvas answers with its one context.
      const context = canvas.getContext('2d');
      canvas.getContext = () => context;
      canvases.set(id, canvas);
    }
  },
  scene: setScene,
  chances: runChances,
  pick,
};

self.onmessage = ({ data }) => {
  if (data.type !== 'start' && !calculator) return; // it failed to start: the page draws
  handlers[data.type]?.(data);
};
