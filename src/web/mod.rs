//! The JS boundary: the only file with `#[wasm_bindgen]`. Thin: serde in and out,
//! errors as `JsError`. The one piece of state, [`Calculator`], keeps the current
//! projection between the model update and the chart draws of one redraw.

mod canvas;

use crate::chart::{self, ChartId, Style};
use crate::model::{self, Inputs, Projection, Summary, YearRow, PARAMS};
use crate::scenario::{self, Evaluation, Scenario, PRESETS};
use canvas::{scratch_context, Measured};
use plotters::prelude::{IntoDrawingArea, SVGBackend};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// Serialises for JS: `None` becomes `null` (as in the CLI's JSON), not `undefined`.
fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);
    Ok(value.serialize(&serializer)?)
}

fn chart_id(id: &str) -> Result<ChartId, JsError> {
    ChartId::from_id(id).ok_or_else(|| JsError::from(chart::ChartError::UnknownChart(id.into())))
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

/// Writes `{inputs, view}` as scenario text (only non-default keys).
///
/// # Errors
/// When the object is not a scenario or an input is invalid.
#[wasm_bindgen(js_name = writeScenario)]
pub fn write_scenario(value: JsValue) -> Result<String, JsError> {
    let scenario: Scenario = serde_wasm_bindgen::from_value(value)?;
    scenario.inputs.validate()?;
    Ok(scenario::write(&scenario))
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

/// Billions of dollars as people read them: `$55B`, `$1.03T`.
#[wasm_bindgen]
pub fn money(billions: f64) -> String {
    chart::money(billions)
}

/// What [`Calculator::update`] returns.
#[derive(Serialize)]
struct Update<'a> {
    summary: &'a Summary,
    first: Option<&'a YearRow>,
    last: Option<&'a YearRow>,
}

/// The current scenario's projection, kept between the update and the chart draws.
#[wasm_bindgen]
pub struct Calculator {
    inputs: Inputs,
    projection: Projection,
}

#[wasm_bindgen]
impl Calculator {
    /// A calculator holding the default scenario.
    ///
    /// # Errors
    /// Never for the defaults; typed for the signature's sake.
    #[wasm_bindgen(constructor)]
    pub fn new() -> Result<Calculator, JsError> {
        let inputs = Inputs::default();
        let projection = model::evaluate(&inputs)?;
        Ok(Calculator { inputs, projection })
    }

    /// Sets the inputs (`{capex: 500, ...}`) and returns `{summary, first, last}`: the
    /// summary and the first and last rows of the year table. This runs on every input
    /// event, so the whole table is not copied to JS; [`Calculator::years`] gives it.
    ///
    /// # Errors
    /// When an input is invalid; the previous scenario is kept.
    pub fn update(&mut self, inputs: JsValue) -> Result<JsValue, JsError> {
        let inputs: Inputs = serde_wasm_bindgen::from_value(inputs)?;
        self.projection = model::evaluate(&inputs)?;
        self.inputs = inputs;
        let years = &self.projection.years;
        to_js(&Update {
            summary: &self.projection.summary,
            first: years.first(),
            last: years.last(),
        })
    }

    /// The whole year table, one object per year.
    ///
    /// # Errors
    /// Only if serialisation fails.
    pub fn years(&self) -> Result<JsValue, JsError> {
        to_js(&self.projection.years)
    }

    /// Draws `chart` into `canvas`, whose width and height are already in device pixels.
    ///
    /// # Errors
    /// For an unknown chart, a canvas without a 2D context, or a too-small canvas.
    pub fn draw(
        &self,
        canvas: HtmlCanvasElement,
        chart: &str,
        dark: bool,
        scale: f64,
    ) -> Result<(), JsError> {
        let id = chart_id(chart)?;
        let backend = Measured::canvas(canvas)
            .ok_or_else(|| JsError::new("this canvas has no 2D drawing context"))?;
        let scale = if scale.is_finite() {
            scale.clamp(0.5, 4.0)
        } else {
            1.0
        };
        let style = Style { dark, scale };
        chart::draw(
            &backend.into_drawing_area(),
            id,
            &self.inputs,
            &self.projection,
            &style,
        )?;
        Ok(())
    }

    /// `chart` as an SVG document, from the same drawing code as the canvas.
    ///
    /// # Errors
    /// For an unknown chart or a size under 40 pixels.
    pub fn svg(&self, chart: &str, dark: bool, width: u32, height: u32) -> Result<String, JsError> {
        let style = Style { dark, scale: 1.0 };
        let size = (
            width.clamp(chart::MIN_SIDE, 4000),
            height.clamp(chart::MIN_SIDE, 4000),
        );
        let id = chart_id(chart)?;
        let context =
            scratch_context().ok_or_else(|| JsError::new("no canvas to measure text with"))?;
        let mut out = String::new();
        {
            let backend = Measured::new(SVGBackend::with_string(&mut out, size), context);
            chart::draw_svg(
                &backend.into_drawing_area(),
                id,
                &self.inputs,
                &self.projection,
                &style,
            )?;
        }
        Ok(out)
    }

    /// A plain-language summary of `chart` for the current numbers.
    ///
    /// # Errors
    /// For an unknown chart.
    pub fn describe(&self, chart: &str) -> Result<String, JsError> {
        Ok(chart::describe(
            chart_id(chart)?,
            &self.inputs,
            &self.projection,
        ))
    }

    /// The year table as CSV, with `link` (the scenario's address) in a last column.
    pub fn csv(&self, link: &str) -> String {
        crate::export::csv_linked(&self.projection, Some(link))
    }
}
