// The page's state, owned here and nowhere else: the calculator, the facts from Rust,
// the inputs and view, and the one path that changes the inputs: `setInputs()` sets
// them, shows them in the controls, redraws and writes the link.
import { Calculator, facts, presetInputs, writeScenario } from './wasm.js';
import { showInputValue, showFieldError } from './controls.js';
import {
  markChancesPending, renderChances, renderOffScreen, renderScenarioRecord, renderUpdate, renderYearTable,
} from './render.js';
import { renderCharts, requestsFor } from './charts.js';
import { linkFor, scheduleFragment, writeFragment } from './url.js';
import { showFailure } from './failure.js';
import { currentLang, say, setWords } from './words.js';
import { drawsInWorker, runChances as drawChances } from './drawing.js';
import { scheduleStaticView } from './staticview.js';

const app = {
  calculator: null,
  facts: null,
  inputs: {},
  view: {},
  update: null, // what the calculator last returned for the inputs
  presetId: null, // the preset last chosen, shown while the inputs still match it
  startInputs: null, // the scenario the page opened with: `compare=start`
  baseline: null, // what the charts compare with: {inputs, name}, or null
};

/** Creates the calculator and reads the facts in `lang` (after the wasm has started). */
export function initState(lang) {
  app.calculator = new Calculator();
  return useLanguage(lang);
}

/** Speaks `lang` from now on: the calculator's numbers and the facts' texts. */
export function useLanguage(lang) {
  app.calculator.setLanguage(lang);
  app.facts = facts(lang);
  setWords(app.facts);
  if (app.startInputs) applyBaseline(); // its name is in the language
  return app.facts;
}

/** What the charts and figures compare with (`compare=`; none given: the start). */
export const compareChoice = () => app.view.compare ?? 'start';

/** The comparison's name, in the charts' legends and after the figures' changes. */
export function baselineName() {
  const choice = compareChoice();
  if (choice === 'start') return say('started');
  return app.facts.presets.find((p) => p.id === choice)?.name ?? '';
}

/** Hands the calculator the comparison scenario of `compare=` and its name. */
export function applyBaseline() {
  const choice = compareChoice();
  const base = choice === 'none' ? null : choice === 'start' ? app.startInputs : inputsOfPreset(choice);
  app.baseline = base ? { inputs: base, name: baselineName() } : null;
  app.calculator.setBaseline(base, base ? baselineName() : '');
}

/** What the charts draw: the inputs, their language, theme and comparison. */
export function scene() {
  return { lang: currentLang(), inputs: app.inputs, baseline: app.baseline, dark: isDark() };
}

export const calculator = () => app.calculator;

/** The inputs of the main thread's last run of draws (when the worker draws the charts). */
let rangesFor = null;

/**
 * The calculator, for a download, a print or a saved copy: where the charts are drawn in
 * the worker, its run of draws is made here too (the same seed: the same ranges), so that
 * what is exported shows the ranges the screen shows.
 */
export function exportingCalculator() {
  if (drawsInWorker() && rangesFor !== app.inputs) {
    try {
      app.calculator.chances(DRAWS);
      rangesFor = app.inputs;
    } catch (error) {
      // The chart is exported without its ranges; the screen says what failed.
    }
  }
  return app.calculator;
}
export const pageFacts = () => app.facts;
export const inputs = () => app.inputs;
export const view = () => app.view;
export const currentUpdate = () => app.update;

/** The specification of input `key`, or undefined. */
export function specOf(key) {
  return app.facts.params.find((s) => s.key === key);
}

/** The default inputs. */
export function defaultInputs() {
  return Object.fromEntries(app.facts.params.map((s) => [s.key, s.default]));
}

/** The inputs of the preset `id` (null for an unknown id). */
export function inputsOfPreset(id) {
  if (!app.facts.presets.some((p) => p.id === id)) return null;
  return presetInputs(id);
}

/** Whether charts should be dark: `theme=` if set, else the reader's system setting. */
export function isDark() {
  // A widget sits in an article, which is light far more often than not: light unless
  // its theme= says otherwise. The full page follows the reader's system.
  const theme = app.view.theme ?? (embedRequested() ? 'light' : 'auto');
  if (theme !== 'auto') return theme === 'dark';
  return darkQuery.matches;
}
/** Asked on every input (the scene's theme): made once. */
const darkQuery = window.matchMedia('(prefers-color-scheme: dark)');

/** Whether the page is a widget: `embed=1` in the fragment or `?embed` in the query. */
export function embedRequested(someView = app.view) {
  return Boolean(someView.embed) || embedInQuery;
}
/** The query never changes (the page writes only its fragment): read once. */
const embedInQuery = new URLSearchParams(location.search).has('embed');

/** The scenario as text; after a failure of the wasm, the address's own text. */
export function scenarioText(someView = app.view) {
  try {
    return writeScenario({ inputs: app.inputs, view: someView });
  } catch (error) {
    return location.hash.replace(/^#/, '');
  }
}

export function setView(next) {
  app.view = next;
}

/** Remembers the preset the reader chose (shown while the inputs still match it). */
export function choosePreset(id) {
  app.presetId = id;
}

/**
 * Runs the model and redraws everything, in the same frame as the input event (with
 * `lazy`, a slider's drag: the sections the browser skips off-screen wait, render.js).
 */
export function redraw({ lazy = false } = {}) {
  const first = app.update === null;
  try {
    app.update = app.calculator.update(app.inputs, app.presetId);
  } catch (error) {
    showFailure(error, scenarioText());
    return;
  }
  renderUpdate(app.update, app.facts, baselineName(), { lazy });
  renderCharts(app.calculator, scene());
  renderYearTable(app.calculator, app.facts);
  updateFullLink();
  // At start the chances come at once: the worker draws the charts once, with their
  // ranges (it draws after the messages already queued).
  if (first) runChances(); else scheduleChances();
  scheduleRecord();
  scheduleStaticView(() => ({
    calculator: exportingCalculator(), facts: app.facts, update: app.update, scenario: scenarioText(),
  }));
}

/** The announcement and the scenario's record for print and saved copies follow the reader after a pause. */
const RECORD_DELAY_MS = 300;
let recordTimer = null;

function scheduleRecord() {
  clearTimeout(recordTimer);
  recordTimer = setTimeout(() => {
    renderOffScreen();
    renderScenarioRecord(app.calculator, app.inputs, linkFor(scenarioText()), app.update);
  }, RECORD_DELAY_MS);
}

/** Writes the scenario's record now (before printing: no pause to wait for). */
export function recordNow() {
  clearTimeout(recordTimer);
  renderOffScreen(); // a print in the middle of a drag shows every figure current
  renderScenarioRecord(app.calculator, app.inputs, linkFor(scenarioText()), app.update);
}

/** The embed's link to the full calculator: same scenario, no view options. */
function updateFullLink() {
  if (!document.documentElement.classList.contains('embed')) return; // only embeds show it
  const link = document.querySelector('[data-full-link]');
  const href = linkFor(scenarioText({ lang: app.view.lang ?? null })).replace(/\?[^#]*/, '');
  if (link.getAttribute('href') !== href) link.href = href;
}

/** Draws for the chances: enough for about half a point of precision. */
const DRAWS = 2000;
/** The chances follow the reader's last input after this pause, not every input event. */
const CHANCES_DELAY_MS = 60;
/** ... and at least this often during a long drag, so they never lag far behind. */
const CHANCES_MAX_WAIT_MS = 250;
let chancesTimer = null;
let chancesWaitingSince = null;

/**
 * Runs the draws for the current inputs (in the charts' worker where they are drawn there)
 * and shows their chances and, once the reader has paused (`paused`), the ranges behind the
 * charts' lines. While the reader drags, the ranges stay off: a range drawn for the scenario
 * of 250 ms ago would show another scenario's spread around this one's lines.
 */
function runChances(paused = true) {
  clearTimeout(chancesTimer);
  chancesTimer = null;
  chancesWaitingSince = null;
  chancesStarted = performance.now();
  // The charts that draw ranges, now with this scenario's behind their lines.
  const ranged = paused ? app.facts.charts.filter((c) => c.ranges).map((c) => c.id) : [];
  drawChances(DRAWS, requestsFor(ranged), scene());
}
let chancesStarted = 0;

/**
 * The chances of a run of draws arrive (or its `error`); `here`: the page's own calculator
 * made the run (its first screen's, while the worker starts), so an export needs no other.
 */
export function showChances(texts, error, here = false) {
  if (error) {
    showFailure(new Error(error), scenarioText());
    return;
  }
  if (here) rangesFor = app.inputs;
  renderChances(texts);
  if (performance.measure) performance.measure('roi-gap:chances', { start: chancesStarted }); // the benchmark reads these
}

/**
 * Recomputes the chances once the reader pauses (2,000 draws take a few ms: not every
 * frame), or after 250 ms of dragging; until then the chances are marked as busy.
 */
function scheduleChances() {
  markChancesPending();
  clearTimeout(chancesTimer);
  const now = performance.now();
  chancesWaitingSince ??= now;
  const overdue = chancesWaitingSince + CHANCES_MAX_WAIT_MS - now;
  if (overdue < CHANCES_DELAY_MS) {
    // A long drag: the chances now (and again every 250 ms), the ranges after the pause.
    chancesTimer = setTimeout(() => {
      runChances(false);
      chancesTimer = setTimeout(runChances, CHANCES_DELAY_MS);
    }, Math.max(0, overdue));
  } else {
    chancesTimer = setTimeout(runChances, CHANCES_DELAY_MS);
  }
}

/**
 * The one way to change the inputs: sets `next` (every key), shows what changed in the
 * controls (every control with `refresh`, which also clears their messages), leaving
 * alone `except`, the control being used; redraws (`lazy`: see `redraw`); and writes the
 * link: at once when `write` is 'now', else 'soon' (once the reader pauses: while they drag).
 */
export function setInputs(next, { write = 'now', except = null, refresh = false, lazy = false } = {}) {
  const previous = app.inputs;
  app.inputs = { ...next };
  if (app.startInputs === null) {
    app.startInputs = { ...next }; // the scenario the page opened with
    applyBaseline();
  }
  for (const spec of app.facts.params) {
    if (!refresh && previous[spec.key] === app.inputs[spec.key]) continue;
    showInputValue(spec, app.inputs[spec.key], except);
    if (refresh) showFieldError(spec.key, '');
  }
  redraw({ lazy });
  if (write === 'now') writeFragment(scenarioText());
  else scheduleFragment(() => scenarioText());
}
