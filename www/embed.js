/*
 * ROI Gap embed script. Include once in an article, after the widget's iframe:
 *   <iframe data-roi-gap src="https://YOUR-HOST/index.html#v=2&capex=650&embed=1"
 *     title="ROI Gap" style="width:100%;height:900px;border:0"></iframe>
 *   <script src="https://YOUR-HOST/embed.js" async></script>
 * The iframe shows the widget at its measured height with no script at all; this script
 * makes every <iframe data-roi-gap> (and every <div data-roi-gap="SCENARIO">, the
 * earlier form, which it turns into such an iframe) fit its content exactly, so readers
 * never see an inner scroll bar. It may arrive before or after the widget: it greets
 * each widget, which answers with its height. Only height messages of the expected
 * shape, from these iframes' windows, are accepted: from the iframe's origin, or from
 * "null" when the host sandboxes the iframe without allow-same-origin. No dependencies.
 */
(function () {
  'use strict';
  var MESSAGE = 'roi-gap:height';
  var HELLO = 'roi-gap:hello';
  var MIN_HEIGHT = 120;
  var MAX_HEIGHT = 20000;
  var script = document.currentScript;
  var widgetUrl = script && script.src ? script.src.replace(/embed\.js(?:[?#].*)?$/, 'index.html') : 'index.html';
  var frames = [];

  function withEmbed(scenario) {
    var text = String(scenario || '').replace(/^#/, '');
    return /(^|&)embed=1(&|$)/.test(text) ? text : (text ? text + '&' : '') + 'embed=1';
  }

  function frameFor(div) {
    var iframe = document.createElement('iframe');
    iframe.src = (div.getAttribute('data-roi-gap-src') || widgetUrl) + '#' + withEmbed(div.getAttribute('data-roi-gap'));
    iframe.title = div.getAttribute('data-title') || 'ROI Gap: the economics of the AI build-out';
    iframe.loading = 'lazy';
    iframe.setAttribute('scrolling', 'no');
    iframe.style.cssText = 'display:block;width:100%;height:700px;border:0;overflow:hidden';
    div.parentNode.replaceChild(iframe, div);
    return iframe;
  }

  function originOf(url) {
    try {
      return new URL(url, location.href).origin;
    } catch (e) {
      return null;
    }
  }

  function onMessage(event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== MESSAGE) return;
    if (typeof data.height !== 'number' || !isFinite(data.height)) return;
    for (var i = 0; i < frames.length; i += 1) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      // A sandboxed iframe (no allow-same-origin) speaks from the opaque origin "null";
      // its window is still the one checked above.
      if (originOf(frame.src) !== event.origin && event.origin !== 'null') return;
      var height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(data.height)));
      frame.style.height = height + 'px';
      return;
    }
  }

  /** Asks a widget for its height (it answers at once, and on every change after). */
  function greet(frame) {
    try {
      if (frame.contentWindow) frame.contentWindow.postMessage({ type: HELLO }, '*');
    } catch (e) {
      // a frame being torn down: it will greet again on its next load
    }
  }

  function adopt() {
    var found = document.querySelectorAll('div[data-roi-gap], iframe[data-roi-gap]');
    for (var i = 0; i < found.length; i += 1) {
      var el = found[i];
      if (el.getAttribute('data-roi-gap-ready')) continue;
      var frame = el.tagName === 'IFRAME' ? el : frameFor(el);
      frame.setAttribute('data-roi-gap-ready', '1');
      frame.setAttribute('scrolling', 'no');
      frames.push(frame);
      frame.addEventListener('load', greet.bind(null, frame));
      greet(frame);
    }
  }

  window.addEventListener('message', onMessage);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', adopt);
  else adopt();
})();
