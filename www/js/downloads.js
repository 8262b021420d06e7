// Downloads: each chart as PNG (2x) and SVG from the same plotters code, the year table
// as CSV, and the scenario as text. File names say what they are.
import { calculator, currentUpdate, exportingCalculator, isDark, scenarioText } from './state.js';
import { linkFor } from './url.js';
import { renderNotices, today } from './render.js';
import { say } from './words.js';
import { sandboxed, showBlockedHere } from './embed.js';

const PNG_SCALE = 2;

/** Saves `blob` as a file called `name`. */
function saveBlob(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** Room under an exported chart for its footer (scenario, source, link, date), CSS px. */
const FOOTER_PX = 64;

/** The chart drawn at 2x its on-screen size with its footer, as a PNG blob. */
function chartPng(calculator, chart, dark, link) {
  const shown = document.querySelector(`canvas[data-chart="${chart}"]`);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(shown.clientWidth, 320) * PNG_SCALE;
  canvas.height = (Math.max(shown.clientHeight, 200) + FOOTER_PX) * PNG_SCALE;
  calculator.drawExport(canvas, chart, dark, PNG_SCALE, link, today());
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png');
  });
}

/** The chart as an SVG document, at its on-screen size, with its footer. */
function chartSvg(calculator, chart, dark, link) {
  const shown = document.querySelector(`canvas[data-chart="${chart}"]`);
  const width = Math.max(shown.clientWidth, 320);
  const height = Math.max(shown.clientHeight, 200) + FOOTER_PX;
  const svg = calculator.svg(chart, dark, width, height, link, today());
  return new Blob([svg], { type: 'image/svg+xml' });
}

/**
 * The page as one HTML file that opens in scenario `text` anywhere, offline: the page's
 * own DOM (which holds the wasm, script and styles inline, and the scenario in
 * `<html data-scenario>`), without what this visit added to it (its ready state, an
 * open dialog, the notices).
 */
function offlineCopy(text) {
  const root = document.documentElement.cloneNode(true);
  root.dataset.scenario = text;
  for (const name of ['data-ready', 'data-starting', 'data-static-scenario']) root.removeAttribute(name);
  root.querySelector('dialog')?.removeAttribute('open');
  root.querySelector('.notices')?.setAttribute('hidden', '');
  root.querySelector('[data-share-status]')?.replaceChildren();
  return `<!doctype html>\n${root.outerHTML}\n`;
}

/** Handles a click on any `[data-download]` button. */
async function download(button) {
  if (sandboxed()) {
    showBlockedHere(); // the host's sandbox would drop the file without a word
    return;
  }
  const kind = button.dataset.download;
  const text = scenarioText();
  const dark = isDark();
  try {
    const tag = currentUpdate()?.file_tag ?? 'default';
    if (kind === 'png' || kind === 'svg') {
      const chart = button.dataset.for;
      const link = linkFor(text);
      const blob = kind === 'png' ? await chartPng(exportingCalculator(), chart, dark, link) : chartSvg(exportingCalculator(), chart, dark, link);
      saveBlob(blob, `roi-gap_${chart}-chart_${tag}.${kind}`);
    } else if (kind === 'csv') {
      const csv = calculator().csv(linkFor(text));
      saveBlob(new Blob([csv], { type: 'text/csv' }), `roi-gap_year-table_${tag}.csv`);
    } else if (kind === 'copy') {
      saveBlob(new Blob([offlineCopy(text)], { type: 'text/html' }), `roi-gap_${tag}.html`);
    }
  } catch (error) {
    renderNotices([{ message: say('download_failed', { error: error.message }) }]);
  }
}

/** Every `[data-download]` button, now and later, downloads what it names. */
export function wireDownloads() {
  document.addEventListener('click', (event) => {
    const button = event.target.closest('[data-download]');
    if (button) download(button);
  });
}
