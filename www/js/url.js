// The scenario in the URL fragment: read on load and on hashchange, written once the
// reader pauses or lets go, copied by the Share button.
import { say } from './words.js';

const URL_DELAY_MS = 200;
let urlTimer = null;

/** The page's address with `text` as its fragment (no "#" for the default scenario). */
export function addressFor(text) {
  const base = `${location.pathname}${location.search}`;
  return text ? `${base}#${text}` : base;
}

/** The full link to the scenario `text`, whatever the address bar shows right now. */
export function linkFor(text) {
  return `${location.href.split('#')[0]}${text ? `#${text}` : ''}`;
}

/**
 * Writes the fragment now. replaceState: no history entry per slider step. The scenario
 * is also kept in the page's own DOM (`<html data-scenario>`), so that a copy saved as
 * HTML, whose address has no fragment, opens in it (`startingLink`).
 */
export function writeFragment(text) {
  clearTimeout(urlTimer);
  urlTimer = null;
  document.documentElement.dataset.scenario = text;
  const current = location.hash.replace(/^#/, '');
  if (current !== text) history.replaceState(history.state, '', addressFor(text));
}

/**
 * Writes the fragment once the reader pauses for 200 ms (a slider's release, its `change`,
 * writes it at once). Not during a drag: each change of the address costs a phone's frame
 * a few ms (replaceState, and the browser's work on the new address).
 */
export function scheduleFragment(textOf) {
  clearTimeout(urlTimer);
  urlTimer = setTimeout(() => writeFragment(textOf()), URL_DELAY_MS);
}

/** Copies `link` to the clipboard, or shows it selected for copying by hand. */
export async function shareLink(link, status) {
  status.replaceChildren();
  const field = () => {
    const input = document.createElement('input');
    input.readOnly = true;
    input.value = link;
    input.setAttribute('aria-label', say('link_label'));
    return input;
  };
  if (location.protocol === 'file:') {
    // A file:/// link opens nothing on another computer: say so, and offer it to copy.
    const input = field();
    status.append(`${say('local_link')} `, input);
    input.select();
    return;
  }
  // The system's share sheet where there is one (phones, Safari), else the clipboard.
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ title: document.title, url: link });
      return;
    } catch (error) {
      if (error?.name === 'AbortError') return; // the reader closed the sheet
    }
  }
  try {
    await navigator.clipboard.writeText(link);
    status.textContent = say('link_copied');
  } catch (error) {
    const input = field();
    status.append(`${say('copy_link')} `, input);
    input.select();
  }
}

/**
 * The scenario to open with: the address's fragment; else, in a copy of the page saved
 * with a scenario (the DOM keeps it in `<html data-scenario>`), that one.
 */
export function startingLink() {
  if (location.hash) return location.hash;
  const saved = document.documentElement.dataset.scenario;
  return saved ? `#${saved}` : '';
}
