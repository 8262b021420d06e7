// Baseline 1: the gap chart with Chart.js (canvas), no animation, updated in place.
let gapChart = null;

function drawGap(rows) {
  const labels = rows.map((r) => r.year);
  const required = rows.map((r) => r.required);
  const revenue = rows.map((r) => r.revenue);
  if (gapChart) {
    gapChart.data.labels = labels;
    gapChart.data.datasets[0].data = required;
    gapChart.data.datasets[1].data = revenue;
    gapChart.update('none');
    return;
  }
  gapChart = new Chart(document.querySelector('canvas[data-chart="gap"]'), {
    type: 'line',
    data: {
      labels,
      datasets: [
        { label: 'revenue needed', data: required, borderColor: '#d55e00', backgroundColor: 'rgba(213,94,0,0.2)', fill: '+1', pointRadius: 0 },
        { label: 'revenue earned', data: revenue, borderColor: '#0072b2', pointRadius: 0 },
      ],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      plugins: { title: { display: true, text: 'Revenue needed vs revenue earned' } },
      scales: { y: { beginAtZero: true, ticks: { callback: (v) => baselineMoney(v) } } },
    },
  });
}
