//! Where the flow diagram's boxes go, and the one money-to-pixels scale that makes every
//! band fit.

use super::shapes::{box_lines, line_height, Node};
use crate::chart::frame::Area;
use crate::chart::look::Look;
use crate::chart::look::{bold, font, fonts};
use crate::chart::money;
use crate::chart::text::measure;
use crate::model::{Inputs, YearRow};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// The first year's money in $B, each finite and at least 0.
pub(super) struct Money {
    pub(super) customers: f64,
    pub(super) investors: f64,
    pub(super) vendors: f64,
    pub(super) from_customers: f64,
    pub(super) from_investors: f64,
    pub(super) round_trip: f64,
    /// What the vendors' installed base costs that year: their revenue set against it.
    pub(super) fleet_cost: f64,
}

impl Money {
    pub(super) fn of(inputs: &Inputs, year: &YearRow) -> Money {
        let pos = |v: f64| if v.is_finite() { v.max(0.0) } else { 0.0 };
        let vendor_share = (inputs.vendor_share / 100.0).clamp(0.0, 1.0);
        let funding = pos(inputs.funding);
        let round_trip = pos(year.round_trip).min(pos(year.compute_from_funding));
        Money {
            customers: pos(year.revenue),
            investors: funding * (1.0 - vendor_share),
            vendors: funding * vendor_share,
            from_customers: pos(year.compute_from_customers),
            from_investors: pos(year.compute_from_funding) - round_trip,
            round_trip,
            fleet_cost: pos(year.fleet_cost),
        }
    }

    pub(super) fn raised(&self) -> f64 {
        self.customers + self.investors + self.vendors
    }

    pub(super) fn compute(&self) -> f64 {
        self.from_customers + self.from_investors + self.round_trip
    }
}

/// Where everything goes: the boxes, their text, and the money-to-pixels scale `k`.
pub(super) struct Layout {
    pub(super) src: [Node; 3],
    pub(super) ai: Node,
    pub(super) cpu: Node,
    pub(super) var: Node,
    pub(super) lines: [Vec<String>; 6],
    pub(super) text: TextStyle<'static>,
    pub(super) strong: TextStyle<'static>,
    pub(super) k: f64,
    pub(super) head: f64,
    pub(super) line_h: f64,
}

impl Layout {
    pub(super) fn thick(&self, money: f64) -> f64 {
        if money > 0.0 && self.k > 0.0 {
            (money * self.k).max(1.0)
        } else {
            0.0
        }
    }
}

/// Places the boxes in `area`: the sources in three rows on the left; the AI companies
/// and compute level between the top two rows; the vendors' revenue beside the vendors.
pub(super) fn layout<DB: DrawingBackend>(area: &Area<DB>, m: &Money, style: &Look) -> Layout {
    let ink = &style.palette().ink;
    let (w, h) = area.dim_in_pixel();
    let (w, h) = (f64::from(w), f64::from(h));
    let px = |v: f64| f64::from(style.px(v));
    let (pad, inner, gap) = (px(8.0), px(5.0), px(6.0));
    let bw = (w * 0.24).min(px(170.0));
    let vendors_revenue = format!("Vendors' AI revenue (fleet costs {})", money(m.fleet_cost));
    let names = [
        "Customers",
        "Investors",
        "Vendors (cloud, chips)",
        "AI companies",
        "Compute",
        vendors_revenue.as_str(),
    ];
    let values = [
        m.customers,
        m.investors,
        m.vendors,
        m.raised(),
        m.compute(),
        m.compute(),
    ];
    // The box text at the chart's text size, or a little smaller if the rows overflow.
    let attempt = |size: f64| {
        let text = font(style, size, ink, HPos::Center, VPos::Center);
        let widest = f64::from(measure(area, "(cloud, chips)", &text).0) + 2.0 * inner;
        let bl = widest.clamp(bw, (w * 0.3).max(bw));
        let lines: [Vec<String>; 6] = std::array::from_fn(|i| {
            let width = if i < 3 { bl } else { bw };
            box_lines(area, names[i], money(values[i]), width - 2.0 * inner, &text)
        });
        let line_h = line_height(area, &text);
        let rows: usize = lines[..3].iter().map(Vec::len).sum();
        let fits = rows as f64 * line_h + 3.0 * pad + 2.0 * gap <= h;
        (size, text, bl, lines, line_h, fits)
    };
    let size = fonts(area, style).text;
    let first = attempt(size);
    let (size, text, bl, lines, line_h, _) = if first.5 { first } else { attempt(size * 0.87) };
    let strong = bold(style, size, ink, HPos::Center, VPos::Center);

    let target = (h * 0.2).min((h - 2.0 * gap) / 3.0);
    let tall = |i: usize| (lines[i].len() as f64 * line_h + pad).max(target);
    let s0 = Node(0.0, 0.0, bl, tall(0));
    let s2 = Node(0.0, h - tall(2), bl, tall(2));
    let s1 = Node(0.0, (s0.bottom() + s2.1 - tall(1)) / 2.0, bl, tall(1));
    let var = Node(w - bw, h - tall(5), bw, tall(5));
    let level = (s0.mid_y() + s1.mid_y()) / 2.0;
    let mid = (bl + w - bw * 2.0) / 2.0;
    let head = ((mid - bl) / 5.0).clamp(1.0, px(9.0));
    let floor = s2.1.min(var.1) - gap;

    // One scale, money to pixels, so that every band fits where it goes.
    let fit = |room: f64, money: f64| {
        if money > 0.0 {
            room / money
        } else {
            f64::INFINITY
        }
    };
    let k = [
        fit(0.8 * s0.3, m.customers),
        fit(0.8 * s1.3, m.investors),
        fit(0.8 * s2.3, m.vendors + m.round_trip),
        fit(0.8 * var.3, m.round_trip),
        fit(2.0 * (floor - level) - pad, m.raised()),
        fit(2.0 * (floor - head - level) - pad, m.compute()),
        fit(0.8 * bw, m.compute()),
    ]
    .into_iter()
    .fold(f64::INFINITY, f64::min);
    let mut at = Layout {
        src: [s0, s1, s2],
        ai: Node(mid, level, bw, 0.0),
        cpu: Node(w - bw, level, bw, 0.0),
        var,
        lines,
        text,
        strong,
        k: if k.is_finite() { k.max(0.0) } else { 0.0 },
        head,
        line_h,
    };
    let total_in = at.thick(m.customers) + at.thick(m.investors) + at.thick(m.vendors);
    let total_out =
        at.thick(m.from_customers) + at.thick(m.from_investors) + at.thick(m.round_trip);
    let box_h = |i: usize, bands: f64| (at.lines[i].len() as f64 * line_h + pad).max(bands + pad);
    let (ai_h, cpu_h) = (box_h(3, total_in), box_h(4, total_out));
    at.ai = Node(mid, level - ai_h / 2.0, bw, ai_h);
    at.cpu = Node(w - bw, level - cpu_h / 2.0, bw, cpu_h);
    at
}

/// The bottom edge of the round-trip band, near the bottom of the vendors' boxes.
pub(super) fn loop_bottom(at: &Layout) -> f64 {
    at.var.bottom().min(at.src[2].bottom()) - 0.1 * at.var.3.min(at.src[2].3)
}
