// Saved scenarios: named scenario texts in localStorage. Storage that is missing,
// blocked, corrupt or written by something else is ignored with a notice, never a crash.
import { say } from './words.js';

const STORE_KEY = 'roi-gap:saved:v1';
const MAX_SAVED = 50;
const MAX_NAME = 80;

/** The saved list, and a notice when the store could not be read. */
export function readSaved() {
  let raw;
  try {
    raw = localStorage.getItem(STORE_KEY);
  } catch (error) {
    return { list: [], notice: say('storage_blocked') };
  }
  if (raw === null) return { list: [], notice: null };
  let data;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    return { list: [], notice: say('storage_unreadable') };
  }
  if (!Array.isArray(data)) {
    return { list: [], notice: say('storage_unreadable') };
  }
  const list = data.filter((item) => item && typeof item === 'object'
    && typeof item.name === 'string' && typeof item.scenario === 'string'
    && item.name.length <= MAX_NAME && item.scenario.length <= 10000).slice(0, MAX_SAVED);
  const notice = list.length < data.length ? say('storage_unreadable') : null;
  return { list, notice };
}

/** Writes the list; returns an error message, or null. */
function writeSaved(list) {
  try {
    localStorage.setItem(STORE_KEY, JSON.stringify(list));
    return null;
  } catch (error) {
    return say('save_failed');
  }
}

/** Adds or replaces the scenario called `name`. */
export function saveScenario(name, scenario) {
  const clean = name.trim().slice(0, MAX_NAME);
  if (!clean) return say('name_first');
  const { list } = readSaved();
  const rest = list.filter((item) => item.name !== clean);
  if (rest.length >= MAX_SAVED) return say('save_max', { n: MAX_SAVED });
  return writeSaved([{ name: clean, scenario, saved: new Date().toISOString() }, ...rest]);
}

export function deleteSaved(name) {
  return writeSaved(readSaved().list.filter((item) => item.name !== name));
}

/** Lists saved scenarios with Load and Delete buttons (names as text, never HTML). */
export function renderSaved(container, list) {
  container.replaceChildren(...list.map((item) => {
    const li = document.createElement('li');
    const name = document.createElement('span');
    name.className = 'saved-name';
    name.textContent = item.name;
    const load = document.createElement('button');
    load.type = 'button';
    load.textContent = say('load');
    load.dataset.load = item.name;
    load.setAttribute('aria-label', say('load_label', { name: item.name }));
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.textContent = say('delete');
    remove.dataset.delete = item.name;
    remove.setAttribute('aria-label', say('delete_label', { name: item.name }));
    li.append(name, load, remove);
    return li;
  }));
  container.closest('[data-saved-section]').classList.toggle('empty', list.length === 0);
}
