// Layout facts the stylesheet cannot settle: the order of the charts and the controls in
// the document (the tab order) and whether the formulas block scrolls.
import { say } from './words.js';

const phone = window.matchMedia('(max-width: 760px)');

/**
 * Puts the charts and the controls in the document in the order the screen shows them, so
 * that the tab order follows what the reader sees: the controls first beside the charts
 * (and in a widget, which stacks them), the charts first where they stack above the
 * controls on a phone.
 */
export function orderWorkspace() {
  const charts = document.querySelector('[data-charts]');
  const controls = document.querySelector('#controls');
  const chartsFirst = phone.matches && !document.documentElement.classList.contains('embed');
  const isFirst = charts.nextElementSibling === controls;
  if (chartsFirst !== isFirst) {
    if (chartsFirst) controls.before(charts);
    else controls.after(charts);
  }
}

/**
 * Whether `element` is in a section that `content-visibility: auto` skips (off-screen).
 * Measuring it would lay that section out first: at start, a second full layout before
 * the first paint (9-20 ms at 1x). Where the engine cannot tell, false.
 */
export const skipped = (element) => element.checkVisibility?.({ contentVisibilityAuto: true }) === false;

/** Makes the formulas block focusable (to scroll it by keyboard) while it scrolls. */
export function watchFormulas() {
  const block = document.querySelector('.formulas');
  const update = () => {
    if (skipped(block)) return; // the observer reports it again once its section is laid out
    const scrolls = block.scrollWidth > block.clientWidth + 1;
    if (scrolls === block.hasAttribute('tabindex')) return;
    if (scrolls) {
      block.tabIndex = 0;
      block.setAttribute('role', 'region');
      block.setAttribute('aria-label', say('formulas_label'));
    } else {
      for (const name of ['tabindex', 'role', 'aria-label']) block.removeAttribute(name);
    }
  };
  // The block sits in a section with content-visibility: auto, whose contents report no
  // resizes while off screen: the window's resizes are watched too.
  new ResizeObserver(update).observe(block);
  window.addEventListener('resize', update);
  update();
}

/**
 * A new rule of the page's own stylesheet for `selector`, for the page to set properties
 * on, or null. Not a `style` attribute: a copy the browser saves keeps attributes, and
 * the page's policy refuses inline styles.
 */
function ownRule(selector) {
  const sheet = document.head.querySelector('style')?.sheet; // the page's one stylesheet
  return sheet ? sheet.cssRules[sheet.insertRule(`${selector} {}`, sheet.cssRules.length)] : null;
}

/**
 * Hands the stylesheet the height of the charts that a phone keeps at the top of the
 * screen (`--charts-height` on the controls): a control that the focus or a link scrolls
 * to lands below them, not behind them (style.css, `scroll-margin-top`).
 */
export function watchStickyCharts() {
  const charts = document.querySelector('[data-charts]');
  const rule = ownRule('#controls');
  // Read when it resized: its layout is fresh then, and offsetHeight costs nothing.
  if (rule) new ResizeObserver(() => rule.style.setProperty('--charts-height', `${charts.offsetHeight}px`)).observe(charts);
}

/**
 * Keeps the preset's source at the tallest it has been at this width. A drag that leaves a
 * preset's scenario replaces its source (four lines on a phone) with one line, and every
 * slider below moved up under the reader's finger, 62 px at 390 px wide: in WebKit, which
 * has no scroll anchoring, and in Chromium in a page test at 360 px.
 */
export function holdPresetSource() {
  const source = document.querySelector('[data-preset-source]');
  const rule = ownRule('[data-preset-source]');
  if (!rule) return;
  let tallest = 0;
  // Its exact height: a rounded one could be taller, and an element grown inside its own
  // observer's report is an error ("ResizeObserver loop completed with undelivered
  // notifications"). Held at its own height, it does not change size.
  const hold = () => {
    const height = source.getBoundingClientRect().height;
    if (height <= tallest) return;
    tallest = height;
    rule.style.setProperty('min-height', `${height}px`);
  };
  new ResizeObserver(hold).observe(source);
  let width = innerWidth;
  window.addEventListener('resize', () => {
    if (innerWidth === width) return;
    width = innerWidth; // its lines wrap anew: held from its own height again
    tallest = 0;
    rule.style.removeProperty('min-height');
    hold();
  });
}
