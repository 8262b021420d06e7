// Embedding: the widget tells its host page its height, and the Embed dialog writes the
// snippets for the current scenario, sliders and charts.

const HEIGHT_MESSAGE = 'roi-gap:height';
let lastPostedHeight = 0;

/** The height of the page's content, in CSS pixels. */
function contentHeight() {
  return Math.ceil(document.body.getBoundingClientRect().height);
}

/** Posts the content height to the host page whenever the layout changes (in a frame). */
export function startHeightReports() {
  if (window.parent === window) return;
  const report = () => {
    const height = contentHeight();
    if (height === lastPostedHeight) return;
    lastPostedHeight = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  new ResizeObserver(report).observe(document.body);
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
 * The two snippets: with embed.js (auto-height) and a plain iframe of `height` px, each
 * with `title` (the widget's name, in its language) as the iframe's accessible name.
 */
export function embedSnippets(scenarioText, height, title) {
  const address = widgetAddress(scenarioText);
  const scriptUrl = address.split('#')[0].replace(/[^/]*$/, 'embed.js');
  const attr = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const text = attr(scenarioText);
  title = attr(title);
  return {
    script: `<div data-roi-gap="${text}" data-title="${title}"></div>\n<script src="${scriptUrl}" async><\/script>`,
    iframe: `<iframe src="${address.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" title="${title}" `
      + `style="width:100%;height:${height}px;border:0" loading="lazy"></iframe>`,
  };
}
