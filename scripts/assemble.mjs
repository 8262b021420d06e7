// Assembles dist/index.html: www/index.html with its stylesheet and one inline module
// script, which esbuild bundles from the page's ES modules (www/js/main.js and what it
// imports), wasm-bindgen's `--target web` glue as it is, and the wasm gzipped, as base64;
// so the one file works from file:// with no network request. The no-JavaScript fallback
// is put in its place.
// Usage: node scripts/assemble.mjs GLUE.js OPT.wasm NOSCRIPT.html OUTDIR
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { build, transform } from 'esbuild';
import { gzipAsync } from '@gfx/zopfli';
import { gunzipHere } from '../www/js/gunzip.js';
import { shortImports } from './wasm-imports.mjs';

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

/** The stylesheet, minified (its comments are for www/; 1.9 KB of the gzipped page). */
async function inlineStyles(html) {
  const links = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)">/g)];
  for (const [tag, href] of links) {
    const { code } = await transform(read(join(WWW, href)), { loader: 'css', minify: true, target: TARGET, logLevel: 'warning' });
    html = html.replace(tag, () => `<style>\n${code}</style>`);
  }
  return html;
}

function sha256(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The Content-Security-Policy: nothing from anywhere (`default-src 'none'`) but the page's
 * own inline scripts and style, by hash, compiling its inlined wasm, its charts' worker
 * from a blob: URL, data: images (the icon), and frames of itself (the Embed dialog
 * measures the widget in one).
 */
function withCsp(html) {
  const scripts = [...html.matchAll(/<script(?: type="module")?>([\s\S]*?)<\/script>/g)].map((m) => sha256(m[1]));
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => sha256(m[1]));
  // The head's guard (shows the static block if the module never starts) and the module.
  if (scripts.length !== 2 || styles.length !== 1) fail('expected two inline scripts and one inline style');
  const policy = [
    "default-src 'none'",
    `script-src ${scripts.join(' ')} 'wasm-unsafe-eval'`,
    `style-src ${styles.join(' ')}`,
    'img-src data:',
    // The charts' worker (www/js/drawing.js) starts from a blob: URL of its inlined source:
    // the page is one file, and a worker cannot load a neighbouring file from file://.
    'worker-src blob:',
    "frame-src 'self' file:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return html.replace('<meta charset="utf-8">',
    `<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="${policy}">`);
}

// Safari 15+ and every engine of the last four years: no syntax newer than they read.
// Chrome 91, not 90: for 80-90 esbuild rewrites every `?.`, for a V8 bug in an optional
// call with a spread argument before the last (crbug.com/42201552; the page has none):
// 0.3 KB of the gzipped page.
const TARGET = ['es2020', 'chrome91', 'firefox90', 'safari15'];

/**
 * wasm-bindgen's glue (an ES module, bundled unchanged) as the module `roi-gap:glue`, once
 * for both threads. The page's bundle holds it as the body of a function, `glueFactory`,
 * that returns its exports; the page calls it, and hands the charts' worker its source
 * (`Function.prototype.toString`, drawing.js), which the worker calls as
 * `self.roiGapGlue()`. One copy instead of two: 4.2 KB of the gzipped page. Its
 * `import.meta.url` only locates a .wasm file it is never asked to fetch: both threads
 * hand it the compiled module.
 */
async function glueModule(format) {
  const { iife, names } = await (gluePartsOnce ??= glueParts());
  const body = format === 'iife'
    ? 'const glue = self.roiGapGlue();'
    : `export function glueFactory() {\n${iife}\nreturn roiGapGlue;\n}\nconst glue = glueFactory();`;
  return `${body}\nexport const { ${names.join(', ')} } = glue;\nexport default glue.default;\n`;
}
let gluePartsOnce = null;

/** wasm-bindgen's glue and wasm, their imports' names shortened (scripts/wasm-imports.mjs). */
let shortOnce = null;
const glueAndWasm = () => (shortOnce ??= shortImports(read(gluePath), readFileSync(resolve(wasmPath))));

/** The glue as a script that sets `roiGapGlue` to its exports, and their names. */
async function glueParts() {
  const stdin = () => ({ contents: glueAndWasm().glue, resolveDir: dirname(resolve(gluePath)), sourcefile: gluePath });
  const iife = await build({
    stdin: stdin(),
    bundle: true,
    format: 'iife',
    globalName: 'roiGapGlue',
    write: false,
    minify: true,
    legalComments: 'none',
    target: TARGET,
    define: { 'import.meta.url': '"about:blank"' },
    logLevel: 'warning',
  });
  const listing = await build({ stdin: stdin(), write: false, metafile: true, logLevel: 'warning' });
  const names = Object.values(listing.metafile.outputs)[0].exports.filter((name) => name !== 'default');
  return { iife: iife.outputFiles[0].text, names };
}

/**
 * The page's script: www/js/main.js and its imports, bundled. Three virtual modules join
 * the build's outputs: `roi-gap:glue` (above), `roi-gap:wasm` the wasm, gzipped, as a
 * base64 string export, and `roi-gap:worker` the charts' worker's script.
 */
async function bundle(entry, format = 'esm') {
  const glue = await glueModule(format);
  const worker = format === 'esm' ? await bundle(join(WWW, 'js', 'worker.js'), 'iife') : null;
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format,
    write: false,
    minify: true,
    legalComments: 'none',
    target: TARGET,
    // The worker is a classic script (module workers came late to Firefox).
    logLevel: 'warning',
    plugins: [{
      name: 'roi-gap-virtual',
      setup(builder) {
        // The charts' worker (www/js/worker.js), bundled on its own, as a string.
        builder.onResolve({ filter: /^roi-gap:worker$/ }, () => ({ path: 'worker', namespace: 'roi-gap' }));
        builder.onResolve({ filter: /^roi-gap:wasm$/ }, () => ({ path: 'wasm', namespace: 'roi-gap' }));
        builder.onResolve({ filter: /^roi-gap:glue$/ }, () => ({ path: 'glue', namespace: 'roi-gap' }));
        builder.onLoad({ filter: /.*/, namespace: 'roi-gap' }, async (args) => {
          if (args.path === 'wasm') return { contents: await gzippedWasm(), loader: 'base64' };
          if (args.path === 'glue') return { contents: glue, loader: 'js' };
          return { contents: worker, loader: 'text' };
        });
        builder.onResolve({ filter: /^roi-gap:/ }, (args) => ({ errors: [{ text: `unknown virtual module ${args.path}` }] }));
        // tiny-inflate is CommonJS: as an ES module (its one `module.exports` made an export
        // default) the bundle needs no CommonJS wrapper (0.8 KB of the gzipped page).
        builder.onLoad({ filter: /[\\/]tiny-inflate[\\/]index\.js$/ }, (args) => {
          const source = read(args.path);
          const esm = source.replace(/^module\.exports = (\w+);$/m, 'export default $1;');
          if (esm === source || /\b(module|exports|require)\b/.test(esm.replace(/\/\/.*|\/\*[^]*?\*\//g, ''))) {
            fail(`${args.path} is not the one-export CommonJS module assemble.mjs expects`);
          }
          return { contents: esm, loader: 'js' };
        });
      },
    }],
  });
  return result.outputFiles[0].text;
}

/**
 * The wasm, gzipped: the page decompresses it before compiling (www/js/wasm.js). Base64
 * hides the wasm's bytes from the gzip a server applies to the page (the page gzipped 336
 * KB with the wasm as plain base64, 265 KB with it gzipped first). Zopfli writes the same
 * gzip format 5% smaller than GNU gzip -9 (198 against 209 KB for this wasm), in 2 s of
 * build time and nothing at the reader's end; its header has no name and no time, so the
 * output is the same for the same wasm.
 */
async function gzippedWasm() {
  const { wasm } = glueAndWasm();
  // Engines without DecompressionStream unpack it with tiny-inflate (www/js/gunzip.js), which
  // could not unpack every stream zopfli writes: this wasm with 100 iterations gave "Data
  // error", while zlib read it. So the build unpacks each stream with the page's own
  // function, and takes the first that comes back whole (another wasm, another stream).
  const failures = [];
  for (const numiterations of [15, 14, 16, 10]) {
    // Blocks split wherever zopfli finds it pays (blocksplittingmax 0: no limit, 15 by
    // default): 0.8 KB smaller, in a second more.
    const gzipped = Buffer.from(await gzipAsync(wasm, { numiterations, blocksplittingmax: 0 }));
    try {
      if (wasm.equals(gunzipHere(gzipped))) return gzipped;
      failures.push(`${numiterations} iterations: unpacked wrong`);
    } catch (error) {
      failures.push(`${numiterations} iterations: ${error.message}`);
    }
    console.warn(`assemble: tiny-inflate cannot unpack zopfli's stream (${failures.at(-1)}); trying another`);
  }
  throw new Error(`tiny-inflate cannot unpack the gzipped wasm (${failures.join('; ')})`);
}

async function inlineScripts(html) {
  const tag = /<script type="module" src="([^"]+)"><\/script>\n?/g;
  const entries = [...html.matchAll(tag)].map((m) => join(WWW, m[1]));
  if (entries.length !== 1) fail('www/index.html must have exactly one <script type="module" src=...>');
  const body = await bundle(entries[0]);
  if (/<\/script/i.test(body)) fail('a script contains "</script": it would end the inline script');
  return html.replace(tag, () => `<script type="module">\n${body}\n</script>\n`);
}

function inlineNoscript(html) {
  if (!html.includes('<!-- NOSCRIPT -->')) fail('www/index.html has no <!-- NOSCRIPT --> marker');
  return html.replace('<!-- NOSCRIPT -->', () => read(noscriptPath));
}

/**
 * The shell without its lines' indentation (0.1 KB of the gzipped page): a line break
 * stays, so no two words join; scripts, styles, <pre> and <textarea> keep theirs.
 */
function dedent(text) {
  return text.split(/(<(script|style|pre|textarea)\b[^>]*>[\s\S]*?<\/\2>)/)
    .map((part, i) => (i % 3 === 0 ? part.replace(/\n[ \t]+/g, '\n') : i % 3 === 1 ? part : ''))
    .join('');
}

mkdirSync(outDir, { recursive: true });
if (!existsSync(gluePath) || !existsSync(wasmPath)) fail(`missing ${gluePath} or ${wasmPath}`);
// Safari 16 / WPE 2.38's wasm JIT traps on wasm-bindgen's externref table: build.sh builds
// without reference types, and a glue that still uses them must not ship.
if (/externref/.test(read(gluePath))) fail('the wasm-bindgen glue uses externref: build without reference types (build.sh)');
let html = dedent(read(join(WWW, 'index.html')));
html = await inlineStyles(html);
html = await inlineScripts(html);
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
