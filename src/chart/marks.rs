//! What the x/y charts draw over their data for a reader: the comparison scenario's lines,
//! faint and dashed, and the crosshair of the year the reader points at.

use super::axes::Chart;
use super::error::ChartError;
use super::look::Look;
use crate::model::{Projection, YearRow};
use plotters::prelude::*;

/// Opacity of a comparison line.
const BASELINE_ALPHA: f64 = 0.6;
/// Width of a comparison line, CSS px.
pub(super) const BASELINE_LINE: f64 = 1.5;

/// The comparison scenario's `value` by year, within the years `span` of the chart (a
/// baseline with another horizon shows where the years overlap); `None` when it draws
/// the same line as the scenario's own `rows` (nothing to compare yet).
pub(super) fn baseline_line(
    baseline: Option<&Projection>,
    rows: &[YearRow],
    (first, last): (i32, i32),
    value: impl Fn(&[YearRow]) -> Vec<f64>,
) -> Option<Vec<(f64, f64)>> {
    let base = baseline?;
    let (own, theirs) = (value(rows), value(&base.years));
    let years = |r: &[YearRow]| r.iter().map(|y| y.year).collect::<Vec<_>>();
    if years(rows) == years(&base.years) && own == theirs {
        return None;
    }
    let points: Vec<(f64, f64)> = base
        .years
        .iter()
        .zip(theirs)
        .filter(|(row, v)| (first..=last).contains(&row.year) && v.is_finite())
        .map(|(row, v)| (f64::from(row.year), v))
        .collect();
    (points.len() >= 2).then_some(points)
}

/// Draws a comparison line in `color`, faint and dashed, behind the scenario's own.
pub(super) fn draw_baseline<DB: DrawingBackend>(
    chart: &mut Chart<DB>,
    points: &[(f64, f64)],
    color: RGBColor,
    style: &Look,
) -> Result<(), ChartError>
where
    DB::ErrorType: 'static,
{
    let line = color
        .mix(BASELINE_ALPHA)
        .stroke_width(style.px(BASELINE_LINE));
    let (dash, gap) = (style.px(6.0), style.px(4.0));
    chart.draw_series(DashedLineSeries::new(points.to_vec(), dash, gap, line))?;
    Ok(())
}

/// Marks year `x` for a reader: a line across the plot and a dot on each of `points`
/// (value, colour) that is finite.
pub(super) fn crosshair<DB: DrawingBackend>(
    chart: &mut Chart<DB>,
    x: f64,
    points: &[(f64, RGBColor)],
    style: &Look,
) -> Result<(), ChartError>
where
    DB::ErrorType: 'static,
{
    let p = style.palette();
    let y = chart.y_range();
    let line = p.ink.mix(0.55).stroke_width(style.px(1.0));
    chart.draw_series(std::iter::once(PathElement::new(
        vec![(x, y.start), (x, y.end)],
        line,
    )))?;
    let (r, ring) = (style.px(4.0), style.px(1.5));
    let inside = |v: &f64| v.is_finite() && *v >= y.start && *v <= y.end;
    chart.draw_series(
        points
            .iter()
            .filter(|(v, _)| inside(v))
            .flat_map(|(v, color)| {
                [
                    Circle::new((x, *v), r + ring, p.background.filled()),
                    Circle::new((x, *v), r, color.filled()),
                ]
            }),
    )?;
    Ok(())
}
