// Assembles dist/index.html: www/index.html with its stylesheet, the wasm-bindgen glue,
// the optimised wasm (base64) and the page scripts inlined, so the one file works from
// file:// with no network request, and the no-JavaScript fallback put in its place.
// Usage: node scripts/assemble.mjs GLUE.js OPT.wasm NOSCRIPT.html OUTDIR
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';

const [gluePath, wasmPath, noscriptPath, outDir] = process.argv.slice(2);
const WWW = 'www';

function fail(message) {
  console.error(`assemble: ${message}`);
  process.exit(1);
}

function read(path) {
  if (!existsSync(path)) fail(`missing ${path}`);
  return readFileSync(path, 'utf8');
}

/**
 * The glue in a scope of its own, so its internal names cannot clash with the page's:
 * `const ROI = (() => { ...glue without exports...; return { initSync, Calculator, ... }; })();`
 */
function glueModule(source) {
  const names = [...source.matchAll(/^export (?:function|class|const|let) ([A-Za-z_$][\w$]*)/gm)]
    .map((m) => m[1]);
  const listed = [...source.matchAll(/^export \{([^}]*)\}/gm)]
    .flatMap((m) => m[1].split(',').map((part) => part.trim().split(/\s+as\s+/)))
    .filter(([, alias]) => alias !== 'default')
    .map(([name]) => name);
  if (!listed.includes('initSync')) fail('the wasm-bindgen glue does not export initSync');
  const body = source
    .replace(/^export (function|class|const|let) /gm, '$1 ')
    .replace(/^export \{[^}]*\};?\s*$/gm, '');
  return `const ROI = (() => {\n${body}\nreturn { ${[...names, ...listed].join(', ')} };\n})();`;
}

function inlineStyles(html) {
  return html.replace(/<link rel="stylesheet" href="([^"]+)">/g,
    (_, href) => `<style>\n${read(join(WWW, href))}</style>`);
}

function sha256(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The Content-Security-Policy: nothing from anywhere (`default-src 'none'`) but the page's
 * own inline script and style, by hash, compiling its inlined wasm, data: images (the
 * icon), and frames of itself (the Embed dialog measures the widget in one).
 */
function withCsp(html) {
  const scripts = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => sha256(m[1]));
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => sha256(m[1]));
  if (scripts.length !== 1 || styles.length !== 1) fail('expected one inline script and one inline style');
  const policy = [
    "default-src 'none'",
    `script-src ${scripts.join(' ')} 'wasm-unsafe-eval'`,
    `style-src ${styles.join(' ')}`,
    'img-src data:',
    "frame-src 'self' file:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return html.replace('<meta charset="utf-8">',
    `<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="${policy}">`);
}

function inlineScripts(html, glue, wasmBase64) {
  const tag = /<script type="module" src="([^"]+)"><\/script>\n?/g;
  const sources = [...html.matchAll(tag)].map((m) => `// ${m[1]}\n${read(join(WWW, m[1]))}`);
  if (sources.length === 0) fail('www/index.html has no <script type="module" src=...>');
  const body = [glueModule(glue), `const WASM_BASE64 = "${wasmBase64}";`, ...sources].join('\n');
  if (/<\/script/i.test(body)) fail('a script contains "</script": it would end the inline script');
  let first = true;
  return html.replace(tag, () => {
    if (!first) return '';
    first = false;
    return `<script type="module">\n${body}\n</script>\n`;
  });
}

function inlineNoscript(html) {
  if (!html.includes('<!-- NOSCRIPT -->')) fail('www/index.html has no <!-- NOSCRIPT --> marker');
  return html.replace('<!-- NOSCRIPT -->', () => read(noscriptPath));
}

mkdirSync(outDir, { recursive: true });
const wasmBase64 = readFileSync(wasmPath).toString('base64');
let html = read(join(WWW, 'index.html'));
html = inlineStyles(html);
html = inlineScripts(html, read(gluePath), wasmBase64);
html = inlineNoscript(html);
html = withCsp(html);
const markup = html.replace(/<script[^>]*>[\s\S]*?<\/script>/g, '').replace(/<a [^>]*>/g, '');
if (/\s(src|href)="(?!#|https:\/\/|mailto:|data:)[^"]*"/.test(markup)) {
  fail('dist/index.html still refers to a neighbouring file');
}
writeFileSync(join(outDir, 'index.html'), html);
if (existsSync(join(WWW, 'embed.js'))) {
  writeFileSync(join(outDir, 'embed.js'), read(join(WWW, 'embed.js')));
}
