// The page in each of its languages (DESIGN.md, "Languages and number formats"): every
// text a reader sees is in the page's language, <html lang> says which, money is written
// as each language writes it, and the language comes from lang=, else the browser, else
// the switcher. Each case runs in every engine (engines.mjs).
import { after } from 'node:test';
import assert from 'node:assert/strict';
import { forEachEngine, withPage, serve, DIST } from './engines.mjs';
import { cliEval } from './model.mjs';

const server = await serve(DIST);
after(() => server.close());

/** Latin words a Chinese page may show: names, abbreviations, file types, link syntax. */
const KEPT = new Set([
  'ROI', 'Gap', 'AI', 'GPU', 'GPUs', 'CPU', 'CPUs', 'NPV', 'IRR', 'MIRR', 'PNG', 'SVG', 'CSV',
  'Sequoia', 'Capital', 'Bain', 'Company', 'Technology', 'Report', 'JPMorgan', 'Microsoft',
  'OpenAI', 'Nvidia', 'Amazon', 'Google', 'Anthropic', 'David', 'Cahn', 'CB', 'Insights',
  'BestBrokers', 'Ctrl', 'crf', 'iframe', 'index', 'html', 'embed', 'js', 'English',
  'Question', 'C', 'S', 'B', 'L', 'r', 't', 'e', 'g',
]);

/**
 * Every text a reader can see or hear in the page: visible text nodes, and the
 * accessible names, placeholders and option texts of what is shown. Each with the
 * language of its element (the switcher names each language in itself).
 */
function readerTexts() {
  const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    const text = node.textContent.trim();
    if (!text || !el || el.closest('script, style, [hidden], [data-static]')) continue;
    if (el.closest('select') || shown(el)) out.push({ text, lang: el.closest('[lang]')?.lang ?? '' });
  }
  for (const el of document.querySelectorAll('[aria-label], [placeholder], [title]')) {
    if (el.closest('[hidden], [data-static]')) continue;
    for (const name of ['aria-label', 'placeholder', 'title']) {
      const text = el.getAttribute(name);
      if (text) out.push({ text, lang: el.closest('[lang]')?.lang ?? '' });
    }
  }
  out.push({ text: document.title, lang: document.documentElement.lang });
  return out;
}

/** The Latin words of `text` that a Chinese page should not show. */
function english(text) {
  return (text.match(/[A-Za-z][A-Za-z']*/g) ?? []).filter((w) => !KEPT.has(w) && !KEPT.has(w.replace(/'s$/, '')));
}

/** Money as DESIGN.md's table writes it, from the model's billions: an oracle apart from Rust's. */
function money(lang, billions) {
  const a = Math.abs(billions);
  const sign = billions < 0 && a >= 0.05 ? '-' : '';
  const grouped = (n) => n.toLocaleString('en-US');
  if (lang === 'en') {
    if (a >= 999.995) return `${sign}$${(Math.round(a / 10) / 100).toFixed(2)}T`;
    if (a >= 9.95) return `${sign}$${Math.round(a)}B`;
    return `${sign}$${(Math.round(a * 10) / 10).toFixed(1)}B`;
  }
  const [yi, trillion] = lang === 'zh-Hans' ? ['亿', '万亿'] : ['億', '兆'];
  if (a >= 999.995) return `${sign}${(Math.round(a / 10) / 100).toFixed(2)}${trillion}美元`;
  if (a >= 9.95) return `${sign}${grouped(Math.round(a) * 10)}${yi}美元`;
  return `${sign}${Math.round(a * 10)}${yi}美元`;
}

const CASES = [
  // [link's lang=, the language it means]
  ['en', 'en'],
  ['zh-Hans', 'zh-Hans'],
  ['zh-Hant', 'zh-Hant'],
  ['zh-CN', 'zh-Hans'],
  ['zh-TW', 'zh-Hant'],
];

forEachEngine((test, engine) => {
  for (const [asked, lang] of CASES) {
    test(`lang=${asked}: every text in ${lang}, <html lang>, money as ${lang} writes it`, async () => {
      const scenario = 'v=2&capex=650&revenue=5';
      await withPage(engine, `${server.origin}/index.html#${scenario}&lang=${asked}`, {}, async (page) => {
        assert.equal(await page.attr('html', 'lang'), lang);
        // Figures from the model, formatted here by DESIGN.md's table.
        const model = cliEval(scenario).summary;
        for (const key of ['required_revenue', 'revenue', 'gap', 'sequoia_required', 'npv']) {
          assert.equal(await page.text(`[data-out="${key}"]`), money(lang, model[key]), key);
        }
        await page.click('[data-year-table] summary'); // its texts too
        const texts = await page.evaluate(readerTexts);
        assert.ok(texts.length > 150, `only ${texts.length} texts`);
        const wrong = lang === 'en'
          ? texts.filter((t) => /[\u3400-\u9fff]/.test(t.text) && !t.lang.startsWith('zh'))
          : texts.filter((t) => t.lang === lang || t.lang === '').filter((t) => english(t.text).length > 0);
        assert.deepEqual(wrong.map((t) => `${t.text} ${JSON.stringify(english(t.text))}`), [], `texts not in ${lang}`);
        if (lang !== 'en') {
          // Years in Chinese figures: "2035年".
          assert.match(await page.text('[data-out="break_even_year"]'), /^\d{4}年/);
        }
      });
    });
  }

  test('the browser\'s languages choose when the link has no lang=, and the link stays without it', { needs: ['initScript'] }, async () => {
    const browser = () => Object.defineProperty(navigator, 'languages', { get: () => ['fr-FR', 'zh-TW', 'en'] });
    await withPage(engine, `${server.origin}/index.html#v=2&capex=650`, { initScript: browser }, async (page) => {
      assert.equal(await page.attr('html', 'lang'), 'zh-Hant');
      assert.match(await page.text('[data-out="revenue"]'), /^550億美元$/);
      await page.waitFor(() => location.hash.includes('capex=650'));
      assert.doesNotMatch(await page.evaluate(() => location.hash), /lang=/);
    });
  });

  test('the switcher changes every text at once, keeps the scenario, and the link keeps the choice', async () => {
    await withPage(engine, `${server.origin}/index.html#v=2&capex=650`, {}, async (page) => {
      const before = await page.text('[data-out="gap"]');
      await page.select('[data-language]', 'zh-Hans');
      await page.waitFor(() => document.documentElement.lang === 'zh-Hans');
      assert.equal(await page.text('#controls-title'), '假设');
      assert.equal(await page.value('input[type=number][name="capex"]'), '650');
      assert.notEqual(await page.text('[data-out="gap"]'), before);
      assert.match(await page.text('[data-out="gap"]'), /亿美元$/);
      assert.match(await page.attr('canvas[data-chart="gap"]', 'aria-label'), /[\u4e00-\u9fff]/);
      await page.waitFor(() => location.hash.includes('lang=zh-Hans'));
      assert.match(await page.evaluate(() => location.hash), /capex=650/);
      await page.reload();
      assert.equal(await page.attr('html', 'lang'), 'zh-Hans');
      assert.equal(await page.value('[data-language]'), 'zh-Hans');
    });
  });

  test('a link\'s notices come in the page\'s language', async () => {
    await withPage(engine, `${server.origin}/index.html#v=2&capex=-5&lang=zh-Hant`, {}, async (page) => {
      const notice = await page.text('[data-notices]');
      assert.match(notice, /capex = -5/);
      assert.match(notice, /[\u4e00-\u9fff]/);
    });
  });
});
