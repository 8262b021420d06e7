//! The view keys of the scenario text (`embed`, `theme`, `lang`, `show`, `charts`): how
//! the page shows a scenario, not part of the model.

use super::notice::{NoticeKind, Notices};
use super::text;
use crate::model::PARAMS;
use serde::{Deserialize, Serialize};

/// The view keys of the scenario text, in the order they are written.
pub const VIEW_KEYS: &[&str] = &["embed", "theme", "lang", "show", "charts"];

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
    /// `lang=`: a language tag (only `en` is translated today).
    pub lang: Option<String>,
    /// `show=capex,energy`: which sliders to show; `None` shows all.
    pub show: Option<Vec<String>>,
    /// `charts=gap,cash`: which charts to show; `None` shows all.
    pub charts: Option<Vec<String>>,
}

pub(super) fn parse_view(key: &str, raw: &str, view: &mut View, notes: &mut Notices) {
    let raw = raw.trim();
    let mut bad = |what: &str| {
        let msg = format!("{key} = \"{}\": {what}", text::shorten(raw));
        notes.push(key, NoticeKind::BadView, msg);
    };
    match key {
        "embed" => match raw {
            "" | "1" | "true" => view.embed = true,
            "0" | "false" => view.embed = false,
            _ => bad("use embed=1 or embed=0."),
        },
        "theme" => match raw {
            "light" => view.theme = Some(Theme::Light),
            "dark" => view.theme = Some(Theme::Dark),
            "auto" => view.theme = Some(Theme::Auto),
            _ => bad("use light, dark or auto."),
        },
        "lang" => {
            if text::is_language_tag(raw) {
                view.lang = Some(raw.to_string());
            } else {
                bad("not a language tag such as en.");
            }
        }
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
                1 => bad("an unknown name was ignored."),
                n => bad(&format!("{n} unknown names were ignored.")),
            }
            if key == "show" {
                view.show = Some(picked);
            } else {
                view.charts = Some(picked);
            }
        }
    }
}
