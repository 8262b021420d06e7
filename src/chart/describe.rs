//! Plain-language summaries of the charts for the current numbers: what a screen reader
//! reads instead of the picture, and what a reader without JavaScript sees.

use crate::format::{money, percent};
use crate::model::{param, tornado, Inputs, Projection, Summary, YearRow};
use crate::scenario::ChartId;

/// A plain-language summary (one to three sentences) of what `chart` shows for
/// `projection`, made from `inputs`.
pub fn describe(chart: ChartId, inputs: &Inputs, projection: &Projection) -> String {
    let (Some(first), Some(last)) = (projection.years.first(), projection.years.last()) else {
        return chart.title().to_string();
    };
    let s = &projection.summary;
    match chart {
        ChartId::Gap => gap(first, last, s),
        ChartId::Costs => costs(first, last),
        ChartId::Circular => circular(first, inputs, s),
        ChartId::Cash => cash(projection, last),
        ChartId::Tornado => tornado_text(inputs, s),
    }
}

/// "At the ends of their ranges, Capex growth moves the NPV most (from $X to $Y), then
/// Revenue growth (...) and AI capex (...)."
fn tornado_text(inputs: &Inputs, s: &Summary) -> String {
    let bars = tornado(inputs).unwrap_or_default();
    let moving: Vec<_> = bars
        .iter()
        .filter(|b| (b.npv_high - b.npv_low).abs() > 0.0)
        .take(3)
        .collect();
    let name = |key: &str| param(key).map_or(key.to_string(), |p| p.label.to_string());
    let span = |b: &crate::model::uncertainty::TornadoBar| {
        format!(
            "{} to {}",
            money(b.npv_low.min(b.npv_high)),
            money(b.npv_low.max(b.npv_high))
        )
    };
    let Some((top, rest)) = moving.split_first() else {
        return format!(
            "With no uncertainty ranges (How uncertain is 0) nothing moves the NPV of {}.",
            money(s.npv)
        );
    };
    let mut text = format!(
        "The NPV of {} moves most with {} at the ends of its range ({}).",
        money(s.npv),
        name(top.key),
        span(top)
    );
    let others: Vec<String> = rest
        .iter()
        .map(|b| format!("{} ({})", name(b.key), span(b)))
        .collect();
    if !others.is_empty() {
        text += &format!(" Then {}.", others.join(" and "));
    }
    text
}

fn gap(first: &YearRow, last: &YearRow, s: &Summary) -> String {
    let (year, need, earn) = (
        first.year,
        money(first.required_revenue),
        money(first.revenue),
    );
    let mut text = if first.required_revenue <= 0.0 {
        format!(
            "In {year} the installed base costs nothing, so AI needs no revenue; it earns {earn}."
        )
    } else if first.gap > 0.0 {
        format!(
            "In {year} AI needs {need} of revenue and earns {earn}; the gap is {}.",
            money(first.gap)
        )
    } else {
        format!("In {year} AI needs {need} of revenue and earns {earn}, enough to cover it.")
    };
    if last.year > first.year {
        text += &format!(
            " In {} it needs {} and earns {}.",
            last.year,
            money(last.required_revenue),
            money(last.revenue)
        );
    }
    match s.break_even_year {
        Some(y) if y > first.year => text += &format!(" Revenue catches up in {y}."),
        Some(_) => {}
        None => text += &format!(" Revenue does not catch up by {}.", last.year),
    }
    text
}

fn costs(first: &YearRow, last: &YearRow) -> String {
    let mut text = format!(
        "In {} the installed base costs {} a year: {} depreciation, {} return on capital, \
         {} energy and {} other opex. Customers pay {} for compute and investors {}, {} of \
         it the vendors' own money coming back.",
        first.year,
        money(first.fleet_cost),
        money(first.depreciation),
        money(first.capital_return),
        money(first.energy),
        money(first.opex),
        money(first.compute_from_customers),
        money(first.compute_from_funding),
        money(first.round_trip),
    );
    if last.year > first.year {
        text += &format!(
            " In {} the cost is {} and {} is paid for compute.",
            last.year,
            money(last.fleet_cost),
            money(last.compute_from_customers + last.compute_from_funding)
        );
    }
    text
}

fn circular(first: &YearRow, inputs: &Inputs, s: &Summary) -> String {
    let vendor_share = (inputs.vendor_share / 100.0).clamp(0.0, 1.0);
    let funding = inputs.funding.max(0.0);
    let compute = first.compute_from_customers + first.compute_from_funding;
    let mut text = format!(
        "In {} AI companies get {} from customers, {} from investors and {} from cloud and \
         chip vendors.",
        first.year,
        money(first.revenue),
        money(funding * (1.0 - vendor_share)),
        money(funding * vendor_share),
    );
    let other = (first.revenue + funding - compute).max(0.0);
    if compute > 0.0 {
        text += &format!(
            " They spend {} on compute, the vendors' AI revenue (their fleet costs {} a year), \
             and {} on other things.",
            money(compute),
            money(first.fleet_cost),
            money(other),
        );
        let share = s
            .round_trip_share
            .map(|r| format!(" ({})", percent(Some(r))));
        text += &format!(
            " Of that compute money {} is customers', {} other investors' and {}{} the \
             vendors' own money coming back.",
            money(first.compute_from_customers),
            money(first.compute_from_funding - first.round_trip),
            money(first.round_trip),
            share.unwrap_or_default()
        );
    } else {
        text += " They spend nothing on compute.";
    }
    text
}

fn cash(projection: &Projection, last: &YearRow) -> String {
    let total = |f: fn(&YearRow) -> f64| projection.years.iter().map(f).sum::<f64>();
    let s = &projection.summary;
    let mut text = format!(
        "On customers' money alone the build-out's cumulative cash flow is {} by {}; \
         counting investor-funded compute it is {}.",
        money(total(|r| r.cash_flow)),
        last.year,
        money(total(|r| r.cash_flow_with_funding)),
    );
    text += &match (s.payback_year, s.payback_year_with_funding) {
        (Some(y), Some(f)) if f < y => {
            format!(" It pays back in {y}, or in {f} counting investor-funded compute.")
        }
        (Some(y), _) => format!(" It pays back in {y}."),
        (None, Some(f)) => format!(
            " It does not pay back by {} on customers' money, only in {f} counting \
             investor-funded compute.",
            last.year
        ),
        (None, None) => format!(" It does not pay back by {}.", last.year),
    };
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::evaluate;
    use crate::scenario::parse;

    fn text(chart: ChartId, scenario: &str) -> String {
        let inputs = parse(scenario).scenario.inputs;
        let projection = evaluate(&inputs).unwrap_or_else(|e| panic!("{e}"));
        describe(chart, &inputs, &projection)
    }

    #[test]
    fn gap_reads_the_headline_numbers() {
        assert_eq!(
            text(ChartId::Gap, ""),
            "In 2026 AI needs $1.03T of revenue and earns $55B; the gap is $975B. \
             In 2035 it needs $4.41T and earns $1.14T. Revenue does not catch up by 2035."
        );
        assert!(text(ChartId::Gap, "revenue_growth=100").ends_with("Revenue catches up in 2032."));
        let covered = text(ChartId::Gap, "revenue=5000&years=1");
        assert!(covered.ends_with("enough to cover it."), "{covered}");
        let free = text(ChartId::Gap, "capex=0&energy=0&years=1");
        assert!(
            free.contains("costs nothing, so AI needs no revenue"),
            "{free}"
        );
    }

    #[test]
    fn costs_and_circular_name_the_round_trip() {
        let costs = text(ChartId::Costs, "");
        assert!(
            costs.starts_with("In 2026 the installed base costs $515B a year"),
            "{costs}"
        );
        assert!(
            costs.contains("$317B depreciation") && costs.contains("$29B of it"),
            "{costs}"
        );
        let circular = text(ChartId::Circular, "");
        assert!(circular.contains("$148B on compute"), "{circular}");
        assert!(circular.contains("costs $515B a year"), "{circular}");
        assert!(circular.contains("$108B on other things"), "{circular}");
        assert!(
            circular.contains(
                "$28B is customers', $91B other investors' and $29B (20%) the vendors' own money"
            ),
            "{circular}"
        );
        let none = text(ChartId::Circular, "revenue=0&funding=0");
        assert!(none.ends_with("They spend nothing on compute."), "{none}");
    }

    #[test]
    fn cash_says_when_it_pays_back() {
        assert!(text(ChartId::Cash, "").ends_with("It does not pay back by 2035."));
        let paid = text(ChartId::Cash, "revenue_growth=100");
        assert!(paid.contains("It pays back in 2034"), "{paid}");
    }

    #[test]
    fn every_description_is_finite_and_short() {
        for scenario in [
            "",
            "capex=0",
            "years=1",
            "revenue=0&funding=0",
            "revenue_growth=300",
        ] {
            for chart in ChartId::ALL {
                let t = text(chart, scenario);
                assert!(
                    !t.contains("NaN") && !t.contains("inf") && !t.contains("n/a"),
                    "{t}"
                );
                let sentences = t.matches(". ").count() + 1;
                assert!((1..=3).contains(&sentences), "{t}");
            }
        }
    }
}
