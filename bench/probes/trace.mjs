// What the probes read from a Chromium trace (written by playwright's browser.startTracing).
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from '../../tests/e2e/browser.mjs';
import { PROFILES } from '../profiles.mjs';

/**
 * The trace at `path`: its events, and `thread(e)`, the name of the thread an event ran on
 * (`CrRendererMain`, `DedicatedWorker thread`, ...), from the trace's thread_name records.
 */
export function readTrace(path) {
  const events = JSON.parse(readFileSync(path, 'utf8')).traceEvents;
  const names = {};
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names[`${e.pid}:${e.tid}`] = e.args.name;
  return { events, thread: (e) => names[`${e.pid}:${e.tid}`] };
}

/**
 * One cold load of `url` in a fresh browser, at the desktop's or (`phone`) the phone's size
 * without throttling, traced with `categories` into `file` (in the temporary folder) until
 * `until` (a page function) holds, then `settle` ms more. Returns the trace (as
 * `readTrace`) and `read`'s result, a page function run before the trace stops.
 */
export async function traceColdLoad(url, { categories, file, until, settle = 100, phone = false, read = null }) {
  const browser = await launch();
  const context = await browser.newContext(PROFILES[phone ? 'phone' : 'desktop'].options);
  const page = await context.newPage();
  const path = join(tmpdir(), file);
  await browser.startTracing(page, { path, categories });
  await page.goto(url);
  await page.waitForFunction(until);
  await page.waitForTimeout(settle);
  const value = read ? await page.evaluate(read) : null;
  await browser.stopTracing();
  await browser.close();
  return { ...readTrace(path), value };
}
