// Runs the page tests (tests/e2e/*.test.mjs, or the files given) with node's test runner,
// one file at a time, prints node's usual spec output, then the count per engine and a last
// line "N passed, N failed"; exits non-zero on any failure.
//   node tests/e2e/run.mjs                                  every engine (engines.mjs)
//   ROI_GAP_ENGINES=firefox node tests/e2e/run.mjs          one engine
//   ROI_GAP_DIST=/tmp/dist node tests/e2e/run.mjs tests/e2e/embed.test.mjs
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENGINES } from './engines.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const files = process.argv.length > 2
  ? process.argv.slice(2)
  : readdirSync(here).filter((f) => f.endsWith('.test.mjs')).sort().map((f) => join(here, f));

const counts = new Map(ENGINES.map((e) => [e, { passed: 0, failed: 0, skipped: 0, ms: 0 }]));
const other = { passed: 0, failed: 0, skipped: 0, ms: 0 }; // a file that failed outside any case
const started = Date.now();

const stream = run({ files, concurrency: 1 });
const tally = (outcome) => (data) => {
  if (data.nesting !== 0) return;
  const engine = /^\[(\w+)\] /.exec(data.name)?.[1];
  const count = counts.get(engine) ?? other;
  const kind = outcome === 'failed' ? 'failed' : data.skip !== undefined || data.todo !== undefined ? 'skipped' : 'passed';
  count[kind] += 1;
  count.ms += data.details?.duration_ms ?? 0;
};
stream.on('test:pass', tally('passed'));
stream.on('test:fail', tally('failed'));
stream.compose(spec).pipe(process.stdout);

await new Promise((ok) => stream.on('end', ok));
await new Promise((ok) => process.stdout.write('', ok));

const line = (name, c) => `${name}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped (${(c.ms / 1000).toFixed(1)} s)`;
console.log(`\npage tests by engine (${files.map((f) => relative(process.cwd(), f)).join(' ')}; ${((Date.now() - started) / 1000).toFixed(1)} s in all):`);
for (const [engine, c] of counts) console.log(line(engine, c));
if (other.passed + other.failed + other.skipped) console.log(line('outside any engine', other));
const all = [...counts.values(), other];
const passed = all.reduce((n, c) => n + c.passed, 0);
const failed = all.reduce((n, c) => n + c.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
