// Showing the current scenario's numbers: the headline figures (built from the facts),
// the sentence, the phone's summary bar, the preset it matches, the year table, the
// sources table and the notices. Every text and number comes formatted from Rust.
import { formatInput } from './wasm.js';
import { currentLang, say, sayNumber } from './words.js';
import { showPresetSource } from './controls.js';

/** Builds each `<dl data-figures=SECTION>` from the facts' headline figures. */
export function buildFigures(facts) {
  for (const list of document.querySelectorAll('dl[data-figures]')) {
    list.replaceChildren(...facts.figures.filter((f) => f.section === list.dataset.figures).map((f) => {
      const item = document.createElement('div');
      item.className = 'figure';
      const term = document.createElement('dt');
      term.textContent = f.label;
      if (f.when || f.by_last) {
        const when = document.createElement('span');
        when.className = 'when';
        if (f.when) when.dataset.firstYear = '';
        else when.dataset.lastYear = '';
        term.append(sayNumber('sentence_gap'), when);
      }
      const value = document.createElement('dd');
      value.dataset.out = f.key;
      // Its change against the comparison scenario (empty when none, or unchanged).
      const delta = document.createElement('dd');
      delta.className = 'delta';
      delta.dataset.delta = f.key;
      item.append(term, value, delta);
      return item;
    }));
  }
}

/** Sets `el`'s text only when it changes (no needless DOM work per input event). */
function setText(el, text) {
  if (el.textContent !== text) el.textContent = text;
}

let shownPreset; // the preset whose source is on screen (undefined: none yet)

/** Shows what `update` (from Calculator.update) says: figures, their changes against
 * the comparison named `baseline`, sentence, preset. */
export function renderUpdate(update, facts, baseline) {
  for (const el of document.querySelectorAll('[data-out]')) {
    const text = update.figures[el.dataset.out];
    if (text !== undefined) setText(el, text);
  }
  const against = `${currentLang()} ${baseline}`; // its words are in the language
  for (const el of document.querySelectorAll('[data-delta]')) {
    const delta = update.deltas[el.dataset.delta] ?? '';
    const shown = delta ? `${delta}\u00a0` : '';
    if (el.dataset.shown === shown && el.dataset.against === against) continue;
    // While a slider moves only the number changes: its text, not the element's children.
    if (delta && el.dataset.shown && el.dataset.against === against) {
      el.firstChild.data = shown;
      el.dataset.shown = shown;
      continue;
    }
    el.dataset.shown = shown;
    el.dataset.against = against;
    el.replaceChildren();
    if (!delta) continue;
    const context = document.createElement('span');
    context.className = 'visually-hidden';
    context.textContent = say('delta_context', { name: baseline });
    el.append(shown, context);
  }
  setText(document.querySelector('[data-sentence]'), update.sentence);
  setText(document.querySelector('[data-ticker]'), update.ticker);
  const irrNote = document.querySelector('[data-irr-note]');
  setText(irrNote, update.irr_note);
  if (irrNote.hidden !== (update.irr_note === '')) irrNote.hidden = update.irr_note === '';
  for (const el of document.querySelectorAll('[data-first-year]')) setText(el, sayNumber('in_year', { year: update.first.year }));
  for (const el of document.querySelectorAll('[data-last-year]')) setText(el, sayNumber('by_year', { year: update.last.year }));
  const id = update.preset ?? '';
  const select = document.querySelector('[data-preset]');
  if (shownPreset === id && select.value === id) return;
  shownPreset = id;
  select.value = id;
  showPresetSource(document.querySelector('[data-preset-source]'), facts.presets.find((p) => p.id === id));
}

/** Marks the chances as out of date until the next run of draws is in. */
export function markChancesPending() {
  const list = document.querySelector('[data-figures="chances"]');
  if (list && !list.hasAttribute('aria-busy')) list.setAttribute('aria-busy', 'true');
}

/** Shows the chances of a run of draws (`{p_break_even: "2%", ...}`). */
export function renderChances(chances) {
  for (const [key, text] of Object.entries(chances)) {
    const el = document.querySelector(`[data-out="${key}"]`);
    if (el) setText(el, text);
  }
  document.querySelector('[data-figures="chances"]')?.removeAttribute('aria-busy');
}

/** Fills the year-by-year table (only while it is open: it is not drawn otherwise). */
export function renderYearTable(calculator, facts) {
  const details = document.querySelector('[data-year-table]');
  if (!details.open) return;
  const head = document.createElement('tr');
  for (const title of facts.year_columns) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = title;
    head.append(th);
  }
  const rows = calculator.yearTable().map((cells) => {
    const tr = document.createElement('tr');
    cells.forEach((text, i) => {
      const cell = document.createElement(i === 0 ? 'th' : 'td');
      if (i === 0) cell.scope = 'row';
      cell.textContent = text;
      tr.append(cell);
    });
    return tr;
  });
  const thead = document.createElement('thead');
  thead.append(head);
  const tbody = document.createElement('tbody');
  tbody.append(...rows);
  document.querySelector('[data-years]').replaceChildren(thead, tbody);
}

/** Fills the sources table of the "how the model works" section. */
export function renderSources(specs) {
  const rows = specs.filter((s) => s.source).map((spec) => {
    const tr = document.createElement('tr');
    const name = document.createElement('th');
    name.scope = 'row';
    name.textContent = spec.label;
    const value = document.createElement('td');
    value.textContent = formatInput(spec.key, spec.default, currentLang());
    const current = document.createElement('td');
    current.dataset.scenarioValue = spec.key;
    const source = document.createElement('td');
    source.textContent = spec.source;
    tr.append(name, value, current, source);
    return tr;
  });
  document.querySelector('[data-sources]').replaceChildren(...rows);
}

/** Lists notices (text only: never HTML) and shows the notice bar. */
export function renderNotices(notices) {
  const bar = document.querySelector('.notices');
  const list = bar.querySelector('[data-notices]');
  list.replaceChildren(...notices.map((n) => {
    const li = document.createElement('li');
    li.textContent = n.message;
    return li;
  }));
  bar.hidden = notices.length === 0;
}

/** Today's date as exports and prints say it: 2026-11-22. */
export function today() {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Announces the headline after a pause, and writes down the scenario for print and saved
 * copies: the inputs that differ from the
 * defaults in words with the link and date (shown in print), and each input's value
 * beside its default in the sources table.
 */
export function renderScenarioRecord(calculator, inputs, link, update) {
  // Screen readers hear the slider's value as it moves, and the effect once the reader
  // pauses: the headline in one short sentence (the phone bar's words), politely.
  if (update) setText(document.querySelector('[data-announce]'), update.ticker);
  const lines = calculator.exportFooter(link, today());
  setText(document.querySelector('[data-print-lines]'), lines.join('\n'));
  for (const cell of document.querySelectorAll('[data-scenario-value]')) {
    const key = cell.dataset.scenarioValue;
    setText(cell, formatInput(key, inputs[key], currentLang()));
  }
}
