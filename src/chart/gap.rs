//! The `gap` chart: the revenue the installed base needs against the revenue customers
//! pay, by year, with the gap shaded and the break-even year marked.

use super::axes::{self, Band};
use super::error::ChartError;
use super::frame::{self, Key};
use super::look;
use super::look::Look;
use super::marks;
use super::pick::{Pick, Plot};
use super::ranges;
use super::scene::Scene;
use crate::scenario::ChartId;
use crate::words::fill;
use plotters::coord::Shift;
use plotters::prelude::*;

/// Fill opacity of the gap.
const GAP_ALPHA: f64 = 0.2;
/// Line width of the two series, CSS px.
const LINE: f64 = 2.5;

pub(super) fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    scene: &Scene,
    style: &Look,
) -> Result<Plot, ChartError>
where
    DB::ErrorType: 'static,
{
    let (projection, bands) = (scene.projection, scene.bands);
    let p = style.palette();
    let gap_alpha = look::alpha(style, GAP_ALPHA);
    let rows = &projection.years;
    let Some((first, last, xs)) = axes::year_axis(rows) else {
        return Ok(Plot::default());
    };
    let span = (first.year, last.year);
    let base = scene.baseline.map(|b| b.projection);
    let base_required = marks::baseline_line(base, rows, span, |r| {
        r.iter().map(|y| y.required_revenue).collect()
    });
    let base_revenue =
        marks::baseline_line(base, rows, span, |r| r.iter().map(|y| y.revenue).collect());
    let required = axes::ys(&rows.iter().map(|r| r.required_revenue).collect::<Vec<_>>());
    let revenue = axes::ys(&rows.iter().map(|r| r.revenue).collect::<Vec<_>>());
    let years: Vec<i32> = rows.iter().map(|r| r.year).collect();
    let required_range = ranges::series(bands, &years, xs.len(), |b| b.required_revenue);
    let revenue_range = ranges::series(bands, &years, xs.len(), |b| b.revenue);

    let w = &style.words().charts;
    let mut legend = vec![
        (Key::Line(p.required, LINE), w.required.to_string()),
        (Key::Line(p.revenue, LINE), w.earned.to_string()),
        (Key::Area(p.required, gap_alpha), w.gap.to_string()),
    ];
    if required_range.is_some() {
        let alpha = look::alpha(style, 2.0 * ranges::ALPHA);
        legend.push((Key::Area(p.muted, alpha), w.ranges.to_string()));
    }
    if let (Some(b), true) = (
        scene.baseline,
        base_required.is_some() || base_revenue.is_some(),
    ) {
        let label = fill(w.compared, &[("name", b.name)]);
        legend.push((Key::Dashed(p.muted, marks::BASELINE_LINE), label));
    }
    let area = frame::frame(
        root,
        super::style::title(ChartId::Gap, style.lang),
        &legend,
        style,
    )?;
    // Headroom for the note, which has nowhere else to go when the lines are flat.
    let flat = rows.len() == 1 || projection.summary.break_even_year.is_none();
    let headroom = if flat { 1.2 } else { 1.1 };
    let base_top = [&base_required, &base_revenue]
        .into_iter()
        .flatten()
        .flat_map(|line| line.iter().map(|(_, v)| *v))
        .fold(0.0, f64::max);
    let range_top = [&required_range, &revenue_range]
        .into_iter()
        .flatten()
        .map(|r| ranges::extent(r).1)
        .fold(base_top, f64::max);
    let hi = required
        .iter()
        .chain(&revenue)
        .fold(range_top, |a: f64, b| a.max(*b))
        * headroom;
    let mut chart = axes::cartesian(&area, span, (0.0, hi), w.per_year_axis, style)?;
    let plot = Plot::years(chart.as_coord_spec(), first.year, last.year);
    for (range, color) in [(&required_range, p.required), (&revenue_range, p.revenue)] {
        if let Some(range) = range {
            ranges::draw(&mut chart, &xs, range, color, style)?;
        }
    }

    let gap_fill = p.required.mix(gap_alpha).filled();
    chart.draw_series(
        gap_polygons(&xs, &required, &revenue)
            .into_iter()
            .map(|poly| Polygon::new(poly, gap_fill)),
    )?;
    for (line, color) in [(&base_required, p.required), (&base_revenue, p.revenue)] {
        if let Some(line) = line {
            marks::draw_baseline(&mut chart, line, color, style)?;
        }
    }
    for (values, color) in [(&required, p.required), (&revenue, p.revenue)] {
        let points = xs.iter().copied().zip(values.iter().copied());
        chart.draw_series(LineSeries::new(points, color.stroke_width(style.px(LINE))))?;
    }

    let band: Band = xs
        .iter()
        .zip(required.iter().zip(&revenue))
        .map(|(x, (a, b))| (*x, a.min(*b), a.max(*b)))
        .collect();
    let bands = [band];
    match projection.summary.break_even_year {
        Some(year) => {
            let label = fill(w.break_even, &[("year", &year.to_string())]);
            axes::marker(&mut chart, f64::from(year), &label, &bands, style)?;
        }
        None => {
            let label = fill(w.no_break_even, &[("year", &last.year.to_string())]);
            let spots = axes::corners(&chart, style);
            axes::note(&chart, &[label], &spots, &bands, style)?;
        }
    }
    if let Some(Pick::Year(year)) = scene.pick {
        if let Some(row) = rows.iter().find(|r| r.year == year) {
            let dots = [(row.required_revenue, p.required), (row.revenue, p.revenue)];
            marks::crosshair(&mut chart, f64::from(year), &dots, style)?;
        }
    }
    Ok(plot)
}

/// The regions where `upper` lies above `lower`, as polygons (the upper edge left to
/// right, then the lower edge back), split where the lines cross.
fn gap_polygons(xs: &[f64], upper: &[f64], lower: &[f64]) -> Vec<Vec<(f64, f64)>> {
    let mut polygons = Vec::new();
    let mut top: Vec<(f64, f64)> = Vec::new();
    let mut bottom: Vec<(f64, f64)> = Vec::new();
    let mut flush = |top: &mut Vec<(f64, f64)>, bottom: &mut Vec<(f64, f64)>| {
        if top.len() >= 2 {
            let mut poly = std::mem::take(top);
            poly.extend(bottom.drain(..).rev());
            polygons.push(poly);
        }
        top.clear();
        bottom.clear();
    };
    let mut prev: Option<(f64, f64, f64)> = None;
    for ((x, u), l) in xs.iter().zip(upper).zip(lower) {
        let d = u - l;
        if let Some((px, pu, pd)) = prev {
            if (pd > 0.0) != (d > 0.0) {
                // The lines cross between px and x; pd - d is non-zero as the signs differ.
                let f = pd / (pd - d);
                let cross = (px + (x - px) * f, pu + (u - pu) * f);
                top.push(cross);
                bottom.push(cross);
                if d <= 0.0 {
                    flush(&mut top, &mut bottom);
                }
            }
        }
        if d > 0.0 {
            top.push((*x, *u));
            bottom.push((*x, *l));
        }
        prev = Some((*x, *u, d));
    }
    flush(&mut top, &mut bottom);
    polygons
}

#[cfg(test)]
mod tests {
    use super::gap_polygons;

    #[test]
    fn the_gap_closes_where_the_lines_cross() {
        let xs = [0.0, 1.0, 2.0];
        let polys = gap_polygons(&xs, &[2.0, 2.0, 2.0], &[0.0, 2.0, 4.0]);
        assert_eq!(polys.len(), 1);
        assert_eq!(
            polys[0],
            vec![(0.0, 2.0), (1.0, 2.0), (1.0, 2.0), (0.0, 0.0)]
        );
        let polys = gap_polygons(&xs, &[1.0, 3.0, 1.0], &[2.0, 2.0, 2.0]);
        assert_eq!(polys.len(), 1);
        assert_eq!(polys[0].len(), 6);
        assert!(polys[0].iter().all(|(x, y)| x.is_finite() && y.is_finite()));
        assert!(gap_polygons(&xs, &[0.0; 3], &[0.0; 3]).is_empty());
    }
}
