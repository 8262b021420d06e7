// The first screen's charts, drawn on the main thread while the charts' worker starts.
//
// The worker cannot start until the page is built (Chromium creates it, and lets messages
// through to it, only in tasks of the main thread, which is busy building), so charts it
// drew would come 90 ms or more after the first frame. Instead the page draws the charts on
// the first screen itself, as part of the build, on a "poster": a canvas of its own over
// the chart's canvas, because a canvas that has a context can no longer be handed to the
// worker. The poster shows the scene the page started with; the worker never draws that
// scene again. Each poster goes when the chart's own canvas has a later scene: two frames
// after the worker says it drew it (its canvas's frame reaches the screen by itself, not
// with the page's), or at once when the page draws that chart itself.
//
// A poster is covered by the chart's own styles (style.css, `.chart-poster`): the same box,
// no pointer events (the reader points at the chart's canvas below it), hidden from screen
// readers (the chart's canvas has the name and role).

/** The posters shown, by chart id. */
const posters = new Map();

/**
 * Draws chart `id` for the current scene (`calculator`'s) on a new poster over `canvas`, at
 * `width` x `height` device pixels and `scale` device pixels per CSS pixel. Throws what the
 * drawing throws; nothing is shown then.
 */
export function drawPoster(calculator, { id, canvas, width, height, scale }, dark) {
  const poster = document.createElement('canvas');
  poster.className = 'chart-poster';
  poster.setAttribute('aria-hidden', 'true');
  poster.width = width;
  poster.height = height;
  calculator.draw(poster, id, dark, scale);
  canvas.after(poster);
  posters.set(id, poster);
}

/** Removes the poster of chart `id`, if it has one: its own canvas shows the chart now. */
export function retirePoster(id) {
  posters.get(id)?.remove();
  posters.delete(id);
}

/**
 * The worker drew charts `ids` on their own canvases: their posters go once that frame is
 * on screen (two animation frames: the worker's canvas frame is sent by the worker itself
 * when its draw ends, before its message reaches this thread), then `done()` is called. With
 * no poster among them, `done()` is called at once.
 */
export function retirePostersAfterFrames(ids, done) {
  if (!ids.some((id) => posters.has(id))) {
    done();
    return;
  }
  requestAnimationFrame(() => requestAnimationFrame(() => {
    for (const id of ids) retirePoster(id);
    done();
  }));
}
