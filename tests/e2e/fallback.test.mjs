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

/** Asserts that the static figures and charts are shown in place of the calculator. */
async function assertStatic(page, reason) {
  assert.equal(await page.attr('html', 'data-ready'), 'static');
  const note = await page.text('[data-static-copy] [data-static-note]');
  assert.match(note, /interactive part of this calculator cannot run in this browser/);
  assert.match(note, reason);
  assert.equal(await page.count('[data-static-copy] svg'), 4, 'the four charts');
  assert.ok((await page.visibleAll('[data-static-copy] svg')).every(Boolean), 'every chart shows');
  assert.match(await page.text('[data-static-copy]'), /Revenue needed: \$1\.03T/);
  assert.equal(await page.visible('main'), false, 'no dead controls');
  assert.equal(await page.count('[data-static-copy]'), 1);
}

forEachEngine((test, engine) => {
  for (const [name, initScript, reason] of [
    ['no WebAssembly', noWebAssembly, /no WebAssembly/],
    ['a wasm module the engine cannot compile', cannotCompile, /invalid opcode/],
    ['a trap while the page is built', trapsAtStart, /Out of bounds table access/],
  ]) {
    test(`${name}: the static figures and charts, with one line saying why`, { needs: ['initScript'] }, async () => {
      await withPage(engine, `${PAGE_URL}#capex=650`, { initScript }, async (page) => {
        await assertStatic(page, reason);
        assert.match(await page.evaluate(() => location.hash), /capex=650/, 'the link is kept');
      });
    });
  }

  // WebKit hides the message of an error thrown by WebDriver's injected script ("Script
  // error."), so there only the panel itself is checked.
  test('an error after start is shown in the failure panel, not lost', async () => {
    const message = engine === 'webkit' ? /stray failure|Script error/ : /stray failure/;
    const options = { expectFailure: true, ignoreProblems: [message] };
    await withPage(engine, `${PAGE_URL}#capex=650`, options, async (page) => {
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
