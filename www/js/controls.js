// The assumption controls: a slider and a number box per model input, built from the
// model's own parameter table, grouped as the model groups them, and the preset menu.
import { formatInput, sliderPosition, sliderValue } from './wasm.js';
import { currentLang, say } from './words.js';

/** One labelled slider + number box + help line. */
function controlRow(spec) {
  const row = document.createElement('div');
  row.className = 'control';
  row.dataset.key = spec.key;
  const id = `in-${spec.key}`;
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = spec.label;
  if (spec.unit_shown) {
    const unit = document.createElement('span');
    unit.className = 'unit';
    unit.textContent = spec.unit;
    label.append(' ', unit);
  }
  const range = document.createElement('input');
  // The track is in positions (spec.track): linear in the input's units, or a piecewise
  // scale that gives the realistic band most of the track (src/model/slider.rs).
  const { track } = spec;
  Object.assign(range, { type: 'range', id, name: spec.key, min: track.min, max: track.max, step: track.step });
  range.setAttribute('aria-describedby', `help-${spec.key}`);
  const box = document.createElement('input');
  Object.assign(box, { type: 'number', name: spec.key, min: spec.min, max: spec.max, step: 'any' });
  box.setAttribute('aria-label', spec.unit_shown ? `${spec.label}, ${spec.unit}` : spec.label);
  box.inputMode = 'decimal';
  const help = document.createElement('p');
  help.className = 'help';
  help.id = `help-${spec.key}`;
  help.textContent = spec.help;
  const error = document.createElement('p');
  error.className = 'field-error';
  error.setAttribute('aria-live', 'polite');
  row.append(label, range, box, help, error);
  return row;
}

/** Builds every group of controls into `container`, from the facts. */
export function buildControls(container, { params: specs, groups: groupFacts }) {
  container.replaceChildren(); // a saved copy of the page already holds the last build
  rows.clear();
  const groups = new Map();
  for (const spec of specs) {
    if (!groups.has(spec.group)) {
      const fieldset = document.createElement('fieldset');
      fieldset.className = 'group';
      fieldset.dataset.group = spec.group;
      const legend = document.createElement('legend');
      legend.textContent = groupFacts.find((g) => g.id === spec.group)?.title ?? spec.group;
      fieldset.append(legend);
      groups.set(spec.group, fieldset);
      container.append(fieldset);
    }
    const row = controlRow(spec);
    groups.get(spec.group).append(row);
    const [range, box] = row.querySelectorAll('input');
    rows.set(spec.key, { range, box, error: row.querySelector('.field-error') });
  }
}

/** Each input's slider, number box and message line, by key (found once, not per input event). */
const rows = new Map();

/** The value of input `spec` at its slider's position `position`. */
export const valueAt = (spec, position) => sliderValue(spec.key, position);

/**
 * Shows `value` in the slider and number box of `spec`, leaving alone the control being
 * used. A linear track ends at `slider_max` (realistic values) and stretches to `max` for
 * a value beyond it.
 */
export function showInputValue(spec, value, except) {
  const row = rows.get(spec.key);
  if (!row) return;
  const position = sliderPosition(spec.key, value);
  if (row.range !== except) {
    row.range.max = String(position > spec.track.max ? spec.track.stretched : spec.track.max);
    row.range.value = String(position);
  }
  row.range.setAttribute('aria-valuetext', formatInput(spec.key, value, currentLang()));
  if (row.box !== except) row.box.value = String(value);
}

/** Shows or clears the inline message under a control. */
export function showFieldError(key, message) {
  const row = rows.get(key);
  if (!row) return;
  // Written only when it changes: a slider clears it on every move.
  if (row.error.textContent !== message) row.error.textContent = message;
  const invalid = message ? 'true' : 'false';
  if (row.box.getAttribute('aria-invalid') !== invalid) row.box.setAttribute('aria-invalid', invalid);
}

/** Hides the sliders not named in `show` (null shows all); hides emptied groups. */
export function applyShow(show) {
  for (const row of document.querySelectorAll('.control')) {
    row.hidden = show !== null && !show.includes(row.dataset.key);
  }
  for (const group of document.querySelectorAll('fieldset.group')) {
    group.hidden = [...group.querySelectorAll('.control')].every((row) => row.hidden);
  }
}

/** Fills the preset menu: each preset, plus "Custom" for anything else. */
export function buildPresetMenu(select, presetList) {
  select.replaceChildren();
  for (const preset of presetList) {
    const option = document.createElement('option');
    option.value = preset.id;
    option.textContent = preset.name;
    select.append(option);
  }
  const custom = document.createElement('option');
  custom.value = '';
  custom.disabled = true; // shown when the inputs match no preset; not a choice
  custom.textContent = say('custom');
  select.append(custom);
}

/** Shows the source sentence and link of `preset` (none for custom scenarios). */
export function showPresetSource(element, preset) {
  element.replaceChildren();
  if (!preset) {
    element.textContent = say('custom_source');
    return;
  }
  element.append(`${say('source', { source: preset.source })} `);
  if (preset.link) {
    const a = document.createElement('a');
    a.href = preset.link;
    a.rel = 'noopener';
    a.textContent = say('read_it');
    element.append(a);
  }
}
