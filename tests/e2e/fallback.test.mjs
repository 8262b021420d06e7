// Browsers that cannot run the calculator: no WebAssembly at all (old engines, Safari's
// Lockdown Mode), a module the engine cannot compile, a trap while the page is built. The
// reader gets the build-time figures and charts with one line saying why, never a blank
// page; and an error after start is shown, never silent. Each case runs in every engine
// that can (engines.mjs).
import assert from 'node:assert/strict';
import { forEachEngine, withPage, PAGE_URL } from './engines.mjs';

/** Removes WebAssembly from the page, as Lockdown Mode and pre-2017 engines do. */
function noWebAssembly() {
  delete window.WebAssembly;
}

/** Makes every WebAssembly.Module fail to compile, as an engine missing a feature would. */
function cannotCompile() {
  WebAssembly.Module = function Refused() {
    throw new WebAssembly.CompileError('invalid opcode (simulated)');
  };
}

/** Makes the Calculator's constructor trap, as WPE 2.38's wasm JIT did at start. */
function trapsAtStart() {
  const Instance = WebAssembly.Instance;
  WebAssembly.Instance = function Patched(module, imports) {
    const exports = { ...new Instance(module, imports).exports };
    exports.calculator_new = () => { throw new WebAssembly.RuntimeError('Out of bounds table access'); };
    return { exports };
  };
}

/** Breaks the page's script at its first line, as a script that fails to load would. */
function brokenScript() {
  window.TextDecoder = undefined; // wasm-bindgen's glue makes one at its top level
}

/** Makes synchronous compiles refuse the module, as older Chromium does over 4 KB. */
function noSyncCompile() {
  WebAssembly.Module = function Refused() {
    throw new RangeError('WebAssembly.Module(): Buffer size is larger than 4KB (simulated)');
  };
}

/** Removes the engine's gunzip, as Safari before 16.4 and Firefox before 113 lack it. */
function noDecompressionStream() {
  delete window.DecompressionStream;
}

/**
 * Makes the engine's gunzip fail mid-stream, as one that refuses its data would: it gives
 * some bytes, then errors.
 */
function failingDecompressionStream() {
  window.DecompressionStream = class Failing extends TransformStream {
    constructor() {
      super({
        async transform(chunk, controller) {
          controller.enqueue(new Uint8Array(64));
          await new Promise((resolve) => { setTimeout(resolve, 0); });
          throw new TypeError('refused (simulated)');
        },
      });
    }
  };
}

/**
 * Makes the engine's gunzip slow (each unpacked chunk 20 ms late), so that the page's start
 * yields while it waits and frames are painted before the page is built; notes in
 * `framesBeforeBuilt` whether each such frame showed <main>.
 */
function slowDecompressionStream() {
  const Native = window.DecompressionStream;
  window.DecompressionStream = function Slow(format) {
    const native = new Native(format);
    const late = new TransformStream({
      transform: (chunk, controller) => new Promise((resolve) => {
        setTimeout(() => { controller.enqueue(chunk); resolve(); }, 20);
      }),
    });
    return { writable: native.writable, readable: native.readable.pipeThrough(late) };
  };
  window.framesBeforeBuilt = [];
  const look = () => {
    if (document.documentElement.hasAttribute('data-ready')) return;
    const main = document.querySelector('main');
    if (main) window.framesBeforeBuilt.push(getComputedStyle(main).visibility);
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

/** Makes the engine's gunzip take the wasm and never give it back. */
function hangingDecompressionStream() {
  window.DecompressionStream = class Hanging extends TransformStream {
    constructor() {
      super({ transform: () => new Promise(() => {}) });
    }
  };
}

/** Asserts that the static figures and charts are shown in place of the calculator. */
async function assertStatic(page, reason) {
  const note = await page.text('[data-static] [data-static-note]');
  assert.match(note, /interactive part of this calculator cannot run in this browser/);
  assert.match(note, reason);
  // One block per language; the reader's (English here) is open with its five charts.
  assert.equal(await page.count('[data-static] details'), 3, 'the three languages');
  assert.equal(await page.count('[data-static] details[open]'), 1, 'one language open');
  assert.equal(await page.count('[data-static] details[open] svg'), 5, 'the five charts');
  assert.ok((await page.visibleAll('[data-static] details[open] svg')).every(Boolean), 'every chart shows');
  assert.match(await page.text('[data-static]'), /Revenue needed in 2026: \$927B/);
  assert.equal(await page.visible('main'), false, 'no dead controls');
  assert.equal(await page.visible('[data-failure]'), false, 'the static block says it all');
}

forEachEngine((test, engine) => {
  for (const [name, initScript, reason] of [
    ['no WebAssembly', noWebAssembly, /no WebAssembly/],
    ['a wasm module the engine cannot compile', cannotCompile, /invalid opcode/],
    ['a trap while the page is built', trapsAtStart, /Out of bounds table access/],
  ]) {
    test(`${name}: the static figures and charts, with one line saying why`, { needs: ['initScript'] }, async () => {
      await withPage(engine, `${PAGE_URL}#v=2&capex=650`, { initScript }, async (page) => {
        assert.equal(await page.attr('html', 'data-ready'), 'static');
        await assertStatic(page, reason);
        assert.match(await page.evaluate(() => location.hash), /capex=650/, 'the link is kept');
      });
    });
  }

  test('an engine whose gunzip never finishes gets the static figures and charts after 10 s', { needs: ['initScript'] }, async () => {
    const options = { initScript: hangingDecompressionStream, ready: false };
    await withPage(engine, `${PAGE_URL}#v=2&capex=650`, options, async (page) => {
      await page.waitForSelector('html.static', { timeout: 20_000 });
      const waited = await page.evaluate(() => performance.now() - performance.getEntriesByName('roi-gap:module')[0].startTime);
      assert.ok(waited >= 9_900, `the static block came ${waited} ms after the module started`);
      assert.equal(await page.attr('html', 'data-ready'), 'static');
      assert.equal(await page.attr('html', 'data-building'), null, 'nothing waits for the page to be built');
      await assertStatic(page, /did not start within 10 seconds/);
      assert.match(await page.evaluate(() => location.hash), /capex=650/, 'the link is kept');
    });
  });

  test('a script that fails before it starts: the head\'s guard shows the static block', { needs: ['initScript'] }, async () => {
    const options = { initScript: brokenScript, ready: 'html.static', ignoreProblems: [/TextDecoder|not a constructor/] };
    await withPage(engine, `${PAGE_URL}#v=2&capex=650`, options, async (page) => {
      assert.equal(await page.attr('html', 'data-ready'), null, 'the module never started');
      await assertStatic(page, /it needs JavaScript and WebAssembly/);
    });
  });

  test('an engine that refuses synchronous compiles starts asynchronously', { needs: ['initScript'] }, async () => {
    await withPage(engine, `${PAGE_URL}#v=2&capex=650`, { initScript: noSyncCompile }, async (page) => {
      assert.equal(await page.attr('html', 'data-ready'), '1');
      assert.equal(await page.visible('[data-static]'), false);
      assert.equal(await page.text('[data-out="required_revenue"]'), '$1.18T');
      await page.fill('input[type=number][name="capex"]', '500');
      assert.equal(await page.text('[data-out="required_revenue"]'), '$927B');
    });
  });

  test('an engine without DecompressionStream unpacks the wasm itself and starts', { needs: ['initScript'] }, async () => {
    await withPage(engine, `${PAGE_URL}#v=2&capex=650`, { initScript: noDecompressionStream }, async (page) => {
      assert.equal(await page.attr('html', 'data-ready'), '1');
      assert.equal(await page.evaluate(() => typeof DecompressionStream), 'undefined');
      assert.equal(await page.visible('[data-static]'), false);
      assert.equal(await page.text('[data-out="required_revenue"]'), '$1.18T');
      await page.fill('input[type=number][name="capex"]', '500');
      assert.equal(await page.text('[data-out="required_revenue"]'), '$927B');
    });
  });

  test('an engine whose gunzip fails mid-stream unpacks the wasm itself and starts', { needs: ['initScript'] }, async () => {
    await withPage(engine, `${PAGE_URL}#v=2&capex=650`, { initScript: failingDecompressionStream }, async (page) => {
      assert.equal(await page.attr('html', 'data-ready'), '1');
      assert.equal(await page.evaluate(() => DecompressionStream.name), 'Failing');
      assert.equal(await page.visible('[data-static]'), false);
      assert.equal(await page.text('[data-out="required_revenue"]'), '$1.18T');
    });
  });

  test('a frame painted while the wasm unpacks shows no half-built page', { needs: ['initScript'] }, async () => {
    await withPage(engine, `${PAGE_URL}#v=2&capex=650`, { initScript: slowDecompressionStream }, async (page) => {
      const frames = await page.evaluate(() => window.framesBeforeBuilt);
      assert.ok(frames.length > 0, 'no frame came before the page was built: the test shows nothing');
      assert.deepEqual(frames.filter((v) => v !== 'hidden'), [], `frames before the page was built: ${frames.join(' ')}`);
      assert.equal(await page.visible('main'), true);
      assert.equal(await page.text('[data-out="required_revenue"]'), '$1.18T');
    });
  });

  test('with the calculator running, the static block stays hidden', async () => {
    await withPage(engine, `${PAGE_URL}#v=2&capex=650`, {}, async (page) => {
      await page.sleep(300); // past the load event, when the head's guard decides
      assert.equal(await page.visible('[data-static]'), false);
      assert.equal(await page.visible('main'), true);
    });
  });

  // WebKit hides the message of an error thrown by WebDriver's injected script ("Script
  // error."), so there only the panel itself is checked.
  test('an error after start is shown in the failure panel, not lost', async () => {
    const message = engine === 'webkit' ? /stray failure|Script error/ : /stray failure/;
    const options = { expectFailure: true, ignoreProblems: [message] };
    await withPage(engine, `${PAGE_URL}#v=2&capex=650`, options, async (page) => {
      assert.equal(await page.visible('[data-failure]'), false);
      await page.evaluate(() => { setTimeout(() => { throw new Error('stray failure'); }, 0); });
      await page.waitFor(() => !document.querySelector('[data-failure]').hidden);
      const shown = await page.text('[data-failure]');
      assert.match(shown, /went wrong in the calculator \(.*\)/);
      assert.match(shown, message);
      assert.match(await page.evaluate(() => location.hash), /capex=650/);
    });
  });
});
