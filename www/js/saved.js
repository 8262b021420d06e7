// Saved scenarios: named scenario texts in localStorage. Storage that is missing,
// blocked, corrupt or written by something else is ignored with a notice, never a crash.

const STORE_KEY = 'roi-gap:saved:v1';
const MAX_SAVED = 50;
const MAX_NAME = 80;

/** The saved list, and a notice when the store could not be read. */
export function readSaved() {
  let raw;
  try {
    raw = localStorage.getItem(STORE_KEY);
  } catch (error) {
    return { list: [], notice: 'This browser does not allow saving scenarios here.' };
  }
  if (raw === null) return { list: [], notice: null };
  let data;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    return { list: [], notice: 'Saved scenarios in this browser were unreadable and were ignored.' };
  }
  if (!Array.isArray(data)) {
    return { list: [], notice: 'Saved scenarios in this browser were unreadable and were ignored.' };
  }
  const list = data.filter((item) => item && typeof item === 'object'
    && typeof item.name === 'string' && typeof item.scenario === 'string'
    && item.name.length <= MAX_NAME && item.scenario.length <= 10000).slice(0, MAX_SAVED);
  const notice = list.length < data.length ? `${data.length - list.length} unreadable saved scenarios were ignored.` : null;
  return { list, notice };
}

/** Writes the list; returns an error message, or null. */
function writeSaved(list) {
  try {
    localStorage.setItem(STORE_KEY, JSON.stringify(list));
    return null;
  } catch (error) {
    return 'The scenario could not be saved: this browser\'s storage is full or blocked.';
  }
}

/** Adds or replaces the scenario called `name`. */
export function saveScenario(name, scenario) {
  const clean = name.trim().slice(0, MAX_NAME);
  if (!clean) return 'Give the scenario a name first.';
  const { list } = readSaved();
  const rest = list.filter((item) => item.name !== clean);
  if (rest.length >= MAX_SAVED) return `At most ${MAX_SAVED} scenarios can be saved; delete one first.`;
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
    load.textContent = 'Load';
    load.dataset.load = item.name;
    load.setAttribute('aria-label', `Load ${item.name}`);
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.textContent = 'Delete';
    remove.dataset.delete = item.name;
    remove.setAttribute('aria-label', `Delete ${item.name}`);
    li.append(name, load, remove);
    return li;
  }));
  container.closest('[data-saved-section]').classList.toggle('empty', list.length === 0);
}
