//! The first year's money, split by whose it is and where it goes.

use crate::model::{Inputs, YearRow};

/// The first year's money in $B, split by whose it is and where it goes; each part finite
/// and at least 0, and the parts add up: what comes in is what goes out.
pub(super) struct Money {
    pub(super) customers: f64,
    pub(super) investors: f64,
    pub(super) vendors: f64,
    /// Customers' money spent on compute, and not.
    pub(super) customers_compute: f64,
    pub(super) customers_other: f64,
    /// Investor money (the vendors' included) spent on compute that does not go back to
    /// the vendor that invested it, and investor money not spent on compute.
    pub(super) investors_compute: f64,
    pub(super) investors_other: f64,
    /// The vendors' investment that does not come back to them.
    pub(super) vendors_other: f64,
    /// The vendors' investment that comes back to them as compute revenue.
    pub(super) round_trip: f64,
    /// What the vendors' installed base costs that year.
    pub(super) fleet_cost: f64,
}

impl Money {
    pub(super) fn of(inputs: &Inputs, year: &YearRow) -> Money {
        let pos = |v: f64| if v.is_finite() { v.max(0.0) } else { 0.0 };
        let vendor_share = (inputs.vendor_share / 100.0).clamp(0.0, 1.0);
        let funding = pos(inputs.funding);
        let vendors = funding * vendor_share;
        let customers = pos(year.revenue);
        let customers_compute = pos(year.compute_from_customers).min(customers);
        let funded = pos(year.compute_from_funding).min(funding);
        let round_trip = pos(year.round_trip).min(funded).min(vendors);
        Money {
            customers,
            investors: funding - vendors,
            vendors,
            customers_compute,
            customers_other: customers - customers_compute,
            investors_compute: funded - round_trip,
            investors_other: funding - funded,
            vendors_other: vendors - round_trip,
            round_trip,
            fleet_cost: pos(year.fleet_cost),
        }
    }

    /// Everything the AI companies get.
    pub(super) fn raised(&self) -> f64 {
        self.customers + self.investors + self.vendors
    }

    /// What they spend on compute: the vendors' AI revenue.
    pub(super) fn compute(&self) -> f64 {
        self.customers_compute + self.investors_compute + self.round_trip
    }

    /// What they do not spend on compute.
    pub(super) fn other(&self) -> f64 {
        self.customers_other + self.investors_other
    }
}

#[cfg(test)]
mod tests {
    use super::Money;
    use crate::model::evaluate;
    use crate::scenario::parse;

    fn money(scenario: &str) -> Money {
        let inputs = parse(scenario).scenario.inputs;
        let projection = evaluate(&inputs).unwrap_or_else(|e| panic!("{e}"));
        Money::of(&inputs, &projection.years[0])
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9 * (1.0 + a.abs().max(b.abs()))
    }

    #[test]
    fn the_default_year_splits_as_the_model_says() {
        let m = money("");
        let parts = [
            (m.customers, 55.0),
            (m.investors, 140.0),
            (m.vendors, 60.0),
            (m.customers_compute, 27.5),
            (m.customers_other, 27.5),
            (m.investors_compute, 91.2),
            (m.investors_other, 80.0),
            (m.vendors_other, 31.2),
            (m.round_trip, 28.8),
            (m.compute(), 147.5),
            (m.other(), 107.5),
            (m.raised(), 255.0),
        ];
        for (got, want) in parts {
            assert!((got - want).abs() < 1e-6, "{got} != {want}");
        }
        assert!((m.fleet_cost - 515.117).abs() < 1e-3, "{}", m.fleet_cost);
    }

    #[test]
    fn what_comes_in_goes_out_colour_by_colour() {
        for scenario in [
            "",
            "revenue=0&funding=0",
            "vendor_share=100&compute_share=100&captive_share=100",
            "vendor_share=0",
            "margin=95&compute_share=0",
            "funding=5000&revenue=10000&margin=0",
        ] {
            let m = money(scenario);
            let all = [
                m.customers_compute,
                m.customers_other,
                m.investors_compute,
                m.investors_other,
                m.vendors_other,
                m.round_trip,
                m.fleet_cost,
            ];
            assert!(all.iter().all(|v| v.is_finite() && *v >= 0.0), "{scenario}");
            // Green, grey and orange: in on the left, out on the right.
            assert!(close(m.customers, m.customers_compute + m.customers_other));
            assert!(close(
                m.investors + m.vendors_other,
                m.investors_compute + m.investors_other
            ));
            assert!(close(m.vendors, m.vendors_other + m.round_trip));
            assert!(close(m.raised(), m.compute() + m.other()), "{scenario}");
        }
    }
}
