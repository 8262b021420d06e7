//! Plain-text exports of a projection: the year table as CSV.

use crate::model::{Projection, YearRow};

/// A CSV column: header text (with unit) and the value of a row.
type Column = (&'static str, fn(&YearRow) -> Option<f64>);

/// The CSV columns, in order.
const COLUMNS: &[Column] = &[
    ("year", |r| Some(f64::from(r.year))),
    ("capex ($B)", |r| Some(r.capex)),
    ("installed_base ($B)", |r| Some(r.installed_base)),
    ("depreciation ($B)", |r| Some(r.depreciation)),
    ("capital_return ($B)", |r| Some(r.capital_return)),
    ("energy ($B)", |r| Some(r.energy)),
    ("opex ($B)", |r| Some(r.opex)),
    ("fleet_cost ($B)", |r| Some(r.fleet_cost)),
    ("required_revenue ($B)", |r| Some(r.required_revenue)),
    ("revenue ($B)", |r| Some(r.revenue)),
    ("gap ($B)", |r| Some(r.gap)),
    ("coverage (fraction)", |r| r.coverage),
    ("compute_from_customers ($B)", |r| {
        Some(r.compute_from_customers)
    }),
    ("compute_from_funding ($B)", |r| {
        Some(r.compute_from_funding)
    }),
    ("round_trip ($B)", |r| Some(r.round_trip)),
    ("cash_flow ($B)", |r| Some(r.cash_flow)),
    ("cash_flow_with_funding ($B)", |r| {
        Some(r.cash_flow_with_funding)
    }),
];

/// The year table as CSV: one header row naming each column and its unit, then one row
/// per year. Money is in $B per year, to 6 decimals; an empty cell is a null.
pub fn csv(projection: &Projection) -> String {
    let mut out = COLUMNS
        .iter()
        .map(|(name, _)| *name)
        .collect::<Vec<_>>()
        .join(",");
    out.push('\n');
    for row in &projection.years {
        let cells: Vec<String> = COLUMNS
            .iter()
            .map(|(name, get)| match get(row) {
                Some(v) if *name == "year" => format!("{v}"),
                Some(v) => format!("{v:.6}"),
                None => String::new(),
            })
            .collect();
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}
