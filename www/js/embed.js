// Embedding: the widget tells its host page its height, and the Embed dialog writes the
// snippets for the current scenario, sliders and charts.

const HEIGHT_MESSAGE = 'roi-gap:height';
let lastPostedHeight = 0;

/** The height of the page's content, in CSS pixels. */
function contentHeight() {
  return Math.ceil(document.body.getBoundingClientRect().height);
}

/** Posts the content height to the host page whenever the layout changes (in a frame). */
function startHeightReports() {
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
function widgetAddress(scenarioText) {
  const base = `${location.origin === 'null' ? location.href.split('#')[0] : location.origin + location.pathname}`;
  return `${base}#${scenarioText}`;
}

/** A fixed height that fits the chosen sliders and charts without the script. */
function fixedHeight(sliderCount, chartCount) {
  return 120 + sliderCount * 78 + chartCount * 330;
}

/** The two snippets: with embed.js (auto-height) and a plain iframe. */
function embedSnippets(scenarioText, sliderCount, chartCount) {
  const address = widgetAddress(scenarioText);
  const scriptUrl = address.split('#')[0].replace(/[^/]*$/, 'embed.js');
  const text = scenarioText.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const title = 'ROI Gap: the economics of the AI build-out';
  return {
    script: `<div data-roi-gap="${text}"></div>\n<script src="${scriptUrl}" async><\/script>`,
    iframe: `<iframe src="${address.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" title="${title}" `
      + `style="width:100%;height:${fixedHeight(sliderCount, chartCount)}px;border:0" loading="lazy"></iframe>`,
  };
}
