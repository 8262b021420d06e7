// Baseline 2: the gap chart with Observable Plot (SVG), re-rendered on every input, as
// Plot is used, sized to its box (the box less the title's line above the SVG, in the shell's CSS).
function drawGap(rows) {
  const box = document.querySelector('[data-chart="gap"]');
  const chart = Plot.plot({
    width: box.clientWidth,
    height: box.clientHeight - 28,
    title: 'Revenue needed vs revenue earned',
    marginLeft: 48,
    x: { label: 'year', tickFormat: 'd' },
    y: { label: '$ per year', grid: true, tickFormat: baselineMoney, domain: [0, Math.max(...rows.map((r) => r.required), ...rows.map((r) => r.revenue)) * 1.1] },
    marks: [
      Plot.areaY(rows, { x: 'year', y1: 'revenue', y2: 'required', fill: '#d55e00', fillOpacity: 0.2 }),
      Plot.lineY(rows, { x: 'year', y: 'required', stroke: '#d55e00', strokeWidth: 2 }),
      Plot.lineY(rows, { x: 'year', y: 'revenue', stroke: '#0072b2', strokeWidth: 2 }),
    ],
  });
  box.replaceChildren(chart);
}
