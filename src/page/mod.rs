//! What the page shows, defined once and handed to it through the boundary: the charts,
//! the headline figures, the control groups, the year table's columns,
//! the headline sentence and the messages under a control. The page builds its DOM from
//! these, as it builds its controls from the model's parameter table. No wasm-bindgen.

mod delta;
mod footer;
mod sentence;
mod track;
mod typed;

pub use delta::delta_texts;
pub use footer::export_footer;
pub use sentence::{headline, irr_note, ticker};
pub use track::Track;
pub use typed::{field_message, read_typed, Typed};

use crate::format::{self, money, percent};
use crate::model::{Group, ParamSpec, Projection, YearRow, PARAMS};
use crate::scenario::{ChartId, PRESETS};
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

/// The headline figures, in page order.
pub const FIGURES: &[FigureFact] = &[
    figure("required_revenue", true, Section::Headline),
    figure("revenue", false, Section::Headline),
    figure("gap", false, Section::Headline),
    figure("coverage", false, Section::Headline),
    figure("break_even_year", false, Section::Headline),
    figure("growth_needed", false, Section::Headline),
    figure("organic_share", false, Section::Headline),
    figure("round_trip_share", false, Section::Headline),
    figure("npv", false, Section::Returns),
    figure("npv_with_funding", false, Section::Returns),
    figure("irr", false, Section::Returns),
    figure("mirr", false, Section::Returns),
    figure("payback_year", false, Section::Returns),
    figure("payback_year_with_funding", false, Section::Returns),
    figure("terminal_value", false, Section::Returns),
    figure("shock_drop", false, Section::Returns),
    chance("p_break_even", true),
    chance("p_payback", true),
    chance("p_npv_positive", false),
];

const fn figure(key: &'static str, when: bool, section: Section) -> FigureFact {
    FigureFact {
        key,
        when,
        by_last: false,
        section,
    }
}

const fn chance(key: &'static str, by_last: bool) -> FigureFact {
    FigureFact {
        key,
        when: false,
        by_last,
        section: Section::Chances,
    }
}

/// The chances of a run of draws, as the figures show them: whole percents (2,000 draws
/// know a chance to about half a point), and "<1%" / ">99%" rather than a certainty the
/// ranges do not give; 0% and 100% only with `spread` 0, where every draw is the scenario.
///
/// ```text
/// spread = 0:  "0%" or "100%"          p < 0.005: "<1%"     p > 0.995: ">99%"
/// otherwise:   round(p * 100) "%"
/// ```
pub fn chance_texts(
    run: &crate::model::Uncertainty,
    spread: f64,
    lang: Lang,
) -> Vec<(&'static str, String)> {
    let n = &lang.words().numbers;
    let text = |p: f64| {
        if spread > 0.0 && p < 0.005 {
            n.below_one.to_string()
        } else if spread > 0.0 && p > 0.995 {
            n.above_99.to_string()
        } else {
            format!("{}%", (p * 100.0).round() as i64)
        }
    };
    vec![
        ("p_break_even", text(run.p_break_even)),
        ("p_payback", text(run.p_payback)),
        ("p_npv_positive", text(run.p_npv_positive)),
    ]
}

/// The id of a group of controls, as its words are keyed.
fn group_key(group: Group) -> &'static str {
    match group {
        Group::Buildout => "buildout",
        Group::Costs => "costs",
        Group::Revenue => "revenue",
        Group::Circular => "circular",
        Group::Checks => "checks",
        Group::Uncertainty => "uncertainty",
    }
}

/// How a year-table cell is written.
enum Cell {
    Year,
    Money(fn(&YearRow) -> f64),
    Percent(fn(&YearRow) -> Option<f64>),
}

/// The year table's columns: key (of its title in [`crate::words::Columns`]) and cell.
const YEAR_COLUMNS: &[(&str, Cell)] = &[
    ("year", Cell::Year),
    ("capex", Cell::Money(|r| r.capex)),
    ("installed_base", Cell::Money(|r| r.installed_base)),
    ("short_lived_base", Cell::Money(|r| r.short_lived_base)),
    ("long_lived_base", Cell::Money(|r| r.long_lived_base)),
    ("fleet_cost", Cell::Money(|r| r.fleet_cost)),
    ("required_revenue", Cell::Money(|r| r.required_revenue)),
    ("revenue", Cell::Money(|r| r.revenue)),
    ("gap", Cell::Money(|r| r.gap)),
    ("coverage", Cell::Percent(|r| r.coverage)),
    (
        "compute_from_funding",
        Cell::Money(|r| r.compute_from_funding),
    ),
    ("round_trip", Cell::Money(|r| r.round_trip)),
    ("cash_flow", Cell::Money(|r| r.cash_flow)),
];

/// The chart that the inputs of `group` move most: what a reader moving them watches.
fn group_chart(group: Group) -> ChartId {
    match group {
        Group::Costs => ChartId::Costs,
        Group::Circular => ChartId::Circular,
        Group::Checks => ChartId::Cash,
        Group::Buildout | Group::Revenue | Group::Uncertainty => ChartId::Gap,
    }
}

/// Everything the page builds itself from, in `lang`.
pub fn facts(lang: Lang) -> Facts {
    let words = lang.words();
    let mut groups: Vec<GroupFact> = Vec::new();
    for p in PARAMS {
        if !groups.iter().any(|g| g.id == p.group) {
            groups.push(GroupFact {
                id: p.group,
                chart: group_chart(p.group).id(),
                title: words
                    .groups
                    .get(group_key(p.group))
                    .copied()
                    .unwrap_or_default(),
            });
        }
    }
    let chart_text = |texts: &crate::words::ChartTexts, id: ChartId| {
        texts.get(id.id()).copied().unwrap_or_default()
    };
    Facts {
        lang,
        languages: Lang::ALL
            .iter()
            .map(|l| LanguageFact {
                tag: l.tag(),
                name: l.name(),
            })
            .collect(),
        page: &words.page,
        numbers: &words.numbers,
        fallback: &words.fallback,
        params: PARAMS
            .iter()
            .filter_map(|spec| {
                Some(ParamFact {
                    spec,
                    words: words.params.get(spec.key)?,
                    unit_shown: spec.unit != "year",
                    track: Track::of(spec),
                })
            })
            .collect(),
        presets: PRESETS
            .iter()
            .filter_map(|p| {
                Some(PresetFact {
                    id: p.id,
                    link: p.link,
                    words: words.presets.get(p.id)?,
                })
            })
            .collect(),
        charts: ChartId::ALL
            .iter()
            .map(|&id| ChartFact {
                id: id.id(),
                title: chart_text(&words.charts.titles, id),
                name: chart_text(&words.charts.names, id),
                tab: chart_text(&words.charts.tabs, id),
                ranges: matches!(id, ChartId::Gap | ChartId::Cash),
                place: if id == ChartId::Tornado {
                    "returns"
                } else {
                    "charts"
                },
            })
            .collect(),
        figures: FIGURES
            .iter()
            .map(|&fact| FigureText {
                fact,
                label: words.figures.get(fact.key).copied().unwrap_or_default(),
            })
            .collect(),
        groups,
        year_columns: YEAR_COLUMNS
            .iter()
            .map(|(key, _)| words.columns.get(key).copied().unwrap_or_default())
            .collect(),
    }
}

/// Every summary output's text for `projection` (the figures, the cross-checks), by key.
pub fn figure_texts(projection: &Projection, lang: Lang) -> Vec<(&'static str, String)> {
    let last = projection.years.last().map_or(0, |y| y.year);
    format::summary_texts(lang, &projection.summary, last)
}

/// The year table as text, one row of [`Facts::year_columns`] cells per year.
pub fn year_table(projection: &Projection, lang: Lang) -> Vec<Vec<String>> {
    projection
        .years
        .iter()
        .map(|row| {
            YEAR_COLUMNS
                .iter()
                .map(|(_, cell)| match cell {
                    Cell::Year => row.year.to_string(),
                    Cell::Money(value) => money(lang, value(row)),
                    Cell::Percent(value) => percent(lang, value(row)),
                })
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{evaluate, Inputs};

    #[test]
    fn every_figure_is_a_summary_output() {
        let p = evaluate(&Inputs::default()).expect("defaults are valid");
        let texts = figure_texts(&p, Lang::En);
        assert_eq!(texts.len(), 19);
        let run = crate::model::simulate(&Inputs::default(), 100).expect("defaults are valid");
        let chances = chance_texts(&run, 100.0, Lang::En);
        assert_eq!(
            chances[2].1, "<1%",
            "the defaults never earn the return, but may"
        );
        assert_eq!(chance_texts(&run, 0.0, Lang::En)[2].1, "0%");
        assert!(FIGURES
            .iter()
            .all(|f| texts.iter().chain(&chances).any(|(k, _)| *k == f.key)));
        assert_eq!(texts[0], ("required_revenue", "$927B".to_string()));
    }

    #[test]
    fn facts_list_each_chart_group_and_column_once() {
        let f = facts(Lang::En);
        let ids: Vec<_> = f.charts.iter().map(|c| c.id).collect();
        assert_eq!(ids, ["gap", "costs", "circular", "cash", "tornado"]);
        assert_eq!(f.groups.len(), 6);
        let p = evaluate(&Inputs::default()).expect("defaults are valid");
        let table = year_table(&p, Lang::En);
        assert_eq!(table.len(), 10);
        assert!(table.iter().all(|row| row.len() == f.year_columns.len()));
        assert_eq!(table[0][0], "2026");
        assert_eq!(table[0][9], "5.9%");
    }
}
