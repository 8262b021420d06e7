//! The shape of a language's texts. Templates name their `{placeholders}`; every
//! language's template has the same ones (src/words/tests.rs).

use super::keyed::*;
use serde::Serialize;

/// Every text of one language.
#[derive(Debug, Serialize)]
pub struct Words {
    /// Words that go with numbers.
    pub numbers: Numbers,
    /// The inputs.
    pub params: Params,
    /// The control groups.
    pub groups: Groups,
    /// The presets.
    pub presets: Presets,
    /// The headline figures.
    pub figures: Figures,
    /// The year table on the page.
    pub columns: Columns,
    /// The CSV header.
    pub csv: CsvColumns,
    /// The charts' own text.
    pub charts: ChartWords,
    /// The charts' plain-language summaries.
    pub describe: Describe,
    /// The headline sentence, the phone's bar and the IRR note.
    pub sentence: Sentence,
    /// What was wrong with a link.
    pub notices: NoticeWords,
    /// The page's own words (HTML and script), handed to the page as they are.
    pub page: Page,
    /// The page without scripts.
    pub fallback: Fallback,
}

/// Words that go with numbers.
#[derive(Debug, Serialize)]
pub struct Numbers {
    /// A number that cannot be computed.
    pub na: &'static str,
    /// A year as a figure shows it: `{year}`.
    pub year: &'static str,
    /// A year not reached within the horizon: `{year}` is the last year.
    pub not_by: &'static str,
    /// Money per year, for a slider's value: `{money}`.
    pub money_per_year: &'static str,
    /// A percentage per year: `{value}` is the number without `%`.
    pub percent_per_year: &'static str,
    /// One year, as a length.
    pub one_year: &'static str,
    /// `{n}` years, as a length.
    pub years: &'static str,
    /// After a figure's label: the first year, `{year}`.
    pub in_year: &'static str,
    /// After a figure's label: the last year, `{year}`.
    pub by_year: &'static str,
    /// Between two sentences ("" in Chinese).
    pub sentence_gap: &'static str,
    /// Joins two items of a list: `{a}` and `{b}`.
    pub and: &'static str,
    /// A chance below 1%.
    pub below_one: &'static str,
    /// A chance above 99%.
    pub above_99: &'static str,
    /// A change in percentage points: `{value}` with its sign.
    pub points: &'static str,
    /// A change in years: `{value}` with its sign.
    pub year_shift: &'static str,
}

/// The charts' own text: titles, names, legends, axes, notes.
#[derive(Debug, Serialize)]
pub struct ChartWords {
    /// Titles: the accessible name and the Embed dialog's choice.
    pub titles: ChartTexts,
    /// Short names, for "Download the NAME as PNG".
    pub names: ChartTexts,
    /// The x axis.
    pub year_axis: &'static str,
    /// The y axis of yearly money.
    pub per_year_axis: &'static str,
    /// The y axis of the cash chart.
    pub cumulative_axis: &'static str,
    /// The tornado's axis.
    pub npv_axis: &'static str,
    /// Legend: required revenue.
    pub required: &'static str,
    /// Legend: revenue earned.
    pub earned: &'static str,
    /// Legend: the gap.
    pub gap: &'static str,
    /// Legend: the uncertainty bands.
    pub ranges: &'static str,
    /// Marker: `break-even {year}`.
    pub break_even: &'static str,
    /// Marker: `no break-even by {year}`.
    pub no_break_even: &'static str,
    /// Legend: depreciation.
    pub depreciation: &'static str,
    /// Legend: return on capital.
    pub capital_return: &'static str,
    /// Legend: energy.
    pub energy: &'static str,
    /// Legend: other opex.
    pub opex: &'static str,
    /// Legend: compute paid by customers.
    pub paid_by_customers: &'static str,
    /// Legend: compute paid by investors, on top.
    pub paid_by_investors: &'static str,
    /// Legend: the round trip.
    pub round_trip: &'static str,
    /// Note: `round trip {money}`.
    pub round_trip_amount: &'static str,
    /// Cash legend: customers' money only.
    pub customers_only: &'static str,
    /// Cash legend: with investor-funded compute.
    pub with_funding: &'static str,
    /// Marker: `payback {year}`.
    pub payback: &'static str,
    /// Marker: `no payback by {year}`.
    pub no_payback: &'static str,
    /// Flow legend: customers' money.
    pub customers_money: &'static str,
    /// Flow legend: investors' money.
    pub investors_money: &'static str,
    /// Flow legend: the vendors' money coming back.
    pub round_trip_flow: &'static str,
    /// Flow box: customers.
    pub customers: &'static str,
    /// Flow box: investors.
    pub investors: &'static str,
    /// Flow box: cloud and chip vendors.
    pub vendors: &'static str,
    /// Flow box: AI companies.
    pub ai_companies: &'static str,
    /// Flow box: money not spent on compute.
    pub not_compute: &'static str,
    /// Flow box: the vendors' AI revenue.
    pub vendor_revenue: &'static str,
    /// Flow note: `the fleet costs {money}`, where `{money}` is [`Self::a_year`].
    pub fleet_costs: &'static str,
    /// `{money} a year`.
    pub a_year: &'static str,
    /// Tornado legend: low end.
    pub low_end: &'static str,
    /// Tornado legend: high end.
    pub high_end: &'static str,
    /// Tornado with no ranges.
    pub no_ranges: &'static str,
    /// Short names, for the phone's chart tabs.
    pub tabs: ChartTexts,
    /// Legend of a comparison: `{name}`.
    pub compared: &'static str,
    /// A readout: `{year}`, `{items}`.
    pub readout: &'static str,
    /// One item of a readout: `{label}`, `{value}`.
    pub readout_item: &'static str,
    /// A flow's readout: `{whose}`, `{from}`, `{to}`, `{money}`.
    pub flow_readout: &'static str,
    /// A tornado bar's readout: `{input}`, `{low}`, `{high}`.
    pub bar_readout: &'static str,
}

/// The charts' plain-language summaries (what a screen reader reads instead).
#[derive(Debug, Serialize)]
pub struct Describe {
    /// `{low} to {high}`.
    pub span: &'static str,
    /// Tornado with no ranges: `{npv}`.
    pub tornado_none: &'static str,
    /// Tornado: `{npv}`, `{input}`, `{span}`.
    pub tornado_top: &'static str,
    /// An input and its span: `{input}`, `{span}`.
    pub tornado_item: &'static str,
    /// The next ones: `{list}`.
    pub tornado_then: &'static str,
    /// Gap chart, nothing to pay for: `{year}`, `{earned}`.
    pub gap_free: &'static str,
    /// Gap chart, short: `{year}`, `{needed}`, `{earned}`, `{gap}`.
    pub gap_short: &'static str,
    /// Gap chart, covered: `{year}`, `{needed}`, `{earned}`.
    pub gap_covered: &'static str,
    /// Gap chart, last year: `{year}`, `{needed}`, `{earned}`.
    pub gap_last: &'static str,
    /// `{year}`.
    pub catches_up: &'static str,
    /// `{year}`.
    pub never_catches_up: &'static str,
    /// Costs chart: `{year}`, `{cost}`, `{depreciation}`, `{capital_return}`, `{energy}`,
    /// `{opex}`, `{customers}`, `{investors}`, `{round_trip}`.
    pub costs: &'static str,
    /// Costs chart, last year: `{year}`, `{cost}`, `{paid}`.
    pub costs_last: &'static str,
    /// Flows: `{year}`, `{customers}`, `{investors}`, `{vendors}`.
    pub circular: &'static str,
    /// Flows: `{compute}`, `{fleet_cost}`, `{other}`.
    pub circular_spend: &'static str,
    /// Flows: `{customers}`, `{investors}`, `{round_trip}`, `{share}`.
    pub circular_sources: &'static str,
    /// Flows with no compute.
    pub circular_none: &'static str,
    /// Cash: `{customers_only}`, `{year}`, `{with_funding}`.
    pub cash: &'static str,
    /// Cash: `{year}`, `{funded}`.
    pub pays_back_sooner: &'static str,
    /// Cash: `{year}`.
    pub pays_back: &'static str,
    /// Cash: `{year}`, `{funded}`.
    pub pays_back_funded_only: &'static str,
    /// Cash: `{year}`.
    pub never_pays_back: &'static str,
}

/// The headline sentence, the phone's bar and the IRR note.
#[derive(Debug, Serialize)]
pub struct Sentence {
    /// Nothing to pay for: `{revenue}`.
    pub free: &'static str,
    /// `{wacc}`, `{required}`, `{year}`, `{revenue}`, `{along}`.
    pub needs: &'static str,
    /// Revenue covers the need.
    pub more_than_enough: &'static str,
    /// `{coverage}`.
    pub of_the_way: &'static str,
    /// `{year}`.
    pub keeps_covering: &'static str,
    /// `{year}`.
    pub falls_behind: &'static str,
    /// `{growth}`, `{year}`.
    pub catches_up: &'static str,
    /// `{growth}`, `{year}`, `{last}`.
    pub catches_up_then_behind: &'static str,
    /// `{year}`, `{growth}`.
    pub growth_needed: &'static str,
    /// `{share}`.
    pub round_trip: &'static str,
    /// The phone's bar: `{required}`, `{revenue}`.
    pub ticker: &'static str,
    /// The phone's bar with the coverage: `{required}`, `{revenue}`, `{coverage}`.
    pub ticker_coverage: &'static str,
    /// No IRR, no sign change.
    pub irr_no_change: &'static str,
    /// No IRR, the root out of range.
    pub irr_outside: &'static str,
    /// No single IRR: `{n}` sign changes.
    pub irr_several: &'static str,
    /// `{why}` and the MIRR, `{mirr}`.
    pub irr_mirr: &'static str,
}

/// What was wrong with a link. `{key}` is the key as written; `{value}` as written.
#[derive(Debug, Serialize)]
pub struct NoticeWords {
    /// A version 1 link.
    pub upgraded: &'static str,
    /// `{value}`: the preset id.
    pub unknown_preset: &'static str,
    /// `{key}`.
    pub repeated: &'static str,
    /// `{key}`.
    pub unknown_key: &'static str,
    /// `{value}`, `{version}`.
    pub version: &'static str,
    /// `{key}`, `{value}`, `{used}`.
    pub not_a_number: &'static str,
    /// `{key}`, `{value}`, `{used}`.
    pub not_finite: &'static str,
    /// `{key}`, `{value}`, `{used}`.
    pub rounded: &'static str,
    /// `{key}`, `{value}`, `{min}`, `{max}`, `{unit}`, `{used}`.
    pub clamped: &'static str,
    /// A bad view value: `{key}`, `{value}`, `{what}` (one of the next).
    pub bad_view: &'static str,
    /// What `embed=` takes.
    pub embed_values: &'static str,
    /// What `theme=` takes.
    pub theme_values: &'static str,
    /// What `lang=` takes.
    pub lang_values: &'static str,
    /// One unknown name in `show=` or `charts=`.
    pub unknown_name: &'static str,
    /// `{n}` unknown names.
    pub unknown_names: &'static str,
    /// `{n}` more notices.
    pub more: &'static str,
    /// A typed value that is not a number.
    pub typed_not_a_number: &'static str,
    /// A typed value out of range: `{min}`, `{max}`, `{used}`.
    pub typed_clamped: &'static str,
    /// A typed value that must be whole: `{used}`.
    pub typed_rounded: &'static str,
}

/// The page without scripts or WebAssembly.
#[derive(Debug, Serialize)]
pub struct Fallback {
    /// The heading of this language's block (the reader picks one).
    pub heading: &'static str,
    /// "cannot run in this browser".
    pub cannot_run: &'static str,
    /// Why, when nothing more is known.
    pub reason: &'static str,
    /// What is shown instead.
    pub shown: &'static str,
    /// What is shown in a copy saved with a scenario (an MHTML or script-less save).
    pub saved: &'static str,
}

/// The page's own words: the static HTML's texts (by `data-t` name) and the texts its
/// scripts write. Fields ending in `_html` hold inline markup (`<strong>`, `<em>`,
/// `<code>`, `<a href>`), written by us, never by a reader.
#[derive(Debug, Serialize)]
pub struct Page {
    /// The document title.
    pub title: &'static str,
    /// The meta description.
    pub description: &'static str,
    /// The skip link.
    pub skip: &'static str,
    /// Under the title.
    pub lede: &'static str,
    /// The language switcher's label.
    pub language: &'static str,
    /// Failure panel: the scenario is safe.
    pub failure_kept: &'static str,
    /// `{error}`.
    pub failure: &'static str,
    /// Failure panel button.
    pub reload: &'static str,
    /// Failure panel button.
    pub reset_reload: &'static str,
    /// Notices: dismiss.
    pub dismiss: &'static str,
    /// Notices: dismiss, spoken.
    pub dismiss_label: &'static str,
    /// Hidden heading.
    pub headline_title: &'static str,
    /// Under the chances.
    pub chances_note: &'static str,
    /// Hidden heading.
    pub charts_title: &'static str,
    /// The controls' heading.
    pub assumptions: &'static str,
    /// Preset menu label.
    pub preset: &'static str,
    /// Menu item for anything else.
    pub custom: &'static str,
    /// Under the menu for anything else.
    pub custom_source: &'static str,
    /// `{source}`.
    pub source: &'static str,
    /// The link to a preset's source.
    pub read_it: &'static str,
    /// Button.
    pub reset: &'static str,
    /// Button.
    pub share: &'static str,
    /// Button, spoken.
    pub share_label: &'static str,
    /// Share status.
    pub link_copied: &'static str,
    /// Share fallback: before the field.
    pub copy_link: &'static str,
    /// Share fallback field, spoken.
    pub link_label: &'static str,
    /// Button.
    pub embed: &'static str,
    /// Button, spoken.
    pub embed_label: &'static str,
    /// Heading.
    pub saved_title: &'static str,
    /// Field label.
    pub save_name: &'static str,
    /// Field placeholder.
    pub save_placeholder: &'static str,
    /// Button.
    pub save: &'static str,
    /// `{name}`.
    pub saved: &'static str,
    /// `{name}`.
    pub replaced: &'static str,
    /// `{name}`.
    pub loaded: &'static str,
    /// `{name}`.
    pub deleted: &'static str,
    /// Button.
    pub load: &'static str,
    /// `{name}`, spoken.
    pub load_label: &'static str,
    /// Button.
    pub delete: &'static str,
    /// `{name}`, spoken.
    pub delete_label: &'static str,
    /// Storage refused.
    pub storage_blocked: &'static str,
    /// Storage unreadable.
    pub storage_unreadable: &'static str,
    /// Storage full.
    pub save_failed: &'static str,
    /// No name typed.
    pub name_first: &'static str,
    /// `{n}`.
    pub save_max: &'static str,
    /// Button.
    pub download_csv: &'static str,
    /// Button: the page as one HTML file, in the current scenario.
    pub save_copy: &'static str,
    /// Share from a page opened from a file: the link only works on this computer.
    pub local_link: &'static str,
    /// Label before a chart's download buttons.
    pub download: &'static str,
    /// `{chart}`, `{kind}`, spoken.
    pub download_chart: &'static str,
    /// `{error}`.
    pub download_failed: &'static str,
    /// `{error}`.
    pub chart_failed: &'static str,
    /// Heading.
    pub checks_title: &'static str,
    /// Under it.
    pub checks_intro: &'static str,
    /// Column.
    pub method: &'static str,
    /// Column.
    pub revenue_needed: &'static str,
    /// Column.
    pub what_it_counts: &'static str,
    /// Row.
    pub check_model: &'static str,
    /// Row.
    pub check_model_what: &'static str,
    /// Row.
    pub check_sequoia: &'static str,
    /// Row.
    pub check_sequoia_what_html: &'static str,
    /// Row.
    pub check_bain: &'static str,
    /// Row.
    pub check_bain_what_html: &'static str,
    /// Row.
    pub check_jpmorgan: &'static str,
    /// Row.
    pub check_jpmorgan_what: &'static str,
    /// Heading.
    pub returns_title: &'static str,
    /// Under it.
    pub returns_intro_html: &'static str,
    /// The year table's summary and region name.
    pub year_table: &'static str,
    /// Heading.
    pub how_title: &'static str,
    /// How the model works.
    pub how_html: &'static str,
    /// The formulas, as preformatted text.
    pub formulas: &'static str,
    /// Circular spending, explained.
    pub circular_html: &'static str,
    /// The sources table's caption.
    pub sources_caption: &'static str,
    /// Column.
    pub assumption: &'static str,
    /// Column.
    pub default_value: &'static str,
    /// Column.
    pub source_column: &'static str,
    /// The embed's link to the full page.
    pub full_link: &'static str,
    /// Footer.
    pub footer: &'static str,
    /// Embed dialog heading.
    pub embed_title: &'static str,
    /// Opened from a file.
    pub embed_local_html: &'static str,
    /// Under the heading.
    pub embed_intro: &'static str,
    /// Fieldset.
    pub embed_sliders: &'static str,
    /// Fieldset.
    pub embed_charts: &'static str,
    /// Select label.
    pub theme: &'static str,
    /// Option.
    pub theme_auto: &'static str,
    /// Option.
    pub theme_light: &'static str,
    /// Option.
    pub theme_dark: &'static str,
    /// The widget's language in the dialog.
    pub embed_language: &'static str,
    /// Snippet label.
    pub embed_script: &'static str,
    /// Snippet label.
    pub embed_iframe: &'static str,
    /// Button.
    pub copy: &'static str,
    /// Spoken.
    pub copy_script_label: &'static str,
    /// Spoken.
    pub copy_iframe_label: &'static str,
    /// Copy status.
    pub copied: &'static str,
    /// Copy fallback.
    pub copy_select: &'static str,
    /// While measuring.
    pub measuring: &'static str,
    /// Button.
    pub close: &'static str,
    /// The embed iframe's title, and the widget's title line.
    pub widget_title: &'static str,
    /// The widget's credit line.
    pub credit: &'static str,
    /// The sources table's column of the current scenario's values.
    pub scenario_column: &'static str,
    /// The heading of the printed scenario.
    pub print_scenario: &'static str,
    /// An exported chart's first footer line when every input is at its default.
    pub export_default: &'static str,
    /// An exported chart's source line: `{link}`, `{date}`.
    pub export_source: &'static str,
    /// Where a sandboxing host blocks downloads and new windows (before the link).
    pub blocked_here: &'static str,
    /// Reading the charts.
    #[serde(flatten)]
    pub reading: super::reading::Reading,
}
