//! The readout of a chart: what the reader points at ([`Pick`]) in words and numbers,
//! formatted as the headline figures are, in the page's language. The page shows it as
//! text beside the chart, which marks the same pick.

use super::cash::cumulative;
use super::circular;
use super::pick::Pick;
use crate::format::{money, year};
use crate::model::{tornado, Inputs, Projection};
use crate::scenario::ChartId;
use crate::words::{fill, Lang};

/// The readout of `pick` on `chart` for the scenario (`inputs`, `projection`); `None`
/// when the pick is not on that chart (another kind, a year outside the horizon, a bar or
/// flow that is not there).
pub fn readout(
    chart: ChartId,
    pick: Pick,
    inputs: &Inputs,
    projection: &Projection,
    lang: Lang,
) -> Option<String> {
    let w = &lang.words().charts;
    let money = |v: f64| money(lang, v);
    let items = |at: i32, items: &[(&str, f64)]| {
        let items: Vec<String> = items
            .iter()
            .map(|(label, v)| fill(w.readout_item, &[("label", label), ("value", &money(*v))]))
            .collect();
        let year = year(lang, Some(at), at);
        fill(w.readout, &[("year", &year), ("items", &items.join(" · "))])
    };
    match (chart, pick) {
        (ChartId::Gap, Pick::Year(at)) => {
            let r = projection.years.iter().find(|r| r.year == at)?;
            Some(items(
                at,
                &[
                    (w.required, r.required_revenue),
                    (w.earned, r.revenue),
                    (w.gap, r.gap),
                ],
            ))
        }
        (ChartId::Costs, Pick::Year(at)) => {
            let r = projection.years.iter().find(|r| r.year == at)?;
            Some(items(
                at,
                &[
                    (w.depreciation, r.depreciation),
                    (w.capital_return, r.capital_return),
                    (w.energy, r.energy),
                    (w.opex, r.opex),
                    (w.paid_by_customers, r.compute_from_customers),
                    (w.paid_by_investors, r.compute_from_funding),
                    (w.round_trip, r.round_trip),
                ],
            ))
        }
        (ChartId::Cash, Pick::Year(at)) => {
            // The chart's own running sums, at the year's place.
            let rows = &projection.years;
            let i = rows.iter().position(|r| r.year == at)?;
            let plain = cumulative(rows, |r| r.cash_flow)[i];
            let funded = cumulative(rows, |r| r.cash_flow_with_funding)[i];
            Some(items(
                at,
                &[(w.customers_only, plain), (w.with_funding, funded)],
            ))
        }
        (ChartId::Circular, Pick::Flow(i)) => circular::readout(i, inputs, projection, lang),
        (ChartId::Tornado, Pick::Bar(i)) => {
            let bar = tornado(inputs)
                .ok()?
                .into_iter()
                .filter(|b| (b.npv_high - b.npv_low).abs() > 0.0)
                .nth(i)?;
            let input = lang
                .words()
                .params
                .get(bar.key)
                .map_or(bar.key, |s| s.label);
            Some(fill(
                w.bar_readout,
                &[
                    ("input", input),
                    ("low", &money(bar.npv_low)),
                    ("high", &money(bar.npv_high)),
                ],
            ))
        }
        _ => None,
    }
}
