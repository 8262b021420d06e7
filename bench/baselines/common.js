// Shared page logic of the baselines: three sliders (capex, energy, revenue), four
// headline figures, and a gap chart drawn by the library's `drawGap(rows)`.
const baseline = { inputs: {} };

// The sliders' tracks, as ROI Gap's (src/model/slider.rs, checked against the page by
// bench/page.mjs): knots of [position, value, step], linear between them, the value
// rounded to the step of the knot below.
const BASE_KNOTS = {
  capex: [[0, 0, 5], [200, 1000, 25], [280, 3000, 100], [300, 5000, 100]],
  energy: [[0, 0, 1], [100, 100, 5], [160, 400, 25], [184, 1000, 25]],
  revenue: [[0, 0, 1], [100, 100, 5], [160, 400, 25], [184, 1000, 500], [200, 10000, 500]],
};

function baselineValue(key, position) {
  const knots = BASE_KNOTS[key];
  const p = Math.min(Math.max(Math.round(position), knots[0][0]), knots[knots.length - 1][0]);
  for (let i = 0; i + 1 < knots.length; i += 1) {
    const [p0, v0, step] = knots[i];
    const [p1, v1] = knots[i + 1];
    if (p <= p1) return Math.round((v0 + ((p - p0) / (p1 - p0)) * (v1 - v0)) / step) * step;
  }
  return knots[knots.length - 1][1];
}

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
    const read = () => { baseline.inputs[slider.name] = baselineValue(slider.name, Number(slider.value)); };
    read();
    slider.addEventListener('input', () => {
      read();
      baselineRedraw();
    });
  }
  baselineRedraw();
  document.documentElement.dataset.ready = '1';
}
