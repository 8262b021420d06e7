// When the calculator cannot run or fails: the static figures and charts for browsers
// that cannot run the wasm, the failure panel for errors after it has started, and a
// catcher for errors nobody else caught. The reader never gets a silent blank.

/** Whether the link asks for the widget: `?embed`, or `embed`/`embed=1` in the fragment. */
function embedInLink() {
  return new URLSearchParams(location.search).has('embed')
    || /(^|[#&])embed(=1|=true)?(&|$)/.test(location.hash);
}

/**
 * Shows the build-time figures and charts (the `[data-static]` block, which the page's
 * CSS shows under `.static`) in place of the interactive part, with `reason` as the one
 * line's reason. Used where the wasm cannot run or the page cannot be built; where the
 * module never runs at all, the head's guard script shows the same block.
 */
export function showStaticFallback(reason) {
  const root = document.documentElement;
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
  box.querySelector('[data-failure-text]').textContent =
    `Something went wrong in the calculator (${messageOf(error)}). The figures and charts may be out of date.`;
  box.hidden = false;
}

/** Catches errors and rejections that nothing else handled and shows them. */
export function catchStrayErrors(scenarioText) {
  window.addEventListener('error', (event) => showFailure(event.error ?? event.message, scenarioText()));
  window.addEventListener('unhandledrejection', (event) => showFailure(event.reason, scenarioText()));
}
