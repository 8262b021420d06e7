// The page's wiring: state, events, and one synchronous redraw per input event.

const app = {
  calculator: null,
  specs: [],
  presetList: [],
  inputs: {},
  view: {},
  projection: null,
  presetId: null, // the preset last chosen, shown while the inputs still match it
  shownPreset: null, // the preset whose source is on screen
  startNotices: [], // problems found while starting (e.g. in saved data), shown with the link's
};

function specOf(key) {
  return app.specs.find((s) => s.key === key);
}

/** Whether charts should be dark: `theme=` if set, else the reader's system setting. */
function isDark() {
  const theme = app.view.theme ?? 'auto';
  if (theme !== 'auto') return theme === 'dark';
  return window.matchMedia('(prefers-color-scheme: dark)').matches;
}

/** The scenario as text; after a failure of the wasm, the address's own text. */
function scenarioText() {
  try {
    return writeScenario({ inputs: app.inputs, view: app.view });
  } catch (error) {
    return location.hash.replace(/^#/, '');
  }
}

/**
 * Shows that the calculator failed (for example, the wasm trapped), with a way out. The
 * scenario stays in the address: the fragment is written first.
 */
function showFailure(error) {
  writeFragment(scenarioText());
  const box = document.querySelector('[data-failure]');
  box.querySelector('[data-failure-text]').textContent =
    `Something went wrong in the calculator (${error.message}). The figures and charts may be out of date.`;
  box.hidden = false;
}

/** Runs the model and redraws everything, in the same frame as the input event. */
function redraw() {
  try {
    app.projection = app.calculator.update(app.inputs);
  } catch (error) {
    showFailure(error);
    return;
  }
  const lastYear = app.projection.last.year;
  renderFigures(app.projection.summary, lastYear);
  document.querySelector('[data-sentence]').textContent = headlineSentence(app.inputs, app.projection);
  document.querySelector('[data-ticker]').textContent = tickerText(app.projection.summary);
  for (const el of document.querySelectorAll('[data-first-year]')) el.textContent = `in ${app.projection.first.year}`;
  renderCharts(app.calculator, isDark());
  renderYearTable(app.calculator);
  syncPreset();
  scheduleFragment(scenarioText);
  updateFullLink();
}

/** The embed's link to the full calculator: same scenario, no view options. */
function updateFullLink() {
  if (!document.documentElement.classList.contains('embed')) return; // only embeds show it
  const text = writeScenario({ inputs: app.inputs, view: { lang: app.view.lang ?? null } });
  const link = document.querySelector('[data-full-link]');
  const href = linkFor(text).replace(/\?[^#]*/, '');
  if (link.getAttribute('href') !== href) link.href = href;
}

/** Shows which preset the inputs match (touching the DOM only when that changes). */
function syncPreset() {
  const preset = matchingPreset(app.specs, app.presetList, app.inputs, app.presetId);
  const id = preset ? preset.id : '';
  const select = document.querySelector('[data-preset]');
  if (select.value === id && app.shownPreset === id) return;
  select.value = id;
  app.shownPreset = id;
  showPresetSource(document.querySelector('[data-preset-source]'), preset);
}

/** Shows all inputs in their controls. */
function showAllInputs() {
  for (const spec of app.specs) showInputValue(spec, app.inputs[spec.key]);
}

/** Whether the page is a widget: `embed=1` in the fragment or `?embed` in the query. */
function embedRequested(view) {
  return Boolean(view.embed) || new URLSearchParams(location.search).has('embed');
}

/** Applies the view options: theme, which sliders and charts, embed mode. */
function applyView() {
  const root = document.documentElement;
  root.dataset.theme = isDark() ? 'dark' : 'light';
  root.classList.toggle('embed', embedRequested(app.view));
  applyShow(app.view.show ?? null);
  const embedded = root.classList.contains('embed');
  document.querySelector('.controls').hidden = embedded && Array.isArray(app.view.show) && app.view.show.length === 0;
  for (const figure of document.querySelectorAll('figure[data-figure]')) {
    figure.hidden = app.view.charts != null && !app.view.charts.includes(figure.dataset.figure);
  }
}

/** Loads the scenario in the URL fragment; bad parts become notices, never errors. */
function loadFragment() {
  const parsed = parseScenario(location.hash);
  app.inputs = parsed.scenario.inputs;
  app.view = parsed.scenario.view;
  renderNotices([...app.startNotices.splice(0), ...parsed.notices]);
  applyView();
  showAllInputs();
  redraw();
}

/** A value typed or dragged into the control of `key`. */
function onValue(target) {
  const spec = specOf(target.name);
  if (!spec) return;
  if (target.type === 'range') {
    app.inputs[spec.key] = Number(target.value);
    showInputValue(spec, app.inputs[spec.key], target);
    showFieldError(spec.key, '');
    redraw();
    return;
  }
  const parsed = parseScenario(`${spec.key}=${encodeURIComponent(target.value)}`);
  const kinds = parsed.notices.map((n) => n.kind);
  const used = parsed.scenario.inputs[spec.key];
  if (kinds.includes('not_a_number') || kinds.includes('not_finite')) {
    showFieldError(spec.key, fieldMessage(spec, 'nan', used));
    return;
  }
  showFieldError(spec.key, kinds.length ? fieldMessage(spec, kinds[kinds.length - 1], used) : '');
  app.inputs[spec.key] = used;
  showInputValue(spec, app.inputs[spec.key], target);
  redraw();
}

function onPreset(event) {
  const preset = app.presetList.find((p) => p.id === event.target.value);
  if (!preset) return;
  app.presetId = preset.id;
  app.inputs = presetInputs(app.specs, preset);
  showAllInputs();
  redraw();
  writeFragment(scenarioText());
}

function onReset() {
  app.inputs = Object.fromEntries(app.specs.map((s) => [s.key, s.default]));
  for (const spec of app.specs) showFieldError(spec.key, '');
  showAllInputs();
  redraw();
  writeFragment(scenarioText());
}

function wireEvents() {
  const controls = document.querySelector('[data-controls]');
  controls.addEventListener('input', (e) => onValue(e.target));
  controls.addEventListener('change', (e) => {
    const spec = specOf(e.target.name);
    if (spec && e.target.type === 'number') {
      showInputValue(spec, app.inputs[spec.key]); // the value the model uses: valid again
      showFieldError(spec.key, '');
    }
    writeFragment(scenarioText());
  });
  document.querySelector('[data-preset]').addEventListener('change', onPreset);
  document.querySelector('[data-action="reset"]').addEventListener('click', onReset);
  document.querySelector('[data-action="reload"]').addEventListener('click', () => location.reload());
  document.querySelector('[data-action="reset-reload"]').addEventListener('click', () => {
    history.replaceState(null, '', addressFor(''));
    location.reload();
  });
  document.querySelector('[data-action="share"]').addEventListener('click', () => {
    const text = scenarioText();
    writeFragment(text);
    shareLink(linkFor(text), document.querySelector('[data-share-status]'));
  });
  document.querySelector('[data-action="dismiss-notices"]').addEventListener('click', () => {
    renderNotices([]);
    document.querySelector('.headline').focus(); // the button is gone: keep focus in the page
  });
  document.querySelector('[data-year-table]').addEventListener('toggle', () => renderYearTable(app.calculator));
  window.addEventListener('hashchange', loadFragment);
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => { applyView(); redraw(); });
  watchCanvasSizes(() => renderCharts(app.calculator, isDark()));
}

function showFatal(message) {
  renderNotices([{ message }]);
}

function start() {
  document.documentElement.classList.remove('no-js');
  const failure = startWasm();
  if (failure) {
    showFatal(failure);
    return;
  }
  app.calculator = new Calculator();
  app.specs = params();
  app.presetList = presets();
  buildControls(document.querySelector('[data-controls]'), app.specs);
  buildPresetMenu(document.querySelector('[data-preset]'), app.presetList);
  renderSources(app.specs);
  wireEvents();
  wireDownloads(app);
  wireSaved(app);
  wireEmbedDialog(app);
  loadFragment();
  startHeightReports();
  document.documentElement.dataset.ready = '1';
  performance.mark('roi-gap:ready');
  requestAnimationFrame(() => performance.mark('roi-gap:first-frame'));
}

start();
