//! Properties over arbitrary scenario text: no panic, outputs finite or null, stable
//! round trip, and the model's monotonic sanity.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use roi_gap::model::{evaluate, Inputs, PARAMS};
use roi_gap::scenario::{self, parse, write};

/// Scenario-like text: known and unknown keys with numbers, garbage and specials.
fn scenario_text() -> impl Strategy<Value = String> {
    let key = prop_oneof![
        proptest::sample::select(PARAMS.iter().map(|p| p.key.to_string()).collect::<Vec<_>>()),
        Just("v".to_string()),
        Just("preset".to_string()),
        Just("show".to_string()),
        Just("theme".to_string()),
        "[a-z_%]{0,8}",
    ];
    let value = prop_oneof![
        any::<f64>().prop_map(|v| v.to_string()),
        (-1e4f64..1e4).prop_map(|v| v.to_string()),
        Just("NaN".to_string()),
        Just("-inf".to_string()),
        Just("sequoia-2024".to_string()),
        "\\PC{0,12}",
    ];
    proptest::collection::vec((key, value), 0..12).prop_map(|pairs| {
        pairs
            .into_iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("&")
    })
}

fn all_finite(text: &str) -> Result<(), TestCaseError> {
    let e = scenario::evaluate(text).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let json = serde_json::to_value(&e).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let mut stack = vec![&json];
    while let Some(v) = stack.pop() {
        match v {
            serde_json::Value::Number(n) => {
                prop_assert!(n.as_f64().is_some_and(f64::is_finite), "{text}: {n}")
            }
            serde_json::Value::Array(a) => stack.extend(a),
            serde_json::Value::Object(o) => stack.extend(o.values()),
            _ => {}
        }
    }
    // serde_json writes NaN and infinities as null, so check the typed summary too.
    let s = &e.summary;
    for v in [
        s.required_revenue,
        s.revenue,
        s.gap,
        s.npv,
        s.npv_with_funding,
    ] {
        prop_assert!(v.is_finite(), "{text}");
    }
    for row in &e.years {
        for v in [
            row.fleet_cost,
            row.required_revenue,
            row.revenue,
            row.cash_flow,
        ] {
            prop_assert!(v.is_finite(), "{text}");
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn any_string_parses_without_panic(text in "\\PC{0,200}") {
        let parsed = parse(&text);
        prop_assert!(parsed.scenario.inputs.validate().is_ok());
        prop_assert!(parsed.notices.len() <= scenario::MAX_NOTICES + 1);
    }

    #[test]
    fn every_output_is_finite_or_null(text in scenario_text()) {
        all_finite(&text)?;
    }

    #[test]
    fn write_parse_round_trips(text in scenario_text()) {
        let first = parse(&text).scenario;
        let written = write(&first);
        let again = parse(&written);
        prop_assert!(again.notices.is_empty(), "{written}: {:?}", again.notices);
        prop_assert_eq!(&again.scenario, &first);
        prop_assert_eq!(write(&again.scenario), written);
    }

    #[test]
    fn extreme_corners_are_finite(corner in proptest::collection::vec(any::<bool>(), PARAMS.len())) {
        // Every input at its min or max: the worst cases for overflow.
        let text: Vec<String> = PARAMS.iter().zip(&corner)
            .map(|(p, hi)| format!("{}={}", p.key, if *hi { p.max } else { p.min }))
            .collect();
        all_finite(&text.join("&"))?;
    }

    #[test]
    fn more_capex_never_lowers_required_revenue(text in scenario_text(), extra in 0.0f64..1000.0) {
        let base = parse(&text).scenario.inputs;
        let more = Inputs { capex: (base.capex + extra).min(5000.0), ..base };
        let (a, b) = (evaluate(&base), evaluate(&more));
        if let (Ok(a), Ok(b)) = (a, b) {
            prop_assert!(b.summary.required_revenue >= a.summary.required_revenue - 1e-9);
        }
    }

    #[test]
    fn more_revenue_never_widens_the_gap(text in scenario_text(), extra in 0.0f64..1000.0) {
        let base = parse(&text).scenario.inputs;
        let more = Inputs { revenue: (base.revenue + extra).min(10000.0), ..base };
        if let (Ok(a), Ok(b)) = (evaluate(&base), evaluate(&more)) {
            for (ya, yb) in a.years.iter().zip(&b.years) {
                prop_assert!(yb.gap <= ya.gap + 1e-9);
            }
        }
    }
}
