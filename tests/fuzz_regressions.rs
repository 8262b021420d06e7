//! Inputs kept from fuzzing (fuzz/regressions/*): each must parse, evaluate to finite
//! outputs and round-trip, as the fuzz target checks.
#![cfg(not(target_arch = "wasm32"))]

use roi_gap::model::evaluate;
use roi_gap::scenario::{parse, write};

#[test]
fn every_kept_fuzz_input_still_passes() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).expect("fuzz/regressions exists") {
        let path = entry.expect("readable entry").path();
        let data = std::fs::read(&path).expect("readable file");
        let text = String::from_utf8_lossy(&data);
        let parsed = parse(&text);
        let p = evaluate(&parsed.scenario.inputs).expect("parsed inputs are valid");
        assert!(p.summary.npv.is_finite(), "{}", path.display());
        let written = write(&parsed.scenario);
        assert_eq!(
            parse(&written).scenario,
            parsed.scenario,
            "{}",
            path.display()
        );
        seen += 1;
    }
    assert!(seen > 0, "no regression inputs in {}", dir.display());
}
