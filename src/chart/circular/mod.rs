//! The `circular` chart: the first year's money as a flow diagram. Customers, investors
//! and the vendors themselves (as investors) fund the AI companies; the AI companies spend
//! part of it on compute, which is the vendors' AI revenue, and the rest elsewhere; and
//! the round trip, the part of the vendors' investment that comes back to them as
//! revenue, closes the loop along the bottom. The vendors' revenue is set against what
//! their fleet costs a year.
//!
//! ```text
//! [Customers] ---\                 /---> [Not spent on compute]
//! [Investors] ----> [AI companies] <
//! [Vendors]   ---/                 \---> [Vendors' AI revenue, fleet cost]
//!    ^------------- round trip ------------------|
//! ```
//!
//! Band thickness is proportional to money, on one scale for the whole diagram; colours
//! say whose money it is, and what comes in is what goes out, colour by colour.

mod bands;
mod layout;
mod money;
mod shapes;

use super::error::ChartError;
use super::frame::{self, label_box, Key};
use super::look;
use super::look::Look;
use crate::chart::pick::{Pick, Pixel, Plot};
use crate::model::{Inputs, Projection};
use crate::scenario::ChartId;
use layout::{layout, Layout, Money, AI, REVENUE};
use plotters::coord::Shift;
use plotters::prelude::*;
use shapes::{draw_box, fill, Row};

/// Fill opacity of the bands (light theme).
const BAND_ALPHA: f64 = 0.6;

pub(super) fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    inputs: &Inputs,
    projection: &Projection,
    pick: Option<Pick>,
    style: &Look,
) -> Result<Plot, ChartError>
where
    DB::ErrorType: 'static,
{
    let p = style.palette();
    let alpha = look::alpha(style, BAND_ALPHA);
    let Some(year) = projection.years.first() else {
        return Ok(Plot::default());
    };
    let m = Money::of(inputs, year);
    let w = &style.words().charts;
    let legend = [
        (Key::Area(p.customers, alpha), w.customers_money),
        (Key::Area(p.funding, alpha), w.investors_money),
        (Key::Area(p.round_trip, alpha), w.round_trip_flow),
    ]
    .map(|(key, label)| (key, label.to_string()));
    let title = crate::chart::style::title(ChartId::Circular, style.lang);
    let framed = frame::frame(root, title, &legend, style)?;
    let pad = style.px(8.0) as i32;
    let area = frame::inset(&framed, (pad / 2, pad / 2, pad, pad));
    let at = layout(&area, &m, style);

    let (shapes, strands) = bands::bands(&at, &m, p);
    fill(&area, &shapes, alpha)?;
    boxes(&area, &at, &m, style)?;
    // The flows' outlines in the root's pixels, for reading them back; a flow of no money
    // has no outline (nothing to point at).
    let (bx, by) = area.get_base_pixel();
    let outlines: Vec<Vec<Pixel>> = shapes
        .iter()
        .zip(bands::FLOWS)
        .map(|((points, _), flow)| {
            if flow.money(&m) > 0.0 {
                let shift = |(x, y): &Pixel| (x + f64::from(bx), y + f64::from(by));
                points.iter().map(shift).collect()
            } else {
                Vec::new()
            }
        })
        .collect();

    // Each strand into the vendors' revenue labelled with its money, on the band, the
    // labels kept apart; the round trip's under the AI companies.
    let mut last = f64::NEG_INFINITY;
    // The room between the AI companies and the vendors' revenue: a label wider than it
    // would run into the boxes (a narrow chart in Chinese), so it is left out; the boxes
    // and the chart's summary still say every amount.
    let margin = f64::from(style.px(2.0));
    let (left, right) = (at.nodes[AI].right() + margin, at.nodes[REVENUE].0 - margin);
    for (value, (x, y)) in strands {
        // Between the boxes room is short: the strands say their money as an axis does
        // ("280亿", not "280亿美元"; "$28B" in English either way).
        let money = crate::chart::ticks::tick_money(style.lang, value);
        let half = f64::from(crate::chart::text::measure(&area, &money, &at.text).0) / 2.0;
        if 2.0 * half > right - left {
            continue;
        }
        // Centred on the band, but clear of both boxes.
        let x = x.clamp(left + half, right - half);
        let y = y.max(last + at.line_h);
        last = y;
        let label = Text::new(money, (x as i32, y as i32), at.text.clone());
        area.draw(&label)?;
    }
    let label = crate::words::fill(
        w.round_trip_amount,
        &[("money", &style.money(m.round_trip))],
    );
    let ai = at.nodes[AI];
    let y = (at.loop_top(&m) - at.line_h * 0.7).max(ai.bottom() + at.line_h * 0.6);
    label_box(
        &area,
        &[label],
        (ai.mid_x() as i32, y as i32),
        &at.strong,
        style,
    )?;
    if let Some(Pick::Flow(i)) = pick {
        if let Some((points, _)) = shapes.get(i).filter(|_| !outlines[i].is_empty()) {
            let line = p.ink.stroke_width(style.px(2.0));
            let mut closed: Vec<(i32, i32)> =
                points.iter().map(|(x, y)| (*x as i32, *y as i32)).collect();
            closed.extend(closed.first().copied());
            area.draw(&PathElement::new(closed, line))?;
        }
    }
    Ok(Plot::flows(outlines))
}

/// Draws the six boxes with their text; the vendors' revenue with a gauge against what
/// the fleet costs a year.
fn boxes<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    at: &Layout,
    m: &Money,
    style: &Look,
) -> Result<(), ChartError>
where
    DB::ErrorType: 'static,
{
    let muted = at.text.color(&style.palette().muted);
    for (i, (node, lines)) in at.nodes.iter().zip(&at.lines).enumerate() {
        let mut rows: Vec<Row> = lines
            .iter()
            .enumerate()
            .map(|(j, line)| {
                let ts = if j + 1 == lines.len() {
                    &at.strong
                } else {
                    &at.text
                };
                Row::Text(line, ts)
            })
            .collect();
        if i == REVENUE {
            let scale = m.compute().max(m.fleet_cost);
            let part = |v: f64| if scale > 0.0 { v / scale } else { 0.0 };
            rows.push(Row::Gauge {
                fill: part(m.compute()),
                outline: part(m.fleet_cost),
                height: at.gauge,
            });
            rows.extend(at.fleet.iter().map(|line| Row::Text(line, &muted)));
        }
        draw_box(area, *node, &rows, at.line_h, style)?;
    }
    Ok(())
}

/// The readout of flow `i` (of [`bands::FLOWS`]) in the first year: whose money, from
/// which box to which, how much; `None` for no such flow.
pub(super) fn readout(
    i: usize,
    inputs: &Inputs,
    projection: &Projection,
    lang: crate::words::Lang,
) -> Option<String> {
    let flow = bands::FLOWS.get(i)?;
    let m = Money::of(inputs, projection.years.first()?);
    let w = &lang.words().charts;
    let names = [
        w.customers,
        w.investors,
        w.vendors,
        w.ai_companies,
        w.not_compute,
        w.vendor_revenue,
    ];
    let whose = match flow.whose {
        bands::Whose::Customers => w.customers_money,
        bands::Whose::Investors => w.investors_money,
        bands::Whose::RoundTrip => w.round_trip,
    };
    Some(crate::words::fill(
        w.flow_readout,
        &[
            ("whose", whose),
            ("from", names[flow.from]),
            ("to", names[flow.to]),
            ("money", &crate::format::money(lang, flow.money(&m))),
        ],
    ))
}
