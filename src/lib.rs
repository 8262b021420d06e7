//! ROI Gap: an explorable calculator of AI-infrastructure economics.
//!
//! Dependencies point one way: `web` -> `page` -> `chart` -> `format` -> `scenario` ->
//! `model` (tests/layers.rs checks it).

/// The four charts, generic over plotters' DrawingBackend.
pub mod chart;
/// Plain-text exports: the year table as CSV.
pub mod export;
/// Number formats: money, percentages, years, input values. Defined once.
pub mod format;
/// The v1 model: inputs, projection, summary. Pure maths.
pub mod model;
/// The page's static fallback (figures and charts as SVG), rendered at build time.
#[cfg(not(target_arch = "wasm32"))]
pub mod noscript;
/// What the page shows, defined once: charts, figures, groups, sentences, messages.
pub mod page;
/// The link preview image, rasterised at build time.
#[cfg(not(target_arch = "wasm32"))]
pub mod preview;
/// The scenario text format: parse with notices, write, presets.
pub mod scenario;
/// The JS boundary (wasm only).
#[cfg(target_arch = "wasm32")]
pub mod web;
/// Every text a reader sees, per language.
pub mod words;
