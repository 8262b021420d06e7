//! What the page shows, defined once and handed to it through the boundary: the charts,
//! the headline figures, the control groups, the year table's columns,
//! the headline sentence and the messages under a control. The page builds its DOM from
//! these, as it builds its controls from the model's parameter table. No wasm-bindgen.

mod sentence;
mod typed;

pub use sentence::{headline, irr_note, ticker};
pub use typed::{field_message, read_typed, Typed};

use crate::format::{self, money, percent};
use crate::model::{Group, ParamSpec, Projection, YearRow, PARAMS};
use crate::scenario::{ChartId, Preset, PRESETS};
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

/// One headline figure: `[data-out=KEY]` with its label.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct FigureFact {
    /// The summary output shown.
    pub key: &'static str,
    /// Its label.
    pub label: &'static str,
    /// Whether the label is followed by the first year ("in 2026").
    pub when: bool,
    /// Whether the label is followed by the last year ("by 2035").
    pub by_last: bool,
    /// Where it is shown.
    pub section: Section,
}

/// A group of controls with its title.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct GroupFact {
    /// The model's group.
    pub id: Group,
    /// Its title.
    pub title: &'static str,
}

/// Everything the page builds itself from, in one object.
#[derive(Debug, Clone, Serialize)]
pub struct Facts {
    /// The model's inputs, in page order.
    pub params: &'static [ParamSpec],
    /// The presets, in menu order.
    pub presets: &'static [Preset],
    /// The charts, in page order.
    pub charts: Vec<ChartFact>,
    /// The headline figures, in page order.
    pub figures: &'static [FigureFact],
    /// The control groups, in page order.
    pub groups: Vec<GroupFact>,
    /// The year table's column titles.
    pub year_columns: Vec<&'static str>,
}

/// The headline figures, in page order.
pub const FIGURES: &[FigureFact] = &[
    figure(
        "required_revenue",
        "Revenue needed",
        true,
        Section::Headline,
    ),
    figure("revenue", "AI revenue earned", false, Section::Headline),
    figure("gap", "Gap", false, Section::Headline),
    figure(
        "coverage",
        "Share of the need covered",
        false,
        Section::Headline,
    ),
    figure(
        "break_even_year",
        "Break-even year",
        false,
        Section::Headline,
    ),
    figure(
        "growth_needed",
        "Revenue growth needed",
        false,
        Section::Headline,
    ),
    figure(
        "organic_share",
        "Compute paid by customers",
        false,
        Section::Headline,
    ),
    figure(
        "round_trip_share",
        "Vendors' own money coming back",
        false,
        Section::Headline,
    ),
    figure("npv", "NPV at the required return", false, Section::Returns),
    figure(
        "npv_with_funding",
        "NPV counting investor-funded revenue",
        false,
        Section::Returns,
    ),
    figure("irr", "IRR", false, Section::Returns),
    figure(
        "mirr",
        "MIRR (at the required return)",
        false,
        Section::Returns,
    ),
    figure("payback_year", "Payback year", false, Section::Returns),
    figure(
        "payback_year_with_funding",
        "Payback with investor-funded revenue",
        false,
        Section::Returns,
    ),
    figure(
        "terminal_value",
        "Fleet value left at the end",
        false,
        Section::Returns,
    ),
    figure(
        "shock_drop",
        "Vendor revenue lost in a funding shock",
        false,
        Section::Returns,
    ),
    chance("p_break_even", "Chance that revenue catches up", true),
    chance("p_payback", "Chance that the build-out pays back", true),
    chance(
        "p_npv_positive",
        "Chance that it earns the required return",
        false,
    ),
];

const fn figure(
    key: &'static str,
    label: &'static str,
    when: bool,
    section: Section,
) -> FigureFact {
    FigureFact {
        key,
        label,
        when,
        by_last: false,
        section,
    }
}

const fn chance(key: &'static str, label: &'static str, by_last: bool) -> FigureFact {
    FigureFact {
        key,
        label,
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
pub fn chance_texts(run: &crate::model::Uncertainty, spread: f64) -> Vec<(&'static str, String)> {
    let text = |p: f64| {
        if spread > 0.0 && p < 0.005 {
            "<1%".to_string()
        } else if spread > 0.0 && p > 0.995 {
            ">99%".to_string()
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

/// The short name of a chart for buttons.
fn chart_name(id: ChartId) -> &'static str {
    match id {
        ChartId::Gap => "gap chart",
        ChartId::Costs => "costs chart",
        ChartId::Circular => "circular spending chart",
        ChartId::Cash => "cash flow chart",
        ChartId::Tornado => "tornado chart",
    }
}

/// The title of a group of controls.
pub fn group_title(group: Group) -> &'static str {
    match group {
        Group::Buildout => "Build-out",
        Group::Costs => "Costs",
        Group::Revenue => "Revenue",
        Group::Circular => "Circular spending",
        Group::Checks => "Cross-checks",
        Group::Uncertainty => "Uncertainty",
    }
}

/// How a year-table cell is written.
enum Cell {
    Year,
    Money(fn(&YearRow) -> f64),
    Percent(fn(&YearRow) -> Option<f64>),
}

/// The year table's columns: title and cell.
const YEAR_COLUMNS: &[(&str, Cell)] = &[
    ("Year", Cell::Year),
    ("Capex", Cell::Money(|r| r.capex)),
    ("Installed base", Cell::Money(|r| r.installed_base)),
    ("Chips and servers", Cell::Money(|r| r.short_lived_base)),
    ("Buildings and power", Cell::Money(|r| r.long_lived_base)),
    ("Fleet cost", Cell::Money(|r| r.fleet_cost)),
    ("Revenue needed", Cell::Money(|r| r.required_revenue)),
    ("Revenue earned", Cell::Money(|r| r.revenue)),
    ("Gap", Cell::Money(|r| r.gap)),
    ("Coverage", Cell::Percent(|r| r.coverage)),
    (
        "Compute paid by investors",
        Cell::Money(|r| r.compute_from_funding),
    ),
    ("Round trip", Cell::Money(|r| r.round_trip)),
    ("Cash flow", Cell::Money(|r| r.cash_flow)),
];

/// Everything the page builds itself from.
pub fn facts() -> Facts {
    let mut groups: Vec<GroupFact> = Vec::new();
    for p in PARAMS {
        if !groups.iter().any(|g| g.id == p.group) {
            groups.push(GroupFact {
                id: p.group,
                title: group_title(p.group),
            });
        }
    }
    Facts {
        params: PARAMS,
        presets: PRESETS,
        charts: ChartId::ALL
            .iter()
            .map(|&id| ChartFact {
                id: id.id(),
                title: id.title(),
                name: chart_name(id),
                ranges: matches!(id, ChartId::Gap | ChartId::Cash),
                place: if id == ChartId::Tornado {
                    "returns"
                } else {
                    "charts"
                },
            })
            .collect(),
        figures: FIGURES,
        groups,
        year_columns: YEAR_COLUMNS.iter().map(|(title, _)| *title).collect(),
    }
}

/// Every summary output's text for `projection` (the figures, the cross-checks), by key.
pub fn figure_texts(projection: &Projection) -> Vec<(&'static str, String)> {
    let last = projection.years.last().map_or(0, |y| y.year);
    format::summary_texts(&projection.summary, last)
}

/// The year table as text, one row of [`Facts::year_columns`] cells per year.
pub fn year_table(projection: &Projection) -> Vec<Vec<String>> {
    projection
        .years
        .iter()
        .map(|row| {
            YEAR_COLUMNS
                .iter()
                .map(|(_, cell)| match cell {
                    Cell::Year => row.year.to_string(),
                    Cell::Money(value) => money(value(row)),
                    Cell::Percent(value) => percent(value(row)),
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
        let texts = figure_texts(&p);
        assert_eq!(texts.len(), 19);
        let run = crate::model::simulate(&Inputs::default(), 100).expect("defaults are valid");
        let chances = chance_texts(&run, 100.0);
        assert_eq!(
            chances[2].1, "<1%",
            "the defaults never earn the return, but may"
        );
        assert_eq!(chance_texts(&run, 0.0)[2].1, "0%");
        assert!(FIGURES
            .iter()
            .all(|f| texts.iter().chain(&chances).any(|(k, _)| *k == f.key)));
        assert_eq!(texts[0], ("required_revenue", "$927B".to_string()));
    }

    #[test]
    fn facts_list_each_chart_group_and_column_once() {
        let f = facts();
        let ids: Vec<_> = f.charts.iter().map(|c| c.id).collect();
        assert_eq!(ids, ["gap", "costs", "circular", "cash", "tornado"]);
        assert_eq!(f.groups.len(), 6);
        let p = evaluate(&Inputs::default()).expect("defaults are valid");
        let table = year_table(&p);
        assert_eq!(table.len(), 10);
        assert!(table.iter().all(|row| row.len() == f.year_columns.len()));
        assert_eq!(table[0][0], "2026");
        assert_eq!(table[0][9], "5.9%");
    }
}
