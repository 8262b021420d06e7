//! What a chart shows, beyond its scenario: the ranges, a comparison, the reader's pick.

use super::pick::Pick;
use crate::model::uncertainty::YearBands;
use crate::model::{Inputs, Projection};

/// What a chart shows: the scenario (its inputs and projection), the uncertainty bands
/// behind the gap and cash charts' lines, a baseline scenario drawn faintly behind them,
/// and what the reader points at.
#[derive(Clone, Copy)]
pub struct Scene<'a> {
    /// The scenario's inputs.
    pub inputs: &'a Inputs,
    /// Its projection, made from `inputs`.
    pub projection: &'a Projection,
    /// The ranges of a run of draws for `inputs`, if any.
    pub bands: Option<&'a [YearBands]>,
    /// The scenario to compare with, drawn faintly behind the gap and cash charts.
    pub baseline: Option<Baseline<'a>>,
    /// The year, flow or bar the reader points at, marked on the chart.
    pub pick: Option<Pick>,
}

/// A scenario to compare with: its projection and its name for the legend ("where you
/// started", a preset's name).
#[derive(Clone, Copy)]
pub struct Baseline<'a> {
    /// Its projection.
    pub projection: &'a Projection,
    /// Its name.
    pub name: &'a str,
}

impl<'a> Scene<'a> {
    /// The scenario alone: no bands, no baseline, nothing picked.
    pub fn new(inputs: &'a Inputs, projection: &'a Projection) -> Scene<'a> {
        Scene {
            inputs,
            projection,
            bands: None,
            baseline: None,
            pick: None,
        }
    }
}
