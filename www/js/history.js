// Undo and redo of the scenarios the reader settles on. On the full page each settled
// scenario is a history entry, so Back and Forward step through them (the fragment of
// every entry is its scenario); the Undo and Redo buttons do the same. Inside a widget the
// host's history must not be touched: the buttons step through a list kept here.
import { addressFor } from './url.js';

/** A scenario counts as settled after this pause, not at every slider step. */
const SETTLE_MS = 700;

const record = {
  embedded: false,
  /** The widget's settled scenarios, and which one is shown. */
  entries: [],
  index: 0,
  /** The full page's furthest entry of this visit (for Redo). */
  top: 0,
  /** The scenario text of the entry shown. */
  settled: null,
  timer: null,
  restore: null,
};

function updateButtons() {
  const last = record.embedded ? record.entries.length - 1 : record.top;
  document.querySelector('[data-action="undo"]').disabled = record.index <= 0;
  document.querySelector('[data-action="redo"]').disabled = record.index >= last;
}

/**
 * Starts the record at the scenario `text` shown now. `restore(text)` shows a scenario
 * of a widget's list; the full page's Back and Forward load theirs as any fragment.
 */
export function startHistory({ embedded, text, restore }) {
  Object.assign(record, { embedded, settled: text, restore, entries: [text], index: 0, top: 0 });
  if (!embedded) {
    // A reload keeps the entries of this visit: where it stands among them is in the state.
    const at = Number.isInteger(history.state?.roiGap) ? history.state.roiGap : 0;
    history.replaceState({ ...history.state, roiGap: at }, '');
    Object.assign(record, { index: at, top: at });
    window.addEventListener('popstate', (event) => {
      if (!Number.isInteger(event.state?.roiGap)) return; // a link to a section
      record.index = event.state.roiGap;
      record.settled = location.hash.replace(/^#/, '');
      updateButtons();
    });
  }
  document.querySelector('[data-action="undo"]').addEventListener('click', () => step(-1));
  document.querySelector('[data-action="redo"]').addEventListener('click', () => step(1));
  updateButtons();
}

function step(by) {
  clearTimeout(record.timer);
  if (!record.embedded) {
    history.go(by); // popstate, then the fragment's scenario is loaded
    return;
  }
  const index = record.index + by;
  if (index < 0 || index >= record.entries.length) return;
  record.index = index;
  record.settled = record.entries[index];
  record.restore(record.settled);
  updateButtons();
}

/** Records the scenario `text` as settled now (a preset, Reset): one entry. */
export function settle(text) {
  clearTimeout(record.timer);
  if (record.restore === null || text === record.settled) return;
  if (record.embedded) {
    record.entries.splice(record.index + 1);
    record.entries.push(text);
  } else {
    // The address followed the drag (replaceState); the entry being left keeps the
    // scenario it was settled with, and the new one gets this.
    history.replaceState(history.state, '', addressFor(record.settled));
    history.pushState({ roiGap: record.index + 1 }, '', addressFor(text));
    record.top = record.index + 1;
  }
  record.index += 1;
  record.settled = text;
  updateButtons();
}

/** Records the scenario `textOf()` gives once the reader has paused. */
export function settleSoon(textOf) {
  clearTimeout(record.timer);
  record.timer = setTimeout(() => settle(textOf()), SETTLE_MS);
}
