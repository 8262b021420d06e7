// The charts: their figures built from the facts, canvases sized to their CSS box times
// devicePixelRatio, drawn by the Rust/plotters code, and their text summaries.
import { say } from './words.js';

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
  figure.append(canvas, readout, caption, tools);
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
  for (const chart of facts.charts) {
    const place = chart.place === 'returns' ? '[data-charts-returns]' : '[data-charts]';
    document.querySelector(place).append(chartFigure(chart));
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

/** Remembers each canvas's CSS size as it changes, then calls `onResize`. */
export function watchCanvasSizes(onResize) {
  const observer = new ResizeObserver((entries) => {
    let changed = false;
    for (const entry of entries) {
      // contentBoxSize came in Safari 15.4; contentRect is the same box for a canvas.
      const box = entry.contentBoxSize?.[0]
        ?? { inlineSize: entry.contentRect.width, blockSize: entry.contentRect.height };
      if (box.inlineSize === 0 || box.blockSize === 0) continue; // hidden: nothing to draw
      canvasBoxes.set(entry.target, { width: box.inlineSize, height: box.blockSize });
      changed = true;
    }
    if (changed) onResize();
  });
  for (const canvas of document.querySelectorAll('canvas[data-chart]')) observer.observe(canvas);
}

/** Sizes `canvas` to its CSS box times devicePixelRatio; returns the scale. */
function sizeCanvas(canvas) {
  const ratio = window.devicePixelRatio || 1;
  const box = canvasBoxes.get(canvas) ?? { width: canvas.clientWidth, height: canvas.clientHeight };
  const width = Math.max(1, Math.round(box.width * ratio));
  const height = Math.max(1, Math.round(box.height * ratio));
  if (canvas.width !== width || canvas.height !== height) {
    canvas.width = width;
    canvas.height = height;
  }
  return ratio;
}

/** Draws one chart; on failure shows a message in its place and keeps the others going. */
function drawChart(calculator, canvas, dark) {
  const figure = canvas.closest('figure');
  try {
    const scale = sizeCanvas(canvas);
    calculator.draw(canvas, canvas.dataset.chart, dark, scale);
    figure.classList.remove('failed');
  } catch (error) {
    figure.classList.add('failed');
    figure.dataset.error = say('chart_failed', { error: error.message });
  }
}

/** Draws chart `id` alone (a new pick on it), if it is on screen. */
export function redrawChart(calculator, id, dark) {
  const canvas = document.querySelector(`canvas[data-chart="${id}"]`);
  if (canvas && shownFigure(canvas.closest('figure'))) drawChart(calculator, canvas, dark);
}

/** Draws every visible chart, or only those whose ids are in `only`. */
export function renderCharts(calculator, dark, only = null) {
  for (const canvas of document.querySelectorAll('canvas[data-chart]')) {
    if (only && !only.includes(canvas.dataset.chart)) continue;
    if (shownFigure(canvas.closest('figure'))) drawChart(calculator, canvas, dark);
  }
  scheduleCaptions(calculator);
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
