//! Where the flow diagram's boxes go, and the one money-to-pixels scale that makes every
//! band fit.

pub(super) use super::money::Money;
use super::shapes::{box_lines, line_height, Node};
use crate::chart::look::Look;
use crate::chart::look::{bold, font, fonts};
use crate::chart::style::Area;
use crate::chart::text::{measure, wrap};
use crate::words::fill;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// The boxes, in drawing order.
pub(super) const CUSTOMERS: usize = 0;
pub(super) const INVESTORS: usize = 1;
pub(super) const VENDORS: usize = 2;
pub(super) const AI: usize = 3;
pub(super) const OTHER: usize = 4;
pub(super) const REVENUE: usize = 5;

/// Where everything goes: the boxes, their text, and the money-to-pixels scale `k`.
pub(super) struct Layout {
    pub(super) nodes: [Node; 6],
    pub(super) lines: [Vec<String>; 6],
    /// The fleet-cost lines under the vendors' revenue, after its gauge.
    pub(super) fleet: Vec<String>,
    pub(super) text: TextStyle<'static>,
    pub(super) strong: TextStyle<'static>,
    pub(super) k: f64,
    pub(super) head: f64,
    pub(super) line_h: f64,
    pub(super) pad: f64,
    pub(super) gap: f64,
    /// Height of the gauge (bar and spacing) in the vendors' revenue box.
    pub(super) gauge: f64,
    /// Bottom edge of the round-trip band along the bottom.
    pub(super) floor: f64,
    /// Boxes sized for their bands only, the text not fitting.
    pub(super) cramped: bool,
}

impl Layout {
    /// The thickness of a band carrying `money`: at least a pixel unless it is nothing.
    pub(super) fn thick(&self, money: f64) -> f64 {
        thick(self.k, money)
    }

    /// Top edge of the round-trip band.
    pub(super) fn loop_top(&self, m: &Money) -> f64 {
        self.floor - self.thick(m.round_trip)
    }
}

fn thick(k: f64, money: f64) -> f64 {
    if money > 0.0 && k > 0.0 {
        (money * k).max(1.0)
    } else {
        0.0
    }
}

/// Places the boxes in `area`: the sources in three rows on the left, the AI companies
/// in the middle, what is not spent on compute top right and the vendors' revenue bottom
/// right, with the round trip running back along the bottom.
pub(super) fn layout<DB: DrawingBackend>(area: &Area<DB>, m: &Money, style: &Look) -> Layout {
    let size = fonts(area, style).text;
    let first = attempt(area, m, style, size, false);
    if first.k > 0.0 {
        return first;
    }
    let second = attempt(area, m, style, size * 0.87, false);
    if second.k > 0.0 {
        return second;
    }
    // Too small for the text: the bands still show the money, the boxes as they fall.
    attempt(area, m, style, size * 0.87, true)
}

/// The layout with box text of `size` CSS px; `k` is 0 when even the text does not fit
/// (unless `cramped`: then boxes are sized for their bands only).
fn attempt<DB: DrawingBackend>(
    area: &Area<DB>,
    m: &Money,
    style: &Look,
    size: f64,
    cramped: bool,
) -> Layout {
    let p = style.palette();
    let (w, h) = area.dim_in_pixel();
    let (w, h) = (f64::from(w), f64::from(h));
    let px = |v: f64| f64::from(style.px(v));
    let (pad, inner, gap) = (px(8.0), px(4.0), px(6.0));
    let text = font(style, size, &p.ink, HPos::Center, VPos::Center);
    let strong = bold(style, size, &p.ink, HPos::Center, VPos::Center);
    let wide = |s: &str| f64::from(measure(area, s, &text).0 + 2) + 2.0 * inner;
    let words = &style.words().charts;
    // The left boxes fit their longest word, the middle one its name's, the right ones
    // a money figure.
    let longest = |s: &str| {
        super::super::text::words_of(s)
            .into_iter()
            .map(|word| wide(&word))
            .fold(0.0, f64::max)
    };
    // The figures are bold, and in Chinese longer than the names ("2,550亿美元").
    let figure = |v: f64| f64::from(measure(area, &style.money(v), &strong).0 + 2) + 2.0 * inner;
    // Chinese names break anywhere, which leaves a lone character on a line of its own
    // ("雲端與晶片業 / 者"): their boxes take the whole name where it fits.
    let name = |s: &str| {
        if style.lang.is_chinese() {
            wide(s)
        } else {
            longest(s)
        }
    };
    let bl = [words.customers, words.investors, words.vendors]
        .into_iter()
        .map(name)
        .chain([m.customers, m.investors, m.vendors].map(figure))
        .fold(0.0, f64::max)
        .clamp(w * 0.2, w * 0.3);
    let bm = wide(words.ai_companies)
        .max(figure(m.raised()))
        .clamp(w * 0.18, w * 0.27);
    let br = (w * 0.28)
        .max(wide(&style.money(999.0)))
        .max(figure(m.other()).max(figure(m.compute())))
        .min(w * 0.34);
    let free = (w - bl - bm - br).max(0.0);
    let mid = bl + free * 0.45;
    let head = (free * 0.45 / 5.0).clamp(1.0, px(8.0));
    let names = [
        words.customers,
        words.investors,
        words.vendors,
        words.ai_companies,
        words.not_compute,
        words.vendor_revenue,
    ];
    let values = [
        m.customers,
        m.investors,
        m.vendors,
        m.raised(),
        m.other(),
        m.compute(),
    ];
    let widths = [bl, bl, bl, bm, br, br];
    let lines: [Vec<String>; 6] = std::array::from_fn(|i| {
        box_lines(
            area,
            names[i],
            style.money(values[i]),
            widths[i] - 2.0 * inner,
            &text,
        )
    });
    // "the fleet costs $515B a year" on as few lines as fit, breaking before the money.
    let room = (br - 2.0 * inner) as i32;
    let cost = fill(words.a_year, &[("money", &style.money(m.fleet_cost))]);
    let whole = fill(words.fleet_costs, &[("money", &cost)]);
    let fleet = if measure(area, &whole, &text).0 <= room {
        vec![whole]
    } else {
        let lead = fill(words.fleet_costs, &[("money", "")]);
        let mut lines = wrap(area, lead.trim(), &text, room);
        lines.extend(wrap(area, &cost, &text, room));
        lines
    };
    let line_h = line_height(area, &text);
    let gauge = px(6.0) + px(4.0);
    let mut at = Layout {
        nodes: [Node(0.0, 0.0, 0.0, 0.0); 6],
        lines,
        fleet,
        text,
        strong,
        k: 0.0,
        head,
        line_h,
        pad,
        gap,
        gauge,
        floor: h - pad / 2.0,
        cramped,
    };
    // The largest scale at which every column fits, by bisection.
    let most = [m.raised(), m.compute() + m.round_trip, 1.0]
        .into_iter()
        .fold(0.0, f64::max);
    let (mut lo, mut hi) = (0.0, h / most);
    if fits(&at, m, 0.0) {
        for _ in 0..32 {
            let k = (lo + hi) / 2.0;
            if fits(&at, m, k) {
                lo = k;
            } else {
                hi = k;
            }
        }
        at.k = lo;
    }
    place(&mut at, m, (w, h), [bl, bm, br], mid);
    at
}

/// Heights of the six boxes at scale `k`: each holds its text and its bands.
fn heights(at: &Layout, m: &Money, k: f64) -> [f64; 6] {
    let (pad, gap) = (at.pad, at.gap);
    let lines = |n: usize| {
        if at.cramped {
            0.0
        } else {
            n as f64 * at.line_h
        }
    };
    let text = |i: usize| lines(at.lines[i].len()) + pad;
    let loop_in = thick(k, m.round_trip) + gap;
    let fleet = lines(at.fleet.len()) + if at.cramped { 0.0 } else { at.gauge };
    [
        text(CUSTOMERS).max(thick(k, m.customers) + pad),
        text(INVESTORS).max(thick(k, m.investors) + pad),
        text(VENDORS).max(thick(k, m.vendors) + loop_in + pad),
        text(AI).max(thick(k, m.raised()) + pad),
        text(OTHER).max(thick(k, m.other()) + pad),
        (text(REVENUE) + fleet).max(thick(k, m.compute()) + loop_in + pad),
    ]
}

/// Whether every column fits the area's height at scale `k`.
fn fits(at: &Layout, m: &Money, k: f64) -> bool {
    let hs = heights(at, m, k);
    let h = at.floor + at.pad / 2.0;
    let (lo, hi) = ai_range(at, m, k, &hs);
    hs[CUSTOMERS] + hs[INVESTORS] + hs[VENDORS] + 2.0 * at.gap <= h && lo <= hi
}

/// The range of tops for the AI companies' box: below the box of what is not spent on
/// compute, so that the bands into the vendors' revenue run straight across, and above
/// the round trip and its label.
fn ai_range(at: &Layout, m: &Money, k: f64, hs: &[f64; 6]) -> (f64, f64) {
    let h = at.floor + at.pad / 2.0;
    // From the box's top to the top of the bands into the vendors' revenue.
    let to_compute = (hs[AI] - thick(k, m.raised())) / 2.0 + thick(k, m.other());
    let lo = (hs[OTHER] + at.gap + at.pad / 2.0 - to_compute).max(0.0);
    let loop_top = at.floor - thick(k, m.round_trip);
    let label = if at.cramped { 0.0 } else { at.line_h + at.gap };
    let hi = (loop_top - at.gap - label - hs[AI]).min(h + at.pad / 2.0 - hs[REVENUE] - to_compute);
    (lo, hi)
}

/// Sets the boxes' positions for the scale already chosen.
fn place(at: &mut Layout, m: &Money, (w, h): (f64, f64), [bl, bm, br]: [f64; 3], mid: f64) {
    let k = at.k;
    let hs = heights(at, m, k);
    let src0 = Node(0.0, 0.0, bl, hs[CUSTOMERS]);
    let src2 = Node(0.0, h - hs[VENDORS], bl, hs[VENDORS]);
    let y1 = (src0.bottom() + src2.1 - hs[INVESTORS]) / 2.0;
    let src1 = Node(0.0, y1, bl, hs[INVESTORS]);
    // The AI companies centred above the round trip and its label, within their range.
    let room = at.loop_top(m) - at.gap - at.line_h - at.gap;
    let (lo, hi) = ai_range(at, m, k, &hs);
    let top = ((room - hs[AI]) / 2.0).min(hi).max(lo).max(0.0);
    let ai = Node(mid, top, bm, hs[AI]);
    let other = Node(w - br, 0.0, br, hs[OTHER]);
    let compute_top = top + (hs[AI] - thick(k, m.raised())) / 2.0 + thick(k, m.other());
    let rev_top = (compute_top - at.pad / 2.0).min(h - hs[REVENUE]);
    let revenue = Node(w - br, rev_top, br, h - rev_top);
    at.nodes = [src0, src1, src2, ai, other, revenue];
}
