//! What the page shows, defined once and handed to it through the boundary: the charts,
//! the headline figures, the control groups, the year table's columns,
//! the headline sentence and the messages under a control. The page builds its DOM from
//! these, as it builds its controls from the model's parameter table. No wasm-bindgen.

mod delta;
mod footer;
mod sentence;
mod track;
mod typed;
mod types;

pub use delta::delta_texts;
pub use footer::export_footer;
pub use sentence::{headline, irr_note, ticker};
pub use track::Track;
pub use typed::{field_message, read_typed, Typed};
pub use types::{
    ChartFact, Facts, FigureFact, FigureText, GroupFact, LanguageFact, ParamFact, PresetFact,
    Section,
};

use crate::format::{self, money, percent};
use crate::model::{Group, Projection, YearRow, PARAMS};
use crate::scenario::{ChartId, PRESETS};
use crate::words::Lang;

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
