/*
 * ROI Gap embed script. Include once in an article:
 *   <div data-roi-gap="v=2&capex=650&show=capex,revenue&charts=gap"></div>
 *   <script src="https://YOUR-HOST/embed.js" async></script>
 * Each such div (or an <iframe data-roi-gap>) becomes an iframe of the widget that
 * resizes to its content, so it never shows an inner scroll bar. Only height messages
 * of the expected shape, from these iframes, are accepted. No dependencies.
 */
(function () {
  'use strict';
  var MESSAGE = 'roi-gap:height';
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
      if (originOf(frame.src) !== event.origin) return;
      var height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(data.height)));
      frame.style.height = height + 'px';
      return;
    }
  }

  function adopt() {
    var found = document.querySelectorAll('div[data-roi-gap], iframe[data-roi-gap]');
    for (var i = 0; i < found.length; i += 1) {
      var el = found[i];
      if (el.getAttribute('data-roi-gap-ready')) continue;
      var frame = el.tagName === 'IFRAME' ? el : frameFor(el);
      frame.setAttribute('data-roi-gap-ready', '1');
      frames.push(frame);
    }
  }

  window.addEventListener('message', onMessage);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', adopt);
  else adopt();
})();
