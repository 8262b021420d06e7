// The first screen's charts, drawn on the main thread while the charts' worker starts.
//
// The worker cannot start until the page is built (Chromium creates it, and lets messages
// through to it, only in tasks of the main thread, which is busy building), so charts it
// drew would come 90 ms or more after the first frame. Instead the page draws the charts on
// the first screen itself, as part of the build, on a "poster": a canvas of its own under
// the chart's canvas (which is transparent until the worker first draws on it), because a
// canvas that has a context can no longer be handed to the worker. The poster shows the
// scene the page started with, and the worker does not draw that scene again unless it has
// to (a pick on the chart needs the layout of its drawing). Each poster goes once the
// chart's own canvas shows a drawing: two frames after the worker says it drew that chart,
// or at once when the page draws that chart itself.
//
// style.css (`.chart-poster`) puts a poster in the box of the chart's canvas, under it, with
// no pointer events (the reader points at the chart's canvas); it is hidden from screen
// readers here (the chart's canvas has the name and role).

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
