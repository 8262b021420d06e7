// CPU throttling for the phone profile. Chromium's Emulation.setCPUThrottlingRate slows
// only the renderer's main thread (blink's ThreadCPUThrottler suspends that one thread by
// a signal), and a worker's session refuses it ("Operation is only supported for pages,
// not workers", InspectorEmulationAgent::AssertPage; checked with Chromium 156). So the
// other threads of the phone's renderers (dedicated workers, compositor, raster, IO) are
// slowed by the kernel instead: each gets its own cgroup-v1 CPU quota of 1/rate of a CPU
// (period 1 ms x rate), found by polling /proc for renderer processes of our own browser.
// That needs root and a writable /sys/fs/cgroup/cpu; without them the run says so.
import { readdirSync, readFileSync, writeFileSync, mkdirSync, rmdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const CGROUP = '/sys/fs/cgroup/cpu';
const read = (p) => { try { return readFileSync(p, 'utf8'); } catch { return ''; } };

/** Slows the main thread of the page of CDP session `cdp` `rate` times (1: not at all). */
export const throttleMainThread = (cdp, rate) => cdp.send('Emulation.setCPUThrottlingRate', { rate });

/** A CDP session on `page`, its main thread slowed `rate` times (before navigation, if called first). */
export async function throttledSession(context, page, rate) {
  const cdp = await context.newCDPSession(page);
  if (rate > 1) await throttleMainThread(cdp, rate);
  return cdp;
}

/** Is `pid` a descendant of this node process (our Chromium, not another session's)? */
function ours(pid) {
  for (let p = pid, depth = 0; p > 1 && depth < 8; depth += 1) {
    const stat = read(`/proc/${p}/stat`);
    p = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (p === process.pid) return true;
  }
  return false;
}

/** Slows every non-main thread of our page renderers by `rate` while started. */
export class ThreadThrottle {
  constructor(rate) {
    this.rate = rate;
    this.root = join(CGROUP, `roi-gap-bench-${process.pid}`);
    this.renderers = new Map(); // pid -> is a page renderer of ours (other processes of ours are read again: a
    // renderer forked from the zygote shows the zygote's command line for a moment)
    this.unnamed = new Map(); // tid -> pid, for threads throttled before they were named
    this.throttled = new Set();
    this.ours = new Set(); // pids of our browser's processes
    this.names = {}; // thread name -> how many were throttled
    this.available = false;
    this.why = '';
    for (const stale of existsSync(CGROUP) ? readdirSync(CGROUP) : []) {
      const pid = /^roi-gap-bench-(\d+)$/.exec(stale)?.[1];
      if (pid && !existsSync(`/proc/${pid}`)) this.remove(join(CGROUP, stale));
    }
    try {
      mkdirSync(this.root, { recursive: true });
      this.available = true;
    } catch (error) {
      this.why = `no writable cgroup-v1 cpu controller at ${CGROUP} (${error.code ?? error.message})`;
    }
  }

  start(everyMs = 5) {
    if (this.available && !this.timer) this.timer = setInterval(() => this.scan(), everyMs);
  }

  stop() { clearInterval(this.timer); this.timer = null; }

  scan() {
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      if (!this.renderers.has(name) || (this.renderers.get(name) === false && this.ours.has(name))) {
        const mine = this.ours.has(name) || ours(Number(name));
        if (mine) this.ours.add(name);
        const cmd = read(`/proc/${name}/cmdline`);
        this.renderers.set(name, mine && cmd.includes('--type=renderer') && !cmd.includes('--top-chrome-webui') && !cmd.includes('--extension-process'));
      }
      if (!this.renderers.get(name)) continue;
      let tids = [];
      try { tids = readdirSync(`/proc/${name}/task`); } catch { continue; }
      for (const tid of tids) if (tid !== name && !this.throttled.has(tid)) this.throttle(name, tid);
    }
    for (const [tid, pid] of this.unnamed) this.named(pid, tid);
  }

  /** Counts a thread by its name once it has one; CDP's own throttling thread goes free. */
  named(pid, tid) {
    const comm = read(`/proc/${pid}/task/${tid}/comm`).trim();
    if (comm === 'chromium') return; // not named yet (or never)
    this.unnamed.delete(tid);
    if (!comm) return;
    this.names[comm] = (this.names[comm] ?? 0) + 1;
    if (comm === 'CPUThrottlingTh') {
      try { writeFileSync(join(CGROUP, 'tasks'), tid); } catch { /* ended */ }
    }
  }

  throttle(pid, tid) {
    this.throttled.add(tid);
    this.unnamed.set(tid, pid);
    const dir = join(this.root, tid);
    try {
      mkdirSync(dir);
      writeFileSync(join(dir, 'cpu.cfs_period_us'), String(1000 * this.rate));
      writeFileSync(join(dir, 'cpu.cfs_quota_us'), '1000');
      writeFileSync(join(dir, 'tasks'), tid);
    } catch { /* the thread ended meanwhile */ }
  }

  /** The threads throttled so far, counted by name (Linux truncates them to 15 characters). */
  summary() {
    const unnamed = this.unnamed.size ? { 'unnamed or ended': this.unnamed.size } : {};
    return { ...this.names, ...unnamed };
  }

  remove(dir) {
    try {
      for (const child of readdirSync(dir, { withFileTypes: true })) if (child.isDirectory()) rmdirSync(join(dir, child.name));
      rmdirSync(dir);
    } catch { /* a thread still alive: left for the next run to remove */ }
  }

  /** Call after the browser closed: its threads are gone, so the cgroups can go. */
  close() { this.stop(); if (this.available) this.remove(this.root); }
}

/** A page with a busy loop on its main thread and in a dedicated worker made from a blob. */
export const CHECK_PAGE = `<!doctype html><meta charset="utf-8"><script>
function busy(n) { let x = 0; for (let i = 0; i < n; i++) x = (x * 1.0000001 + i) % 1e9; return x; }
const worker = new Worker(URL.createObjectURL(new Blob([busy.toString() +
  ';onmessage = (e) => { const t0 = performance.now(); busy(e.data); postMessage(performance.now() - t0); };'])));
window.timeWorker = (n) => new Promise((r) => { worker.onmessage = (e) => r(e.data); worker.postMessage(n); });
window.timeMain = (n) => { const t0 = performance.now(); busy(n); return performance.now() - t0; };
document.documentElement.dataset.ready = '1';
</script>`;

/** Median ms of a fixed busy loop on the main thread and in a worker of `page` (CHECK_PAGE). */
export async function busyTimes(page, runs = 5, n = 4e6) {
  const main = [];
  const worker = [];
  await page.evaluate((k) => timeWorker(k), n); // the worker started
  for (let i = 0; i < runs; i += 1) {
    main.push(await page.evaluate((k) => timeMain(k), n));
    worker.push(await page.evaluate((k) => timeWorker(k), n));
  }
  const median = (a) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)];
  return { main: median(main), worker: median(worker) };
}
