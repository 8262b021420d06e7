//! Links made by version 1 keep their meaning (DESIGN.md, "Version 1 links keep their
//! meaning"): for random v1 texts with `years >= life` and `capex > 0`, every v1 output
//! except `irr` and the payback years (whose rules changed) equals the v1 model's (the
//! oracle in tests/v1, the v1 code as it shipped). Tolerance: 1e-9 relative (the same
//! sums in another order).
#![cfg(not(target_arch = "wasm32"))]

mod v1;

use proptest::prelude::*;
use roi_gap::model::{evaluate, Projection, PARAMS};
use roi_gap::scenario::{self, NoticeKind};

/// The inputs v1 had, with a value each inside its range (whole where it must be).
fn v1_text() -> impl Strategy<Value = String> {
    let keys: Vec<_> = PARAMS
        .iter()
        .filter(|p| !matches!(p.key, "short_share" | "building_life"))
        .collect();
    let values: Vec<_> = keys
        .iter()
        .map(|p| {
            let (min, max, whole) = (p.min, p.max, p.whole);
            (0.0f64..=1.0).prop_map(move |u| {
                let v = min + u * (max - min);
                if whole {
                    v.round()
                } else {
                    v
                }
            })
        })
        .collect();
    let keep = proptest::collection::vec(any::<bool>(), keys.len());
    (values, keep, any::<bool>()).prop_map(move |(vals, keep, prefix)| {
        let mut pairs: Vec<(String, f64)> = keys
            .iter()
            .zip(vals)
            .map(|(p, v)| (p.key.to_string(), v))
            .collect();
        let get = |pairs: &Vec<(String, f64)>, k: &str| {
            pairs
                .iter()
                .find(|(key, _)| key == k)
                .map_or(0.0, |(_, v)| *v)
        };
        // years >= life and capex > 0, as the property requires.
        let life = get(&pairs, "life");
        for (key, value) in &mut pairs {
            if key == "years" && *value < life {
                *value = life;
            }
            if key == "capex" && *value <= 0.0 {
                *value = 1.0;
            }
        }
        // Any subset of the keys (years and life always, for years >= life), with or
        // without `v=1` in front, as version 1 wrote or readers typed them.
        let text = pairs
            .iter()
            .zip(&keep)
            .filter(|((k, _), kept)| **kept || k == "years" || k == "life")
            .map(|((k, v), _)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("&");
        if prefix {
            format!("v=1&{text}")
        } else {
            text
        }
    })
}

fn same(name: &str, v2: f64, v1: f64) -> Result<(), TestCaseError> {
    let scale = v1.abs().max(1.0);
    prop_assert!((v2 - v1).abs() <= 1e-9 * scale, "{name}: v2 {v2}, v1 {v1}");
    Ok(())
}

fn summary_value(p: &Projection, key: &str) -> Option<f64> {
    let s = &p.summary;
    match key {
        "required_revenue" => Some(s.required_revenue),
        "revenue" => Some(s.revenue),
        "gap" => Some(s.gap),
        "coverage" => s.coverage,
        "break_even_year" => s.break_even_year.map(f64::from),
        "growth_needed" => s.growth_needed,
        "sequoia_required" => Some(s.sequoia_required),
        "ratio_required" => Some(s.ratio_required),
        "npv" => Some(s.npv),
        "npv_with_funding" => Some(s.npv_with_funding),
        "terminal_value" => Some(s.terminal_value),
        "organic_share" => s.organic_share,
        "round_trip_share" => s.round_trip_share,
        "shock_drop" => s.shock_drop,
        other => panic!("the oracle names an unknown output {other}"),
    }
}

fn year_value(p: &Projection, t: usize, key: &str) -> f64 {
    let y = &p.years[t];
    match key {
        "capex" => y.capex,
        "installed_base" => y.installed_base,
        "depreciation" => y.depreciation,
        "capital_return" => y.capital_return,
        "energy" => y.energy,
        "opex" => y.opex,
        "fleet_cost" => y.fleet_cost,
        "required_revenue" => y.required_revenue,
        "revenue" => y.revenue,
        "gap" => y.gap,
        "compute_from_customers" => y.compute_from_customers,
        "compute_from_funding" => y.compute_from_funding,
        "round_trip" => y.round_trip,
        "cash_flow" => y.cash_flow,
        "cash_flow_with_funding" => y.cash_flow_with_funding,
        other => panic!("the oracle names an unknown year output {other}"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn v1_texts_give_v1_outputs(text in v1_text()) {
        let parsed = scenario::parse(&text);
        let kinds: Vec<_> = parsed.notices.iter().map(|n| n.kind).collect();
        prop_assert_eq!(kinds, vec![NoticeKind::Upgraded]);
        let inputs = parsed.scenario.inputs;
        prop_assert!(inputs.short_share.to_bits() == 100f64.to_bits(), "short_share {}", inputs.short_share);
        let v2 = evaluate(&inputs).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let old = v1::evaluate(&inputs);
        for (key, want) in &old.summary {
            let got = summary_value(&v2, key);
            match (got, want) {
                (Some(g), Some(w)) => same(key, g, *w)?,
                (None, None) => {}
                _ => prop_assert!(false, "{key}: v2 {got:?}, v1 {want:?}"),
            }
        }
        prop_assert_eq!(v2.years.len(), old.years.len());
        for (t, row) in old.years.iter().enumerate() {
            for (key, want) in row {
                same(&format!("{key}[{t}]"), year_value(&v2, t, key), *want)?;
            }
        }
    }
}

#[test]
fn a_link_made_by_the_v1_page_opens_on_the_same_figures() {
    // `#v=1&capex=650&life=3`, as the previous page wrote it.
    let inputs = scenario::parse("v=1&capex=650&life=3").scenario.inputs;
    let v2 = evaluate(&inputs).expect("valid");
    let old = v1::evaluate(&inputs);
    for (key, want) in &old.summary {
        match (summary_value(&v2, key), want) {
            (Some(got), Some(want)) => {
                assert!((got - want).abs() <= 1e-9 * want.abs().max(1.0), "{key}")
            }
            (None, None) => {}
            (got, want) => panic!("{key}: v2 {got:?}, v1 {want:?}"),
        }
    }
    let written = scenario::write(&scenario::parse("v=1&capex=650&life=3").scenario);
    assert_eq!(written, "v=2&capex=650&life=3&short_share=100");
}
