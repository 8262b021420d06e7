// The reader's pick on a chart, applied to a calculator: the same steps wherever the chart
// is drawn (drawing.js on the main thread, worker.js in the charts' worker).

/**
 * Applies `op` to chart `chart` of `calculator`: 'at' (device pixel `x`, `y`), 'step'
 * (`by`), 'home' (a first step `by` from nothing) or 'clear'. Returns the readout, or null.
 */
export function applyPick(calculator, chart, op, { x = 0, y = 0, by = 0 } = {}) {
  if (op === 'at') return calculator.pickAt(chart, x, y) ?? null;
  if (op === 'step') return calculator.pickStep(chart, by) ?? null;
  calculator.clearPick(chart);
  return op === 'home' ? calculator.pickStep(chart, by) ?? null : null;
}
