// Downloads: each chart as PNG (2x) and SVG from the same plotters code, the year table
// as CSV, and the scenario as text. File names say what they are.
import { calculator, currentUpdate, isDark, scenarioText } from './state.js';
import { linkFor } from './url.js';
import { renderNotices } from './render.js';
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

/** The chart drawn at 2x its on-screen size, as a PNG blob. */
function chartPng(calculator, chart, dark) {
  const shown = document.querySelector(`canvas[data-chart="${chart}"]`);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(shown.clientWidth, 320) * PNG_SCALE;
  canvas.height = Math.max(shown.clientHeight, 200) * PNG_SCALE;
  calculator.draw(canvas, chart, dark, PNG_SCALE);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png');
  });
}

/** The chart as an SVG document, at its on-screen size. */
function chartSvg(calculator, chart, dark) {
  const shown = document.querySelector(`canvas[data-chart="${chart}"]`);
  const svg = calculator.svg(chart, dark, Math.max(shown.clientWidth, 320), Math.max(shown.clientHeight, 200));
  return new Blob([svg], { type: 'image/svg+xml' });
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
      const blob = kind === 'png' ? await chartPng(calculator(), chart, dark) : chartSvg(calculator(), chart, dark);
      saveBlob(blob, `roi-gap_${chart}-chart_${tag}.${kind}`);
    } else if (kind === 'csv') {
      const csv = calculator().csv(linkFor(text));
      saveBlob(new Blob([csv], { type: 'text/csv' }), `roi-gap_year-table_${tag}.csv`);
    } else if (kind === 'scenario') {
      const body = `${text}\n`;
      saveBlob(new Blob([body], { type: 'text/plain' }), `roi-gap_scenario_${tag}.txt`);
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
