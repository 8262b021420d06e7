// The view without scripts (the build-time figures and charts in [data-static]) kept to
// the current scenario once the reader pauses, so that a copy of the page saved without
// its scripts (Chrome's MHTML, Android's "download page") shows the figures and charts
// the reader saw, in the reader's language, rather than the defaults.
import { fill } from './words.js';

/** The view follows the reader after this pause: five SVGs are not redrawn per input. */
const DELAY_MS = 1000;
/** The size the build draws the static charts at (src/noscript.rs). */
const SIZE = [800, 460];
let timer = null;
/** The refresh under way: a newer one stops it between two of its steps. */
let current = 0;

/** Runs `fn` when the main thread is idle (after a 0 ms timer where the engine cannot tell). */
const whenIdle = (fn) => (window.requestIdleCallback ? requestIdleCallback(fn) : setTimeout(fn, 0));

/**
 * Brings the static view up to date after a pause (`state` gives the latest of everything),
 * one step per idle moment: the scenario and its run of draws, each chart, then all of it
 * put in the page at once (a refresh stopped midway leaves the block as it was).
 * In one task it took 30-34 ms on a phone at 4x (74-81 ms the first time), long enough to
 * hold up a drag that starts then.
 */
export function scheduleStaticView(state) {
  clearTimeout(timer);
  current += 1;
  const run = current;
  timer = setTimeout(() => {
    let steps = null;
    const next = () => whenIdle(() => {
      if (run !== current) return; // a newer scenario: its own refresh follows
      if (steps) steps.shift()?.();
      else steps = refreshSteps(state());
      if (steps.length) next();
    });
    next();
  }, DELAY_MS);
}

/** The headline figures as the static list shows them: "Label in 2026: <strong>value</strong>". */
function figureItems(facts, update) {
  return facts.figures.filter((f) => f.section === 'headline').map((f) => {
    const item = document.createElement('li');
    const when = f.when
      ? `${facts.numbers.sentence_gap}${fill(facts.numbers.in_year, { year: update.first.year })}`
      : '';
    const value = document.createElement('strong');
    value.textContent = update.figures[f.key] ?? '';
    item.append(`${f.label}${when}: `, value);
    return item;
  });
}

/**
 * The steps that redraw the static block of the page's language for the scenario of
 * `update`: one per chart, then one that puts the texts and charts in the block and marks
 * the scenario it shows (`html[data-static-scenario]`).
 */
function refreshSteps({ calculator, facts, update, scenario }) {
  const block = document.querySelector(`[data-static-lang="${facts.lang}"]`);
  if (!block || !update) return [];
  const figures = block.querySelectorAll('figure.chart');
  const drawn = []; // [figure, svg, caption]
  const charts = facts.charts.map((chart, i) => () => {
    const figure = figures[i];
    if (!figure) return;
    const svg = new DOMParser().parseFromString(calculator.svg(chart.id, false, ...SIZE, '', ''), 'image/svg+xml').documentElement;
    if (svg.nodeName !== 'svg') return; // a parse error: keep the chart it had
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', chart.title);
    drawn.push([figure, document.importNode(svg, true), calculator.describe(chart.id)]);
  });
  const show = () => {
    for (const other of document.querySelectorAll('[data-static-lang]')) other.open = other === block;
    block.querySelector('[data-static-shown]').textContent = facts.fallback.saved;
    block.querySelector('.sentence').textContent = update.sentence;
    block.querySelector('.noscript-figures').replaceChildren(...figureItems(facts, update));
    for (const [figure, svg, caption] of drawn) {
      figure.querySelector('svg')?.replaceWith(svg);
      figure.querySelector('figcaption').textContent = caption;
    }
    document.documentElement.dataset.staticScenario = scenario;
  };
  return [...charts, show];
}
