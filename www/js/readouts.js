// Reading the charts: pointing (mouse hover, a tap or a drag along a chart with a finger)
// or the arrow keys on a focused canvas pick a year, a flow or a bar. The Rust code finds
// it from the pixel through the chart's own coordinate mapping, marks it on the chart and
// puts it in words; the readout under the chart shows those words.
import { say } from './words.js';
import { readoutOf } from './charts.js';

/** The readout's words before anything is picked on `chart`. */
function hint(chart) {
  if (chart === 'circular') return say('readout_hint_flow');
  if (chart === 'tornado') return say('readout_hint_bar');
  return say('readout_hint');
}

/** Shows `text` (the pick's readout) under chart `id`, or the hint when nothing is picked. */
export function showReadout(id, text) {
  const el = readoutOf(id);
  if (!el) return;
  const next = text ?? hint(id);
  if (el.textContent !== next) el.textContent = next;
  el.classList.toggle('picked', text != null);
}

/** The device pixel of `event` on `canvas`, as the chart was drawn (`size`). */
function pixelOf(canvas, size, event) {
  const box = canvas.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return null;
  return [
    ((event.clientX - box.left) * size.width) / box.width,
    ((event.clientY - box.top) * size.height) / box.height,
  ];
}

const STEPS = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, PageDown: 5, PageUp: -5 };
/** Home and End: a first step from nothing lands on the first or the last. */
const ENDS = { Home: 1, End: -1 };

/**
 * Wires every chart canvas: `pick(id, op, args)` picks on chart `id` (drawing.js's
 * `pickOn`, with the chart's size and the scene); the readout comes back to `showReadout`.
 */
export function wireReadouts(pick, sizeOf) {
  for (const canvas of document.querySelectorAll('canvas[data-chart]')) {
    const chart = canvas.dataset.chart;
    canvas.tabIndex = 0;
    let pressed = false;
    const pickAt = (event) => {
      const at = pixelOf(canvas, sizeOf(chart), event);
      if (at) pick(chart, 'at', { x: at[0], y: at[1] });
    };
    canvas.addEventListener('pointerdown', (event) => {
      pressed = event.pointerType !== 'mouse';
      pickAt(event);
    });
    canvas.addEventListener('pointermove', (event) => {
      if (event.pointerType === 'mouse' || pressed) pickAt(event);
    });
    for (const type of ['pointerup', 'pointercancel']) {
      canvas.addEventListener(type, () => { pressed = false; });
    }
    // A mouse that leaves the chart takes its pick along (a tap's stays, to be read).
    canvas.addEventListener('pointerleave', (event) => {
      if (event.pointerType !== 'mouse' || document.activeElement === canvas) return;
      pick(chart, 'clear');
    });
    canvas.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') pick(chart, 'clear');
      else if (event.key in ENDS) pick(chart, 'home', { by: ENDS[event.key] });
      else if (event.key in STEPS) pick(chart, 'step', { by: STEPS[event.key] });
      else return;
      event.preventDefault(); // the arrows read the chart instead of scrolling the page
    });
  }
}
