//! Fuzzes the scenario text end to end: parse -> evaluate -> write -> parse.
//! Any panic, a non-finite output, or an unstable round trip is a finding.
#![no_main]

use libfuzzer_sys::fuzz_target;
use roi_gap::model::evaluate;
use roi_gap::scenario::{parse, write};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let parsed = parse(&text);
    assert!(parsed.notices.len() <= roi_gap::scenario::MAX_NOTICES + 1);
    let projection = match evaluate(&parsed.scenario.inputs) {
        Ok(p) => p,
        Err(e) => panic!("parse produced invalid inputs: {e}"),
    };
    let s = &projection.summary;
    for v in [s.required_revenue, s.revenue, s.gap, s.npv, s.npv_with_funding, s.terminal_value] {
        assert!(v.is_finite(), "non-finite summary for {text:?}");
    }
    for v in [s.coverage, s.growth_needed, s.irr, s.organic_share, s.round_trip_share, s.shock_drop]
        .into_iter()
        .flatten()
    {
        assert!(v.is_finite(), "non-finite ratio for {text:?}");
    }
    for row in &projection.years {
        assert!(row.fleet_cost.is_finite() && row.cash_flow.is_finite(), "{text:?}");
    }
    let written = write(&parsed.scenario);
    let again = parse(&written);
    assert!(again.notices.is_empty(), "{written:?} gave notices {:?}", again.notices);
    assert_eq!(again.scenario, parsed.scenario, "round trip of {text:?} via {written:?}");
    assert_eq!(write(&again.scenario), written);
});
