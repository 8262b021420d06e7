//! The view keys of the scenario text (`embed`, `theme`, `lang`, `show`, `charts`,
//! `compare`): how
//! the page shows a scenario, not part of the model.

use super::notice::{NoticeKind, Notices};
use super::presets::PRESETS;
use super::text;
use crate::model::PARAMS;
use crate::words::Lang;
use serde::{Deserialize, Serialize};

/// The view keys of the scenario text, in the order they are written.
pub const VIEW_KEYS: &[&str] = &["embed", "theme", "lang", "show", "charts", "compare"];

/// Colour theme requested by `theme=`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    /// Light colours.
    Light,
    /// Dark colours.
    Dark,
    /// Follow the reader's `prefers-color-scheme`.
    Auto,
}

impl Theme {
    pub(super) fn id(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }
}

/// Which chart: the one definition of the chart ids (`charts=`, `canvas[data-chart]`,
/// the CLI's `svg CHART`). The chart module draws each and gives its title.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ChartId {
    /// Required revenue vs customer revenue by year, gap shaded, break-even marked.
    Gap,
    /// Yearly cost of the installed base, stacked, vs what is paid for compute.
    Costs,
    /// The money loop of the first year as a flow diagram.
    Circular,
    /// Cumulative cash flow with and without investor-funded revenue, payback marked.
    Cash,
    /// NPV with each uncertain input at the ends of its range, largest swing on top.
    Tornado,
}

impl ChartId {
    /// Every chart, in page order.
    pub const ALL: [ChartId; 5] = [
        ChartId::Gap,
        ChartId::Costs,
        ChartId::Circular,
        ChartId::Cash,
        ChartId::Tornado,
    ];

    /// The id used in `charts=`, `canvas[data-chart]` and the CLI's `svg CHART`.
    pub fn id(self) -> &'static str {
        match self {
            ChartId::Gap => "gap",
            ChartId::Costs => "costs",
            ChartId::Circular => "circular",
            ChartId::Cash => "cash",
            ChartId::Tornado => "tornado",
        }
    }

    /// The chart whose id is `id`.
    pub fn from_id(id: &str) -> Option<ChartId> {
        ChartId::ALL.into_iter().find(|c| c.id() == id)
    }
}

/// How the page shows the scenario: not part of the model.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct View {
    /// `embed=1`: widget mode, no page chrome.
    pub embed: bool,
    /// `theme=light|dark|auto`; `None` is auto.
    pub theme: Option<Theme>,
    /// `lang=`: the language the reader chose (`en`, `zh-Hans`, `zh-Hant`, or an alias of
    /// one of them); `None` lets the browser's languages decide.
    pub lang: Option<Lang>,
    /// `show=capex,energy`: which sliders to show; `None` shows all.
    pub show: Option<Vec<String>>,
    /// `charts=gap,cash`: which charts to show; `None` shows all.
    pub charts: Option<Vec<String>>,
    /// `compare=`: what the charts show faintly behind the scenario, and what the figures'
    /// changes are against: `start` (the scenario the page opened with), a preset's id,
    /// or `none`. `None` (no key) is `start`.
    pub compare: Option<String>,
}

pub(super) fn parse_view(key: &str, raw: &str, view: &mut View, notes: &mut Notices) {
    let raw = raw.trim();
    let mut bad = |what: &str, n: usize| {
        let values = [
            ("value", text::shorten(raw)),
            ("what", what.to_string()),
            ("n", n.to_string()),
        ];
        notes.push(key, NoticeKind::BadView, &values);
    };
    match key {
        "embed" => match raw {
            "" | "1" | "true" => view.embed = true,
            "0" | "false" => view.embed = false,
            _ => bad("embed", 0),
        },
        "theme" => match raw {
            "light" => view.theme = Some(Theme::Light),
            "dark" => view.theme = Some(Theme::Dark),
            "auto" => view.theme = Some(Theme::Auto),
            _ => bad("theme", 0),
        },
        // A well-formed tag of a language not translated (lang=fr) is left to the
        // browser's languages, as earlier versions, which had only English, did.
        "compare" => {
            let known = raw == "start" || raw == "none" || PRESETS.iter().any(|p| p.id == raw);
            if known {
                view.compare = Some(raw.to_string());
            } else {
                bad("name", 1);
            }
        }
        "lang" => match Lang::from_tag(raw) {
            Some(lang) => view.lang = Some(lang),
            None if text::is_language_tag(raw) => view.lang = None,
            None => bad("lang", 0),
        },
        _ => {
            let known: Vec<&str> = if key == "show" {
                PARAMS.iter().map(|p| p.key).collect()
            } else {
                ChartId::ALL.iter().map(|c| c.id()).collect()
            };
            let mut picked: Vec<String> = Vec::new();
            let mut unknown = 0;
            for item in raw.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                match known.iter().find(|k| **k == item) {
                    Some(k) if !picked.iter().any(|p| p == k) => picked.push((*k).to_string()),
                    Some(_) => {}
                    None => unknown += 1,
                }
            }
            match unknown {
                0 => {}
                1 => bad("name", 1),
                n => bad("names", n),
            }
            if key == "show" {
                view.show = Some(picked);
            } else {
                view.charts = Some(picked);
            }
        }
    }
}
