// Reading the charts: pointing (mouse hover, a tap or a drag along a chart with a finger)
// or the arrow keys on a focused canvas pick a year, a flow or a bar. The Rust code finds
// it from the pixel through the chart's own coordinate mapping, marks it on the chart and
// puts it in words; the readout under the chart shows those words.
import { say } from './words.js';

/** The readout's words before anything is picked on `chart`. */
function hint(chart) {
  if (chart === 'circular') return say('readout_hint_flow');
  if (chart === 'tornado') return say('readout_hint_bar');
  return say('readout_hint');
}

function readoutOf(canvas) {
  return canvas.closest('figure').querySelector('[data-readout]');
}

/** Shows `text` (the pick's readout), or the hint when nothing is picked. */
function show(canvas, text) {
  const el = readoutOf(canvas);
  const next = text ?? hint(canvas.dataset.chart);
  if (el.textContent !== next) el.textContent = next;
  el.classList.toggle('picked', text != null);
}

/** Refreshes every readout for the current scenario (after each redraw). */
export function renderReadouts(calculator) {
  for (const canvas of document.querySelectorAll('canvas[data-chart]')) {
    show(canvas, calculator.readout(canvas.dataset.chart));
  }
}

/** The device pixel of `event` on `canvas`, as the chart was drawn. */
function pixelOf(canvas, event) {
  const box = canvas.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return null;
  return [
    ((event.clientX - box.left) * canvas.width) / box.width,
    ((event.clientY - box.top) * canvas.height) / box.height,
  ];
}

const STEPS = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, PageDown: 5, PageUp: -5 };
/** Home and End: a first step from nothing lands on the first or the last. */
const ENDS = { Home: 1, End: -1 };

/**
 * Wires every chart canvas: `calculator()` gives the calculator, `redraw(id)` redraws one
 * chart (with its pick marked).
 */
export function wireReadouts(calculator, redraw) {
  for (const canvas of document.querySelectorAll('canvas[data-chart]')) {
    const chart = canvas.dataset.chart;
    canvas.tabIndex = 0;
    let pressed = false;
    const pickAt = (event) => {
      const at = pixelOf(canvas, event);
      if (!at) return;
      const el = readoutOf(canvas);
      const before = el.classList.contains('picked') ? el.textContent : undefined;
      const text = calculator().pickAt(chart, at[0], at[1]);
      if (text === before) return; // the same pick: nothing to redraw
      redraw(chart);
      show(canvas, text);
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
      calculator().clearPick(chart);
      redraw(chart);
      show(canvas, undefined);
    });
    canvas.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        calculator().clearPick(chart);
      } else if (event.key in ENDS) {
        calculator().clearPick(chart);
        calculator().pickStep(chart, ENDS[event.key]);
      } else if (event.key in STEPS) {
        calculator().pickStep(chart, STEPS[event.key]);
      } else {
        return;
      }
      event.preventDefault(); // the arrows read the chart instead of scrolling the page
      redraw(chart);
      show(canvas, calculator().readout(chart));
    });
  }
}
