// Wiring of the secondary panels: downloads, saved scenarios, the Embed dialog.

function wireDownloads(app) {
  document.addEventListener('click', (event) => {
    const button = event.target.closest('[data-download]');
    if (button) download(app, button, isDark());
  });
}

/** Lists the saved scenarios; returns the store's notice (or null). */
function refreshSaved() {
  const { list, notice } = readSaved();
  renderSaved(document.querySelector('[data-saved-list]'), list);
  return notice;
}

function wireSaved(app) {
  const status = document.querySelector('[data-save-status]');
  document.querySelector('[data-save-form]').addEventListener('submit', (event) => {
    event.preventDefault();
    const field = document.querySelector('#save-name');
    const name = field.value.trim();
    const replacing = readSaved().list.some((item) => item.name === name);
    const problem = saveScenario(field.value, scenarioText());
    status.textContent = problem ?? (replacing ? `Replaced "${name}" with this scenario.` : `Saved "${name}".`);
    if (!problem) field.value = '';
    refreshSaved();
  });
  document.querySelector('[data-saved-list]').addEventListener('click', (event) => {
    const { load, delete: remove } = event.target.dataset;
    if (load !== undefined) {
      const item = readSaved().list.find((s) => s.name === load);
      if (!item) return;
      const parsed = parseScenario(item.scenario);
      app.inputs = parsed.scenario.inputs;
      renderNotices(parsed.notices);
      showAllInputs();
      redraw();
      writeFragment(scenarioText());
      status.textContent = `Loaded "${load}".`;
    } else if (remove !== undefined) {
      status.textContent = deleteSaved(remove) ?? `Deleted "${remove}".`;
      refreshSaved();
      document.querySelector('#save-name').focus(); // the button is gone: keep focus nearby
    }
  });
  const notice = refreshSaved();
  // A widget in an article has no saving: a storage problem is not the reader's concern.
  if (notice && !embedRequested(parseScenario(location.hash).scenario.view)) {
    app.startNotices.push({ message: notice });
  }
}

/** A checkbox for the Embed dialog's pickers. */
function pickBox(name, value, text) {
  const label = document.createElement('label');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.name = name;
  box.value = value;
  label.append(box, ` ${text}`);
  return label;
}

function checkedValues(name) {
  return [...document.querySelectorAll(`.embed-form input[name="${name}"]:checked`)].map((b) => b.value);
}

/** Recomputes both snippets from the dialog's choices. */
function updateSnippets(app) {
  const show = checkedValues('embed-show');
  const charts = checkedValues('embed-chart');
  const theme = document.querySelector('[data-embed-theme]').value;
  const view = {
    embed: true,
    theme: theme === 'auto' ? null : theme,
    show: show.length === app.specs.length ? null : show,
    charts: charts.length === 4 ? null : charts,
  };
  const text = writeScenario({ inputs: app.inputs, view });
  const iframeField = document.querySelector('[data-snippet="iframe"]');
  document.querySelector('[data-snippet="script"]').value = embedSnippets(text, 0).script;
  const copyIframe = document.querySelector('[data-copy="iframe"]');
  iframeField.value = 'Measuring the widget\'s height…';
  iframeField.dataset.pending = '1';
  copyIframe.disabled = true;
  measureEmbedHeight(widgetAddress(text)).then((measured) => {
    if (measured === null) return; // a newer choice is being measured, or it failed
    iframeField.value = embedSnippets(text, fixedHeight(measured)).iframe;
    delete iframeField.dataset.pending;
    copyIframe.disabled = false;
  });
  document.querySelector('[data-embed-local]').hidden = location.protocol !== 'file:';
}

function openEmbedDialog(app) {
  const dialog = document.querySelector('[data-embed-dialog]');
  const visible = app.view.show ?? ['capex', 'energy', 'revenue'];
  document.querySelector('[data-embed-sliders]').replaceChildren(...app.specs.map((s) => {
    const label = pickBox('embed-show', s.key, s.label);
    label.querySelector('input').checked = visible.includes(s.key);
    return label;
  }));
  document.querySelector('[data-embed-charts]').replaceChildren(...[...document.querySelectorAll('figure[data-figure]')].map((f) => {
    const label = pickBox('embed-chart', f.dataset.figure, f.querySelector('canvas').getAttribute('aria-label'));
    label.querySelector('input').checked = !f.hidden;
    return label;
  }));
  updateSnippets(app);
  dialog.showModal();
}

function wireEmbedDialog(app) {
  const dialog = document.querySelector('[data-embed-dialog]');
  document.querySelector('[data-action="embed"]').addEventListener('click', () => openEmbedDialog(app));
  dialog.addEventListener('change', () => updateSnippets(app));
  dialog.addEventListener('click', async (event) => {
    const which = event.target.dataset.copy;
    if (!which) return;
    const field = document.querySelector(`[data-snippet="${which}"]`);
    const status = document.querySelector('[data-copy-status]');
    try {
      await navigator.clipboard.writeText(field.value);
      status.textContent = 'Copied.';
    } catch (error) {
      field.select();
      status.textContent = 'Selected: press Ctrl+C (or ⌘C) to copy.';
    }
  });
}
