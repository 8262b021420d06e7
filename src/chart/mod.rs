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
mod ranges;
mod style;
mod text;
mod ticks;
mod tornado;

pub use describe::describe;
pub use error::{ChartError, MIN_SIDE};
pub use style::{title, Palette, Style};

use look::Look;

pub use crate::scenario::ChartId;

use crate::model::uncertainty::YearBands;
use crate::model::{Inputs, Projection};
use plotters::coord::Shift;
use plotters::prelude::*;

/// Draws `chart` for `projection` (made from `inputs`) into `root`, filling it, with the
/// uncertainty `bands` behind the gap and cash charts' lines when given.
///
/// # Errors
/// [`ChartError::TooSmall`] for an area under [`MIN_SIDE`]; [`ChartError::Backend`] when
/// the backend fails.
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: ChartId,
    inputs: &Inputs,
    projection: &Projection,
    bands: Option<&[YearBands]>,
    style: &Style,
) -> Result<(), ChartError>
where
    DB::ErrorType: 'static,
{
    render(
        root,
        chart,
        inputs,
        projection,
        bands,
        &Look::new(style, 1.0),
        &[],
    )
}

/// [`draw`] for a download: the chart with `footer` lines under it (the scenario in words,
/// the source, the link, the date), wrapped to the width.
///
/// # Errors
/// As [`draw`].
pub fn draw_export<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: ChartId,
    inputs: &Inputs,
    projection: &Projection,
    bands: Option<&[YearBands]>,
    style: &Style,
    footer: &[String],
) -> Result<(), ChartError>
where
    DB::ErrorType: 'static,
{
    let look = Look::new(style, 1.0);
    render(root, chart, inputs, projection, bands, &look, footer)
}

/// [`draw_svg`] with `footer` lines under the chart, as [`draw_export`].
///
/// # Errors
/// As [`draw`].
#[allow(clippy::too_many_arguments)]
pub fn draw_svg_export<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: ChartId,
    inputs: &Inputs,
    projection: &Projection,
    bands: Option<&[YearBands]>,
    style: &Style,
    footer: &[String],
) -> Result<(), ChartError>
where
    DB::ErrorType: 'static,
{
    let look = Look::new(style, look::SVG_TEXT);
    render(root, chart, inputs, projection, bands, &look, footer)
}

/// Draws `chart` with `footer` lines under it (none: the chart fills `root`).
fn render<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: ChartId,
    inputs: &Inputs,
    projection: &Projection,
    bands: Option<&[YearBands]>,
    look: &Look,
    footer: &[String],
) -> Result<(), ChartError>
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
    match chart {
        ChartId::Gap => gap::draw(root, projection, bands, look),
        ChartId::Costs => costs::draw(root, projection, look),
        ChartId::Circular => circular::draw(root, inputs, projection, look),
        ChartId::Cash => cash::draw(root, projection, bands, look),
        ChartId::Tornado => tornado::draw(root, inputs, projection, look),
    }?;
    root.present()?;
    Ok(())
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
        draw_svg(&root, chart, inputs, projection, bands, style)?;
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
    inputs: &Inputs,
    projection: &Projection,
    bands: Option<&[YearBands]>,
    style: &Style,
) -> Result<(), ChartError>
where
    DB::ErrorType: 'static,
{
    render(
        root,
        chart,
        inputs,
        projection,
        bands,
        &Look::new(style, look::SVG_TEXT),
        &[],
    )
}
