//! TODO(helper): the `cash` chart.

use super::{ChartError, Style};
use crate::model::Projection;
use plotters::coord::Shift;
use plotters::prelude::*;

pub(super) fn draw<DB: DrawingBackend>(
    _root: &DrawingArea<DB, Shift>,
    _projection: &Projection,
    _style: &Style,
) -> Result<(), ChartError>
where
    DB::ErrorType: 'static,
{
    Ok(())
}
