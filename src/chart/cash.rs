//! The `cash` chart: the running sum of the build-out's cash flow by year, with and
//! without the compute revenue that investor money pays for, and the payback year.

use super::axes::{self, Band};
use super::error::ChartError;
use super::frame::{self, Key};
use super::look;
use super::look::Look;
use super::marks;
use super::pick::{Pick, Plot};
use super::ranges;
use super::scene::Scene;
use crate::model::YearRow;
use crate::scenario::ChartId;
use crate::words::fill;
use plotters::coord::Shift;
use plotters::prelude::*;

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
    let rows = &projection.years;
    let Some((first, last, xs)) = axes::year_axis(rows) else {
        return Ok(Plot::default());
    };
    let span = (first.year, last.year);
    let base = scene.baseline.map(|b| b.projection);
    let base_plain = marks::baseline_line(base, rows, span, |r| cumulative(r, |y| y.cash_flow));
    let base_funded = marks::baseline_line(base, rows, span, |r| {
        cumulative(r, |y| y.cash_flow_with_funding)
    });
    let plain = axes::ys(&cumulative(rows, |r| r.cash_flow));
    let funded = axes::ys(&cumulative(rows, |r| r.cash_flow_with_funding));
    let years: Vec<i32> = rows.iter().map(|r| r.year).collect();
    let range = ranges::series(bands, &years, xs.len(), |b| b.cumulative_cash);

    let w = &style.words().charts;
    let mut legend = vec![
        (Key::Line(p.required, LINE), w.customers_only.to_string()),
        (Key::Line(p.customers, LINE), w.with_funding.to_string()),
    ];
    if range.is_some() {
        let alpha = look::alpha(style, 2.0 * ranges::ALPHA);
        legend.push((Key::Area(p.required, alpha), w.ranges.to_string()));
    }
    if let (Some(b), true) = (
        scene.baseline,
        base_plain.is_some() || base_funded.is_some(),
    ) {
        let label = fill(w.compared, &[("name", b.name)]);
        legend.push((Key::Dashed(p.muted, marks::BASELINE_LINE), label));
    }
    let area = frame::frame(
        root,
        super::style::title(ChartId::Cash, style.lang),
        &legend,
        style,
    )?;
    let base_values = [&base_plain, &base_funded]
        .into_iter()
        .flatten()
        .flat_map(|line| line.iter().map(|(_, v)| *v));
    let all = || {
        plain
            .iter()
            .chain(&funded)
            .copied()
            .chain(base_values.clone())
    };
    let (range_lo, range_hi) = range.as_deref().map_or((0.0, 0.0), ranges::extent);
    let (lo, hi) = (
        all().fold(range_lo.min(0.0), f64::min),
        all().fold(range_hi.max(0.0), f64::max),
    );
    // Room on both sides of the zero line, so that it never sits on the frame.
    let pad = (hi - lo) * 0.06;
    let (lo, hi) = (if lo < 0.0 { lo - pad } else { lo }, hi + pad);
    let mut chart = axes::cartesian(&area, span, (lo, hi), w.cumulative_axis, style)?;
    let plot = Plot::years(chart.as_coord_spec(), first.year, last.year);

    if let Some(range) = &range {
        ranges::draw(&mut chart, &xs, range, p.required, style)?;
    }
    let x = chart.x_range();
    chart.draw_series(LineSeries::new(
        vec![(x.start, 0.0), (x.end, 0.0)],
        p.ink.stroke_width(style.px(1.0)),
    ))?;
    for (line, color) in [(&base_funded, p.customers), (&base_plain, p.required)] {
        if let Some(line) = line {
            marks::draw_baseline(&mut chart, line, color, style)?;
        }
    }
    for (values, color) in [(&funded, p.customers), (&plain, p.required)] {
        let line = xs.iter().copied().zip(values.iter().copied());
        chart.draw_series(LineSeries::new(line, color.stroke_width(style.px(LINE))))?;
    }

    let line = |v: &[f64]| -> Band { xs.iter().zip(v).map(|(x, y)| (*x, *y, *y)).collect() };
    let zero: Band = vec![(x.start, 0.0, 0.0), (x.end, 0.0, 0.0)];
    let bands = [line(&plain), line(&funded), zero];
    match projection.summary.payback_year {
        Some(year) => {
            let label = fill(w.payback, &[("year", &year.to_string())]);
            axes::marker(&mut chart, f64::from(year), &label, &bands, style)?;
        }
        None => {
            let label = fill(w.no_payback, &[("year", &last.year.to_string())]);
            let spots = axes::corners(&chart, style);
            axes::note(&chart, &[label], &spots, &bands, style)?;
        }
    }
    if let Some(Pick::Year(year)) = scene.pick {
        if let Some(i) = rows.iter().position(|r| r.year == year) {
            let at = |v: &[f64]| v.get(i).copied().unwrap_or(f64::NAN);
            let dots = [(at(&funded), p.customers), (at(&plain), p.required)];
            marks::crosshair(&mut chart, f64::from(year), &dots, style)?;
        }
    }
    Ok(plot)
}

/// The running sum of `f` over the years.
/// The running sum of `f` over `rows`.
pub(super) fn cumulative(rows: &[YearRow], f: fn(&YearRow) -> f64) -> Vec<f64> {
    rows.iter()
        .scan(0.0, |sum, row| {
            *sum += f(row);
            Some(*sum)
        })
        .collect()
}
