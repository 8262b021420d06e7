//! The JS boundary: the only file with `#[wasm_bindgen]`. Thin: serde in and out,
//! errors as `JsError`.

use crate::model::{self, Inputs, PARAMS};
use crate::scenario::{self, Evaluation, PRESETS};
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// Serialises for JS: `None` becomes `null` (as in the CLI's JSON), not `undefined`.
fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);
    Ok(value.serialize(&serializer)?)
}

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// The input specifications (key, label, unit, help, source, default, min, max, step,
/// whole, group), in page order.
#[wasm_bindgen]
pub fn params() -> Result<JsValue, JsError> {
    to_js(PARAMS)
}

/// The presets (id, name, source, link, values).
#[wasm_bindgen]
pub fn presets() -> Result<JsValue, JsError> {
    to_js(PRESETS)
}

/// Parses scenario text into `{scenario: {inputs, view}, notices}`; never throws for bad
/// text: problems come back as notices.
#[wasm_bindgen(js_name = parseScenario)]
pub fn parse_scenario(text: &str) -> Result<JsValue, JsError> {
    to_js(&scenario::parse(text))
}

/// Parses and evaluates scenario text: `{summary, years, notices}`, as the CLI's `eval`.
#[wasm_bindgen(js_name = evaluateText)]
pub fn evaluate_text(text: &str) -> Result<JsValue, JsError> {
    let evaluation: Evaluation = scenario::evaluate(text)?;
    to_js(&evaluation)
}

/// Evaluates an inputs object (`{capex: 500, ...}`; missing keys take their defaults).
///
/// # Errors
/// A message naming the input when one is not finite, out of range or not whole.
#[wasm_bindgen(js_name = evaluateInputs)]
pub fn evaluate_inputs(inputs: JsValue) -> Result<JsValue, JsError> {
    let inputs: Inputs = serde_wasm_bindgen::from_value(inputs)?;
    to_js(&model::evaluate(&inputs)?)
}
