// When the calculator cannot run or fails: the static figures and charts for browsers
// that cannot run the wasm, the failure panel for errors after it has started, and a
// catcher for errors nobody else caught. The reader never gets a silent blank.

/**
 * Shows the build-time figures and charts (the `<noscript>` block, which a browser with
 * scripting keeps as text) in place of the interactive part, with one line saying why.
 */
export function showStaticFallback(reason) {
  const root = document.documentElement;
  root.classList.add('static');
  const source = document.querySelector('noscript[data-static]');
  if (source && !document.querySelector('[data-static-copy]')) {
    const template = document.createElement('template');
    template.innerHTML = source.textContent; // our own build-time markup, not input
    const section = template.content.querySelector('.noscript');
    if (section) {
      section.dataset.staticCopy = '';
      const note = section.querySelector('[data-static-note]');
      if (note) {
        note.replaceChildren();
        const strong = document.createElement('strong');
        strong.textContent = 'The interactive part of this calculator cannot run in this browser';
        note.append(strong, ` (${reason}). Here are the default scenario's numbers and charts.`);
      }
      source.after(section);
    }
  }
  document.querySelector('main')?.setAttribute('hidden', '');
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
  const message = error && error.message ? error.message : String(error);
  box.querySelector('[data-failure-text]').textContent =
    `Something went wrong in the calculator (${message}). The figures and charts may be out of date.`;
  box.hidden = false;
}

/** Catches errors and rejections that nothing else handled and shows them. */
export function catchStrayErrors(scenarioText) {
  window.addEventListener('error', (event) => showFailure(event.error ?? event.message, scenarioText()));
  window.addEventListener('unhandledrejection', (event) => showFailure(event.reason, scenarioText()));
}
