// Helpers under the page-test fixture (engines.mjs) and the bench and screenshot scripts:
// Debian's Chromium through playwright-core, the built dist/ (or $ROI_GAP_DIST) opened from
// file:// or from a throwaway local server, and a record of every page error, console error
// and network request. Page tests use engines.mjs, which runs them in every engine.
import { chromium } from 'playwright-core';
import { execSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { resolve, join, extname } from 'node:path';
import { pathToFileURL } from 'node:url';

export const DIST = resolve(process.env.ROI_GAP_DIST || 'dist');
export const PAGE_URL = pathToFileURL(join(DIST, 'index.html')).href;

const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** In the page: resolves after two frames (an IntersectionObserver's report comes with the next). */
export const twoFrames = () => new Promise((done) => { requestAnimationFrame(() => requestAnimationFrame(() => done(true))); });

/** In the page: whether no scene is being drawn (drawing.js sets `data-drawing` meanwhile). */
export const chartsIdle = () => !document.documentElement.hasAttribute('data-drawing');

export async function launch() {
  const executablePath = execSync('command -v chromium', { shell: '/bin/bash' }).toString().trim();
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** A new page that records problems and requests; `problems` must stay empty. */
export async function openPage(browser, url, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const record = { problems: [], requests: [] };
  page.on('pageerror', (e) => record.problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') record.problems.push(`console: ${m.text()}`); });
  page.on('request', (r) => record.requests.push(r.url()));
  await page.goto(url);
  try {
    await page.waitForSelector('html[data-ready]', { state: 'attached', timeout: 15000 });
  } catch (error) {
    throw new Error(`page never became ready: ${record.problems.join('; ') || error.message}`);
  }
  return { page, context, ...record };
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/**
 * Serves `dir` on 127.0.0.1 with extra routes `{'/path': html}` or
 * `{'/path': {body, headers}}` (a host page with its own CSP, say); resolves to its origin.
 */
export function serve(dir, routes = {}) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (routes[path]) {
      const route = typeof routes[path] === 'string' ? { body: routes[path] } : routes[path];
      res.writeHead(200, { 'content-type': 'text/html', ...(route.headers ?? {}) });
      res.end(route.body);
      return;
    }
    const file = join(dir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dir) || !existsSync(file)) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => {
    ok({ origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() });
  }));
}
