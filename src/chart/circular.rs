//! TODO(helper): the `circular` chart.

use super::{ChartError, Style};
use crate::model::{Inputs, Projection};
use plotters::coord::Shift;
use plotters::prelude::*;

pub(super) fn draw<DB: DrawingBackend>(
    _root: &DrawingArea<DB, Shift>,
    _inputs: &Inputs,
    _projection: &Projection,
    _style: &Style,
) -> Result<(), ChartError>
where
    DB::ErrorType: 'static,
{
    Ok(())
}
