//! The uncertainty ranges behind a chart's lines (DESIGN.md, "Charts": the 50% and 90%
//! bands of the gap and cash charts), as filled polygons between two percentiles.

use super::axes::Chart;
use super::error::ChartError;
use super::look::{self, Look};
use crate::model::uncertainty::{Percentiles, YearBands};
use plotters::prelude::*;

/// Fill opacity of the 90% range; the 50% range is drawn over it, so it is darker.
pub(super) const ALPHA: f64 = 0.13;

/// One series' percentiles matched to the chart's x positions (`xs`: one per year, or two
/// for a single year), or `None` when the bands belong to another horizon (they follow
/// the reader's last input a little later than the lines).
pub(super) fn series(
    bands: Option<&[YearBands]>,
    years: &[i32],
    xs_len: usize,
    pick: fn(&YearBands) -> Percentiles,
) -> Option<Vec<Percentiles>> {
    let bands = bands?;
    let same = bands.len() == years.len() && bands.iter().zip(years).all(|(b, y)| b.year == *y);
    if !same || bands.is_empty() {
        return None;
    }
    let values: Vec<Percentiles> = bands.iter().map(pick).collect();
    Some(if values.len() == xs_len {
        values
    } else {
        vec![values[0]; xs_len]
    })
}

/// The lowest and highest value of a series' 90% range.
pub(super) fn extent(values: &[Percentiles]) -> (f64, f64) {
    values
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), p| {
            (lo.min(p.p5), hi.max(p.p95))
        })
}

/// Draws a series' 90% and then 50% range in `color` on `chart` at `xs`.
pub(super) fn draw<DB: DrawingBackend>(
    chart: &mut Chart<'_, DB>,
    xs: &[f64],
    values: &[Percentiles],
    color: RGBColor,
    style: &Look,
) -> Result<(), ChartError>
where
    DB::ErrorType: 'static,
{
    let fill = color.mix(look::alpha(style, ALPHA)).filled();
    // The 90% range (5th to 95th percentile), then the 50% range (25th to 75th) over it.
    let ends = |p: &Percentiles, wide: bool| if wide { (p.p5, p.p95) } else { (p.p25, p.p75) };
    for wide in [true, false] {
        let mut outline: Vec<(f64, f64)> = xs
            .iter()
            .zip(values)
            .map(|(x, p)| (*x, ends(p, wide).1))
            .collect();
        outline.extend(
            xs.iter()
                .zip(values)
                .rev()
                .map(|(x, p)| (*x, ends(p, wide).0)),
        );
        chart.draw_series(std::iter::once(Polygon::new(outline, fill)))?;
    }
    Ok(())
}
