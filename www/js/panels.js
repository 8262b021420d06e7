// Wiring of the secondary panels: saved scenarios and the Embed dialog.
import { facts, parseScenario, writeScenario } from './wasm.js';
import {
  embedRequested, inputs, pageFacts, scenarioText, setInputs, view,
} from './state.js';
import { renderNotices } from './render.js';
import { currentLang, say } from './words.js';
import { readSaved, saveScenario, deleteSaved, renderSaved } from './saved.js';
import {
  embedSnippets, fixedHeight, measureEmbedHeight, widgetAddress,
} from './embed.js';

/** Lists the saved scenarios; returns the store's notice (or null). */
export function refreshSaved() {
  const { list, notice } = readSaved();
  renderSaved(document.querySelector('[data-saved-list]'), list);
  return notice;
}

/**
 * Wires the saved-scenarios panel; returns the store's notice for the start-up notices
 * (null when there is none, or inside a widget, where storage is not the reader's concern).
 */
export function wireSaved() {
  const status = document.querySelector('[data-save-status]');
  document.querySelector('[data-save-form]').addEventListener('submit', (event) => {
    event.preventDefault();
    const field = document.querySelector('#save-name');
    const name = field.value.trim();
    const replacing = readSaved().list.some((item) => item.name === name);
    const problem = saveScenario(field.value, scenarioText());
    status.textContent = problem ?? say(replacing ? 'replaced' : 'saved', { name });
    if (!problem) field.value = '';
    refreshSaved();
  });
  document.querySelector('[data-saved-list]').addEventListener('click', (event) => {
    const { load, delete: remove } = event.target.dataset;
    if (load !== undefined) {
      const item = readSaved().list.find((s) => s.name === load);
      if (!item) return;
      const parsed = parseScenario(item.scenario, currentLang());
      renderNotices(parsed.notices);
      setInputs(parsed.scenario.inputs, { refresh: true });
      status.textContent = say('loaded', { name: load });
    } else if (remove !== undefined) {
      status.textContent = deleteSaved(remove) ?? say('deleted', { name: remove });
      refreshSaved();
      document.querySelector('#save-name').focus(); // the button is gone: keep focus nearby
    }
  });
  const notice = refreshSaved();
  return notice && !embedRequested() ? notice : null;
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
function updateSnippets() {
  const show = checkedValues('embed-show');
  const charts = checkedValues('embed-chart');
  const theme = document.querySelector('[data-embed-theme]').value;
  const lang = document.querySelector('[data-embed-lang]').value;
  const view = {
    embed: true,
    theme: theme === 'light' ? null : theme, // light is a widget's default
    lang: lang === '' ? null : lang,
    show: show.length === pageFacts().params.length ? null : show,
    charts: charts.length === pageFacts().charts.length ? null : charts,
  };
  const text = writeScenario({ inputs: inputs(), view });
  const title = facts(lang).page.widget_title; // in the widget's language, not the page's
  // Both snippets carry the measured height: the iframe shows the widget whole even
  // where the host runs no script.
  const kinds = ['script', 'iframe'];
  for (const kind of kinds) {
    const field = document.querySelector(`[data-snippet="${kind}"]`);
    field.value = say('measuring');
    field.dataset.pending = '1';
    document.querySelector(`[data-copy="${kind}"]`).disabled = true;
  }
  measureEmbedHeight(widgetAddress(text)).then((measured) => {
    if (measured === null) return; // a newer choice is being measured, or it failed
    const snippets = embedSnippets(text, fixedHeight(measured), title);
    for (const kind of kinds) {
      const field = document.querySelector(`[data-snippet="${kind}"]`);
      field.value = snippets[kind];
      delete field.dataset.pending;
      document.querySelector(`[data-copy="${kind}"]`).disabled = false;
    }
  });
  document.querySelector('[data-embed-local]').hidden = location.protocol !== 'file:';
}

function openEmbedDialog() {
  const dialog = document.querySelector('[data-embed-dialog]');
  // The widget's language is fixed in the snippet: the article's, by default the page's.
  document.querySelector('[data-embed-lang]').replaceChildren(...pageFacts().languages.map((l) => {
    const option = new Option(l.name, l.tag, false, l.tag === currentLang());
    option.lang = l.tag;
    return option;
  }));
  const visible = view().show ?? ['capex', 'energy', 'revenue'];
  document.querySelector('[data-embed-sliders]').replaceChildren(...pageFacts().params.map((s) => {
    const label = pickBox('embed-show', s.key, s.label);
    label.querySelector('input').checked = visible.includes(s.key);
    return label;
  }));
  document.querySelector('[data-embed-charts]').replaceChildren(...pageFacts().charts.map((chart) => {
    const label = pickBox('embed-chart', chart.id, chart.title);
    label.querySelector('input').checked = !document.querySelector(`figure[data-figure="${chart.id}"]`).hidden;
    return label;
  }));
  updateSnippets();
  if (typeof dialog.showModal === 'function') dialog.showModal(); // Safari 15.4+
  else dialog.setAttribute('open', '');
}

export function wireEmbedDialog() {
  const dialog = document.querySelector('[data-embed-dialog]');
  document.querySelector('[data-action="embed"]').addEventListener('click', openEmbedDialog);
  dialog.addEventListener('change', updateSnippets);
  dialog.addEventListener('click', async (event) => {
    if (event.target.matches('.close') && typeof dialog.showModal !== 'function') {
      event.preventDefault(); // no <dialog> support (before Safari 15.4): close by hand
      dialog.removeAttribute('open');
      return;
    }
    const which = event.target.dataset.copy;
    if (!which) return;
    const field = document.querySelector(`[data-snippet="${which}"]`);
    const status = document.querySelector('[data-copy-status]');
    try {
      await navigator.clipboard.writeText(field.value);
      status.textContent = say('copied');
    } catch (error) {
      field.select();
      status.textContent = say('copy_select');
    }
  });
}
