// Shared page logic of the baselines: three sliders (capex, energy, revenue), four
// headline figures, and a gap chart drawn by the library's `drawGap(rows)`.
const baseline = { inputs: {} };

function baselineFigures(summary) {
  document.querySelector('[data-out="required_revenue"]').textContent = baselineMoney(summary.required_revenue);
  document.querySelector('[data-out="revenue"]').textContent = baselineMoney(summary.revenue);
  document.querySelector('[data-out="gap"]').textContent = baselineMoney(summary.gap);
  const c = summary.coverage;
  document.querySelector('[data-out="coverage"]').textContent = c === null ? 'n/a' : `${(c * 100).toFixed(1)}%`;
}

function baselineRedraw() {
  const result = baselineModel(baseline.inputs);
  baselineFigures(result.summary);
  drawGap(result.rows);
}

function baselineStart() {
  for (const slider of document.querySelectorAll('input[type=range]')) {
    baseline.inputs[slider.name] = Number(slider.value);
    slider.addEventListener('input', () => {
      baseline.inputs[slider.name] = Number(slider.value);
      baselineRedraw();
    });
  }
  baselineRedraw();
  document.documentElement.dataset.ready = '1';
}
