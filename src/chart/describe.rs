//! Plain-language summaries of the charts for the current numbers: what a screen reader
//! reads instead of the picture, and what a reader without JavaScript sees.

use crate::format::{money, percent};
use crate::model::{tornado, Inputs, Projection, Summary, YearRow};
use crate::scenario::ChartId;
use crate::words::{fill, Lang};

/// A plain-language summary (one to three sentences) of what `chart` shows for
/// `projection`, made from `inputs`, in `lang`.
pub fn describe(chart: ChartId, inputs: &Inputs, projection: &Projection, lang: Lang) -> String {
    let (Some(first), Some(last)) = (projection.years.first(), projection.years.last()) else {
        return super::style::title(chart, lang).to_string();
    };
    let s = &projection.summary;
    let t = Texts { lang };
    match chart {
        ChartId::Gap => gap(&t, first, last, s),
        ChartId::Costs => costs(&t, first, last),
        ChartId::Circular => circular(&t, first, inputs, s),
        ChartId::Cash => cash(&t, projection, last),
        ChartId::Tornado => tornado_text(&t, inputs, s),
    }
}

/// Money, years and templates in one language.
struct Texts {
    lang: Lang,
}

impl Texts {
    fn m(&self, v: f64) -> String {
        money(self.lang, v)
    }

    /// `template` filled with `values`.
    fn say(&self, template: &str, values: &[(&str, String)]) -> String {
        let refs: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
        fill(template, &refs)
    }
}

/// "The NPV of $X moves most with Capex growth at the ends of its range ($Y to $Z). Then
/// Revenue growth (...) and AI capex (...)."
fn tornado_text(t: &Texts, inputs: &Inputs, s: &Summary) -> String {
    let words = t.lang.words();
    let d = &words.describe;
    let bars = tornado(inputs).unwrap_or_default();
    let moving: Vec<_> = bars
        .iter()
        .filter(|b| (b.npv_high - b.npv_low).abs() > 0.0)
        .take(3)
        .collect();
    let name = |key: &str| words.params.get(key).map_or(key, |p| p.label).to_string();
    let span = |b: &crate::model::uncertainty::TornadoBar| {
        t.say(
            d.span,
            &[
                ("low", t.m(b.npv_low.min(b.npv_high))),
                ("high", t.m(b.npv_low.max(b.npv_high))),
            ],
        )
    };
    let Some((top, rest)) = moving.split_first() else {
        return t.say(d.tornado_none, &[("npv", t.m(s.npv))]);
    };
    let mut text = t.say(
        d.tornado_top,
        &[
            ("npv", t.m(s.npv)),
            ("input", name(top.key)),
            ("span", span(top)),
        ],
    );
    let others: Vec<String> = rest
        .iter()
        .map(|b| t.say(d.tornado_item, &[("input", name(b.key)), ("span", span(b))]))
        .collect();
    let list = match others.as_slice() {
        [] => None,
        [one] => Some(one.clone()),
        [a, b, ..] => Some(t.say(words.numbers.and, &[("a", a.clone()), ("b", b.clone())])),
    };
    if let Some(list) = list {
        text += &t.say(d.tornado_then, &[("list", list)]);
    }
    text
}

fn gap(t: &Texts, first: &YearRow, last: &YearRow, s: &Summary) -> String {
    let d = &t.lang.words().describe;
    let year = ("year", first.year.to_string());
    let (need, earn) = (
        ("needed", t.m(first.required_revenue)),
        ("earned", t.m(first.revenue)),
    );
    let mut text = if first.required_revenue <= 0.0 {
        t.say(d.gap_free, &[year, earn])
    } else if first.gap > 0.0 {
        t.say(d.gap_short, &[year, need, earn, ("gap", t.m(first.gap))])
    } else {
        t.say(d.gap_covered, &[year, need, earn])
    };
    if last.year > first.year {
        text += &t.say(
            d.gap_last,
            &[
                ("year", last.year.to_string()),
                ("needed", t.m(last.required_revenue)),
                ("earned", t.m(last.revenue)),
            ],
        );
    }
    match s.break_even_year {
        Some(y) if y > first.year => text += &t.say(d.catches_up, &[("year", y.to_string())]),
        Some(_) => {}
        None => text += &t.say(d.never_catches_up, &[("year", last.year.to_string())]),
    }
    text
}

fn costs(t: &Texts, first: &YearRow, last: &YearRow) -> String {
    let d = &t.lang.words().describe;
    let mut text = t.say(
        d.costs,
        &[
            ("year", first.year.to_string()),
            ("cost", t.m(first.fleet_cost)),
            ("depreciation", t.m(first.depreciation)),
            ("capital_return", t.m(first.capital_return)),
            ("energy", t.m(first.energy)),
            ("opex", t.m(first.opex)),
            ("customers", t.m(first.compute_from_customers)),
            ("investors", t.m(first.compute_from_funding)),
            ("round_trip", t.m(first.round_trip)),
        ],
    );
    if last.year > first.year {
        text += &t.say(
            d.costs_last,
            &[
                ("year", last.year.to_string()),
                ("cost", t.m(last.fleet_cost)),
                (
                    "paid",
                    t.m(last.compute_from_customers + last.compute_from_funding),
                ),
            ],
        );
    }
    text
}

fn circular(t: &Texts, first: &YearRow, inputs: &Inputs, s: &Summary) -> String {
    let d = &t.lang.words().describe;
    let vendor_share = (inputs.vendor_share / 100.0).clamp(0.0, 1.0);
    let funding = inputs.funding.max(0.0);
    let compute = first.compute_from_customers + first.compute_from_funding;
    let mut text = t.say(
        d.circular,
        &[
            ("year", first.year.to_string()),
            ("customers", t.m(first.revenue)),
            ("investors", t.m(funding * (1.0 - vendor_share))),
            ("vendors", t.m(funding * vendor_share)),
        ],
    );
    let other = (first.revenue + funding - compute).max(0.0);
    if compute > 0.0 {
        text += &t.say(
            d.circular_spend,
            &[
                ("compute", t.m(compute)),
                ("fleet_cost", t.m(first.fleet_cost)),
                ("other", t.m(other)),
            ],
        );
        let share = s
            .round_trip_share
            .map(|r| format!(" ({})", percent(t.lang, Some(r))))
            .unwrap_or_default();
        let share = if t.lang.is_chinese() {
            share.trim().replace('(', "（").replace(')', "）")
        } else {
            share
        };
        text += &t.say(
            d.circular_sources,
            &[
                ("customers", t.m(first.compute_from_customers)),
                (
                    "investors",
                    t.m(first.compute_from_funding - first.round_trip),
                ),
                ("round_trip", t.m(first.round_trip)),
                ("share", share),
            ],
        );
    } else {
        text += d.circular_none;
    }
    text
}

fn cash(t: &Texts, projection: &Projection, last: &YearRow) -> String {
    let d = &t.lang.words().describe;
    let total = |f: fn(&YearRow) -> f64| projection.years.iter().map(f).sum::<f64>();
    let s = &projection.summary;
    let mut text = t.say(
        d.cash,
        &[
            ("customers_only", t.m(total(|r| r.cash_flow))),
            ("year", last.year.to_string()),
            ("with_funding", t.m(total(|r| r.cash_flow_with_funding))),
        ],
    );
    let last_year = ("year", last.year.to_string());
    text += &match (s.payback_year, s.payback_year_with_funding) {
        (Some(y), Some(f)) if f < y => t.say(
            d.pays_back_sooner,
            &[("year", y.to_string()), ("funded", f.to_string())],
        ),
        (Some(y), _) => t.say(d.pays_back, &[("year", y.to_string())]),
        (None, Some(f)) => t.say(
            d.pays_back_funded_only,
            &[last_year, ("funded", f.to_string())],
        ),
        (None, None) => t.say(d.never_pays_back, &[last_year]),
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
        describe(chart, &inputs, &projection, Lang::En)
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
