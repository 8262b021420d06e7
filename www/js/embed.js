// Embedding: the widget tells its host page its height, says so where the host's
// sandbox blocks what it does, and the Embed dialog writes the snippets for the current
// scenario, sliders and charts.
import { say } from './words.js';

const HEIGHT_MESSAGE = 'roi-gap:height';
/** What embed.js sends each widget it finds, whenever it arrives: "tell me your height". */
const HELLO_MESSAGE = 'roi-gap:hello';
let lastPostedHeight = 0;

/** The height of the page's content, in CSS pixels. */
function contentHeight() {
  return Math.ceil(document.body.getBoundingClientRect().height);
}

/** Posts the content height to the host page whenever the layout changes (in a frame). */
export function startHeightReports() {
  if (window.parent === window) return;
  const report = (again = false) => {
    const height = contentHeight();
    if (height === lastPostedHeight && !again) return;
    lastPostedHeight = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  // A host script that arrives late (or loads again) asks; the answer is the height now.
  window.addEventListener('message', (event) => {
    if (event.source === window.parent && event.data?.type === HELLO_MESSAGE) report(true);
  });
  new ResizeObserver(() => report()).observe(document.body);
  report();
}

/** The widget's address for `scenarioText` with embed=1, sliders and charts chosen. */
export function widgetAddress(scenarioText) {
  const base = `${location.origin === 'null' ? location.href.split('#')[0] : location.origin + location.pathname}`;
  return `${base}#${scenarioText}`;
}

/** Article column width, in CSS pixels, that the plain iframe's fixed height is made for. */
const MEASURE_WIDTH = 600;
let measuring = null;

/**
 * The widget's real height for `address` in a MEASURE_WIDTH-wide column: loads it in a
 * hidden iframe and takes the height the widget reports. Resolves to null on failure.
 */
export function measureEmbedHeight(address) {
  if (measuring) measuring.cancel();
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    frame.style.cssText = `position:absolute;left:-10000px;top:0;width:${MEASURE_WIDTH}px;height:400px;border:0;visibility:hidden`;
    const finish = (height) => {
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      frame.remove();
      measuring = null;
      resolve(height);
    };
    const onMessage = (event) => {
      const data = event.data;
      if (event.source !== frame.contentWindow || !data || data.type !== HEIGHT_MESSAGE) return;
      if (typeof data.height === 'number' && Number.isFinite(data.height)) settle(data.height);
    };
    // The widget reports again as its charts lay out; take the height once it is still.
    let quiet = null;
    const settle = (height) => {
      clearTimeout(quiet);
      quiet = setTimeout(() => finish(Math.ceil(height)), 250);
    };
    const timer = setTimeout(() => finish(null), 8000);
    measuring = { cancel: () => finish(null) };
    window.addEventListener('message', onMessage);
    frame.src = address;
    document.body.append(frame);
  });
}

/** A fixed height from a measured one: a little spare, rounded up to 10 px. */
export function fixedHeight(measured) {
  return Math.ceil((measured + 24) / 10) * 10;
}

/**
 * The two snippets, both an iframe first (it shows the widget at `height` px, the
 * measured height, with no script at all: a CMS that strips or blocks scripts still
 * shows it), named `title` (the widget's name, in its language): one followed by
 * embed.js, which then makes it fit its content exactly, and the plain iframe.
 */
export function embedSnippets(scenarioText, height, title) {
  const address = widgetAddress(scenarioText);
  const scriptUrl = address.split('#')[0].replace(/[^/]*$/, 'embed.js');
  const attr = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const iframe = `<iframe data-roi-gap src="${attr(address)}" title="${attr(title)}" `
    + `style="width:100%;height:${height}px;border:0" loading="lazy"></iframe>`;
  return { script: `${iframe}\n<script src="${attr(scriptUrl)}" async><\/script>`, iframe };
}

/**
 * Whether a host's sandbox blocks this widget's downloads and new windows: a widget
 * whose origin is opaque (an iframe sandboxed without allow-same-origin; a page from
 * file:// is opaque too, but is not a widget in an article).
 */
export function sandboxed() {
  // `self.origin` is the document's origin ("null" when opaque); `location.origin` is the URL's.
  return window.parent !== window && self.origin === 'null' && location.protocol !== 'file:';
}

/** Says that the host blocks downloads and new windows, with the full calculator's link to copy. */
export function showBlockedHere() {
  const box = document.querySelector('[data-embed-blocked]');
  const field = document.createElement('input');
  field.readOnly = true;
  field.value = document.querySelector('[data-full-link]').href;
  field.setAttribute('aria-label', say('link_label'));
  box.replaceChildren(say('blocked_here'), field);
  box.hidden = false;
  field.select();
}

/**
 * The widget's link to the full calculator, opened by hand so that a host that blocks
 * new windows (a sandbox without allow-popups: `window.open` gives null) is noticed.
 */
export function wireFullLink() {
  document.querySelector('[data-full-link]').addEventListener('click', (event) => {
    if (!document.documentElement.classList.contains('embed')) return;
    event.preventDefault();
    const opened = window.open(event.currentTarget.href, '_blank');
    if (opened) opened.opener = null;
    else showBlockedHere();
  });
}
