//! The JS boundary: the only file with `#[wasm_bindgen]`. Thin: serde in and out,
//! errors as `JsError`. The one piece of state, [`Calculator`], keeps the current
//! projection between the model update and the chart draws of one redraw.

mod canvas;

use crate::chart::{self, ChartId, Style};
use crate::model::{self, Inputs, Projection, Summary, YearRow};
use crate::page;
use crate::scenario::{self, Evaluation, Parsed, Scenario};
use crate::words::Lang;
use canvas::{scratch_context, Measured};
use plotters::prelude::{IntoDrawingArea, SVGBackend};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// Serialises for JS: `None` becomes `null` (as in the CLI's JSON), not `undefined`;
/// maps become plain objects.
fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    let serializer = serde_wasm_bindgen::Serializer::new()
        .serialize_missing_as_null(true)
        .serialize_maps_as_objects(true);
    Ok(value.serialize(&serializer)?)
}

fn chart_id(id: &str) -> Result<ChartId, JsError> {
    ChartId::from_id(id).ok_or_else(|| JsError::from(chart::ChartError::UnknownChart(id.into())))
}

/// The language of tag `tag` (`en`, `zh-Hans`, `zh-Hant` or an alias); English for any
/// other.
fn lang(tag: &str) -> Lang {
    Lang::from_tag(tag).unwrap_or(Lang::En)
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
    model::param(key).ok_or_else(|| JsError::new(&format!("no input is called {key:?}")))
}

/// The value of input `key` with its unit, as a slider announces it: "$500B per year".
///
/// # Errors
/// For an unknown key.
#[wasm_bindgen(js_name = formatInput)]
pub fn format_input(key: &str, value: f64, tag: &str) -> Result<String, JsError> {
    Ok(crate::format::input_value(lang(tag), param(key)?, value))
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
    let preset =
        scenario::preset(id).ok_or_else(|| JsError::new(&format!("no preset is called {id:?}")))?;
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

/// What [`Calculator::update`] returns.
#[derive(Serialize)]
struct Update<'a> {
    summary: &'a Summary,
    first: Option<&'a YearRow>,
    last: Option<&'a YearRow>,
    /// Each headline figure's text, by summary key.
    figures: Figures,
    /// The headline sentence.
    sentence: String,
    /// The phone's summary bar.
    ticker: String,
    /// Why the IRR is missing ("" when it is shown).
    irr_note: String,
    /// The preset the inputs match, if any.
    preset: Option<&'static str>,
    /// A tag of the scenario for file names.
    file_tag: String,
}

/// `(key, text)` pairs serialised as one object `{key: text}`: no map type (a BTreeMap
/// would bring its sorting and tree code into the wasm for 17 keys).
struct Figures(Vec<(&'static str, String)>);

impl Serialize for Figures {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(key, text)| (key, text)))
    }
}

/// The current scenario's projection, kept between the update and the chart draws.
#[wasm_bindgen]
pub struct Calculator {
    inputs: Inputs,
    projection: Projection,
    /// The last run of draws and the inputs it was made for: its bands are drawn behind
    /// the gap and cash charts only while the inputs are still those (a new run follows
    /// the reader's input after a pause; stale bands would show another scenario's range).
    uncertainty: Option<(Inputs, model::Uncertainty)>,
    /// The language of every text and number it gives.
    lang: Lang,
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
        Ok(Calculator {
            inputs,
            projection,
            uncertainty: None,
            lang: Lang::En,
        })
    }

    /// Sets the language of everything it gives from now on (`en`, `zh-Hans`, `zh-Hant`
    /// or an alias; English for any other tag).
    #[wasm_bindgen(js_name = setLanguage)]
    pub fn set_language(&mut self, tag: &str) {
        self.lang = lang(tag);
    }

    /// Sets the inputs (`{capex: 500, ...}`) and returns what the page shows of them:
    /// `{summary, first, last, figures, sentence, ticker, preset, file_tag}`, where
    /// `preset` is the matching preset's id (`preferred` when it matches). This runs on
    /// every input event, so the whole table is not copied to JS;
    /// [`Calculator::year_table`] gives it.
    ///
    /// # Errors
    /// When an input is invalid; the previous scenario is kept.
    pub fn update(
        &mut self,
        inputs: JsValue,
        preferred: Option<String>,
    ) -> Result<JsValue, JsError> {
        let inputs: Inputs = serde_wasm_bindgen::from_value(inputs)?;
        self.projection = model::evaluate(&inputs)?;
        self.inputs = inputs;
        let p = &self.projection;
        to_js(&Update {
            summary: &p.summary,
            first: p.years.first(),
            last: p.years.last(),
            figures: Figures(page::figure_texts(p, self.lang)),
            sentence: page::headline(&self.inputs, p, self.lang),
            ticker: page::ticker(p, self.lang),
            irr_note: page::irr_note(&p.summary, self.lang),
            preset: scenario::matching_preset(&self.inputs, preferred.as_deref()).map(|p| p.id),
            file_tag: scenario::file_tag(&self.inputs),
        })
    }

    /// The chances from `draws` draws of the uncertainty ranges around the current
    /// scenario: `{p_break_even, p_payback, p_npv_positive}` as text, e.g. "2%".
    ///
    /// # Errors
    /// Only if serialisation fails (the scenario is already valid).
    /// The run is kept, and its bands drawn behind the gap and cash charts from now on (none
    /// when `spread` is 0: the ranges are off).
    pub fn chances(&mut self, draws: usize) -> Result<JsValue, JsError> {
        let run = model::simulate(&self.inputs, draws.clamp(1, 100_000))?;
        let texts = to_js(&Figures(page::chance_texts(
            &run,
            self.inputs.spread,
            self.lang,
        )));
        self.uncertainty = (self.inputs.spread > 0.0).then_some((self.inputs, run));
        texts
    }

    /// The last run's bands, for the charts (not exported).
    fn bands(&self) -> Option<&[model::uncertainty::YearBands]> {
        match &self.uncertainty {
            Some((inputs, run)) if *inputs == self.inputs => Some(run.years.as_slice()),
            _ => None,
        }
    }

    /// The year table as text: one array of cells per year, in the columns of
    /// `facts().year_columns`.
    ///
    /// # Errors
    /// Only if serialisation fails.
    #[wasm_bindgen(js_name = yearTable)]
    pub fn year_table(&self) -> Result<JsValue, JsError> {
        to_js(&page::year_table(&self.projection, self.lang))
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
        let style = Style {
            dark,
            scale,
            lang: self.lang,
        };
        chart::draw(
            &backend.into_drawing_area(),
            id,
            &self.inputs,
            &self.projection,
            self.bands(),
            &style,
        )?;
        Ok(())
    }

    /// Draws `chart` into `canvas` for a PNG download: as [`Calculator::draw`], with a
    /// footer naming the scenario, its source, `link` and `date`.
    ///
    /// # Errors
    /// As [`Calculator::draw`].
    #[wasm_bindgen(js_name = drawExport)]
    pub fn draw_export(
        &self,
        canvas: HtmlCanvasElement,
        chart: &str,
        dark: bool,
        scale: f64,
        link: &str,
        date: &str,
    ) -> Result<(), JsError> {
        let id = chart_id(chart)?;
        let backend = Measured::canvas(canvas)
            .ok_or_else(|| JsError::new("this canvas has no 2D drawing context"))?;
        let style = Style {
            dark,
            scale: if scale.is_finite() {
                scale.clamp(0.5, 4.0)
            } else {
                1.0
            },
            lang: self.lang,
        };
        let footer = page::export_footer(&self.inputs, self.lang, link, date);
        chart::draw_export(
            &backend.into_drawing_area(),
            id,
            &self.inputs,
            &self.projection,
            self.bands(),
            &style,
            &footer,
        )?;
        Ok(())
    }

    /// What a printed page or an exported chart says of its scenario: the inputs that
    /// differ from the defaults in words, then the source with `link` and `date`.
    ///
    /// # Errors
    /// Only if serialisation fails.
    #[wasm_bindgen(js_name = exportFooter)]
    pub fn export_footer(&self, link: &str, date: &str) -> Result<JsValue, JsError> {
        to_js(&page::export_footer(&self.inputs, self.lang, link, date))
    }

    /// `chart` as an SVG document, from the same drawing code as the canvas, with a footer
    /// naming the scenario, its source, `link` and `date` (none when `link` is empty).
    ///
    /// # Errors
    /// For an unknown chart or a size under 40 pixels.
    pub fn svg(
        &self,
        chart: &str,
        dark: bool,
        width: u32,
        height: u32,
        link: &str,
        date: &str,
    ) -> Result<String, JsError> {
        let footer = if link.is_empty() {
            Vec::new()
        } else {
            page::export_footer(&self.inputs, self.lang, link, date)
        };
        let style = Style {
            dark,
            scale: 1.0,
            lang: self.lang,
        };
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
            chart::draw_svg_export(
                &backend.into_drawing_area(),
                id,
                &self.inputs,
                &self.projection,
                self.bands(),
                &style,
                &footer,
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
            self.lang,
        ))
    }

    /// The year table as CSV, with `link` (the scenario's address) in a last column.
    pub fn csv(&self, link: &str) -> String {
        crate::export::csv_linked(&self.projection, Some(link), self.lang)
    }
}
