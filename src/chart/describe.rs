//! TODO(helper): text summaries of the charts for screen readers.

use super::ChartId;
use crate::model::{Inputs, Projection};

/// A plain-language summary of what `chart` shows, for screen readers and no-JS readers.
pub fn describe(chart: ChartId, _inputs: &Inputs, _projection: &Projection) -> String {
    chart.title().to_string()
}
