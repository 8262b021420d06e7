//! wasm-bindgen tests, run in headless Chromium by `./build.sh test`.
#![cfg(target_arch = "wasm32")]
// Test code: a failed unwrap is a failed test (clippy does not see #[wasm_bindgen_test] as a test).
#![allow(clippy::unwrap_used)]

use roi_gap::web;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn get(obj: &JsValue, path: &[&str]) -> JsValue {
    path.iter().fold(obj.clone(), |o, k| {
        js_sys::Reflect::get(&o, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED)
    })
}

#[wasm_bindgen_test]
fn evaluates_the_worked_example_in_the_browser() {
    let e = web::evaluate_text("").map_err(JsValue::from).unwrap();
    let required = get(&e, &["summary", "required_revenue"]).as_f64().unwrap();
    assert!((required - 1030.234).abs() < 0.0005, "{required}");
    let years = js_sys::Array::from(&get(&e, &["years"]));
    assert_eq!(years.length(), 10);
    // Nulls cross the boundary as null, not NaN.
    assert!(get(&e, &["summary", "break_even_year"]).is_null());
}

#[wasm_bindgen_test]
fn bad_text_gives_notices_not_errors() {
    let p = web::parse_scenario("#capex=NaN&zz=1")
        .map_err(JsValue::from)
        .unwrap();
    let notices = js_sys::Array::from(&get(&p, &["notices"]));
    assert_eq!(notices.length(), 2);
    assert_eq!(
        get(&p, &["scenario", "inputs", "capex"]).as_f64(),
        Some(500.0)
    );
}

#[wasm_bindgen_test]
fn invalid_inputs_object_is_an_error_not_a_panic() {
    let obj = js_sys::Object::new();
    js_sys::Reflect::set(&obj, &"capex".into(), &f64::NAN.into()).unwrap();
    assert!(web::evaluate_inputs(obj.into()).is_err());
    let obj = js_sys::Object::new();
    js_sys::Reflect::set(&obj, &"capex".into(), &"lots".into()).unwrap();
    assert!(web::evaluate_inputs(obj.into()).is_err());
}
