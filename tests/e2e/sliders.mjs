// Where a reader's finger or mouse finds a slider's thumb: shared by the page tests that drag.

/** The centre of the thumb of `key`'s slider, scrolled into view, in CSS pixels. */
export async function thumbOf(page, key) {
  const slider = `input[type=range][name="${key}"]`;
  await page.scrollIntoView(slider);
  const box = await page.box(slider);
  const fraction = await page.evaluate((s) => {
    const el = document.querySelector(s);
    return (el.value - el.min) / (el.max - el.min);
  }, slider);
  // The track runs between half a thumb (about 8 px) from each end.
  return { x: box.x + 8 + fraction * (box.width - 16), y: box.y + box.height / 2 };
}

/** Drags the slider of `key` by `dx` pixels with the mouse, in small steps. */
export async function dragSlider(page, key, dx) {
  const { x, y } = await thumbOf(page, key);
  await page.drag({ x, y }, { x: x + dx, y }, { steps: 12 });
}
