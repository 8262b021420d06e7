//! The four charts of DESIGN.md, drawn with plotters and generic over its
//! `DrawingBackend`: a canvas in the page, SVG natively and for downloads.
//! No wasm-bindgen here.

mod axes;
mod callout;
mod cash;
mod circular;
mod costs;
mod describe;
mod error;
mod footer;
mod frame;
mod gap;
mod look;
mod marks;
mod pick;
mod ranges;
mod readout;
mod scene;
mod style;
mod text;
mod ticks;
mod tornado;

pub use describe::describe;
pub use error::{ChartError, MIN_SIDE};
pub use pick::{Pick, Pixel, Plot};
pub use readout::readout;
pub use scene::{Baseline, Scene};
pub use style::{title, Palette, Style};

use look::Look;

pub use crate::scenario::ChartId;

use crate::model::uncertainty::YearBands;
use crate::model::{Inputs, Projection};
use plotters::coord::Shift;
use plotters::prelude::*;

/// Draws `chart` for `scene` into `root`, filling it; returns what is needed to read it
/// back from a pixel ([`Plot::pick`]).
///
/// # Errors
/// [`ChartError::TooSmall`] for an area under [`MIN_SIDE`]; [`ChartError::Backend`] when
/// the backend fails.
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: ChartId,
    scene: &Scene,
    style: &Style,
) -> Result<Plot, ChartError>
where
    DB::ErrorType: 'static,
{
    render(root, chart, scene, &Look::new(style, 1.0), &[])
}

/// [`draw`] for a download: the chart with `footer` lines under it (the scenario in words,
/// the source, the link, the date), wrapped to the width.
///
/// # Errors
/// As [`draw`].
pub fn draw_export<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: ChartId,
    scene: &Scene,
    style: &Style,
    footer: &[String],
) -> Result<Plot, ChartError>
where
    DB::ErrorType: 'static,
{
    render(root, chart, scene, &Look::new(style, 1.0), footer)
}

/// [`draw_svg`] with `footer` lines under the chart, as [`draw_export`].
///
/// # Errors
/// As [`draw`].
pub fn draw_svg_export<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: ChartId,
    scene: &Scene,
    style: &Style,
    footer: &[String],
) -> Result<Plot, ChartError>
where
    DB::ErrorType: 'static,
{
    render(
        root,
        chart,
        scene,
        &Look::new(style, look::SVG_TEXT),
        footer,
    )
}

/// Draws `chart` with `footer` lines under it (none: the chart fills `root`).
fn render<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: ChartId,
    scene: &Scene,
    look: &Look,
    footer: &[String],
) -> Result<Plot, ChartError>
where
    DB::ErrorType: 'static,
{
    let (width, height) = root.dim_in_pixel();
    if width < MIN_SIDE || height < MIN_SIDE {
        return Err(ChartError::TooSmall { width, height });
    }
    root.fill(&look.palette().background)?;
    let area = footer::split(root, footer, look)?;
    let root = &area;
    let plot = match chart {
        ChartId::Gap => gap::draw(root, scene, look),
        ChartId::Costs => costs::draw(root, scene.projection, scene.pick, look),
        ChartId::Circular => circular::draw(root, scene.inputs, scene.projection, scene.pick, look),
        ChartId::Cash => cash::draw(root, scene, look),
        ChartId::Tornado => tornado::draw(root, scene.inputs, scene.projection, scene.pick, look),
    }?;
    root.present()?;
    Ok(plot)
}

/// Renders `chart` as an SVG document of `width` x `height` pixels, its text the size the
/// page's canvas draws it.
///
/// # Errors
/// As [`draw`].
pub fn svg(
    chart: ChartId,
    inputs: &Inputs,
    projection: &Projection,
    bands: Option<&[YearBands]>,
    style: &Style,
    (width, height): (u32, u32),
) -> Result<String, ChartError> {
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (width, height)).into_drawing_area();
        let scene = Scene {
            bands,
            ..Scene::new(inputs, projection)
        };
        draw_svg(&root, chart, &scene, style)?;
    }
    Ok(out)
}

/// [`draw`] for a root whose backend is (or wraps) plotters' SVG backend, whose text needs
/// a larger size to come out as the canvas draws it. The page wraps the SVG backend so that
/// text is measured by a canvas rather than by plotters' DOM measurement.
///
/// # Errors
/// As [`draw`].
pub fn draw_svg<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: ChartId,
    scene: &Scene,
    style: &Style,
) -> Result<Plot, ChartError>
where
    DB::ErrorType: 'static,
{
    render(root, chart, scene, &Look::new(style, look::SVG_TEXT), &[])
}
