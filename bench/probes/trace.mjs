// What the probes read from a Chromium trace (written by playwright's browser.startTracing).
import { readFileSync } from 'node:fs';

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
