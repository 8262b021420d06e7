// Drawing the current projection: headline figures, the sentence, the four charts,
// their text summaries and the year table.

/** Sets every `[data-out=KEY]` to its formatted summary value. */
function renderFigures(summary, lastYear) {
  for (const el of document.querySelectorAll('[data-out]')) {
    const key = el.dataset.out;
    if (key in summary) el.textContent = formatSummary(key, summary[key], lastYear);
  }
}

/** The plain-language headline: what is needed, what is earned, how far along. */
function headlineSentence(inputs, projection) {
  const s = projection.summary;
  const { first, last } = projection;
  const parts = [];
  if (s.coverage === null) {
    parts.push(`With these assumptions the fleet costs nothing to run, so it needs no revenue; AI makes ${money(s.revenue)}.`);
  } else {
    const along = s.coverage >= 1 ? 'more than enough' : `${formatPercent(s.coverage)} of the way`;
    parts.push(`To earn ${formatPercent(inputs.wacc / 100)} on the build-out, AI needs ${money(s.required_revenue)} a year of revenue in ${first.year}; it makes ${money(s.revenue)}: ${along}.`);
  }
  const coveredAtEnd = last.revenue >= last.required_revenue;
  if (s.coverage !== null && s.break_even_year === first.year) {
    parts.push(coveredAtEnd ? `Revenue keeps covering it to ${last.year}.` : `But revenue falls behind by ${last.year}.`);
  } else if (s.break_even_year !== null) {
    parts.push(`At ${formatPercent(inputs.revenue_growth / 100)} growth a year, revenue catches up in ${s.break_even_year}${coveredAtEnd ? '' : `, then falls behind again by ${last.year}`}.`);
  } else if (s.growth_needed !== null) {
    parts.push(`To catch up by ${last.year}, revenue would have to grow ${formatPercent(s.growth_needed)} a year.`);
  }
  if (s.round_trip_share !== null) {
    parts.push(`Of the money paying for AI compute, ${formatPercent(s.round_trip_share)} is the vendors' own investment coming back.`);
  }
  return parts.join(' ');
}

/** The phone-width summary bar that stays in view while the reader moves sliders. */
function tickerText(summary) {
  const covers = summary.coverage === null ? '' : ` (${formatPercent(summary.coverage)})`;
  return `Needs ${money(summary.required_revenue)} · earns ${money(summary.revenue)}${covers}`;
}

/** Canvas sizes in CSS pixels, kept by a ResizeObserver so a redraw never forces layout. */
const canvasBoxes = new WeakMap();

/** Remembers each canvas's CSS size as it changes, then calls `onResize`. */
function watchCanvasSizes(onResize) {
  const observer = new ResizeObserver((entries) => {
    let changed = false;
    for (const entry of entries) {
      const box = entry.contentBoxSize[0];
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
    figure.dataset.error = `This chart could not be drawn: ${error.message}`;
  }
}

/** Draws every visible chart. */
function renderCharts(calculator, dark) {
  for (const canvas of document.querySelectorAll('canvas[data-chart]')) {
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

const YEAR_COLUMNS = [
  ['year', 'Year', 'year'], ['capex', 'Capex', 'money'], ['installed_base', 'Installed base', 'money'],
  ['fleet_cost', 'Fleet cost', 'money'], ['required_revenue', 'Revenue needed', 'money'],
  ['revenue', 'Revenue earned', 'money'], ['gap', 'Gap', 'money'], ['coverage', 'Coverage', 'percent'],
  ['compute_from_funding', 'Compute paid by investors', 'money'], ['round_trip', 'Round trip', 'money'],
  ['cash_flow', 'Cash flow', 'money'],
];

/** Fills the year-by-year table (only while it is open: it is not drawn otherwise). */
function renderYearTable(calculator) {
  const details = document.querySelector('[data-year-table]');
  if (!details.open) return;
  const years = calculator.years();
  const table = document.querySelector('[data-years]');
  const head = document.createElement('tr');
  for (const [, title] of YEAR_COLUMNS) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = title;
    head.append(th);
  }
  const rows = years.map((row) => {
    const tr = document.createElement('tr');
    for (const [key, , kind] of YEAR_COLUMNS) {
      const cell = document.createElement(key === 'year' ? 'th' : 'td');
      if (key === 'year') cell.scope = 'row';
      cell.textContent = kind === 'money' ? money(row[key]) : kind === 'percent' ? formatPercent(row[key]) : row[key];
      tr.append(cell);
    }
    return tr;
  });
  const thead = document.createElement('thead');
  thead.append(head);
  const tbody = document.createElement('tbody');
  tbody.append(...rows);
  table.replaceChildren(thead, tbody);
}

/** Fills the sources table of the "how the model works" section. */
function renderSources(specs) {
  const rows = specs.filter((s) => s.source).map((spec) => {
    const tr = document.createElement('tr');
    const name = document.createElement('th');
    name.scope = 'row';
    name.textContent = spec.label;
    const value = document.createElement('td');
    value.textContent = formatInput(spec, spec.default);
    const source = document.createElement('td');
    source.textContent = spec.source;
    tr.append(name, value, source);
    return tr;
  });
  document.querySelector('[data-sources]').replaceChildren(...rows);
}

/** Lists parse notices (text only: never HTML) and shows the notice bar. */
function renderNotices(notices) {
  const bar = document.querySelector('.notices');
  const list = bar.querySelector('[data-notices]');
  list.replaceChildren(...notices.map((n) => {
    const li = document.createElement('li');
    li.textContent = n.message;
    return li;
  }));
  bar.hidden = notices.length === 0;
}
