// When the calculator cannot run or fails: the static figures and charts for browsers
// that cannot run the wasm, the failure panel for errors after it has started, and a
// catcher for errors nobody else caught. The reader never gets a silent blank.
import { say } from './words.js';

/** Whether the link asks for the widget: `?embed`, or `embed`/`embed=1` in the fragment. */
function embedInLink() {
  return new URLSearchParams(location.search).has('embed')
    || /(^|[#&])embed(=1|=true)?(&|$)/.test(location.hash);
}

/**
 * The language of the static block to open: `lang=` in the link, else the browser's.
 * Rust's `Lang::from_tag` decides this everywhere else; here the wasm could not run, so
 * this is the same rule, kept as small as it can be: zh with Hant, TW, HK or MO is
 * Traditional, other zh Simplified, anything else English.
 */
function staticLanguage() {
  const fromLink = /(?:^|[#&])lang=([^&]*)/.exec(location.hash)?.[1];
  const wanted = [fromLink, ...(navigator.languages ?? [navigator.language])].filter(Boolean);
  for (const tag of wanted.map((t) => decodeURIComponent(String(t)).toLowerCase())) {
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
    if (tag === 'zh' || tag.startsWith('zh-') || tag.startsWith('zh_')) {
      if (/[-_]hant/.test(tag)) return 'zh-Hant';
      if (/[-_]hans/.test(tag)) return 'zh-Hans';
      return /[-_](tw|hk|mo)\b/.test(tag) ? 'zh-Hant' : 'zh-Hans';
    }
  }
  return 'en';
}

/**
 * Shows the build-time figures and charts (the `[data-static]` block, which the page's
 * CSS shows under `.static`) in place of the interactive part, with `reason` as the one
 * line's reason. Used where the wasm cannot run or the page cannot be built; where the
 * module never runs at all, the head's guard script shows the same block.
 */
export function showStaticFallback(reason) {
  const root = document.documentElement;
  const lang = staticLanguage();
  for (const block of document.querySelectorAll('[data-static-lang]')) {
    block.open = block.dataset.staticLang === lang;
  }
  root.lang = lang;
  const why = document.querySelector('[data-static-reason]');
  if (why && reason) why.textContent = reason;
  root.classList.toggle('embed', embedInLink());
  root.classList.add('static');
  root.removeAttribute('data-starting');
  root.dataset.ready = 'static';
}

/** The message of whatever was thrown. */
export function messageOf(error) {
  return error && typeof error.message === 'string' ? error.message : String(error);
}

/**
 * Shows that the calculator failed after it had started (for example, the wasm trapped),
 * with a way out. The scenario stays in the address: `fragment` is written first.
 */
export function showFailure(error, fragment) {
  try {
    if (fragment && location.hash.replace(/^#/, '') !== fragment) {
      history.replaceState(history.state, '', `${location.pathname}${location.search}#${fragment}`);
    }
  } catch (ignored) {
    // a sandboxed page may refuse history changes: the panel still shows
  }
  const box = document.querySelector('[data-failure]');
  if (!box) return;
  let text;
  try {
    text = say('failure', { error: messageOf(error) });
  } catch (noWords) {
    // The failure came before the page had its words: the static panel's English.
    text = `Something went wrong in the calculator (${messageOf(error)}). The figures and charts may be out of date.`;
  }
  box.querySelector('[data-failure-text]').textContent = text;
  box.hidden = false;
}

/** Catches errors and rejections that nothing else handled and shows them. */
export function catchStrayErrors(scenarioText) {
  window.addEventListener('error', (event) => showFailure(event.error ?? event.message, scenarioText()));
  window.addEventListener('unhandledrejection', (event) => showFailure(event.reason, scenarioText()));
}
