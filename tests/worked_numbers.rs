//! Every worked number and cross-check of DESIGN.md, v1 and v2, through the scenario text
//! as users give it: v1 texts (no `v`, or `v=1`) read with `short_share=100`, v2 texts as
//! written. Tolerance: DESIGN.md prints 3 decimals for money and 5 for fractions, so money
//! must match within 0.0005 $B and fractions within 0.000005 (half a unit in the last
//! printed place).
#![cfg(not(target_arch = "wasm32"))]

use roi_gap::model::{evaluate, finance::crf, Inputs};
use roi_gap::scenario::{self, Evaluation, NoticeKind};

const MONEY: f64 = 0.0005;
const FRACTION: f64 = 0.000005;

/// A v1 text's evaluation: its only notice is that it was upgraded (none when empty).
fn eval(text: &str) -> Evaluation {
    let e = scenario::evaluate(text).expect("parsed inputs are valid");
    let kinds: Vec<_> = e.notices.iter().map(|n| n.kind).collect();
    let expected = if text.is_empty() {
        vec![]
    } else {
        vec![NoticeKind::Upgraded]
    };
    assert_eq!(kinds, expected, "{text}: {:?}", e.notices);
    e
}

/// A v2 text's evaluation (`v=2&` + `text`), with no notice.
fn eval2(text: &str) -> Evaluation {
    let text = format!("v=2&{text}");
    let e = scenario::evaluate(&text).expect("parsed inputs are valid");
    assert!(e.notices.is_empty(), "{text}: {:?}", e.notices);
    e
}

fn close(name: &str, got: f64, want: f64, tol: f64) {
    assert!(
        (got - want).abs() <= tol,
        "{name}: got {got}, want {want} ± {tol}"
    );
}

fn some(name: &str, got: Option<f64>, want: f64, tol: f64) {
    match got {
        Some(v) => close(name, v, want, tol),
        None => panic!("{name}: got null, want {want}"),
    }
}

#[test]
fn defaults_match_the_worked_example() {
    let e = eval("");
    let y0 = &e.years[0];
    close("installed(0)", y0.installed_base, 1583.120, MONEY);
    close("fleet_cost(0)", y0.fleet_cost, 515.117, MONEY);
    close(
        "capital",
        y0.depreciation + y0.capital_return,
        417.623,
        MONEY,
    );
    close("depreciation", y0.depreciation, 316.624, MONEY);
    close("return", y0.capital_return, 100.999, MONEY);
    close("energy", y0.energy, 50.0, MONEY);
    close("opex", y0.opex, 47.494, MONEY);
    let s = &e.summary;
    close("required_revenue", s.required_revenue, 1030.234, MONEY);
    close("gap", s.gap, 975.234, MONEY);
    some("coverage", s.coverage, 0.05339, FRACTION);
    some("growth_needed", s.growth_needed, 0.62777, FRACTION);
    close("sequoia_required", s.sequoia_required, 1000.0, MONEY);
    close("ratio_required", s.ratio_required, 2000.0, MONEY);
    close("npv", s.npv, -5242.136, MONEY);
    close("npv_with_funding", s.npv_with_funding, -4431.054, MONEY);
    some("irr", s.irr, -0.47607, FRACTION);
    close("terminal_value", s.terminal_value, 3088.167, MONEY);
    some("organic_share", s.organic_share, 0.18644, FRACTION);
    some("round_trip_share", s.round_trip_share, 0.19525, FRACTION);
    some("shock_drop", s.shock_drop, 0.40678, FRACTION);
    assert_eq!(s.break_even_year, None);
    assert_eq!(s.payback_year, None);
    assert_eq!(e.years.len(), 10);
    assert_eq!(e.years[9].year, 2035);
}

#[test]
fn fast_revenue_growth_breaks_even_in_2032() {
    let s = eval("revenue_growth=100").summary;
    assert_eq!(s.break_even_year, Some(2032));
    assert_eq!(s.payback_year, Some(2034));
    some("irr", s.irr, 0.32456, FRACTION);
}

#[test]
fn no_capex_means_no_fleet_and_no_energy() {
    // v1 said 100 (energy alone, on no fleet); v2 corrects it to 0, for v1 texts too.
    for s in [eval("capex=0").summary, eval2("capex=0").summary] {
        close("required_revenue", s.required_revenue, 0.0, MONEY);
        assert_eq!(s.break_even_year, Some(2026));
        assert_eq!(
            s.growth_needed, None,
            "no growth is needed to cover nothing"
        );
    }
}

#[test]
fn v2_defaults_match_the_worked_example() {
    let e = eval2("");
    let y0 = &e.years[0];
    close("S(0)", y0.short_lived_base, 1029.028, MONEY);
    close("B(0)", y0.long_lived_base, 754.343, MONEY);
    close("installed(0)", y0.installed_base, 1783.371, MONEY);
    close("depreciation", y0.depreciation, 243.523, MONEY);
    close("capital_return", y0.capital_return, 116.537, MONEY);
    close("energy", y0.energy, 50.0, MONEY);
    close("opex", y0.opex, 53.501, MONEY);
    close("fleet_cost", y0.fleet_cost, 463.561, MONEY);
    let s = &e.summary;
    close("required_revenue", s.required_revenue, 927.122, MONEY);
    close("gap", s.gap, 872.122, MONEY);
    some("coverage", s.coverage, 0.05932, FRACTION);
    some("growth_needed", s.growth_needed, 0.61995, FRACTION);
    close(
        "perpetuity_required",
        s.perpetuity_required,
        1015.186,
        MONEY,
    );
    close("npv", s.npv, -4656.582, MONEY);
    close("npv_with_funding", s.npv_with_funding, -3845.499, MONEY);
    some("irr", s.irr, -0.27448, FRACTION);
    some("mirr", s.mirr, -0.06969, FRACTION);
    assert_eq!(s.cash_flow_sign_changes, 1);
    close("terminal_value", s.terminal_value, 4781.752, MONEY);
    assert_eq!(s.break_even_year, None);
    assert_eq!(s.payback_year, None);
}

#[test]
fn v2_fast_revenue_growth() {
    let s = eval2("revenue_growth=100").summary;
    assert_eq!(s.break_even_year, Some(2032));
    assert_eq!(s.payback_year, Some(2034));
    // DESIGN.md prints these two as 0.33210 and 0.26520: four decimals and a zero (the
    // NPV of these flows, which match its npv to 0.0005, is 0 at 0.3321132, +0.138 at
    // 0.33210; the MIRR is 0.2652455). So half a unit of the fourth decimal here, and the
    // IRR's root itself checked below.
    some("irr", s.irr, 0.33210, 0.00005);
    let e = eval2("revenue_growth=100");
    let mut flows: Vec<f64> = e.years.iter().map(|y| y.cash_flow).collect();
    *flows.last_mut().expect("ten years") += e.summary.terminal_value;
    let at_root = roi_gap::model::finance::npv(s.irr.expect("one sign change"), &flows);
    close("npv at irr", at_root, 0.0, 1e-6);
    some("mirr", s.mirr, 0.26520, 0.00005);
    close("npv", s.npv, 7555.688, MONEY);
}

#[test]
fn v2_two_sign_changes_give_no_irr_and_no_false_payback() {
    let s = eval2("revenue=2000&revenue_growth=-30").summary;
    assert_eq!(s.cash_flow_sign_changes, 2);
    assert_eq!(s.irr, None);
    some("mirr", s.mirr, -0.02560, FRACTION);
    assert_eq!(s.break_even_year, Some(2026));
    assert_eq!(s.payback_year, None, "v1 said 2026, then fell behind");
}

#[test]
fn v2_one_year_horizon() {
    let s = eval2("years=1").summary;
    close("perpetuity_required", s.perpetuity_required, 50.0, MONEY);
    close("terminal_value", s.terminal_value, 426.25, MONEY);
}

#[test]
fn published_cross_checks() {
    // Sequoia, June 2024: "AI's $600B question".
    close(
        "sequoia 2024",
        eval("capex=300").summary.sequoia_required,
        600.0,
        MONEY,
    );
    close(
        "preset",
        eval2("preset=sequoia-2024").summary.sequoia_required,
        600.0,
        MONEY,
    );
    // Sequoia, September 2023: $200B.
    close(
        "sequoia 2023",
        eval2("preset=sequoia-2023").summary.sequoia_required,
        200.0,
        MONEY,
    );
    // Bain: $500B of capex needs $2T of revenue at 25%.
    close(
        "bain",
        eval("capex=500&capex_ratio=25").summary.ratio_required,
        2000.0,
        MONEY,
    );
    close(
        "bain preset",
        eval2("preset=bain-2030").summary.ratio_required,
        2000.0,
        MONEY,
    );
    // Capital recovery factors.
    close("crf(10%,6)", crf(0.10, 6.0), 0.229607, 5e-7);
    close("crf(10%,5)", crf(0.10, 5.0), 0.263797, 5e-7);
    close("crf(10%,3)", crf(0.10, 3.0), 0.402115, 5e-7);
}

#[test]
fn zero_wacc_recovers_capital_only() {
    let e = eval("wacc=0");
    close("return", e.years[0].capital_return, 0.0, 1e-9);
    close(
        "fleet",
        e.years[0].fleet_cost,
        1583.120 / 5.0 + 50.0 + 47.494,
        MONEY,
    );
}

#[test]
fn one_year_horizon_has_no_growth_needed() {
    let s = eval("years=1").summary;
    assert_eq!(s.growth_needed, None);
}

#[test]
fn nobody_paying_for_compute_gives_null_shares() {
    let s = eval("revenue=0&funding=0").summary;
    assert_eq!(s.organic_share, None);
    assert_eq!(s.round_trip_share, None);
    assert_eq!(s.shock_drop, None);
    assert_eq!(s.growth_needed, None);
}

#[test]
fn nothing_required_gives_null_coverage() {
    let e = eval2("capex=0&energy=0");
    assert_eq!(e.summary.coverage, None);
    close("required", e.summary.required_revenue, 0.0, 1e-12);
}

#[test]
fn invalid_inputs_are_rejected_at_construction() {
    let bad = Inputs {
        energy: f64::INFINITY,
        ..Inputs::default()
    };
    assert!(evaluate(&bad).is_err());
}
