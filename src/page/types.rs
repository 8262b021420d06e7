//! The shapes of the facts the page builds itself from ([`super::facts`]), as the page
//! receives them (serde). No wasm-bindgen.

use super::track::Track;
use crate::model::{Group, ParamSpec};
use crate::words::{Fallback, Lang, Numbers, Page, ParamWords, PresetWords};
use serde::Serialize;

/// A chart as the page shows it.
#[derive(Debug, Clone, Serialize)]
pub struct ChartFact {
    /// `canvas[data-chart]`, `figure[data-figure]`, `charts=`.
    pub id: &'static str,
    /// The chart's title: its accessible name and the Embed dialog's choice.
    pub title: &'static str,
    /// A short name for buttons: "Download the NAME as PNG".
    pub name: &'static str,
    /// Where it is shown: "charts" (the charts beside the controls) or "returns" (under
    /// the investment returns, whose NPV it explains).
    pub place: &'static str,
    /// Whether it draws the uncertainty ranges (redrawn when a new run of draws is in).
    pub ranges: bool,
    /// Its tab on a phone, where one chart at a time stays in view above the sliders.
    pub tab: &'static str,
}

/// Where a headline figure is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Section {
    /// The figures at the top of the page.
    Headline,
    /// The investment returns, under the cross-checks.
    Returns,
    /// The chances from the uncertainty ranges, under the headline figures.
    Chances,
}

/// One headline figure: `[data-out=KEY]` (its label is in [`crate::words`], by key).
#[derive(Debug, Clone, Copy, Serialize)]
pub struct FigureFact {
    /// The summary output shown.
    pub key: &'static str,
    /// Whether the label is followed by the first year ("in 2026").
    pub when: bool,
    /// Whether the label is followed by the last year ("by 2035").
    pub by_last: bool,
    /// Where it is shown.
    pub section: Section,
}

/// A headline figure with its label.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct FigureText {
    /// Where and how it is shown.
    #[serde(flatten)]
    pub fact: FigureFact,
    /// Its label.
    pub label: &'static str,
}

/// An input with its texts: the model's specification and the words of the language.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct ParamFact {
    /// Key, range, step, group.
    #[serde(flatten)]
    pub spec: &'static ParamSpec,
    /// Label, unit, help, source.
    #[serde(flatten)]
    pub words: &'static ParamWords,
    /// Whether the unit is shown beside the label (not for a year).
    pub unit_shown: bool,
    /// The slider's track, in positions (`sliderValue` and `sliderPosition` convert).
    pub track: Track,
}

/// A preset with its texts.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct PresetFact {
    /// `preset=ID`.
    pub id: &'static str,
    /// Link to its source, or "".
    pub link: &'static str,
    /// Name and source.
    #[serde(flatten)]
    pub words: &'static PresetWords,
}

/// A language the switcher offers.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct LanguageFact {
    /// The tag: `en`, `zh-Hans`, `zh-Hant`.
    pub tag: &'static str,
    /// Its name in itself.
    pub name: &'static str,
}

/// A group of controls with its title.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct GroupFact {
    /// The model's group.
    pub id: Group,
    /// Its title.
    pub title: &'static str,
    /// The chart its sliders move most: the one a phone shows while they are moved.
    pub chart: &'static str,
}

/// Everything the page builds itself from, in one object, in one language.
#[derive(Debug, Clone, Serialize)]
pub struct Facts {
    /// The language of every text here.
    pub lang: Lang,
    /// The languages the page is written in, for the switcher.
    pub languages: Vec<LanguageFact>,
    /// The page's own words, by `data-t` name.
    pub page: &'static Page,
    /// Words that go with numbers ("in {year}").
    pub numbers: &'static Numbers,
    /// The words of the view without scripts (kept to the scenario for saved copies).
    pub fallback: &'static Fallback,
    /// The model's inputs, in page order.
    pub params: Vec<ParamFact>,
    /// The presets, in menu order.
    pub presets: Vec<PresetFact>,
    /// The charts, in page order.
    pub charts: Vec<ChartFact>,
    /// The headline figures, in page order.
    pub figures: Vec<FigureText>,
    /// The control groups, in page order.
    pub groups: Vec<GroupFact>,
    /// The year table's column titles.
    pub year_columns: Vec<&'static str>,
}
