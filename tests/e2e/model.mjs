// The oracle for page tests: the native CLI over the same model, a reader of the money
// the page shows, and the check that the page's figures are the model's.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';

/** `roi-gap eval SCENARIO` as an object. A text without `v=2` is a v1 text (short_share=100, an `upgraded` notice). */
export function cliEval(scenario) {
  return JSON.parse(execFileSync('target/release/roi-gap', ['eval', scenario]).toString());
}

/** `roi-gap uncertainty SCENARIO --draws N` as an object. */
export function cliUncertainty(scenario, draws) {
  return JSON.parse(execFileSync('target/release/roi-gap', ['uncertainty', scenario, '--draws', String(draws)]).toString());
}

/** "$1.03T" -> 1030, "-$975B" -> -975, "$2.4B" -> 2.4, with the half-unit of its last digit. */
export function readMoney(text) {
  const m = /^(-?)\$([\d.]+)([BT]?)$/.exec(text.trim());
  if (!m) throw new Error(`not money: ${JSON.stringify(text)}`);
  const unit = m[3] === 'T' ? 1000 : 1;
  const decimals = (m[2].split('.')[1] ?? '').length;
  return { value: (m[1] ? -1 : 1) * Number(m[2]) * unit, tolerance: (0.5 * 10 ** -decimals) * unit + 1e-9 };
}

/** "5.3%" -> 0.053 with tolerance. */
export function readPercent(text) {
  const m = /^(-?[\d.]+)%$/.exec(text.trim());
  if (!m) throw new Error(`not a percentage: ${JSON.stringify(text)}`);
  const decimals = (m[1].split('.')[1] ?? '').length;
  return { value: Number(m[1]) / 100, tolerance: (0.5 * 10 ** -decimals) / 100 + 1e-12 };
}

/** The scenario the page's number boxes hold, as scenario text (v2: the boxes hold every input). */
async function scenarioOnPage(page) {
  const pairs = await page.evaluate(() => [...document.querySelectorAll('input[type=number][name]')].map((b) => `${b.name}=${b.value}`));
  return ['v=2', ...pairs].join('&');
}

/** `shown` ({value, tolerance}, as readMoney reads it) is `model`'s value. */
export function assertClose(name, shown, model) {
  assert.ok(Math.abs(shown.value - model) <= shown.tolerance,
    `${name}: page shows ${shown.value} (±${shown.tolerance}), model says ${model}`);
}

/** Every headline money and share figure matches the model for `scenario` (default: what the boxes hold). */
export async function assertFiguresMatchModel(page, scenario = null) {
  const model = cliEval(scenario ?? await scenarioOnPage(page)).summary;
  for (const key of ['required_revenue', 'revenue', 'gap', 'sequoia_required', 'ratio_required', 'npv']) {
    assertClose(key, readMoney(await page.text(`[data-out="${key}"]`)), model[key]);
  }
  for (const key of ['coverage', 'round_trip_share', 'organic_share']) {
    assertClose(key, readPercent(await page.text(`[data-out="${key}"]`)), model[key]);
  }
  return model;
}
