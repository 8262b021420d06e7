// The charts: their figures built from the facts, canvases sized to their CSS box times
// devicePixelRatio, drawn by the Rust/plotters code, and their text summaries.
import { say } from './words.js';
import { drawScene } from './drawing.js';
import { skipped } from './layout.js';

/** Canvas sizes in CSS pixels, kept by a ResizeObserver so a redraw never forces layout. */
const canvasBoxes = new WeakMap();

/** One `<figure data-figure>` with its canvas, caption and download buttons. */
function chartFigure(chart) {
  const figure = document.createElement('figure');
  figure.className = 'chart';
  figure.dataset.figure = chart.id;
  const canvas = document.createElement('canvas');
  canvas.dataset.chart = chart.id;
  canvas.setAttribute('role', 'img');
  const readout = document.createElement('p');
  readout.className = 'readout';
  readout.dataset.readout = '';
  readout.setAttribute('aria-live', 'polite');
  const caption = document.createElement('figcaption');
  caption.dataset.describe = chart.id;
  const tools = document.createElement('div');
  tools.className = 'chart-tools';
  const label = document.createElement('span');
  label.className = 'download-label';
  tools.append(label);
  for (const kind of ['png', 'svg']) {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.download = kind;
    button.dataset.for = chart.id;
    button.textContent = kind.toUpperCase();
    tools.append(button);
  }
  // The canvas's own box: a poster (posters.js) may lie over it at start.
  const stack = document.createElement('div');
  stack.className = 'chart-canvas';
  stack.append(canvas);
  figure.append(stack, readout, caption, tools);
  labelChart(figure, chart);
  return figure;
}

/** Writes the texts of `chart` into its figure, in the page's language. */
function labelChart(figure, chart) {
  figure.querySelector('canvas').setAttribute('aria-label', chart.title);
  figure.querySelector('.download-label').textContent = say('download');
  for (const button of figure.querySelectorAll('button[data-download]')) {
    const kind = button.dataset.download.toUpperCase();
    button.setAttribute('aria-label', say('download_chart', { chart: chart.name, kind }));
  }
}

/** Relabels every chart figure in the language of `facts` (the canvases stay). */
export function labelCharts(facts) {
  for (const chart of facts.charts) {
    const figure = document.querySelector(`figure[data-figure="${chart.id}"]`);
    if (figure) labelChart(figure, chart);
  }
}

/** Builds the chart figures where the facts place them: `[data-charts]` or `[data-charts-returns]`. */
export function buildCharts(facts) {
  for (const old of document.querySelectorAll('figure[data-figure]')) old.remove(); // a saved copy
  canvases.clear();
  readouts.clear();
  for (const chart of facts.charts) {
    const place = chart.place === 'returns' ? '[data-charts-returns]' : '[data-charts]';
    const figure = chartFigure(chart);
    canvases.set(chart.id, figure.querySelector('canvas'));
    readouts.set(chart.id, figure.querySelector('[data-readout]'));
    document.querySelector(place).append(figure);
  }
  buildTabs(facts);
}

/**
 * Narrow screens show one chart of the charts beside the controls at a time, kept in view
 * while the sliders scroll under it: these buttons choose which, as does moving a slider
 * (the chart its group moves most: `facts.groups[].chart`).
 */
const tabsQuery = window.matchMedia('(max-width: 1100px)');

/** The tab buttons, one per chart beside the controls, in the language of `facts`. */
export function buildTabs(facts) {
  const bar = document.querySelector('[data-chart-tabs]');
  const shown = bar.querySelector('[aria-pressed=true]')?.dataset.tab ?? facts.charts[0].id;
  bar.setAttribute('aria-label', say('chart_tabs'));
  bar.replaceChildren(...facts.charts.filter((c) => c.place === 'charts').map((chart) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.tab = chart.id;
    button.textContent = chart.tab;
    button.addEventListener('click', () => showTab(chart.id));
    return button;
  }));
  showTab(shown);
}

/** Shows chart `id` on narrow screens (the others' figures wait, undrawn). */
export function showTab(id) {
  const button = document.querySelector(`[data-chart-tabs] [data-tab="${id}"]`);
  if (!button || button.hidden) return;
  for (const b of document.querySelectorAll('[data-chart-tabs] [data-tab]')) {
    b.setAttribute('aria-pressed', String(b === button));
  }
  for (const figure of document.querySelectorAll('[data-charts] figure[data-figure]')) {
    figure.toggleAttribute('data-tab-off', figure.dataset.figure !== id);
  }
}

/** Hides the tabs of charts that `charts=` leaves out; shows the first one left. */
export function applyTabs() {
  let first = null;
  for (const button of document.querySelectorAll('[data-chart-tabs] [data-tab]')) {
    const figure = document.querySelector(`figure[data-figure="${button.dataset.tab}"]`);
    button.hidden = !figure || figure.hidden;
    first ??= button.hidden ? null : button.dataset.tab;
  }
  const current = document.querySelector('[data-chart-tabs] [aria-pressed=true]');
  if (!current || current.hidden) showTab(first);
}

/** Whether `figure` is on screen as far as the page decides (not a waiting tab). */
function shownFigure(figure) {
  if (figure.hidden) return false;
  const waiting = figure.hasAttribute('data-tab-off') && tabsQuery.matches
    && !document.documentElement.classList.contains('embed');
  return !waiting;
}

/**
 * The densest backing store a chart gets: 2 device pixels per CSS pixel. A phone at 3x
 * shows 2x text and lines sharply, and a 3x store has 2.25 times the pixels to draw, send
 * and composite on every input; desktops (1x, 2x) are drawn at their own density.
 */
const MAX_DENSITY = 2;

/** The charts on screen (IntersectionObserver), and those whose scene they do not show yet. */
const onScreen = new Set();
let observed = false;
const stale = new Set();
/** The size each chart was last drawn at, in device pixels ("w x h"). */
const drawnSizes = new Map();

/**
 * Watches the canvases: their CSS sizes (a ResizeObserver, so a redraw never forces
 * layout), whether they are on screen (an IntersectionObserver), and calls `redraw(ids)`
 * for those that need drawing: a new size, or coming into view with an old scene.
 */
export function watchCanvases(redraw) {
  const sizes = new ResizeObserver((entries) => {
    const ids = [];
    for (const entry of entries) {
      // contentBoxSize came in Safari 15.4; contentRect is the same box for a canvas.
      const box = entry.contentBoxSize?.[0]
        ?? { inlineSize: entry.contentRect.width, blockSize: entry.contentRect.height };
      if (box.inlineSize === 0 || box.blockSize === 0) continue; // hidden: nothing to draw
      canvasBoxes.set(entry.target, { width: box.inlineSize, height: box.blockSize });
      const { width, height } = deviceSize(entry.target);
      const id = entry.target.dataset.chart;
      if (drawnSizes.has(id) && drawnSizes.get(id) !== `${width}x${height}`) ids.push(id);
    }
    if (ids.length) redraw(ids);
  });
  const views = new IntersectionObserver((entries) => {
    observed = true;
    const ids = [];
    for (const entry of entries) {
      const id = entry.target.dataset.chart;
      if (entry.isIntersecting) onScreen.add(id); else onScreen.delete(id);
      if (entry.isIntersecting && stale.has(id)) ids.push(id);
    }
    if (ids.length) redraw(ids);
  }, { rootMargin: '100px' });
  for (const canvas of document.querySelectorAll('canvas[data-chart]')) {
    sizes.observe(canvas);
    views.observe(canvas);
  }
}

/** The charts' canvases by chart id, made once by `buildCharts` (never searched for per input). */
const canvases = new Map();

/** The readouts under the charts, by chart id, made with them. */
const readouts = new Map();

/** The readout element under chart `id` (readouts.js writes it after each draw). */
export const readoutOf = (id) => readouts.get(id) ?? null;

/** The canvas of chart `id`. */
const canvasOf = (id) => canvases.get(id) ?? null;

/** The canvases, by chart id (for the drawer). */
export const chartCanvases = () => new Map(canvases);

/** `canvas`'s size in device pixels, at most MAX_DENSITY per CSS pixel, and that density. */
function deviceSize(canvas) {
  const scale = Math.min(window.devicePixelRatio || 1, MAX_DENSITY);
  // Before the ResizeObserver's first report, the same fractional box it will report (a
  // rounded clientWidth could differ by a device pixel at 2x, and redraw the chart).
  const box = canvasBoxes.get(canvas) ?? canvas.getBoundingClientRect();
  return {
    width: Math.max(1, Math.round(box.width * scale)),
    height: Math.max(1, Math.round(box.height * scale)),
    scale,
  };
}

/** What the drawer needs to draw chart `id`: its canvas and device size. */
export function chartRequest(id) {
  const canvas = canvasOf(id);
  return { id, canvas, ...deviceSize(canvas) };
}

/**
 * Whether `canvas` is on screen: shown, not a waiting tab, and in the viewport (before the
 * observer's first report, at start, measured once).
 */
function visible(canvas) {
  if (!shownFigure(canvas.closest('figure'))) return false;
  if (observed) return onScreen.has(canvas.dataset.chart);
  if (skipped(canvas)) return false; // off-screen, and not to be measured (layout.js)
  return inViewport(canvas, 100);
}

/**
 * Whether chart `id` is on the first screen: shown, and inside the viewport as laid out
 * now (not within a margin of it, as `visible` counts at start).
 */
export function onFirstScreen(id) {
  const canvas = canvasOf(id);
  return !!canvas && shownFigure(canvas.closest('figure')) && !skipped(canvas) && inViewport(canvas, 0);
}

/** Whether `canvas`, as laid out now, is in the viewport or within `margin` px of it. */
function inViewport(canvas, margin) {
  const box = canvas.getBoundingClientRect();
  return box.width > 0 && box.bottom > -margin && box.top < window.innerHeight + margin;
}

/**
 * What the drawer needs for the charts `ids` that are on screen; the others are marked to
 * be drawn when they come into view.
 */
export function requestsFor(ids) {
  const charts = [];
  for (const id of ids) {
    const canvas = canvasOf(id);
    if (!canvas) continue;
    if (!visible(canvas)) {
      stale.add(id);
      continue;
    }
    charts.push(drawnRequest(id));
  }
  return charts;
}

/** The request for chart `id`, which from now on shows the current scene at its size. */
function drawnRequest(id) {
  stale.delete(id);
  const request = chartRequest(id);
  drawnSizes.set(id, `${request.width}x${request.height}`);
  return request;
}

/**
 * Draws for `scene` the charts on screen (of `only`, when given); the others are drawn
 * when they come into view.
 */
export function renderCharts(calculator, scene, only = null) {
  const ids = [...canvases.keys()];
  const charts = requestsFor(only ? ids.filter((id) => only.includes(id)) : ids);
  if (charts.length) drawScene(scene, charts);
  scheduleCaptions(calculator);
}

/**
 * Draws chart `id` now if it does not show the current scene yet (the reader points at it
 * or focuses it before it has scrolled into view).
 */
export function freshen(id, scene) {
  if (!stale.has(id) || !canvasOf(id)) return;
  drawScene(scene, [drawnRequest(id)]);
}

/** Shows that chart `id` failed to draw (`message`), or drew (null). */
export function showChartFailure(id, message) {
  const figure = canvasOf(id)?.closest('figure');
  if (!figure) return;
  figure.classList.toggle('failed', message !== null);
  if (message !== null) figure.dataset.error = say('chart_failed', { error: message });
}

/** The size of the charts in a print (the static charts' size, src/noscript.rs). */
const PRINT_SIZE = [800, 460];

/**
 * Before a print: every chart as an SVG image, from the page's own calculator, in its
 * figure. A print shows every chart, and a canvas that was never on screen (or is drawn by
 * the worker, which cannot be waited for here) may not show this scenario; style.css
 * prints these images in the canvases' place.
 */
export function renderPrintCharts(calculator) {
  for (const canvas of document.querySelectorAll('canvas[data-chart]')) {
    const figure = canvas.closest('figure');
    let image = figure.querySelector('img.print-chart');
    if (!image) {
      image = document.createElement('img');
      image.className = 'print-chart';
      image.alt = canvas.getAttribute('aria-label') ?? '';
      canvas.after(image);
    }
    try {
      const svg = calculator.svg(canvas.dataset.chart, false, ...PRINT_SIZE, '', '');
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    } catch (error) {
      image.removeAttribute('src');
    }
  }
}

const CAPTION_DELAY_MS = 150;
let captionTimer = null;

/**
 * Refreshes the charts' text summaries once the reader pauses (150 ms): they are read by
 * screen readers and shown under charts on narrow screens, and nobody reads them mid-drag.
 */
function scheduleCaptions(calculator) {
  clearTimeout(captionTimer);
  captionTimer = setTimeout(() => renderCaptions(calculator), CAPTION_DELAY_MS);
}

function renderCaptions(calculator) {
  for (const caption of document.querySelectorAll('[data-describe]')) {
    try {
      caption.textContent = calculator.describe(caption.dataset.describe);
    } catch (error) {
      caption.textContent = '';
    }
  }
}
