//! The bands of the flow diagram, each with its colour, and the strands to label.

use super::layout::{Layout, Money, AI, CUSTOMERS, INVESTORS, OTHER, REVENUE, VENDORS};
use super::shapes::{back, flow, Point};
use crate::chart::style::Palette;
use plotters::prelude::RGBColor;

/// A band to label: its money and the point (centre) to put the label at.
pub(super) type Strand = (f64, Point);

/// Every band with its colour, and the strands into the vendors' revenue to label.
pub(super) fn bands(
    at: &Layout,
    m: &Money,
    p: &Palette,
) -> (Vec<(Vec<Point>, RGBColor)>, Vec<Strand>) {
    let n = &at.nodes;
    let (ai, head) = (n[AI], at.head);
    let mut shapes = Vec::new();
    // Into the AI companies, stacked on its left edge: customers, investors, then the
    // vendors' money, which leaves the top of the vendors' box (the round trip comes back
    // into its bottom): the part that does not come back, then the part that does.
    let ins = [
        (m.customers, p.customers, CUSTOMERS),
        (m.investors, p.funding, INVESTORS),
        (m.vendors_other, p.funding, VENDORS),
        (m.round_trip, p.round_trip, VENDORS),
    ];
    let total: f64 = ins.iter().map(|(v, ..)| at.thick(*v)).sum();
    let mut y = ai.mid_y() - total / 2.0;
    let mut from_vendors = n[VENDORS].1 + at.pad / 2.0;
    for (value, color, i) in ins {
        let t = at.thick(value);
        let from = if i == VENDORS {
            from_vendors += t;
            from_vendors - t
        } else {
            n[i].mid_y() - t / 2.0
        };
        shapes.push((flow((n[i].right(), from), (ai.0, y), t, head), color));
        y += t;
    }
    // Out of it, stacked on its right edge in the same order of colours: what is not
    // spent on compute, to the top right; what is, to the vendors' revenue.
    let mut y = ai.mid_y() - total / 2.0;
    let other = [
        (m.customers_other, p.customers),
        (m.investors_other, p.funding),
    ];
    let compute = [
        (m.customers_compute, p.customers),
        (m.investors_compute, p.funding),
        (m.round_trip, p.round_trip),
    ];
    let stack = |group: &[(f64, RGBColor)]| group.iter().map(|(v, _)| at.thick(*v)).sum::<f64>();
    let mut to = n[OTHER].mid_y() - stack(&other) / 2.0;
    for (value, color) in other {
        let t = at.thick(value);
        shapes.push((flow((ai.right(), y), (n[OTHER].0, to), t, head), color));
        (y, to) = (y + t, to + t);
    }
    // Straight across into the vendors' revenue, each strand labelled on its middle.
    let rev = n[REVENUE];
    let mut strands = Vec::new();
    for (value, color) in compute {
        let t = at.thick(value);
        shapes.push((flow((ai.right(), y), (rev.0, y), t, head), color));
        if t > 0.0 {
            strands.push((value, ((ai.right() + rev.0 - head) / 2.0, y + t / 2.0)));
        }
        y += t;
    }
    // The round trip: out of the vendors' revenue, back along the bottom to the vendors.
    let (t, top) = (at.thick(m.round_trip), at.loop_top(m));
    let band = back(rev.0, n[VENDORS].right(), top, t, head);
    shapes.push((band, p.round_trip));
    (shapes, strands)
}

/// Whose money a flow carries, as the legend says.
#[derive(Debug, Clone, Copy)]
pub(super) enum Whose {
    /// Customers' money.
    Customers,
    /// Investors' money (the vendors' own included, where it does not come back).
    Investors,
    /// The vendors' money coming back.
    RoundTrip,
}

/// One flow of the diagram: from which box to which, whose money, how much.
#[derive(Debug, Clone, Copy)]
pub(super) struct Flow {
    /// The box it leaves.
    pub(super) from: usize,
    /// The box it enters.
    pub(super) to: usize,
    /// Whose money.
    pub(super) whose: Whose,
    amount: fn(&Money) -> f64,
}

impl Flow {
    /// Its money, $B a year.
    pub(super) fn money(&self, m: &Money) -> f64 {
        (self.amount)(m)
    }
}

const fn flow_of(from: usize, to: usize, whose: Whose, amount: fn(&Money) -> f64) -> Flow {
    Flow {
        from,
        to,
        whose,
        amount,
    }
}

/// The flows in the order [`bands`] draws them (a flow's index is its pick).
pub(super) const FLOWS: [Flow; 10] = [
    flow_of(CUSTOMERS, AI, Whose::Customers, |m| m.customers),
    flow_of(INVESTORS, AI, Whose::Investors, |m| m.investors),
    flow_of(VENDORS, AI, Whose::Investors, |m| m.vendors_other),
    flow_of(VENDORS, AI, Whose::RoundTrip, |m| m.round_trip),
    flow_of(AI, OTHER, Whose::Customers, |m| m.customers_other),
    flow_of(AI, OTHER, Whose::Investors, |m| m.investors_other),
    flow_of(AI, REVENUE, Whose::Customers, |m| m.customers_compute),
    flow_of(AI, REVENUE, Whose::Investors, |m| m.investors_compute),
    flow_of(AI, REVENUE, Whose::RoundTrip, |m| m.round_trip),
    flow_of(REVENUE, VENDORS, Whose::RoundTrip, |m| m.round_trip),
];
