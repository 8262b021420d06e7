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
  figure.append(canvas, caption, tools);
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

/** Draws every visible chart, or only those whose ids are in `only`. */
export function renderCharts(calculator, dark, only = null) {
  for (const canvas of document.querySelectorAll('canvas[data-chart]')) {
    if (only && !only.includes(canvas.dataset.chart)) continue;
    if (!canvas.closest('figure').hidden) drawChart(calculator, canvas, dark);
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
