//! The `circular` chart: the first year's money as a flow diagram. Customers, investors
//! and the vendors themselves (as investors) fund the AI companies; the AI companies buy
//! compute; compute is the vendors' AI revenue; and the round trip, the vendors' own
//! money coming back to them as revenue, closes the loop along the bottom.
//!
//! ```text
//! [Customers] ---\
//! [Investors] ----> [AI companies] ===> [Compute]
//! [Vendors]   ---/                          ||
//!    ^------------- round trip ------ [Vendors' AI revenue]
//! ```
//!
//! Band thickness is proportional to money, on one scale for the whole diagram.

mod layout;
mod shapes;

use super::frame::{self, label_box, Key};
use super::look;
use super::look::Look;
use super::text::measure;
use super::{money, ChartError, ChartId, Palette};
use crate::model::{Inputs, Projection};
use layout::{layout, loop_bottom, Layout, Money};
use plotters::coord::Shift;
use plotters::prelude::*;
use shapes::{arrow, draw_box, fill, flow, rect, Point};

/// Fill opacity of the bands (light theme).
const BAND_ALPHA: f64 = 0.6;

pub(super) fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    inputs: &Inputs,
    projection: &Projection,
    style: &Look,
) -> Result<(), ChartError>
where
    DB::ErrorType: 'static,
{
    let p = style.palette();
    let alpha = look::alpha(style, BAND_ALPHA);
    let Some(year) = projection.years.first() else {
        return Ok(());
    };
    let m = Money::of(inputs, year);
    let legend = [
        (Key::Area(p.customers, alpha), "customers' money"),
        (Key::Area(p.funding, alpha), "investors' money"),
        (
            Key::Area(p.round_trip, alpha),
            "vendors' own money (round trip)",
        ),
    ]
    .map(|(key, label)| (key, label.to_string()));
    let framed = frame::frame(root, ChartId::Circular.title(), &legend, style)?;
    let pad = style.px(8.0) as i32;
    let area = frame::inset(&framed, (pad / 2, pad, pad, pad));
    let at = layout(&area, &m, style);

    fill(&area, &bands(&at, &m, p), alpha)?;
    let nodes = [at.src[0], at.src[1], at.src[2], at.ai, at.cpu, at.var];
    for (node, lines) in nodes.iter().zip(&at.lines) {
        draw_box(&area, *node, lines, (&at.text, &at.strong), style)?;
    }

    // The two compute strands' money in the middle gap; the loop's under the AI box.
    let total_out =
        at.thick(m.from_customers) + at.thick(m.from_investors) + at.thick(m.round_trip);
    let gap_x = at.cpu.0 - at.ai.right();
    let level = at.ai.mid_y();
    let labels = [
        (
            m.from_customers,
            "from customers",
            level - total_out / 2.0 - at.line_h * 0.7,
        ),
        (
            m.from_investors + m.round_trip,
            "from investors",
            level + total_out / 2.0 + at.line_h * 0.7,
        ),
    ];
    for (value, whose, y) in labels {
        let long = format!("{} {whose}", money(value));
        let fits = f64::from(measure(&area, &long, &at.text).0) < gap_x - 2.0 * at.head;
        let label = if fits { long } else { money(value) };
        let centre = (((at.ai.right() + at.cpu.0) / 2.0) as i32, y as i32);
        label_box(&area, &[label], centre, &at.text, style)?;
    }
    let label = format!("round trip {}", money(m.round_trip));
    let loop_top = loop_bottom(&at) - at.thick(m.round_trip);
    let y = (loop_top - at.line_h * 0.7).max(at.ai.bottom() + at.line_h * 0.6);
    label_box(
        &area,
        &[label],
        (at.ai.mid_x() as i32, y as i32),
        &at.strong,
        style,
    )
}

/// Every band and arrowhead, with its colour.
fn bands(at: &Layout, m: &Money, p: &Palette) -> Vec<(Vec<Point>, RGBColor)> {
    let mut shapes = Vec::new();
    let (mid, right, head) = (at.ai.0, at.cpu.0, at.head);
    // Sources into the AI companies, stacked on its left edge; the vendors' band leaves
    // from the top of its box, as the round trip comes back into the bottom.
    let ins = [
        (m.customers, p.customers),
        (m.investors, p.funding),
        (m.vendors, p.round_trip),
    ];
    let total: f64 = ins.iter().map(|(v, _)| at.thick(*v)).sum();
    let mut y = at.ai.mid_y() - total / 2.0;
    for (i, (value, color)) in ins.into_iter().enumerate() {
        let (node, t) = (at.src[i], at.thick(value));
        let from = if i == 2 {
            node.1 + node.3 * 0.1
        } else {
            node.mid_y() - t / 2.0
        };
        shapes.push((flow((node.right(), from), (mid - head, y), t), color));
        shapes.push((arrow((mid, y + t / 2.0), (1.0, 0.0), t, head, 0.0), color));
        y += t;
    }
    // Compute spend into compute: customers, investors, round trip from the top; going
    // down, the bottom strand (round trip) turns on the inside and becomes the leftmost.
    let outs = [
        (m.from_customers, p.customers),
        (m.from_investors, p.funding),
        (m.round_trip, p.round_trip),
    ];
    let total: f64 = outs.iter().map(|(v, _)| at.thick(*v)).sum();
    let mut y = at.ai.mid_y() - total / 2.0;
    let mut x = at.cpu.mid_x() + total / 2.0;
    let (top, bottom) = (at.cpu.bottom(), at.var.1 - head);
    for (value, color) in outs {
        let t = at.thick(value);
        x -= t;
        shapes.push((flow((at.ai.right(), y), (right - head, y), t), color));
        shapes.push((arrow((right, y + t / 2.0), (1.0, 0.0), t, head, 0.0), color));
        shapes.push((rect(x, top, t, bottom - top), color));
        shapes.push((
            arrow((x + t / 2.0, at.var.1), (0.0, 1.0), t, head, 0.0),
            color,
        ));
        y += t;
    }
    // The round trip: out of the vendors' revenue, back along the bottom to the vendors.
    let t = at.thick(m.round_trip);
    let (end, y) = (at.src[2].right(), loop_bottom(at) - t);
    shapes.push((rect(end + head, y, at.var.0 - end - head, t), p.round_trip));
    let tip = (end, y + t / 2.0);
    shapes.push((arrow(tip, (-1.0, 0.0), t, head, head * 0.4), p.round_trip));
    shapes
}
