// What a playwright page (chromium.mjs) and a puppeteer page (firefox.mjs) do alike, with
// the same calls: the events a Page's record comes from, and a drag with the mouse.

/** Records `raw`'s page errors, console errors, requests and dialogs in `page` (a Page). */
export function recordEvents(page, raw) {
  raw.on('pageerror', (e) => page.problems.push(`pageerror: ${e.message}`));
  raw.on('console', (m) => { if (m.type() === 'error') page.problems.push(`console: ${m.text()}`); });
  raw.on('request', (r) => { if (!/^(data|blob):/.test(r.url())) page.requests.push(r.url()); });
  raw.on('dialog', (d) => { page.dialogs.push(d.message()); d.dismiss().catch(() => {}); });
}

/** Drags `mouse` with the primary button from `from` to `to` in `steps` moves. */
export async function dragMouse(mouse, from, to, steps) {
  await mouse.move(from.x, from.y);
  await mouse.down();
  await mouse.move(to.x, to.y, { steps });
  await mouse.up();
}
