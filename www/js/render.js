// Showing the current scenario's numbers: the headline figures (built from the facts),
// the sentence, the phone's summary bar, the preset it matches, the year table, the
// sources table and the notices. Every text and number comes formatted from Rust.
import { formatInput } from './wasm.js';
import { currentLang, say, sayNumber } from './words.js';
import { showPresetSource } from './controls.js';

/** Builds each `<dl data-figures=SECTION>` from the facts' headline figures. */
export function buildFigures(facts) {
  targets = null; // found again at the next update
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

/**
 * Sets `el`'s text only when it changes, and in its one text node where it has one: setting
 * `textContent` replaces the node, which restyles the element (`.figures dd:empty`) and
 * lays out a new text, on every input event.
 */
function setText(el, text) {
  const node = el.firstChild;
  if (node !== null && node === el.lastChild && node.nodeType === Node.TEXT_NODE) {
    if (node.data !== text) node.data = text;
  } else if (el.textContent !== text) {
    el.textContent = text;
  }
}

let shownPreset; // the preset whose source is on screen (undefined: none yet)

/**
 * The elements an update writes to, found once (a slider's input event would otherwise
 * search the whole page for them); `buildFigures` makes them anew.
 */
let targets = null;
/** What each change element shows: its text and the comparison it is against. */
const deltasShown = new WeakMap();

function updateTargets() {
  if (targets) return targets;
  const all = (selector) => [...document.querySelectorAll(selector)];
  targets = {
    outputs: all('[data-out]'),
    deltas: all('[data-delta]'),
    sentence: document.querySelector('[data-sentence]'),
    ticker: document.querySelector('[data-ticker]'),
    irrNote: document.querySelector('[data-irr-note]'),
    firstYears: all('[data-first-year]'),
    lastYears: all('[data-last-year]'),
    preset: document.querySelector('[data-preset]'),
    presetSource: document.querySelector('[data-preset-source]'),
  };
  const { outputs, deltas, sentence, irrNote, firstYears, lastYears } = targets;
  watchSections([...outputs, ...deltas, sentence, irrNote, ...firstYears, ...lastYears]);
  return targets;
}

/**
 * The sections holding figures that are off-screen (an IntersectionObserver). While a
 * slider is dragged their texts wait: writing them cost a phone's frame paint and layout
 * all the same, skipped by `content-visibility` or not (a probe at 4x: over a frame on 29
 * of 317 inputs with them, 8 of 323 without). A finger on a slider does not scroll the
 * page; they are written when the drag ends, after a pause, and when one comes within
 * a quarter of a screen of the view (`renderOffScreen`; more than a wheel's step on a
 * screen over 400 px tall: a shorter one may show a resting section blank for a frame). Not
 * half a screen: a phone's drag of capex left the headline 370 px above a 844 px screen,
 * inside that margin, written and rendered on every input. Until the observer's first
 * report every section counts as shown.
 */
const offScreenSections = new Set();
/** The arguments of the last `renderUpdate` that left sections off-screen behind, or null. */
let offScreen = null;
let sectionWatch = null;

function watchSections(elements) {
  sectionWatch?.disconnect();
  offScreenSections.clear();
  sectionWatch = new IntersectionObserver((entries) => {
    for (const { target, isIntersecting } of entries) {
      if (isIntersecting) offScreenSections.delete(target); else offScreenSections.add(target);
    }
    renderOffScreen();
  }, { rootMargin: '25% 0px' }); // written before they show (a wheel while dragging)
  for (const section of new Set(elements.map((el) => el.closest('section') ?? el))) sectionWatch.observe(section);
}

/**
 * The sections resting: off-screen during a slider's drag, their texts waiting. A resting
 * section is not rendered at all (`data-resting`, style.css: `content-visibility: hidden`,
 * at its remembered size) until its texts are written. Skipped or not, it cost each of a
 * phone's frames its share of layout, paint and layerizing: the engine renders a section
 * with `content-visibility: auto` up to 150% of a screen away. A probe at 4x, the same
 * drags: over a frame on 28 of 317 inputs with them rendered, 5 of 326 resting.
 */
let resting = new Set();

/** Lets `sections` rest, and only them (an attribute already there is left alone). */
function rest(sections) {
  for (const section of [...resting, ...sections]) section.toggleAttribute('data-resting', sections.has(section));
  resting = sections;
}

/** Writes what the last update left for the sections off-screen, if anything. */
export function renderOffScreen() {
  if (offScreen) renderUpdate(...offScreen);
}

/**
 * Shows what `update` (from Calculator.update) says: figures, their changes against the
 * comparison named `baseline`, sentence, preset. With `lazy` (a slider being dragged) the
 * sections off-screen are left for `renderOffScreen`.
 */
export function renderUpdate(update, facts, baseline, { lazy = false } = {}) {
  const els = updateTargets();
  /** The sections whose texts wait for `renderOffScreen` (which then gets this update). */
  const waiting = new Set();
  /** Whether `el` waits, in one of them. */
  const later = (el) => {
    if (!lazy) return false;
    for (const section of offScreenSections) {
      if (section.contains(el)) {
        waiting.add(section);
        return true;
      }
    }
    return false;
  };
  for (const el of els.outputs) {
    const text = update.figures[el.dataset.out];
    if (text !== undefined && !later(el)) setText(el, text);
  }
  const against = `${currentLang()} ${baseline}`; // its words are in the language
  for (const el of els.deltas) {
    if (later(el)) continue;
    const delta = update.deltas[el.dataset.delta] ?? '';
    const text = delta ? `${delta}\u00a0` : '';
    const was = deltasShown.get(el);
    if (was?.text === text && was.against === against) continue;
    deltasShown.set(el, { text, against });
    // While a slider moves only the number changes: its text, not the element's children.
    if (delta && was?.text && was.against === against) {
      el.firstChild.data = text;
      continue;
    }
    el.replaceChildren();
    if (!delta) continue;
    const context = document.createElement('span');
    context.className = 'visually-hidden';
    context.textContent = say('delta_context', { name: baseline });
    el.append(text, context);
  }
  if (!later(els.sentence)) setText(els.sentence, update.sentence);
  setText(els.ticker, update.ticker);
  if (!later(els.irrNote)) {
    setText(els.irrNote, update.irr_note);
    if (els.irrNote.hidden !== (update.irr_note === '')) els.irrNote.hidden = update.irr_note === '';
  }
  for (const el of els.firstYears) if (!later(el)) setText(el, sayNumber('in_year', { year: update.first.year }));
  for (const el of els.lastYears) if (!later(el)) setText(el, sayNumber('by_year', { year: update.last.year }));
  offScreen = waiting.size ? [update, facts, baseline] : null;
  rest(waiting);
  const id = update.preset ?? '';
  if (shownPreset === id && els.preset.value === id) return;
  shownPreset = id;
  els.preset.value = id;
  showPresetSource(els.presetSource, facts.presets.find((p) => p.id === id));
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
  // A new text node, not the old one's data: some screen readers announce only that.
  const announce = document.querySelector('[data-announce]');
  if (update && announce.textContent !== update.ticker) announce.textContent = update.ticker;
  const lines = calculator.exportFooter(link, today());
  setText(document.querySelector('[data-print-lines]'), lines.join('\n'));
  for (const cell of document.querySelectorAll('[data-scenario-value]')) {
    const key = cell.dataset.scenarioValue;
    setText(cell, formatInput(key, inputs[key], currentLang()));
  }
}
