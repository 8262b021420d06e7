//! The year-by-year projection and its summary (DESIGN.md, "Equations").

use super::finance::{crf, irr, mirr, npv, payback_index, sign_changes, IRR_MAX, IRR_MIN};
use super::inputs::{InputError, Inputs};
use serde::Serialize;

/// One year of the projection. Money in $B/yr; `coverage` a fraction.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct YearRow {
    /// Calendar year, `start + t`.
    pub year: i32,
    /// `C(t)`: capex spent that year.
    pub capex: f64,
    /// `installed(t) = S(t) + B(t)`: capital in service, at cost.
    pub installed_base: f64,
    /// `S(t)`: short-lived capital in service (chips, servers, networking), at cost.
    pub short_lived_base: f64,
    /// `B(t)`: long-lived capital in service (buildings, power, cooling), at cost.
    pub long_lived_base: f64,
    /// `S / life + B / building_life`.
    pub depreciation: f64,
    /// Capital charge less depreciation: the hurdle return on the capital.
    pub capital_return: f64,
    /// Energy cost of the installed base.
    pub energy: f64,
    /// Other operating cost.
    pub opex: f64,
    /// Capital charge + energy + opex.
    pub fleet_cost: f64,
    /// `fleet_cost / (1 - margin)`: end-customer revenue that covers the fleet cost.
    pub required_revenue: f64,
    /// Revenue from paying customers.
    pub revenue: f64,
    /// `required_revenue - revenue`.
    pub gap: f64,
    /// `revenue / required_revenue`; `None` when nothing is required.
    pub coverage: Option<f64>,
    /// `revenue * (1 - margin)`: compute paid with customers' money.
    pub compute_from_customers: f64,
    /// `funding * compute_share`: compute paid with investors' money.
    pub compute_from_funding: f64,
    /// Vendor-invested money that comes back to the same vendor as compute spend.
    pub round_trip: f64,
    /// Infrastructure cash flow, without terminal value.
    pub cash_flow: f64,
    /// `cash_flow + compute_from_funding`.
    pub cash_flow_with_funding: f64,
}

/// The headline outputs. Ratios are fractions; years are calendar years.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    /// First-year required revenue.
    pub required_revenue: f64,
    /// First-year customer revenue.
    pub revenue: f64,
    /// First-year gap.
    pub gap: f64,
    /// First-year coverage.
    pub coverage: Option<f64>,
    /// First year with revenue >= required revenue.
    pub break_even_year: Option<i32>,
    /// Yearly revenue growth that reaches the last year's required revenue.
    pub growth_needed: Option<f64>,
    /// Sequoia's rule: `capex / (1 - margin)`.
    pub sequoia_required: f64,
    /// Bain's rule: `capex / capex_ratio`.
    pub ratio_required: f64,
    /// NPV at `wacc` of the cash flows plus terminal value.
    pub npv: f64,
    /// NPV at `wacc` of the cash flows with investor-funded revenue.
    pub npv_with_funding: f64,
    /// IRR of the cash flows plus terminal value; only when they change sign exactly once
    /// (the root is then unique) and it lies in (-0.99, 10).
    pub irr: Option<f64>,
    /// MIRR of the same flows, financed and reinvested at `wacc`; `None` when there are no
    /// positive or no negative flows, or a single year.
    pub mirr: Option<f64>,
    /// How often those flows change sign (zeros skipped).
    pub cash_flow_sign_changes: u32,
    /// JPMorgan's framing: `wacc * sum_t C(t)`, the yearly revenue that returns `wacc` on
    /// all the capital invested over the horizon, forever.
    pub perpetuity_required: f64,
    /// Undepreciated value of the fleet at the end of the horizon.
    pub terminal_value: f64,
    /// First year from which the running cash flow stays >= 0 through the last year.
    pub payback_year: Option<i32>,
    /// The same with investor-funded revenue.
    pub payback_year_with_funding: Option<i32>,
    /// First-year share of compute paid by customers.
    pub organic_share: Option<f64>,
    /// First-year share of compute revenue that is vendors' own money coming back.
    pub round_trip_share: Option<f64>,
    /// First-year share of compute revenue a `shock`% funding squeeze removes.
    pub shock_drop: Option<f64>,
}

/// The whole evaluation: summary and year table.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Projection {
    /// Headline outputs.
    pub summary: Summary,
    /// One row per year, `t = 0 .. years-1`.
    pub years: Vec<YearRow>,
}

/// Evaluates the model (v2: chips and buildings apart; a v1 text is `short_share = 100`).
///
/// Rates below are fractions (the inputs' percent divided by 100), `g` = capex_growth,
/// `h` = history_growth, `w` = wacc, `m` = margin, `a` = short_share, `L` = life,
/// `Lb` = building_life, `T` = years - 1:
///
/// ```text
/// C(t)          = capex * (1+g)^t  (t >= 0),  capex * (1+h)^t  (t < 0)
/// Cs(t), Cl(t)  = C(t) * a,  C(t) * (1 - a)             chips and servers; buildings and power
/// S(t), B(t)    = sum_{k=0}^{L-1} Cs(t-k),  sum_{k=0}^{Lb-1} Cl(t-k)
/// installed(t)  = S(t) + B(t)
/// depreciation  = S/L + B/Lb
/// charge(t)     = crf(w, L) * S(t) + crf(w, Lb) * B(t)
/// energy(t)     = energy * S(t) / S(0)                   (0 when S(0) = 0)
/// opex(t)       = opex * installed(t)
/// fleet_cost(t) = charge(t) + energy(t) + opex(t)
/// required(t)   = fleet_cost(t) / (1 - m)
/// revenue(t)    = revenue * (1 + revenue_growth)^t
/// cash_flow(t)  = revenue(t) * (1-m) - C(t) - energy(t) - opex(t)
/// terminal      = sum_{k=0}^{min(L,years)-1}  Cs(T-k) * (L-1-k) / L
///               + sum_{k=0}^{min(Lb,years)-1} Cl(T-k) * (Lb-1-k) / Lb   added to the last flow
/// npv           = sum_t flow(t) / (1+w)^t
/// perpetuity    = w * sum_{t=0}^{T} C(t)
/// growth_needed = (required(T) / revenue(0))^(1/T) - 1
/// ```
///
/// # Errors
/// [`InputError`] when an input is not finite, out of range, or not whole where it must be.
pub fn evaluate(inputs: &Inputs) -> Result<Projection, InputError> {
    inputs.validate()?;
    let i = inputs;
    let pct = |v: f64| v / 100.0;
    let (g, h, w, m, a) = (
        pct(i.capex_growth),
        pct(i.history_growth),
        pct(i.wacc),
        pct(i.margin),
        pct(i.short_share),
    );
    let (life, building_life) = (i.life as i64, i.building_life as i64);
    let n = i.years as usize;
    let start = i.start as i32;
    let capex_at = |t: i64| -> f64 {
        if t >= 0 {
            i.capex * (1.0 + g).powi(t as i32)
        } else {
            i.capex * (1.0 + h).powi(t as i32)
        }
    };
    let base_at = |t: i64, share: f64, life: i64| -> f64 {
        share * (0..life).map(|k| capex_at(t - k)).sum::<f64>()
    };
    let (crf_short, crf_long) = (crf(w, i.life), crf(w, i.building_life));
    let short0 = base_at(0, a, life);

    let years: Vec<YearRow> = (0..n)
        .map(|t| {
            let short = base_at(t as i64, a, life);
            let long = base_at(t as i64, 1.0 - a, building_life);
            let installed = short + long;
            let capex = capex_at(t as i64);
            let energy = if short0 > 0.0 {
                i.energy * short / short0
            } else {
                0.0
            };
            let opex = pct(i.opex) * installed;
            let depreciation = short / i.life + long / i.building_life;
            let charge = crf_short * short + crf_long * long;
            let fleet_cost = charge + energy + opex;
            let required_revenue = fleet_cost / (1.0 - m);
            let revenue = i.revenue * (1.0 + pct(i.revenue_growth)).powi(t as i32);
            let funding = i.funding * (1.0 + pct(i.funding_growth)).powi(t as i32);
            let compute_from_customers = revenue * (1.0 - m);
            let compute_from_funding = funding * pct(i.compute_share);
            let cash_flow = compute_from_customers - capex - energy - opex;
            YearRow {
                year: start + t as i32,
                capex,
                installed_base: installed,
                short_lived_base: short,
                long_lived_base: long,
                depreciation,
                capital_return: charge - depreciation,
                energy,
                opex,
                fleet_cost,
                required_revenue,
                revenue,
                gap: required_revenue - revenue,
                coverage: ratio(revenue, required_revenue),
                compute_from_customers,
                compute_from_funding,
                round_trip: compute_from_funding * pct(i.vendor_share) * pct(i.captive_share),
                cash_flow,
                cash_flow_with_funding: cash_flow + compute_from_funding,
            }
        })
        .collect();

    let last = n as i64 - 1;
    // Book value left of the vintages bought within the horizon (t >= 0) only.
    let book_left = |share: f64, life: i64| -> f64 {
        (0..life.min(n as i64))
            .map(|k| share * capex_at(last - k) * (life - 1 - k) as f64 / life as f64)
            .sum::<f64>()
    };
    let terminal_value = book_left(a, life) + book_left(1.0 - a, building_life);
    let with_terminal = |f: fn(&YearRow) -> f64| -> Vec<f64> {
        let mut flows: Vec<f64> = years.iter().map(f).collect();
        if let Some(end) = flows.last_mut() {
            *end += terminal_value;
        }
        flows
    };
    let flows = with_terminal(|y| y.cash_flow);
    let flows_funded = with_terminal(|y| y.cash_flow_with_funding);
    let year_of = |idx: Option<usize>| idx.map(|t| start + t as i32);
    let plain: Vec<f64> = years.iter().map(|y| y.cash_flow).collect();
    let funded: Vec<f64> = years.iter().map(|y| y.cash_flow_with_funding).collect();
    let cash_flow_sign_changes = sign_changes(&flows);
    let unique_irr = if cash_flow_sign_changes == 1 {
        irr(&flows).filter(|r| *r > IRR_MIN && *r < IRR_MAX)
    } else {
        None
    };

    let first = &years[0];
    let paid = first.compute_from_customers + first.compute_from_funding;
    let growth_needed = match (n, years.last()) {
        (2.., Some(end)) if i.revenue > 0.0 && end.required_revenue > 0.0 => {
            finite((end.required_revenue / i.revenue).powf(1.0 / last as f64) - 1.0)
        }
        _ => None,
    };
    let summary = Summary {
        required_revenue: first.required_revenue,
        revenue: first.revenue,
        gap: first.gap,
        coverage: first.coverage,
        break_even_year: year_of(years.iter().position(|y| y.revenue >= y.required_revenue)),
        growth_needed,
        sequoia_required: i.capex / (1.0 - m),
        ratio_required: i.capex / pct(i.capex_ratio),
        perpetuity_required: w * years.iter().map(|y| y.capex).sum::<f64>(),
        npv: npv(w, &flows),
        npv_with_funding: npv(w, &flows_funded),
        irr: unique_irr,
        mirr: mirr(w, &flows),
        cash_flow_sign_changes,
        terminal_value,
        payback_year: year_of(payback_index(&plain)),
        payback_year_with_funding: year_of(payback_index(&funded)),
        organic_share: ratio(first.compute_from_customers, paid),
        round_trip_share: ratio(first.round_trip, paid),
        shock_drop: ratio(first.compute_from_funding * pct(i.shock), paid),
    };
    Ok(Projection { summary, years })
}

/// `num / den`, or `None` when `den` is 0 or the result is not finite.
fn ratio(num: f64, den: f64) -> Option<f64> {
    if den > 0.0 {
        finite(num / den)
    } else {
        None
    }
}

fn finite(v: f64) -> Option<f64> {
    v.is_finite().then_some(v)
}
