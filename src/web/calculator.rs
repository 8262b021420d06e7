//! The one piece of state at the boundary: [`Calculator`], which keeps the current
//! projection (and the last run of draws) between the model update and the chart draws of
//! one redraw, in the page's language.

use super::canvas::{scratch_context, Measured};
use super::convert::{self, chart_id, chart_index, lang, to_js};
use crate::chart::{self, Baseline, Pick, Plot, Scene, Style};
use crate::model::{self, Inputs, Projection, Summary, YearRow};
use crate::page;
use crate::scenario;
use crate::words::Lang;
use plotters::prelude::IntoDrawingArea;
use serde::Serialize;
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

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
    /// Each figure's change against the comparison scenario, by key (none without one,
    /// or where the figure did not change).
    deltas: Figures,
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
    /// The scenario to compare with (drawn faintly, and the figures' changes), and its
    /// name for the charts' legends.
    baseline: Option<(Projection, String)>,
    /// What each chart's last draw left for reading it, in [`ChartId::ALL`] order.
    plots: [Plot; 5],
    /// What the reader points at on each chart.
    picks: [Option<Pick>; 5],
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
            baseline: None,
            plots: Default::default(),
            picks: [None; 5],
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
        let inputs = convert::inputs(&inputs)?;
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
            deltas: Figures(match &self.baseline {
                Some((base, _)) => page::delta_texts(self.lang, &p.summary, &base.summary),
                None => Vec::new(),
            }),
        })
    }

    /// Sets the scenario to compare with (`{capex: 500, ...}`, named `name` in the charts'
    /// legends), or none for `null`.
    ///
    /// # Errors
    /// When an input is invalid; the previous comparison is kept.
    #[wasm_bindgen(js_name = setBaseline)]
    pub fn set_baseline(&mut self, inputs: JsValue, name: &str) -> Result<(), JsError> {
        if inputs.is_null() || inputs.is_undefined() {
            self.baseline = None;
            return Ok(());
        }
        let inputs = convert::inputs(&inputs)?;
        self.baseline = Some((model::evaluate(&inputs)?, name.to_string()));
        Ok(())
    }

    /// Picks what is at device pixel `(x, y)` of `chart` as last drawn (a year, a flow, a
    /// bar; nothing where there is none) and returns its readout, or `undefined`.
    ///
    /// # Errors
    /// For an unknown chart.
    #[wasm_bindgen(js_name = pickAt)]
    pub fn pick_at(&mut self, chart: &str, x: f64, y: f64) -> Result<Option<String>, JsError> {
        let i = chart_index(chart)?;
        self.picks[i] = self.plots[i].pick((x, y));
        self.readout(chart)
    }

    /// Moves the pick of `chart` `by` steps (the arrow keys), and returns its readout.
    ///
    /// # Errors
    /// For an unknown chart.
    #[wasm_bindgen(js_name = pickStep)]
    pub fn pick_step(&mut self, chart: &str, by: i32) -> Result<Option<String>, JsError> {
        let i = chart_index(chart)?;
        self.picks[i] = self.plots[i].step(self.picks[i], by);
        self.readout(chart)
    }

    /// Picks nothing on `chart`.
    ///
    /// # Errors
    /// For an unknown chart.
    #[wasm_bindgen(js_name = clearPick)]
    pub fn clear_pick(&mut self, chart: &str) -> Result<(), JsError> {
        self.picks[chart_index(chart)?] = None;
        Ok(())
    }

    /// The readout of what is picked on `chart`, for the current scenario, or `undefined`.
    ///
    /// # Errors
    /// For an unknown chart.
    pub fn readout(&self, chart: &str) -> Result<Option<String>, JsError> {
        let id = chart_id(chart)?;
        let pick = self.picks[chart_index(chart)?];
        Ok(pick
            .and_then(|pick| chart::readout(id, pick, &self.inputs, &self.projection, self.lang)))
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
        &mut self,
        canvas: HtmlCanvasElement,
        chart: &str,
        dark: bool,
        scale: f64,
    ) -> Result<(), JsError> {
        let plot = self.draw_canvas(canvas, chart, dark, scale, &[])?;
        self.plots[chart_index(chart)?] = plot;
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
        let footer = page::export_footer(&self.inputs, self.lang, link, date);
        self.draw_canvas(canvas, chart, dark, scale, &footer)?;
        Ok(())
    }

    /// [`Calculator::draw`] with `footer` lines under the chart (none on screen). On
    /// screen the chart shows the comparison and the reader's pick; a download (with its
    /// footer, which names only the current scenario) shows neither.
    fn draw_canvas(
        &self,
        canvas: HtmlCanvasElement,
        chart: &str,
        dark: bool,
        scale: f64,
        footer: &[String],
    ) -> Result<Plot, JsError> {
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
        let on_screen = footer.is_empty();
        let scene = Scene {
            bands: self.bands(),
            baseline: self
                .baseline
                .as_ref()
                .filter(|_| on_screen)
                .map(|(projection, name)| Baseline { projection, name }),
            pick: self.picks[chart_index(chart)?].filter(|_| on_screen),
            ..Scene::new(&self.inputs, &self.projection)
        };
        Ok(chart::draw_export(
            &backend.into_drawing_area(),
            id,
            &scene,
            &style,
            footer,
        )?)
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
            let backend = Measured::svg(&mut out, size, context);
            let scene = Scene {
                bands: self.bands(),
                ..Scene::new(&self.inputs, &self.projection)
            };
            chart::draw_svg_export(&backend.into_drawing_area(), id, &scene, &style, &footer)?;
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
