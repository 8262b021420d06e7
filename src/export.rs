//! Plain-text exports of a projection: the year table as CSV.

use crate::model::{Projection, YearRow};
use crate::words::Lang;

/// A CSV column: its key (of its header, with unit, in [`crate::words::CsvColumns`]) and
/// the value of a row.
type Column = (&'static str, fn(&YearRow) -> Option<f64>);

/// The CSV columns, in order.
const COLUMNS: &[Column] = &[
    ("year", |r| Some(f64::from(r.year))),
    ("capex", |r| Some(r.capex)),
    ("installed_base", |r| Some(r.installed_base)),
    ("short_lived_base", |r| Some(r.short_lived_base)),
    ("long_lived_base", |r| Some(r.long_lived_base)),
    ("depreciation", |r| Some(r.depreciation)),
    ("capital_return", |r| Some(r.capital_return)),
    ("energy", |r| Some(r.energy)),
    ("opex", |r| Some(r.opex)),
    ("fleet_cost", |r| Some(r.fleet_cost)),
    ("required_revenue", |r| Some(r.required_revenue)),
    ("revenue", |r| Some(r.revenue)),
    ("gap", |r| Some(r.gap)),
    ("coverage", |r| r.coverage),
    ("compute_from_customers", |r| Some(r.compute_from_customers)),
    ("compute_from_funding", |r| Some(r.compute_from_funding)),
    ("round_trip", |r| Some(r.round_trip)),
    ("cash_flow", |r| Some(r.cash_flow)),
    ("cash_flow_with_funding", |r| Some(r.cash_flow_with_funding)),
];

/// The year table as CSV: one header row naming each column and its unit in `lang`, then
/// one row per year. Money is in $B per year to 3 decimals (a million dollars), the
/// coverage a fraction to 4; an empty cell is a null.
pub fn csv(projection: &Projection, lang: Lang) -> String {
    csv_linked(projection, None, lang)
}

/// [`csv`] with a last column, `scenario`, holding `link` (the scenario's address) once,
/// in the first row.
pub fn csv_linked(projection: &Projection, link: Option<&str>, lang: Lang) -> String {
    let link = link.map(quote);
    let words = &lang.words().csv;
    let mut out = COLUMNS
        .iter()
        .map(|(key, _)| quote(words.get(key).copied().unwrap_or(key)))
        .collect::<Vec<_>>()
        .join(",");
    if link.is_some() {
        out.push(',');
        out.push_str(&quote(words.scenario));
    }
    out.push('\n');
    for (i, row) in projection.years.iter().enumerate() {
        let cells: Vec<String> = COLUMNS
            .iter()
            .map(|(name, get)| match get(row) {
                Some(v) if *name == "year" => format!("{v}"),
                Some(v) if *name == "coverage" => format!("{v:.4}"),
                Some(v) => format!("{v:.3}"),
                None => String::new(),
            })
            .collect();
        out.push_str(&cells.join(","));
        if let Some(link) = &link {
            out.push(',');
            if i == 0 {
                out.push_str(link);
            }
        }
        out.push('\n');
    }
    out
}

/// A CSV field: quoted (with `"` doubled) when it holds a comma, quote or line break.
fn quote(field: &str) -> String {
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{evaluate, Inputs};

    #[test]
    fn csv_has_a_header_and_one_row_per_year() {
        let p = evaluate(&Inputs::default()).expect("defaults are valid");
        let text = csv(&p, Lang::En);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 11);
        assert!(lines[0].starts_with("year,capex ($B),"));
        // DESIGN.md, v2 worked example: installed(0) = S(0) + B(0) = 1029.028 + 754.343.
        assert!(lines[1].starts_with("2026,500.000,1783.37"), "{}", lines[1]);
        assert!(lines[1].contains(",1029.02"), "{}", lines[1]);
        assert_eq!(lines[1].split(',').count(), COLUMNS.len());
    }

    #[test]
    fn linked_csv_quotes_the_link() {
        let p = evaluate(&Inputs::default()).expect("defaults are valid");
        let text = csv_linked(&p, Some("https://x/#show=capex,energy"), Lang::En);
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines[0].ends_with(",scenario"));
        assert!(lines[1].ends_with(",\"https://x/#show=capex,energy\""));
        assert!(lines[3].ends_with(','), "the link once: {}", lines[3]);
    }
}
