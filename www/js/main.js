// The page's entry point: starts the wasm (or shows the static figures and charts when
// this browser cannot run it), builds the page from the facts and wires the events.
import { browserLanguage, parseLink, parseScenario, readTyped, startWasm } from './wasm.js';
import {
  choosePreset, defaultInputs, embedRequested, initState, inputs, isDark, inputsOfPreset,
  redraw, scenarioText, setInputs, setView, specOf, view, calculator, pageFacts, currentUpdate,
  useLanguage, recordNow, applyBaseline, compareChoice, scene, showChances, exportingCalculator,
} from './state.js';
import { applyTexts, currentLang, say } from './words.js';
import {
  applyShow, buildControls, buildPresetMenu, showFieldError, showInputValue, valueAt,
} from './controls.js';
import {
  buildFigures, renderNotices, renderOffScreen, renderSources, renderYearTable,
} from './render.js';
import {
  applyTabs, buildCharts, buildTabs, chartCanvases, chartRequest, freshen, labelCharts, onFirstScreen,
  renderCharts, renderPrintCharts, showChartFailure, showTab, watchCanvases,
} from './charts.js';
import { showReadout, wireReadouts } from './readouts.js';
import {
  drawFirstScreen, pickOn, prepareWorker, startDrawer, startWorker,
} from './drawing.js';
import { settle, settleSoon, startHistory } from './history.js';
import {
  holdPresetSource, orderWorkspace, watchFormulas, watchStickyCharts,
} from './layout.js';
import { addressFor, linkFor, shareLink, startingLink, writeFragment } from './url.js';
import { startHeightReports, wireFullLink } from './embed.js';
import { wireDownloads } from './downloads.js';
import { refreshSaved, wireEmbedDialog, wireSaved } from './panels.js';
import { catchStrayErrors, messageOf, showStaticFallback } from './failure.js';

/** Applies the view options: theme, which sliders and charts, embed mode. */
function applyView() {
  const root = document.documentElement;
  const shown = view();
  root.dataset.theme = isDark() ? 'dark' : 'light';
  root.classList.toggle('embed', embedRequested());
  applyShow(shown.show ?? null);
  const embedded = root.classList.contains('embed');
  if (embedded) {
    // A widget has no returns section: the charts placed there join the others.
    const charts = document.querySelector('[data-charts]');
    for (const figure of document.querySelectorAll('[data-charts-returns] figure')) charts.append(figure);
  }
  document.querySelector('.controls').hidden = embedded && Array.isArray(shown.show) && shown.show.length === 0;
  for (const figure of document.querySelectorAll('figure[data-figure]')) {
    figure.hidden = shown.charts != null && !shown.charts.includes(figure.dataset.figure);
  }
  applyTabs();
  orderWorkspace();
  document.querySelector('[data-compare]').value = compareChoice();
}

/** The language of the reader's browser (`navigator.languages`), for links without `lang=`. */
function readerLanguage() {
  const languages = navigator.languages?.length ? navigator.languages : [navigator.language ?? 'en'];
  return browserLanguage([...languages].filter((l) => typeof l === 'string'));
}

/** Builds everything on the page that has words, from `facts`, in their language. */
function buildPage(facts) {
  applyTexts();
  buildControls(document.querySelector('[data-controls]'), facts);
  buildPresetMenu(document.querySelector('[data-preset]'), facts.presets);
  buildFigures(facts);
  buildCompareMenu(document.querySelector('[data-compare]'), facts.presets);
  renderSources(facts.params);
  const switcher = document.querySelector('[data-language]');
  switcher.replaceChildren(...facts.languages.map((l) => {
    const option = new Option(l.name, l.tag, false, l.tag === facts.lang);
    option.lang = l.tag; // each name in its own language, for screen readers
    return option;
  }));
  document.querySelector('[data-language-box]').hidden = false;
}

/**
 * Shows the page in `lang` (a tag): every text rebuilt, the scenario kept, and (unless
 * the caller sets new inputs next) everything shown again in the new language.
 */
function switchLanguage(lang, { reshow = true } = {}) {
  if (lang === currentLang()) return;
  const facts = useLanguage(lang);
  buildPage(facts);
  labelCharts(facts);
  buildTabs(facts);
  applyView();
  refreshSaved();
  renderNotices([]); // they were in the other language
  if (reshow) setInputs(inputs(), { refresh: true, write: 'now' });
}

/**
 * Loads the scenario in the URL fragment (`parsed` when the caller has parsed it
 * already); bad parts become notices, never errors.
 */
function loadFragment(startNotices = [], parsed = parseLink(location.hash, readerLanguage())) {
  setView(parsed.scenario.view);
  switchLanguage(parsed.lang, { reshow: false });
  applyBaseline();
  // Inside a widget the upgrade of an old embed's link is not the reader's concern.
  const notices = embedRequested()
    ? parsed.notices.filter((n) => n.kind !== 'upgraded')
    : parsed.notices;
  renderNotices([...startNotices, ...notices]);
  applyView();
  // A link made by an earlier version is rewritten in place at once (its notice says so).
  const upgraded = parsed.notices.some((n) => n.kind === 'upgraded');
  setInputs(parsed.scenario.inputs, { write: upgraded ? 'now' : 'soon', refresh: true });
}

/** A value typed or dragged into the control of `target.name`. */
function onValue(target) {
  const spec = specOf(target.name);
  if (!spec) return;
  settleSoon(scenarioText); // one history entry once the reader pauses
  if (target.type === 'range') {
    showFieldError(spec.key, '');
    setInputs({ ...inputs(), [spec.key]: valueAt(spec, Number(target.value)) }, { write: 'soon', except: target, lazy: true });
  } else {
    const typed = readTyped(spec.key, target.value, currentLang());
    showFieldError(spec.key, typed.message);
    if (typed.value === null) return;
    setInputs({ ...inputs(), [spec.key]: typed.value }, { write: 'soon', except: target });
  }
}

function onPreset(event) {
  const next = inputsOfPreset(event.target.value);
  if (!next) return;
  choosePreset(event.target.value);
  setInputs(next, { refresh: true });
  settle(scenarioText());
}

/** The comparison menu: where the reader started, each preset, or nothing. */
function buildCompareMenu(select, presets) {
  select.replaceChildren(
    new Option(say('compare_start'), 'start'),
    ...presets.map((p) => new Option(p.name, p.id)),
    new Option(say('compare_none'), 'none'),
  );
  select.value = compareChoice();
}

function onCompare(event) {
  const choice = event.target.value;
  setView({ ...view(), compare: choice === 'start' ? null : choice });
  applyBaseline();
  redraw();
  writeFragment(scenarioText());
  settle(scenarioText());
}

/** While a slider of a group moves, a narrow screen shows the chart that group moves most. */
function followGroup(target) {
  const group = target.closest?.('fieldset.group')?.dataset.group;
  const chart = pageFacts().groups.find((g) => g.id === group)?.chart;
  if (chart) showTab(chart);
}

/** A widget's Undo and Redo: show the scenario of `text` (its inputs; the view stays). */
function restoreScenario(text) {
  const parsed = parseScenario(text, currentLang());
  setInputs(parsed.scenario.inputs, { refresh: true, write: 'now' });
}

function wireEvents() {
  const controls = document.querySelector('[data-controls]');
  controls.addEventListener('input', (e) => onValue(e.target));
  controls.addEventListener('change', (e) => {
    const spec = specOf(e.target.name);
    if (spec && e.target.type === 'number') {
      showInputValue(spec, inputs()[spec.key]); // the value the model uses: valid again
      showFieldError(spec.key, '');
    }
    renderOffScreen(); // a drag's end: the sections off-screen catch up
    writeFragment(scenarioText());
  });
  controls.addEventListener('pointerdown', (e) => followGroup(e.target));
  controls.addEventListener('focusin', (e) => followGroup(e.target));
  document.querySelector('[data-preset]').addEventListener('change', onPreset);
  document.querySelector('[data-compare]').addEventListener('change', onCompare);
  document.querySelector('[data-language]').addEventListener('change', (event) => {
    // A language the reader chose is kept in the link; one from the browser is not.
    setView({ ...view(), lang: event.target.value });
    switchLanguage(event.target.value);
  });
  document.querySelector('[data-action="reset"]').addEventListener('click', () => {
    setInputs(defaultInputs(), { refresh: true });
    settle(scenarioText()); // Undo brings the scenario back
  });
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
  document.querySelector('[data-year-table]').addEventListener('toggle', () => renderYearTable(calculator(), pageFacts()));
  // The skip link moves focus without touching the address, which holds the scenario.
  document.querySelector('.skip').addEventListener('click', (event) => {
    event.preventDefault();
    // A bare focus() scrolls a block taller than the screen where the engine likes (Chromium
    // put the top of the assumptions 1,172 px above the screen): their top comes into view.
    const controls = document.querySelector('#controls');
    controls.focus({ preventScroll: true });
    controls.scrollIntoView();
  });
  window.addEventListener('hashchange', () => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (id && !id.includes('=') && document.getElementById(id)) return; // a link to a section
    loadFragment();
  });
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => { applyView(); redraw(); });
  window.addEventListener('beforeprint', () => {
    recordNow();
    renderPrintCharts(exportingCalculator());
  });
  wireReadouts((chart, op, args) => {
    freshen(chart, scene());
    pickOn(chartRequest(chart), op, args, scene());
  }, chartRequest);
  watchFormulas();
  watchStickyCharts();
  holdPresetSource();
  window.matchMedia('(max-width: 760px)').addEventListener('change', orderWorkspace);
}

/** Shows the static figures and charts because of `error`, as a widget where asked. */
function fallBack(error) {
  document.querySelector('[data-failure]').hidden = true; // the static block says it all
  showStaticFallback(messageOf(error));
  startHeightReports();
}

/**
 * How long unpacking and compiling the wasm may take before the reader gets the static
 * figures and charts instead (an engine whose gunzip or compile never finishes): <main>
 * is hidden until the page is built (style.css), so a start that hung would show nothing.
 * At Lighthouse's 4x throttling, on this project's test machine, that took 33-37 ms.
 */
const WASM_LIMIT_MS = 10_000;

/**
 * Calls `onLimit`, once, when the page has been shown for WASM_LIMIT_MS without the returned
 * function being called: time in the background (a tab behind others, a phone's other
 * app) does not count, and the limit starts again when the page comes back.
 */
function wasmLimit(onLimit) {
  let timer = null;
  const stop = () => {
    clearTimeout(timer);
    document.removeEventListener('visibilitychange', shown);
  };
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (document.hidden) {
        arm();
        return;
      }
      stop();
      onLimit();
    }, WASM_LIMIT_MS);
  };
  function shown() {
    if (!document.hidden) arm();
  }
  document.addEventListener('visibilitychange', shown);
  arm();
  return stop;
}

async function start() {
  performance.mark?.('roi-gap:module'); // the benchmark splits the start at these marks
  document.documentElement.classList.remove('no-js');
  document.documentElement.dataset.starting = ''; // the head's guard: this module runs
  document.documentElement.removeAttribute('data-ready'); // a saved copy's, from before
  let module;
  let gaveUp = false;
  const withinLimit = wasmLimit(() => {
    gaveUp = true;
    startWorker(null); // no wasm for it
    fallBack(new Error(`it did not start within ${WASM_LIMIT_MS / 1000} seconds`));
    document.documentElement.removeAttribute('data-building'); // start() may never settle
  });
  try {
    prepareWorker(); // it boots while the wasm is unpacked and compiled
    module = await startWasm();
    if (gaveUp) return; // too late: the static figures and charts show, and the worker went
    performance.mark?.('roi-gap:wasm');
    startWorker(module); // it starts while the page builds itself
  } catch (error) {
    if (gaveUp) return;
    startWorker(null); // no wasm for it either
    fallBack(error);
    return;
  } finally {
    withinLimit();
  }
  let storeNotice;
  try {
    const parsed = parseLink(startingLink(), readerLanguage());
    const facts = initState(parsed.lang);
    buildPage(facts);
    buildCharts(facts);
    startDrawer({
      calculator: calculator(),
      canvases: chartCanvases(),
      on: { readout: showReadout, failed: showChartFailure, chances: showChances },
    });
    watchCanvases((ids) => renderCharts(calculator(), scene(), ids));
    setView(parsed.scenario.view); // whether this is a widget decides the storage notice
    storeNotice = wireSaved();
    loadFragment(storeNotice ? [{ message: storeNotice }] : [], parsed);
    drawFirstScreen(onFirstScreen); // before the first frame: no chart shows blank in it
    if (currentUpdate() === null) throw new Error('the model could not run');
  } catch (error) {
    // The wasm started but trapped while the page was being built: nothing interactive
    // can be trusted, so the reader gets the static figures and charts.
    fallBack(error);
    return;
  }
  catchStrayErrors(scenarioText);
  wireEvents();
  wireDownloads();
  wireFullLink();
  wireEmbedDialog();
  startHistory({ embedded: embedRequested(), text: scenarioText(), restore: restoreScenario });
  startHeightReports();
  const root = document.documentElement;
  root.removeAttribute('data-starting');
  root.dataset.ready = '1';
  performance.mark('roi-gap:ready');
  requestAnimationFrame(() => performance.mark('roi-gap:first-frame'));
}

// The page is built, or the static block shows, or it failed: <main> may show (style.css).
start().finally(() => document.documentElement.removeAttribute('data-building'));
