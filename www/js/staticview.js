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

/** Brings the static view up to date after a pause (`state` gives the latest of everything). */
export function scheduleStaticView(state) {
  clearTimeout(timer);
  timer = setTimeout(() => {
    const idle = window.requestIdleCallback ?? ((fn) => fn());
    idle(() => refreshStaticView(state()));
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

/** Redraws the static block of the page's language for the scenario of `update`. */
export function refreshStaticView({ calculator, facts, update, scenario }) {
  const block = document.querySelector(`[data-static-lang="${facts.lang}"]`);
  if (!block || !update) return;
  for (const other of document.querySelectorAll('[data-static-lang]')) other.open = other === block;
  block.querySelector('[data-static-shown]').textContent = facts.fallback.saved;
  block.querySelector('.sentence').textContent = update.sentence;
  block.querySelector('.noscript-figures').replaceChildren(...figureItems(facts, update));
  const figures = block.querySelectorAll('figure.chart');
  facts.charts.forEach((chart, i) => {
    const figure = figures[i];
    if (!figure) return;
    const svg = new DOMParser().parseFromString(calculator.svg(chart.id, false, ...SIZE, '', ''), 'image/svg+xml').documentElement;
    if (svg.nodeName !== 'svg') return; // a parse error: keep the chart it had
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', chart.title);
    figure.querySelector('svg')?.replaceWith(document.importNode(svg, true));
    figure.querySelector('figcaption').textContent = calculator.describe(chart.id);
  });
  document.documentElement.dataset.staticScenario = scenario;
}
