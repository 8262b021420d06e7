// The benchmark's two profiles (BENCHMARKS.md, Method), shared by bench/page.mjs and the
// probes: the desktop, and a phone as Lighthouse measures one (4x CPU, 390x844, DPR 3).

/** Each profile's CPU slowdown, whether it drags by touch, and its browser context options. */
export const PROFILES = {
  desktop: { rate: 1, touch: false, options: { viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 } },
  phone: { rate: 4, touch: true, options: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true } },
};
