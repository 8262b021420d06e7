//! The JS boundary: the only file with `#[wasm_bindgen]`. Thin: serde in and out,
//! errors as `JsError`. The one piece of state, [`Calculator`], keeps the current
//! projection between the model update and the chart draws of one redraw.

mod calculator;
mod canvas;
mod convert;

pub use calculator::Calculator;
use convert::{lang, to_js};

use crate::model::{self, Inputs};
use crate::page;
use crate::scenario::{self, Parsed, Scenario};
use crate::words::Lang;
use js_sys::Reflect;
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// Everything the page builds itself from, in language `tag`: the languages, the page's
/// words, the inputs (key, label, unit, help, source, default, min, max, slider_max, step,
/// whole, group), the presets, the charts, the headline figures, the control groups and
/// the year table's columns.
#[wasm_bindgen]
pub fn facts(tag: &str) -> Result<JsValue, JsError> {
    to_js(&page::facts(lang(tag)))
}

/// The language for a reader whose browser asks for `languages` (`navigator.languages`,
/// in order): the first translated one, else English. Returns its tag.
#[wasm_bindgen(js_name = browserLanguage)]
pub fn browser_language(languages: Vec<String>) -> String {
    Lang::from_browser(languages.iter().map(String::as_str))
        .tag()
        .into()
}

fn param(key: &str) -> Result<&'static model::ParamSpec, JsError> {
    model::param(key).ok_or_else(|| JsError::new(&format!("no input is called \"{key}\"")))
}

/// The value of input `key` with its unit, as a slider announces it: "$500B per year".
///
/// # Errors
/// For an unknown key.
#[wasm_bindgen(js_name = formatInput)]
pub fn format_input(key: &str, value: f64, tag: &str) -> Result<String, JsError> {
    Ok(crate::format::input_value(lang(tag), param(key)?, value))
}

/// The value of input `key` at its slider's track `position` (see `facts().params[].track`).
///
/// # Errors
/// For an unknown key.
#[wasm_bindgen(js_name = sliderValue)]
pub fn slider_value(key: &str, position: f64) -> Result<f64, JsError> {
    let spec = param(key)?;
    Ok(model::Slider::of(spec).value(spec, position))
}

/// The track position of `value` on input `key`'s slider.
///
/// # Errors
/// For an unknown key.
#[wasm_bindgen(js_name = sliderPosition)]
pub fn slider_position(key: &str, value: f64) -> Result<f64, JsError> {
    let spec = param(key)?;
    Ok(model::Slider::of(spec).position(spec, value))
}

/// Reads `text` typed into the number box of input `key`: `{value, message}`, where
/// `value` is null when the text is not a number and `message` says what was changed.
///
/// # Errors
/// For an unknown key.
#[wasm_bindgen(js_name = readTyped)]
pub fn read_typed(key: &str, text: &str, tag: &str) -> Result<JsValue, JsError> {
    to_js(&page::read_typed(param(key)?, text, lang(tag)))
}

/// A parsed scenario with the language it is shown in.
#[derive(Serialize)]
struct ParsedIn {
    scenario: Scenario,
    /// The notices, in `lang`.
    notices: Vec<scenario::Notice>,
    /// The text's `lang=` if it has one, else `fallback`'s language.
    lang: Lang,
}

fn parsed_in(parsed: Parsed, fallback: &str) -> ParsedIn {
    let lang = parsed.scenario.view.lang.unwrap_or(lang(fallback));
    ParsedIn {
        notices: scenario::in_lang(&parsed.notices, lang),
        scenario: parsed.scenario,
        lang,
    }
}

/// Parses scenario text into `{scenario: {inputs, view}, notices, lang}`, where `lang`
/// is the text's `lang=`, else `fallback` (the page's language), and the notices are in
/// it; never throws for bad text: problems come back as notices.
#[wasm_bindgen(js_name = parseScenario)]
pub fn parse_scenario(text: &str, fallback: &str) -> Result<JsValue, JsError> {
    to_js(&parsed_in(scenario::parse(text), fallback))
}

/// Parses the scenario in a page's address (`location.hash`): none at all is today's
/// defaults; anything else as [`parse_scenario`].
#[wasm_bindgen(js_name = parseLink)]
pub fn parse_link(text: &str, fallback: &str) -> Result<JsValue, JsError> {
    to_js(&parsed_in(scenario::parse_link(text), fallback))
}

/// The inputs of preset `id`: today's defaults with the preset's values.
///
/// # Errors
/// For an unknown preset id.
#[wasm_bindgen(js_name = presetInputs)]
pub fn preset_inputs(id: &str) -> Result<JsValue, JsError> {
    let preset = scenario::preset(id)
        .ok_or_else(|| JsError::new(&format!("no preset is called \"{id}\"")))?;
    let mut inputs = Inputs::default();
    scenario::apply_preset(&mut inputs, preset);
    to_js(&inputs)
}

/// Writes `{inputs, view}` as scenario text (only non-default keys).
///
/// # Errors
/// When the object is not a scenario or an input is invalid.
#[wasm_bindgen(js_name = writeScenario)]
pub fn write_scenario(value: JsValue) -> Result<String, JsError> {
    let part = |key: &str| Reflect::get(&value, &key.into()).unwrap_or_default();
    let inputs = part("inputs");
    let scenario = Scenario {
        // No inputs: the defaults, as no view is no view options.
        inputs: if inputs.is_undefined() {
            Inputs::default()
        } else {
            convert::inputs(&inputs)?
        },
        view: convert::view(&part("view"))?,
    };
    scenario.inputs.validate()?;
    Ok(scenario::write(&scenario))
}

/// The wasm's allocator: talc, smaller than the default and as fast here (Cargo.toml).
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
