//! The v1 model exactly as it shipped (DESIGN.md, "The model (v1)"), kept as a test oracle:
//! v2 with `short_share=100` must reproduce every v1 output except the three corrections
//! DESIGN.md names (terminal value when `years < life`, energy without a fleet, and the
//! IRR and payback rules). Outputs by name, so the oracle does not follow the v2 structs.

use roi_gap::model::finance::{crf, npv};
use roi_gap::model::Inputs;

/// The v1 outputs of one scenario: summary values and per-year rows, by output name.
pub struct V1 {
    pub summary: Vec<(&'static str, Option<f64>)>,
    pub years: Vec<Vec<(&'static str, f64)>>,
}

/// The v1 model's evaluation of `i` (inputs already valid).
pub fn evaluate(i: &Inputs) -> V1 {
    let pct = |v: f64| v / 100.0;
    let (g, h, w, m) = (
        pct(i.capex_growth),
        pct(i.history_growth),
        pct(i.wacc),
        pct(i.margin),
    );
    let life = i.life as i64;
    let n = i.years as i64;
    let capex_at = |t: i64| -> f64 {
        if t >= 0 {
            i.capex * (1.0 + g).powi(t as i32)
        } else {
            i.capex * (1.0 + h).powi(t as i32)
        }
    };
    let installed_at = |t: i64| -> f64 { (0..life).map(|k| capex_at(t - k)).sum() };
    let crf = crf(w, i.life);
    let installed0 = installed_at(0);
    let mut years = Vec::new();
    let mut flows = Vec::new();
    let mut flows_funded = Vec::new();
    for t in 0..n {
        let installed = installed_at(t);
        let capex = capex_at(t);
        let energy = if installed0 > 0.0 {
            i.energy * installed / installed0
        } else {
            i.energy
        };
        let opex = pct(i.opex) * installed;
        let depreciation = installed / i.life;
        let fleet_cost = crf * installed + energy + opex;
        let required = fleet_cost / (1.0 - m);
        let revenue = i.revenue * (1.0 + pct(i.revenue_growth)).powi(t as i32);
        let funding = i.funding * (1.0 + pct(i.funding_growth)).powi(t as i32);
        let from_customers = revenue * (1.0 - m);
        let from_funding = funding * pct(i.compute_share);
        let cash_flow = from_customers - capex - energy - opex;
        flows.push(cash_flow);
        flows_funded.push(cash_flow + from_funding);
        years.push(vec![
            ("capex", capex),
            ("installed_base", installed),
            ("depreciation", depreciation),
            ("capital_return", crf * installed - depreciation),
            ("energy", energy),
            ("opex", opex),
            ("fleet_cost", fleet_cost),
            ("required_revenue", required),
            ("revenue", revenue),
            ("gap", required - revenue),
            ("compute_from_customers", from_customers),
            ("compute_from_funding", from_funding),
            (
                "round_trip",
                from_funding * pct(i.vendor_share) * pct(i.captive_share),
            ),
            ("cash_flow", cash_flow),
            ("cash_flow_with_funding", cash_flow + from_funding),
        ]);
    }
    let last = n - 1;
    let terminal: f64 = (0..life)
        .map(|k| capex_at(last - k) * (life - 1 - k) as f64 / i.life)
        .sum();
    *flows.last_mut().expect("at least one year") += terminal;
    *flows_funded.last_mut().expect("at least one year") += terminal;
    let get = |row: &Vec<(&str, f64)>, key: &str| {
        row.iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| *v)
            .unwrap_or(f64::NAN)
    };
    let first = &years[0];
    let end = &years[years.len() - 1];
    let ratio = |a: f64, b: f64| if b > 0.0 { Some(a / b) } else { None };
    let (req0, rev0) = (get(first, "required_revenue"), get(first, "revenue"));
    let paid = get(first, "compute_from_customers") + get(first, "compute_from_funding");
    let break_even = years
        .iter()
        .position(|y| get(y, "revenue") >= get(y, "required_revenue"))
        .map(|t| i.start + t as f64);
    let growth_needed = if n >= 2 && i.revenue > 0.0 {
        Some((get(end, "required_revenue") / i.revenue).powf(1.0 / last as f64) - 1.0)
    } else {
        None
    };
    let summary = vec![
        ("required_revenue", Some(req0)),
        ("revenue", Some(rev0)),
        ("gap", Some(req0 - rev0)),
        ("coverage", ratio(rev0, req0)),
        ("break_even_year", break_even),
        ("growth_needed", growth_needed.filter(|v| v.is_finite())),
        ("sequoia_required", Some(i.capex / (1.0 - m))),
        ("ratio_required", Some(i.capex / pct(i.capex_ratio))),
        ("npv", Some(npv(w, &flows))),
        ("npv_with_funding", Some(npv(w, &flows_funded))),
        ("terminal_value", Some(terminal)),
        (
            "organic_share",
            ratio(get(first, "compute_from_customers"), paid),
        ),
        ("round_trip_share", ratio(get(first, "round_trip"), paid)),
        (
            "shock_drop",
            ratio(get(first, "compute_from_funding") * pct(i.shock), paid),
        ),
    ];
    V1 { summary, years }
}
