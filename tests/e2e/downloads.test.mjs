// Downloads (PNG at 2x, SVG, CSV, scenario text), saved scenarios, and the no-JavaScript
// fallback. Each case runs in every engine that can (engines.mjs).
import { after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { forEachEngine, withPage, serve, DIST, PAGE_URL } from './engines.mjs';
import { cliEval } from './model.mjs';

const server = await serve(DIST);
after(() => server.close());

forEachEngine((test, engine) => {
  test('each chart downloads as a 2x PNG and as an SVG that parses', { needs: ['downloads'] }, async () => {
    await withPage(engine, `${PAGE_URL}#v=2&capex=650&life=3`, {}, async (page) => {
      for (const chart of ['gap', 'costs', 'circular', 'cash']) {
        const css = await page.evaluate((c) => {
          const canvas = document.querySelector(`canvas[data-chart="${c}"]`);
          return [canvas.clientWidth, canvas.clientHeight];
        }, chart);
        const png = await page.download(`[data-download="png"][data-for="${chart}"]`);
        assert.equal(png.name, `roi-gap_${chart}-chart_capex-650_life-3.png`);
        assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
        // 2x, with 64 CSS px under the chart for its footer.
        assert.deepEqual([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)], [css[0] * 2, (css[1] + 64) * 2]);
        // The footer band holds text: pixels of ink under the chart's bottom edge.
        const inked = await page.evaluate(async (b64) => {
          const image = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
          const canvas = Object.assign(document.createElement('canvas'), { width: image.width, height: image.height });
          const ctx = canvas.getContext('2d');
          ctx.drawImage(image, 0, 0);
          const band = ctx.getImageData(0, image.height - 90, image.width, 90).data;
          let dark = 0;
          for (let i = 0; i < band.length; i += 4) if (band[i] + band[i + 1] + band[i + 2] < 450) dark += 1;
          return dark;
        }, png.bytes.toString('base64'));
        assert.ok(inked > 200, `${chart}: only ${inked} inked pixels in the footer band`);
        const svg = await page.download(`[data-download="svg"][data-for="${chart}"]`);
        assert.equal(svg.name, `roi-gap_${chart}-chart_capex-650_life-3.svg`);
        const parsed = await page.evaluate((text) => {
          const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
          const texts = [...doc.querySelectorAll('text')];
          return {
            error: doc.querySelector('parsererror')?.textContent ?? null,
            root: doc.documentElement.nodeName,
            texts: texts.length,
            all: texts.map((t) => t.textContent.trim()).join(' '),
          };
        }, svg.bytes.toString());
        assert.equal(parsed.error, null);
        assert.equal(parsed.root, 'svg');
        assert.ok(parsed.texts > 5, `${chart}: ${parsed.texts} text elements`);
        // The footer says which scenario, and where it lives.
        assert.match(parsed.all, /AI capex \$650B per year · Chip and server life 3 years/);
        // (the link may wrap onto two lines of the footer)
        assert.match(parsed.all.replace(/\s+/g, ''), /index\.html#v=2&capex=650&life=3/);
        assert.match(parsed.all, /\d{4}-\d{2}-\d{2}/);
      }
    });
  });

  test('the CSV has a header with units and the link, one row per year, the model\'s values', { needs: ['downloads'] }, async () => {
    await withPage(engine, `${PAGE_URL}#v=2&capex=650&years=12`, {}, async (page) => {
      const csv = await page.download('[data-download="csv"]');
      assert.equal(csv.name, 'roi-gap_year-table_years-12_capex-650.csv');
      const lines = csv.bytes.toString().trim().split('\n');
      assert.equal(lines.length, 12 + 1);
      const header = lines[0].split(',');
      assert.equal(header[0], 'year');
      assert.ok(header.includes('required_revenue ($B)'));
      assert.equal(header.at(-1), 'scenario');
      const model = cliEval('v=2&capex=650&years=12').years;
      const col = header.indexOf('required_revenue ($B)');
      lines.slice(1).forEach((line, i) => {
        const cells = line.split(',');
        assert.equal(Number(cells[0]), model[i].year);
        // Money to a million dollars; the link once, in the first row.
        assert.ok(Math.abs(Number(cells[col]) - model[i].required_revenue) <= 0.0005, `row ${i}`);
        assert.match(cells[col], /^-?\d+\.\d{3}$/);
        if (i === 0) assert.match(cells.at(-1), /^file:.*index\.html#v=2&years=12&capex=650$/);
        else assert.equal(cells.at(-1), '');
      });
    });
  });

  test('downloads speak the page\'s language: the CSV header and the chart text', { needs: ['downloads'] }, async () => {
    await withPage(engine, `${PAGE_URL}#v=2&capex=650&lang=zh-Hant`, {}, async (page) => {
      const csv = (await page.download('[data-download="csv"]')).bytes.toString();
      const cli = execFileSync('target/release/roi-gap', ['csv', 'v=2&capex=650', '--lang', 'zh-Hant']).toString();
      const header = csv.split('\n')[0].split(',');
      assert.deepEqual(header.slice(0, -1), cli.split('\n')[0].split(','), 'the CLI\'s header');
      assert.equal(header[0], '年份');
      const svg = (await page.download('[data-download="svg"][data-for="gap"]')).bytes.toString();
      const texts = await page.evaluate((text) => [...new DOMParser().parseFromString(text, 'image/svg+xml').querySelectorAll('text')].map((t) => t.textContent.trim()), svg);
      assert.ok(texts.some((t) => /營收/.test(t)), `no Chinese title or legend in ${texts.join(' | ')}`);
      assert.ok(texts.some((t) => /兆$/.test(t)), 'money ticks in 兆');
    });
  });

  test('saved scenarios survive a reload; names are text, never HTML', async () => {
    await withPage(engine, `${server.origin}/#v=2&capex=650`, {}, async (page) => {
      const name = 'Bear case <img src=x onerror="window.__owned=1">';
      await page.fill('#save-name', name);
      await page.click('[data-save-form] button[type=submit]');
      await page.goto(`${server.origin}/`);
      await page.reload();
      assert.equal(await page.text('.saved-name'), name);
      assert.equal(await page.count('.saved-list img'), 0);
      assert.equal(await page.value('input[type=number][name="capex"]'), '500');
      await page.click('[data-load]');
      // WebKit's driver can return from a click a moment before the page has handled it.
      await page.waitFor(() => document.querySelector('input[type=number][name="capex"]').value === '650');
      assert.equal(await page.evaluate(() => window.__owned), undefined);
      await page.click('[data-delete]');
      assert.equal(await page.count('.saved-name'), 0);
      await page.reload();
      assert.equal(await page.count('.saved-name'), 0);
    });
  });

  for (const [what, stored, listed] of [
    ['corrupt JSON', '{not json', 0],
    ['a foreign shape', '{"name":"x"}', 0],
    ['partly foreign entries', '[{"name":5},{"name":"ok","scenario":"capex=1"},null]', 1],
  ]) {
    test(`a store holding ${what} is ignored with a notice, and saving still works`, { needs: ['initScript'] }, async () => {
      const seed = (value) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem('roi-gap:saved:v1', value);
          sessionStorage.setItem('seeded', '1');
        }
      };
      await withPage(engine, `${server.origin}/`, { initScript: seed, initArg: stored }, async (page) => {
        assert.equal(await page.visible('.notices'), true);
        assert.match(await page.text('[data-notices]'), /unreadable/);
        assert.equal(await page.count('.saved-name'), listed);
        await page.fill('#save-name', 'Fresh');
        await page.click('[data-save-form] button[type=submit]');
        assert.equal(await page.evaluate(() => [...document.querySelectorAll('.saved-name')].filter((e) => e.textContent.includes('Fresh')).length), 1);
        assert.ok(await page.text('[data-out="required_revenue"]'));
      });
    });
  }

  test('without JavaScript, readers see the default charts and figures', { needs: ['noJavaScript'] }, async () => {
    await withPage(engine, PAGE_URL, { javaScriptEnabled: false, ready: false }, async (page) => {
      assert.equal(await page.count('.noscript details[open] svg'), 5);
      assert.deepEqual(await page.visibleAll('.noscript details[open] svg'), [true, true, true, true, true]);
      // The other languages are there for the reader to open.
      assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('.noscript summary')].map((s) => s.textContent)), ['English', '简体中文', '繁體中文']);
      assert.match(await page.text('.noscript'), /\$927B/);
      assert.equal(await page.visible('main'), false, 'the empty interactive page is hidden');
    });
  });

  test('print shows the figures and charts, the scenario beside the defaults, and no controls', { needs: ['print'] }, async () => {
    await withPage(engine, `${PAGE_URL}#v=2&capex=650&life=3`, {}, async (page) => {
      await page.waitFor(() => document.querySelector('[data-print-lines]').textContent.includes('650'));
      await page.emulatePrint();
      assert.equal(await page.visible('.controls'), false);
      // Every chart, as an image of this scenario drawn for the print (one never scrolled
      // to, or drawn by the worker, is there too).
      assert.deepEqual(await page.visibleAll('figure[data-figure] img.print-chart'), [true, true, true, true, true]);
      assert.equal(await page.visible('canvas[data-chart="gap"]'), false);
      assert.ok((await page.attr('figure[data-figure="tornado"] img.print-chart', 'src')).startsWith('data:image/svg+xml'));
      assert.equal(await page.visible('[data-out="required_revenue"]'), true);
      // Which scenario this is, in words, with its link and date.
      assert.equal(await page.visible('[data-print-scenario]'), true);
      const record = await page.text('[data-print-scenario]');
      assert.match(record, /AI capex \$650B per year · Chip and server life 3 years/);
      assert.match(record.replace(/\s+/g, ''), /index\.html#v=2&capex=650&life=3/);
      // The defaults table says this scenario's values beside the defaults.
      assert.equal(await page.text('[data-scenario-value="capex"]'), '$650B per year');
      assert.equal(await page.text('[data-scenario-value="life"]'), '3 years');
      // The formulas wrap rather than run off the page.
      assert.ok(await page.evaluate(() => { const f = document.querySelector('.formulas'); return f.scrollWidth <= f.clientWidth + 1; }), 'formulas clipped');
    });
  });
});
