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
//! Band thickness is proportional to money, with one scale for the whole diagram.

use super::frame::{self, bold, font, measure, Area, Key};
use super::{money, ChartError, ChartId, Style};
use crate::model::{Inputs, Projection};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// Fill opacity of the bands.
const BAND_ALPHA: f64 = 0.6;

/// A box: left, top, width, height in pixels.
#[derive(Debug, Clone, Copy)]
struct Node(f64, f64, f64, f64);

impl Node {
    fn right(self) -> f64 {
        self.0 + self.2
    }
    fn mid_y(self) -> f64 {
        self.1 + self.3 / 2.0
    }
    fn mid_x(self) -> f64 {
        self.0 + self.2 / 2.0
    }
}

pub(super) fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    inputs: &Inputs,
    projection: &Projection,
    style: &Style,
) -> Result<(), ChartError>
where
    DB::ErrorType: 'static,
{
    let p = style.palette();
    let band_alpha = frame::alpha(style, BAND_ALPHA);
    let Some(year) = projection.years.first() else {
        return Ok(());
    };
    let pos = |v: f64| if v.is_finite() { v.max(0.0) } else { 0.0 };
    let vendor_share = (inputs.vendor_share / 100.0).clamp(0.0, 1.0);
    let (customers, funding) = (pos(year.revenue), pos(inputs.funding));
    let (investors, vendors) = (funding * (1.0 - vendor_share), funding * vendor_share);
    let from_customers = pos(year.compute_from_customers);
    let round_trip = pos(year.round_trip).min(pos(year.compute_from_funding));
    let from_investors = pos(year.compute_from_funding) - round_trip;
    let compute = from_customers + from_investors + round_trip;

    let legend = [
        (
            Key::Area(p.customers, band_alpha),
            "customers' money".to_string(),
        ),
        (
            Key::Area(p.funding, band_alpha),
            "investors' money".to_string(),
        ),
        (
            Key::Area(p.round_trip, band_alpha),
            "vendors' own money (round trip)".to_string(),
        ),
    ];
    let framed = frame::frame(root, ChartId::Circular.title(), &legend, style)?;
    let pad = f64::from(style.px(8.0));
    let area = framed.margin(pad as i32 / 2, pad as i32, pad as i32, pad as i32);
    let (w, h) = area.dim_in_pixel();
    let (w, h) = (f64::from(w), f64::from(h));
    let size = frame::fonts(root, style).text;
    let text = font(style, size, &p.ink, HPos::Center, VPos::Center);
    let strong = bold(style, size, &p.ink, HPos::Center, VPos::Center);

    // Three columns of boxes: the sources in three rows on the left; AI companies and
    // compute level with the top two rows; the vendors' revenue beside the vendors.
    let bw = (w * 0.24).min(f64::from(style.px(170.0)));
    let inner = f64::from(style.px(5.0));
    let widest = f64::from(measure(&area, "(cloud, chips)", &text).0) + 2.0 * inner;
    let bl = widest.clamp(bw, (w * 0.3).max(bw));
    let line_h = f64::from(measure(&area, "Ag", &text).1) * 1.15;
    let bh = (line_h * 3.0 + pad).max(h * 0.2).min(h / 3.0);
    let gap_x = (w - bl - 2.0 * bw) / 2.0;
    let (mid, right) = (bl + gap_x, w - bw);
    let row = |i: f64| (h - bh) * i / 2.0;
    let src = [row(0.0), row(1.0), row(2.0)].map(|y| Node(0.0, y, bl, bh));
    let level = (src[0].mid_y() + src[1].mid_y()) / 2.0;

    // One scale, money to pixels, so that every band fits where it goes.
    let fit = |room: f64, money: f64| {
        if money > 0.0 {
            room / money
        } else {
            f64::INFINITY
        }
    };
    let k = [
        fit(0.8 * bh, customers.max(investors).max(vendors + round_trip)),
        fit(0.9 * (row(1.0) + bh - pad), customers + funding),
        fit(0.85 * bh, compute),
        fit(0.8 * bw, compute),
    ]
    .into_iter()
    .fold(f64::INFINITY, f64::min);
    let k = if k.is_finite() { k } else { 0.0 };
    let thick = |money: f64| {
        if money > 0.0 {
            (money * k).max(1.0)
        } else {
            0.0
        }
    };
    let head = (gap_x / 5.0).clamp(1.0, f64::from(style.px(9.0)));
    let ins = [
        (customers, p.customers),
        (investors, p.funding),
        (vendors, p.round_trip),
    ];
    let outs = [
        (from_customers, p.customers),
        (from_investors, p.funding),
        (round_trip, p.round_trip),
    ];
    let total_in: f64 = ins.iter().map(|(m, _)| thick(*m)).sum();
    let total_out: f64 = outs.iter().map(|(m, _)| thick(*m)).sum();
    let tall = |t: f64| bh.max(t + pad);
    let ai = Node(mid, level - tall(total_in) / 2.0, bw, tall(total_in));
    let cpu = Node(right, level - tall(total_out) / 2.0, bw, tall(total_out));
    let var = Node(right, row(2.0), bw, bh);

    // Sources into the AI companies, stacked on its left edge; the vendors' band leaves
    // from the top of its box, as the round trip comes back into the bottom.
    let mut bands: Vec<(Vec<(f64, f64)>, RGBColor)> = Vec::new();
    let mut y = level - total_in / 2.0;
    for ((money, color), node) in ins.into_iter().zip(src) {
        let t = thick(money);
        let from = if node.1 >= row(2.0) - 0.5 {
            node.1 + bh * 0.1
        } else {
            node.mid_y() - t / 2.0
        };
        bands.push((flow((node.right(), from), (mid - head, y), t), color));
        bands.push((arrow((mid, y + t / 2.0), (1.0, 0.0), t, head, 0.0), color));
        y += t;
    }
    // Compute spend into compute: customers, investors, round trip from the top; going
    // down, the bottom strand (round trip) turns on the inside and becomes the leftmost.
    let mut y = level - total_out / 2.0;
    let mut x = cpu.mid_x() + total_out / 2.0;
    for (money, color) in outs {
        let t = thick(money);
        x -= t;
        bands.push((flow((ai.right(), y), (right - head, y), t), color));
        bands.push((arrow((right, y + t / 2.0), (1.0, 0.0), t, head, 0.0), color));
        bands.push((
            rect(x, cpu.1 + cpu.3, t, var.1 - head - cpu.1 - cpu.3),
            color,
        ));
        bands.push((arrow((x + t / 2.0, var.1), (0.0, 1.0), t, head, 0.0), color));
        y += t;
    }
    // The round trip: out of the vendors' revenue, back along the bottom to the vendors.
    let t = thick(round_trip);
    let y = var.1 + var.3 * 0.9 - t;
    bands.push((rect(bl + head, y, var.0 - bl - head, t), p.round_trip));
    let tip = (bl, y + t / 2.0);
    bands.push((arrow(tip, (-1.0, 0.0), t, head, head * 0.4), p.round_trip));

    for (points, color) in bands.iter().filter(|(points, _)| points.len() >= 3) {
        let points: Vec<(i32, i32)> = points.iter().map(|(x, y)| (*x as i32, *y as i32)).collect();
        area.draw(&Polygon::new(points, color.mix(band_alpha).filled()))?;
    }
    let names = ["Customers", "Investors", "Vendors (cloud, chips)"];
    let values = [customers, investors, vendors];
    for ((node, name), value) in src.iter().zip(names).zip(values) {
        node_box(&area, *node, name, value, (&text, &strong), style)?;
    }
    node_box(
        &area,
        ai,
        "AI companies",
        customers + funding,
        (&text, &strong),
        style,
    )?;
    node_box(&area, cpu, "Compute", compute, (&text, &strong), style)?;
    node_box(
        &area,
        var,
        "Vendors' AI revenue",
        compute,
        (&text, &strong),
        style,
    )?;

    // Money labels: the two compute strands in the middle gap, the loop under the AI box.
    let gap_mid = (ai.right() + right) / 2.0;
    let above = level - total_out / 2.0 - line_h * 0.7;
    let below = level + total_out / 2.0 + line_h * 0.7;
    let labels = [
        (from_customers, "from customers", above),
        (from_investors + round_trip, "from investors", below),
    ];
    for (value, whose, y) in labels {
        let long = format!("{} {whose}", money(value));
        let fits = f64::from(measure(&area, &long, &text).0) < gap_x - 2.0 * head;
        let label = if fits { long } else { money(value) };
        frame::label_box(&area, &[label], (gap_mid as i32, y as i32), &text, style)?;
    }
    let label = format!("round trip {}", money(round_trip));
    let ly = (y - line_h * 0.7).max(ai.1 + ai.3 + line_h * 0.6);
    frame::label_box(
        &area,
        &[label],
        (ai.mid_x() as i32, ly as i32),
        &strong,
        style,
    )?;
    Ok(())
}

/// A band `t` pixels thick from `(x0, a)` (its top edge) to `(x1, b)`, eased into an S.
fn flow((x0, a): (f64, f64), (x1, b): (f64, f64), t: f64) -> Vec<(f64, f64)> {
    const STEPS: usize = 24;
    if t <= 0.0 {
        return Vec::new();
    }
    let ease = |s: f64| s * s * (3.0 - 2.0 * s);
    let top: Vec<(f64, f64)> = (0..=STEPS)
        .map(|i| i as f64 / STEPS as f64)
        .map(|s| (x0 + (x1 - x0) * s, a + (b - a) * ease(s)))
        .collect();
    let bottom = top.iter().rev().map(|(x, y)| (*x, y + t));
    top.iter().copied().chain(bottom).collect()
}

/// An arrowhead `len` long with its tip at `tip`, pointing along the unit vector `dir`,
/// for a band `t` wide; its base sticks out `e` on each side.
fn arrow(tip: (f64, f64), (dx, dy): (f64, f64), t: f64, len: f64, e: f64) -> Vec<(f64, f64)> {
    if t <= 0.0 {
        return Vec::new();
    }
    let (bx, by) = (tip.0 - dx * len, tip.1 - dy * len);
    let half = t / 2.0 + e;
    vec![
        (bx - dy * half, by + dx * half),
        tip,
        (bx + dy * half, by - dx * half),
    ]
}

/// The rectangle from `(x, y)`, `w` x `h`, as a polygon (none when empty).
fn rect(x: f64, y: f64, w: f64, h: f64) -> Vec<(f64, f64)> {
    if w <= 0.0 || h <= 0.0 {
        return Vec::new();
    }
    vec![(x, y), (x + w, y), (x + w, y + h), (x, y + h)]
}

/// A box with `name` (wrapped) and `value` as money, centred.
fn node_box<DB: DrawingBackend>(
    area: &Area<DB>,
    node: Node,
    name: &str,
    value: f64,
    (text, strong): (&TextStyle, &TextStyle),
    style: &Style,
) -> Result<(), ChartError>
where
    DB::ErrorType: 'static,
{
    let p = style.palette();
    let Node(x, y, w, h) = node;
    let corners = [(x as i32, y as i32), ((x + w) as i32, (y + h) as i32)];
    area.draw(&Rectangle::new(corners, p.background.filled()))?;
    area.draw(&Rectangle::new(
        corners,
        p.muted.stroke_width(style.px(1.0)),
    ))?;
    let inner = (w - 2.0 * f64::from(style.px(4.0))) as i32;
    let mut lines: Vec<(String, &TextStyle)> = frame::wrap(area, name, text, inner)
        .into_iter()
        .map(|l| (l, text))
        .collect();
    lines.push((money(value), strong));
    let line_h = f64::from(measure(area, "Ag", text).1) * 1.15;
    let top = node.mid_y() - line_h * lines.len() as f64 / 2.0;
    for (i, (line, ts)) in lines.into_iter().enumerate() {
        let cy = top + line_h * (i as f64 + 0.5);
        area.draw(&Text::new(
            line,
            (node.mid_x() as i32, cy as i32),
            (*ts).clone(),
        ))?;
    }
    Ok(())
}
