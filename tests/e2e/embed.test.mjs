// Journalists' embed: embed.js on a host page on 127.0.0.1, the iframe following the
// widget's height, hostile messages ignored, show= and charts= honoured.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, DIST } from './browser.mjs';

const SCENARIO = 'capex=650&show=capex,energy,revenue&charts=gap,cash';
const ARTICLE = `<!doctype html><html><head><meta charset="utf-8"><title>Article</title></head>
<body style="margin:0;font:16px sans-serif"><h1>An article</h1><p>Before the widget.</p>
<div data-roi-gap="${SCENARIO}"></div>
<p>After the widget.</p>
<iframe id="stranger" srcdoc="<script>parent.postMessage({type:'roi-gap:height',height:77},'*')</script>"></iframe>
<script src="/embed.js"></script></body></html>`;

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(DIST, { '/article.html': ARTICLE }); });
after(async () => { await browser.close(); server.close(); });

async function openArticle(width = 1000) {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${server.origin}/article.html`);
  const iframe = page.locator('iframe[data-roi-gap-ready]');
  await iframe.waitFor();
  const frame = await (await iframe.elementHandle()).contentFrame();
  await frame.waitForSelector('html[data-ready]', { state: 'attached' });
  return { context, page, iframe, frame, problems };
}

/** Waits until the iframe's height equals the widget's content height; returns it. */
async function settledHeight(iframe, frame) {
  let last = -1;
  for (let i = 0; i < 50; i += 1) {
    const content = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    const outer = await iframe.evaluate((f) => f.getBoundingClientRect().height);
    if (Math.abs(outer - content) <= 1 && content === last) return outer;
    last = content;
    await new Promise((r) => setTimeout(r, 100));
  }
  const content = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
  const outer = await iframe.evaluate((f) => f.getBoundingClientRect().height);
  assert.fail(`iframe is ${outer}px, widget content ${content}px`);
}

test('embed.js sizes the iframe to the widget, with no inner scroll bar', async () => {
  const { context, iframe, frame, problems } = await openArticle();
  const height = await settledHeight(iframe, frame);
  assert.ok(height > 300, `height ${height}`);
  const scrolls = await frame.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
  assert.ok(scrolls <= 1, `inner scroll of ${scrolls}px`);
  assert.match(await iframe.getAttribute('src'), /embed=1/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the iframe follows a change of the widget\'s height', async () => {
  const { context, page, iframe, frame } = await openArticle(1000);
  const wide = await settledHeight(iframe, frame);
  await page.setViewportSize({ width: 420, height: 800 });
  const narrow = await settledHeight(iframe, frame);
  assert.notEqual(narrow, wide, 'a narrower article column changes the widget height');
  // A change inside the widget: an error line under a number box adds height.
  await frame.fill('input[type=number][name="capex"]', '');
  const taller = await settledHeight(iframe, frame);
  assert.ok(taller > narrow, `${taller} > ${narrow}`);
  await context.close();
});

test('messages of the wrong shape or from another frame are ignored', async () => {
  const { context, page, iframe, frame } = await openArticle();
  const height = await settledHeight(iframe, frame);
  await page.evaluate(() => window.postMessage({ type: 'roi-gap:height', height: 55 }, '*'));
  for (const message of [{ type: 'roi-gap:height', height: '999' }, { type: 'other', height: 999 },
    { type: 'roi-gap:height', height: Infinity }, 'roi-gap:height', null]) {
    await frame.evaluate((m) => window.parent.postMessage(m, '*'), message);
  }
  await page.waitForTimeout(300);
  assert.equal(await iframe.evaluate((f) => f.getBoundingClientRect().height), height);
  const stranger = await page.locator('#stranger').evaluate((f) => f.getBoundingClientRect().height);
  assert.notEqual(stranger, 77, 'a frame embed.js did not make is never resized');
  await context.close();
});

test('show= and charts= pick the sliders and charts; the rest keep their values', async () => {
  const { context, frame } = await openArticle();
  const visible = await frame.$$eval('input[type=range]', (els) => els.filter((e) => e.checkVisibility()).map((e) => e.name));
  assert.deepEqual(visible, ['capex', 'energy', 'revenue']);
  const charts = await frame.$$eval('canvas[data-chart]', (els) => els.filter((e) => e.checkVisibility()).map((e) => e.dataset.chart));
  assert.deepEqual(charts, ['gap', 'cash']);
  assert.equal(await frame.inputValue('input[type=number][name="capex"]'), '650');
  assert.equal(await frame.isVisible('.lede'), false, 'no page chrome');
  assert.equal(await frame.isVisible('.footer'), false, 'no page chrome');
  assert.equal(await frame.isVisible('[data-full-link]'), true);
  assert.match(await frame.getAttribute('[data-full-link]', 'href'), /#v=1&capex=650$/);
  await context.close();
});

test('the Embed dialog writes both snippets, and the plain iframe fits its fixed height', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${server.origin}/index.html#capex=700`);
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  await page.click('[data-action="embed"]');
  await page.uncheck('.embed-form input[name="embed-chart"][value="costs"]');
  const script = await page.inputValue('[data-snippet="script"]');
  await page.waitForSelector('[data-snippet="iframe"]:not([data-pending])', { state: 'attached' });
  const iframe = await page.inputValue('[data-snippet="iframe"]');
  assert.match(script, /<div data-roi-gap="v=1&amp;capex=700&amp;embed=1&amp;show=capex,energy,revenue&amp;charts=gap,circular,cash"><\/div>/);
  assert.match(script, new RegExp(`<script src="${server.origin}/embed.js" async></script>`));
  assert.match(iframe, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/index\.html#v=1&amp;capex=700&amp;embed=1/);
  await page.keyboard.press('Escape');
  const host = await context.newPage();
  await host.setViewportSize({ width: 700, height: 900 });
  await host.setContent(`<!doctype html><body style="margin:0">${iframe}</body>`);
  const frame = await (await host.waitForSelector('iframe')).contentFrame();
  await frame.waitForSelector('html[data-ready]', { state: 'attached' });
  await host.waitForTimeout(300);
  const fixed = await host.$eval('iframe', (f) => f.getBoundingClientRect().height);
  const content = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
  assert.ok(content <= fixed, `content ${content}px overflows the fixed ${fixed}px`);
  assert.ok(fixed - content < 700, `fixed ${fixed}px leaves a large gap under ${content}px`);
  await context.close();
});
