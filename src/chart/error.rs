//! Why a chart could not be drawn, and the smallest area one is drawn into: a leaf that
//! every chart module imports, so none of them imports from the chart module's root.

use plotters::prelude::DrawingAreaErrorKind;
use std::fmt;

/// Why a chart could not be drawn.
#[derive(Debug, Clone, PartialEq)]
pub enum ChartError {
    /// The chart id is not one of [`crate::scenario::ChartId::ALL`].
    UnknownChart(String),
    /// The drawing backend failed (for a canvas: the context was lost or unavailable).
    Backend(String),
    /// The drawing area is too small to hold the chart (under 40 x 40 pixels).
    TooSmall {
        /// Width in pixels.
        width: u32,
        /// Height in pixels.
        height: u32,
    },
}

impl fmt::Display for ChartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ChartError::UnknownChart(id) => write!(f, "unknown chart \"{id}\""),
            ChartError::Backend(e) => write!(f, "drawing failed: {e}"),
            ChartError::TooSmall { width, height } => {
                write!(f, "a {width}x{height} area is too small for a chart")
            }
        }
    }
}

impl std::error::Error for ChartError {}

impl<E: std::error::Error + Send + Sync> From<DrawingAreaErrorKind<E>> for ChartError {
    fn from(e: DrawingAreaErrorKind<E>) -> Self {
        ChartError::Backend(e.to_string())
    }
}

/// Smallest drawing area, in pixels per side, that a chart is drawn into.
pub const MIN_SIDE: u32 = 40;
