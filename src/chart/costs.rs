//! The `costs` chart: the yearly cost of the installed base as stacked areas
//! (depreciation, return on capital, energy, other opex; together the fleet cost), and
//! on top, as lines, what is paid for compute: by customers, by customers and investors,
//! with the round trip (vendors' own money coming back) as a band under the top line,
//! bracketed and labelled at the last year (at most a few pixels thick at honest scale).

use super::axes::{self, Band};
use super::callout::callout;
use super::error::ChartError;
use super::frame::{self, Key};
use super::look;
use super::look::Look;
use super::marks;
use super::pick::{Pick, Plot};
use crate::model::{Projection, YearRow};
use crate::scenario::ChartId;
use crate::words::fill;
use plotters::coord::Shift;
use plotters::prelude::*;

/// Fill opacity of the cost layers.
const LAYER_ALPHA: f64 = 0.45;
/// Fill opacity of the round-trip band.
const ROUND_TRIP_ALPHA: f64 = 0.8;
/// Line width of what is paid, CSS px.
const LINE: f64 = 2.5;

pub(super) fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    projection: &Projection,
    pick: Option<Pick>,
    style: &Look,
) -> Result<Plot, ChartError>
where
    DB::ErrorType: 'static,
{
    let p = style.palette();
    let layer_alpha = look::alpha(style, LAYER_ALPHA);
    let rows = &projection.years;
    let Some((first, last, xs)) = axes::year_axis(rows) else {
        return Ok(Plot::default());
    };
    let series = |f: fn(&YearRow) -> f64| axes::ys(&rows.iter().map(f).collect::<Vec<_>>());
    let w = &style.words().charts;
    let layers = [
        (series(|r| r.depreciation), p.depreciation, w.depreciation),
        (
            series(|r| r.capital_return),
            p.capital_return,
            w.capital_return,
        ),
        (series(|r| r.energy), p.energy, w.energy),
        (series(|r| r.opex), p.opex, w.opex),
    ];
    let customers = series(|r| r.compute_from_customers);
    let paid = series(|r| r.compute_from_customers + r.compute_from_funding);
    let own = series(|r| r.compute_from_customers + r.compute_from_funding - r.round_trip);

    let mut legend: Vec<(Key, String)> = layers
        .iter()
        .map(|(_, color, label)| (Key::Area(*color, layer_alpha), label.to_string()))
        .collect();
    legend.extend([
        (
            Key::Line(p.customers, LINE),
            w.paid_by_customers.to_string(),
        ),
        (Key::Line(p.funding, LINE), w.paid_by_investors.to_string()),
        (
            Key::Area(p.round_trip, ROUND_TRIP_ALPHA),
            w.round_trip.to_string(),
        ),
    ]);
    let area = frame::frame(
        root,
        super::style::title(ChartId::Costs, style.lang),
        &legend,
        style,
    )?;

    let mut stacked = vec![0.0; xs.len()];
    let mut bounds = Vec::new();
    for (values, ..) in &layers {
        let below = stacked.clone();
        for (total, v) in stacked.iter_mut().zip(values) {
            *total += v.max(0.0);
        }
        bounds.push((below, stacked.clone()));
    }
    let hi = stacked.iter().chain(&paid).fold(0.0, |a: f64, b| a.max(*b)) * 1.05;
    let span = (first.year, last.year);
    let mut chart = axes::cartesian(&area, span, (0.0, hi), w.per_year_axis, style)?;
    let plot = Plot::years(chart.as_coord_spec(), first.year, last.year);

    for ((below, above), (_, color, _)) in bounds.iter().zip(&layers) {
        chart.draw_series(std::iter::once(Polygon::new(
            band(&xs, below, above),
            color.mix(layer_alpha).filled(),
        )))?;
    }
    // Only the top of the stack, the whole fleet cost, gets an edge: the layers' colours
    // already part them (and each line is another canvas path on every redraw).
    if let (Some((_, top)), Some((_, color, _))) = (bounds.last(), layers.last()) {
        let edge = xs.iter().copied().zip(top.iter().copied());
        chart.draw_series(LineSeries::new(edge, color.stroke_width(style.px(1.0))))?;
    }
    chart.draw_series(std::iter::once(Polygon::new(
        band(&xs, &own, &paid),
        p.round_trip.mix(ROUND_TRIP_ALPHA).filled(),
    )))?;
    // The top line thinner, so that a thin round-trip band under it still shows.
    for (values, color, width) in [
        (&paid, p.funding, LINE * 0.7),
        (&customers, p.customers, LINE),
    ] {
        let line = xs.iter().copied().zip(values.iter().copied());
        chart.draw_series(LineSeries::new(line, color.stroke_width(style.px(width))))?;
    }

    let line = |v: &[f64]| -> Band { xs.iter().zip(v).map(|(x, y)| (*x, *y, *y)).collect() };
    let mut bands: Vec<Band> = bounds.iter().map(|(_, above)| line(above)).collect();
    bands.extend([line(&paid), line(&customers)]);
    if let (Some(x), Some(lo), Some(hi)) = (xs.last(), own.last(), paid.last()) {
        let label = fill(
            w.round_trip_amount,
            &[("money", &style.money(last.round_trip))],
        );
        callout(&chart, *x, (*lo, *hi), &label, p.round_trip, &bands, style)?;
    }
    if let Some(Pick::Year(year)) = pick {
        if let Some(i) = rows.iter().position(|r| r.year == year) {
            let at = |v: &[f64]| v.get(i).copied().unwrap_or(f64::NAN);
            let mut dots: Vec<(f64, RGBColor)> = bounds
                .iter()
                .zip(&layers)
                .map(|((_, above), (_, color, _))| (at(above), *color))
                .collect();
            dots.extend([(at(&paid), p.funding), (at(&customers), p.customers)]);
            marks::crosshair(&mut chart, f64::from(year), &dots, style)?;
        }
    }
    Ok(plot)
}

/// The polygon between `below` and `above`: along the top left to right, then back.
fn band(xs: &[f64], below: &[f64], above: &[f64]) -> Vec<(f64, f64)> {
    let top = xs.iter().copied().zip(above.iter().copied());
    let bottom = xs.iter().copied().zip(below.iter().copied()).rev();
    top.chain(bottom).collect()
}
