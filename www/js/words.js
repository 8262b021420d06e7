// The page's words in the current language: the texts Rust hands over in the facts
// (`facts.page`, `facts.numbers`), set by state.js when the language is chosen, read by
// every module that writes text. A text the page asks for that the facts do not have is
// an error, never an English fallback: the page tests fail on it.

let current = { lang: 'en', page: null, numbers: null };

/** Takes the words of `facts` (from `facts(lang)`) as the page's words. */
export function setWords(facts) {
  current = { lang: facts.lang, page: facts.page, numbers: facts.numbers };
}

/** The current language's tag: `en`, `zh-Hans` or `zh-Hant`. */
export const currentLang = () => current.lang;

/** Fills `{name}` placeholders of `template` with `values`, as Rust's `words::fill`. */
export function fill(template, values = {}) {
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

/** Text `key` of the facts' table `table` ("page" or "numbers"), filled with `values`. */
function text(table, key, values) {
  const template = current[table]?.[key];
  if (typeof template !== 'string') throw new Error(`the page has no ${table} text "${key}"`);
  return fill(template, values);
}

/** The page text `key`, filled with `values`. */
export const say = (key, values) => text('page', key, values);

/** The number text `key` ("in_year", "by_year", ...), filled with `values`. */
export const sayNumber = (key, values) => text('numbers', key, values);

/**
 * Writes the page's words into the static HTML: `data-t="KEY"` sets the text,
 * `data-t-html="KEY"` the markup (our own, from Rust), `data-t-label`, `data-t-placeholder`
 * and `data-t-title` the attributes; then the document's title, description and language.
 */
export function applyTexts(root = document) {
  for (const el of root.querySelectorAll('[data-t]')) el.textContent = say(el.dataset.t);
  for (const el of root.querySelectorAll('[data-t-html]')) el.innerHTML = say(el.dataset.tHtml);
  for (const el of root.querySelectorAll('[data-t-label]')) el.setAttribute('aria-label', say(el.dataset.tLabel));
  for (const el of root.querySelectorAll('[data-t-placeholder]')) el.placeholder = say(el.dataset.tPlaceholder);
  document.title = say('title');
  document.querySelector('meta[name=description]')?.setAttribute('content', say('description'));
  document.documentElement.lang = current.lang;
}
