//! The page's texts for reading the charts (readouts, the comparison, undo, the phone's
//! chart tabs): part of [`super::Page`], flattened into it for the page.

use serde::Serialize;

/// Texts for reading the charts.
#[derive(Debug, Serialize)]
pub struct Reading {
    /// A year chart's readout before anything is picked.
    pub readout_hint: &'static str,
    /// The flow chart's readout before a flow is picked.
    pub readout_hint_flow: &'static str,
    /// The tornado's readout before a bar is picked.
    pub readout_hint_bar: &'static str,
    /// The comparison menu's label.
    pub compare: &'static str,
    /// Comparison with the scenario the page opened with.
    pub compare_start: &'static str,
    /// No comparison.
    pub compare_none: &'static str,
    /// The opening scenario's name in a chart's legend.
    pub started: &'static str,
    /// After a figure's change, for screen readers: `{name}` is the comparison's.
    pub delta_context: &'static str,
    /// Button.
    pub undo: &'static str,
    /// Button.
    pub redo: &'static str,
    /// The phone's chart tabs, spoken.
    pub chart_tabs: &'static str,
    /// The formulas block, spoken.
    pub formulas_label: &'static str,
}
