// Journalists' embed: embed.js on a host page on 127.0.0.1, the iframe following the
// widget's height, hostile messages ignored, show= and charts= honoured. Each case runs in
// every engine (engines.mjs).
import { after } from 'node:test';
import assert from 'node:assert/strict';
import { forEachEngine, withPage, serve, DIST } from './engines.mjs';

const SCENARIO = 'v=2&capex=650&show=capex,energy,revenue&charts=gap,cash';
// Host pages name an icon: else Chromium asks the server for /favicon.ico (a 404 and a console error).
const ARTICLE = `<!doctype html><html><head><meta charset="utf-8"><title>Article</title><link rel="icon" href="data:,"></head>
<body style="margin:0;font:16px sans-serif"><h1>An article</h1><p>Before the widget.</p>
<div data-roi-gap="${SCENARIO}"></div>
<p>After the widget.</p>
<iframe id="stranger" srcdoc="<script>parent.postMessage({type:'roi-gap:height',height:77},'*')</script>"></iframe>
<script src="/embed.js"></script></body></html>`;

// The same article with the widget below the fold (near enough to load).
const BELOW = ARTICLE.replace('<p>Before the widget.</p>', '<p>Before the widget.</p><div style="height:850px"></div>');
const routes = { '/article.html': ARTICLE, '/below.html': BELOW };
const server = await serve(DIST, routes);
after(() => server.close());

const WIDGET = 'iframe[data-roi-gap-ready]';

/** Opens the article (`path`) at `width` and runs `fn(page, frame)` with the widget ready. */
function withArticle(engine, width, fn, path = '/article.html') {
  return withPage(engine, `${server.origin}${path}`, { viewport: { width, height: 800 }, ready: WIDGET }, async (page) => {
    const frame = await page.frame(WIDGET);
    await frame.waitForSelector('html[data-ready]');
    return fn(page, frame);
  });
}

/** Waits until the iframe's height equals the widget's content height; returns it. */
async function settledHeight(page, frame) {
  const measure = async () => [
    await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height)),
    await page.evaluate((s) => document.querySelector(s).getBoundingClientRect().height, WIDGET),
  ];
  let last = -1;
  for (let i = 0; i < 50; i += 1) {
    const [content, outer] = await measure();
    if (Math.abs(outer - content) <= 1 && content === last) return outer;
    last = content;
    await page.sleep(100);
  }
  const [content, outer] = await measure();
  assert.fail(`iframe is ${outer}px, widget content ${content}px`);
}

forEachEngine((test, engine) => {
  test('embed.js sizes the iframe to the widget, with no inner scroll bar', { webkit: true }, async () => {
    await withArticle(engine, 1000, async (page, frame) => {
      const height = await settledHeight(page, frame);
      assert.ok(height > 300, `height ${height}`);
      const scrolls = await frame.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
      assert.ok(scrolls <= 1, `inner scroll of ${scrolls}px`);
      assert.match(await page.attr(WIDGET, 'src'), /embed=1/);
    });
  });

  test('a widget below the fold is as tall as one in view (nothing in it waits to be seen)', {
    skip: { webkit: 'WebKitGTK loads a lazy iframe only once it is in view: a widget below the fold is never loaded unseen' },
  }, async () => {
    const inView = await withArticle(engine, 1000, (page, frame) => settledHeight(page, frame));
    const below = await withArticle(engine, 1000, async (page, frame) => {
      const height = await settledHeight(page, frame);
      const top = await page.evaluate((s) => document.querySelector(s).getBoundingClientRect().top, WIDGET);
      assert.ok(top > 800, `the widget starts below the fold (at ${top}px)`);
      return height;
    }, '/below.html');
    assert.equal(below, inView);
  });

  test('the iframe follows a change of the widget\'s height', async () => {
    await withArticle(engine, 1000, async (page, frame) => {
      const wide = await settledHeight(page, frame);
      await page.setViewport({ width: 420, height: 800 });
      const narrow = await settledHeight(page, frame);
      assert.notEqual(narrow, wide, 'a narrower article column changes the widget height');
      // A change inside the widget: an error line under a number box adds height.
      await frame.fill('input[type=number][name="capex"]', '');
      const taller = await settledHeight(page, frame);
      assert.ok(taller > narrow, `${taller} > ${narrow}`);
    });
  });

  test('messages of the wrong shape or from another frame are ignored', async () => {
    await withArticle(engine, 1000, async (page, frame) => {
      const height = await settledHeight(page, frame);
      await page.evaluate(() => window.postMessage({ type: 'roi-gap:height', height: 55 }, '*'));
      // Infinity does not survive JSON, so the message is built inside the widget.
      for (const message of [{ type: 'roi-gap:height', height: '999' }, { type: 'other', height: 999 },
        'infinity', 'roi-gap:height', null]) {
        await frame.evaluate((m) => window.parent.postMessage(m === 'infinity' ? { type: 'roi-gap:height', height: Infinity } : m, '*'), message);
      }
      await page.sleep(300);
      assert.equal(await page.evaluate((s) => document.querySelector(s).getBoundingClientRect().height, WIDGET), height);
      const stranger = await page.evaluate(() => document.querySelector('#stranger').getBoundingClientRect().height);
      assert.notEqual(stranger, 77, 'a frame embed.js did not make is never resized');
    });
  });

  test('show= and charts= pick the sliders and charts; the rest keep their values', async () => {
    await withArticle(engine, 1000, async (page, frame) => {
      const visible = await frame.evaluate(() => [...document.querySelectorAll('input[type=range]')].filter((e) => e.checkVisibility()).map((e) => e.name));
      assert.deepEqual(visible, ['capex', 'energy', 'revenue']);
      const charts = await frame.evaluate(() => [...document.querySelectorAll('canvas[data-chart]')].filter((e) => e.checkVisibility()).map((e) => e.dataset.chart));
      assert.deepEqual(charts, ['gap', 'cash']);
      assert.equal(await frame.value('input[type=number][name="capex"]'), '650');
      assert.equal(await frame.visible('.lede'), false, 'no page chrome');
      assert.equal(await frame.visible('.footer'), false, 'no page chrome');
      assert.equal(await frame.visible('[data-full-link]'), true);
      assert.match(await frame.attr('[data-full-link]', 'href'), /#v=2&capex=650$/);
    });
  });

  test('the Embed dialog writes both snippets, and the plain iframe fits its fixed height', async () => {
    await withPage(engine, `${server.origin}/index.html#v=2&capex=700`, {}, async (page) => {
      await page.click('[data-action="embed"]');
      await page.uncheck('.embed-form input[name="embed-chart"][value="costs"]');
      await page.waitForSelector('[data-snippet="iframe"]:not([data-pending])');
      const script = await page.value('[data-snippet="script"]');
      const iframe = await page.value('[data-snippet="iframe"]');
      // The widget's language is fixed in the snippet: the page's (English here) by default.
      // An iframe first (the widget at its measured height with no script), then embed.js;
      // the widget's language fixed, English here as the page is.
      assert.match(script, /^<iframe data-roi-gap src="http:\/\/127\.0\.0\.1:\d+\/index\.html#v=2&amp;capex=700&amp;embed=1&amp;lang=en&amp;show=capex,energy,revenue&amp;charts=gap,circular,cash,tornado" title="ROI Gap: the economics of the AI build-out" style="width:100%;height:\d+px;border:0" loading="lazy"><\/iframe>\n/);
      assert.equal(script.split('\n')[0], iframe, 'the same iframe, with or without the script');
      await page.select('[data-embed-lang]', 'zh-Hant');
      await page.waitForSelector('[data-snippet="script"]:not([data-pending])');
      // The widget's language, and its title (the iframe's name) in it.
      assert.match(await page.value('[data-snippet="script"]'), /embed=1&amp;lang=zh-Hant&amp;show=.*" title="[^"]*[\u4e00-\u9fff][^"]*"/);
      await page.select('[data-embed-lang]', 'en');
      await page.waitForSelector('[data-snippet="script"]:not([data-pending])');
      assert.match(script, new RegExp(`<script src="${server.origin}/embed.js" async></script>`));
      assert.match(iframe, /^<iframe data-roi-gap src="http:\/\/127\.0\.0\.1:\d+\/index\.html#v=2&amp;capex=700&amp;embed=1/);
      await page.press('Escape');
      // The snippet on a host page of its own, 700 px wide.
      const host = `/host-${engine}.html`;
      routes[host] = `<!doctype html><link rel="icon" href="data:,"><body style="margin:0">${iframe}</body>`;
      await page.setViewport({ width: 700, height: 900 });
      await page.goto(`${server.origin}${host}`, { ready: 'iframe' });
      const frame = await page.frame('iframe');
      await frame.waitForSelector('html[data-ready]');
      await page.sleep(300);
      const fixed = await page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height);
      const content = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
      assert.ok(content <= fixed, `content ${content}px overflows the fixed ${fixed}px`);
      assert.ok(fixed - content < 700, `fixed ${fixed}px leaves a large gap under ${content}px`);
    });
  });
});
