// The processes behind the page-test engines (engines.mjs): one browser at a time, the
// process groups this fixture starts (stopped on exit whatever happens), and small helpers.
import { execSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';

// ------------------------------------------------------------------ browsers, one at a time

let current = null; // { engine, key, browser, close() }

export async function closeBrowser() {
  const open = current;
  current = null;
  if (open) await open.close();
}

/** The browser of `engine` launched with `key`'s settings, closing any other first. */
export async function browserFor(engine, key, launch) {
  if (current && current.engine === engine && current.key === key) return current.browser;
  await closeBrowser();
  const opened = await launch();
  current = { engine, key, ...opened };
  return current.browser;
}

// ------------------------------------------------------------------ processes

const spawned = new Set(); // process groups this module started: stopped on exit whatever happens
process.on('exit', () => { for (const pid of spawned) { try { process.kill(-pid, 'SIGKILL'); } catch { /* gone */ } } });

export function start(command, args, options = {}) {
  const child = spawn(command, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'], ...options });
  spawned.add(child.pid);
  let stderr = '';
  child.stderr?.on('data', (d) => { stderr = (stderr + d).slice(-4000); });
  child.on('exit', () => spawned.delete(child.pid));
  return { child, stderr: () => stderr, stop: () => stop(child) };
}

export async function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((ok) => child.once('exit', ok));
  try { process.kill(-child.pid, 'SIGTERM'); } catch { return; }
  const timer = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, 3000);
  await exited;
  clearTimeout(timer);
}

export function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => { const { port } = server.address(); server.close(() => ok(port)); });
  });
}

export const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
export const which = (command) => execSync(`command -v ${command}`, { shell: '/bin/bash' }).toString().trim();
