//! A slider's track as the page builds it: positions of the input's slider scale
//! ([`crate::model::Slider`]).

use crate::model::{ParamSpec, Slider};
use serde::Serialize;

/// A slider's track in positions: the range element's `min`, `max` and `step`; `stretched`
/// is its `max` while a value beyond the track's end is set (a linear track only).
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Track {
    /// First position.
    pub min: f64,
    /// Last position.
    pub max: f64,
    /// Last position while a value beyond `max` is set.
    pub stretched: f64,
    /// Position step.
    pub step: f64,
}

impl Track {
    /// The track of `spec`'s slider.
    pub fn of(spec: &ParamSpec) -> Track {
        match Slider::of(spec) {
            Slider::Linear => Track {
                min: spec.min,
                max: spec.slider_max,
                stretched: spec.max,
                step: spec.step,
            },
            Slider::Knots { knots } => {
                let last = knots.last().map_or(0.0, |k| k.position);
                Track {
                    min: 0.0,
                    max: last,
                    stretched: last,
                    step: 1.0,
                }
            }
        }
    }
}
