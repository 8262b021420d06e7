//! Slider scales: where on its track a slider puts each value.
//!
//! Money inputs span orders of magnitude (revenue 0 to 10,000 $B/yr, the 2026 value
//! $55B): on a linear track the realistic band is a few pixels wide. Those inputs get a
//! piecewise scale of whole track positions instead: knots of (position, value), linear
//! between them, with most of the track for the realistic band and its own step in each
//! part. Every other input's track is linear in its own units (position = value).
//!
//! ```text
//! value(p)    = v_i + (p - p_i) / (p_{i+1} - p_i) * (v_{i+1} - v_i),  p_i <= p <= p_{i+1},
//!               rounded to the step of knot i (so one position is one step or more)
//! position(v) = the same line read backwards, rounded to a whole position
//! ```
//!
//! One position is at least one step of its part, so a keyboard's or a screen reader's
//! increment always changes the value, by one step in the realistic band.

use super::inputs::ParamSpec;
use serde::Serialize;

/// A knot of a piecewise scale: at track `position` the value is `value`; from here to
/// the next knot values are rounded to `step`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Knot {
    /// Whole track position.
    pub position: f64,
    /// Value at that position, in the input's units.
    pub value: f64,
    /// Rounding of the values between this knot and the next.
    pub step: f64,
}

const fn knot(position: f64, value: f64, step: f64) -> Knot {
    Knot {
        position,
        value,
        step,
    }
}

/// The piecewise scales, by input key. Half the track or more for the realistic band of
/// the first year (DESIGN.md's defaults and presets); the last stretch to the input's
/// maximum, which the number box also reaches.
const SCALES: &[(&str, &[Knot])] = &[
    // $500B default; presets 400-650; 0-1,000 on two thirds of the track in $5 steps.
    (
        "capex",
        &[
            knot(0.0, 0.0, 5.0),
            knot(200.0, 1000.0, 25.0),
            knot(280.0, 3000.0, 100.0),
            knot(300.0, 5000.0, 100.0),
        ],
    ),
    // $50B default; 0-100 on more than half of the track in $1 steps.
    (
        "energy",
        &[
            knot(0.0, 0.0, 1.0),
            knot(100.0, 100.0, 5.0),
            knot(160.0, 400.0, 25.0),
            knot(184.0, 1000.0, 25.0),
        ],
    ),
    // $55B default; 0-100 on half of the track in $1 steps (about $0.8B per pixel on a
    // phone), 100-400 in $5 steps, then to $10T.
    (
        "revenue",
        &[
            knot(0.0, 0.0, 1.0),
            knot(100.0, 100.0, 5.0),
            knot(160.0, 400.0, 25.0),
            knot(184.0, 1000.0, 500.0),
            knot(200.0, 10000.0, 500.0),
        ],
    ),
    // $200B default; 0-400 on 60% of the track in $5 steps.
    (
        "funding",
        &[
            knot(0.0, 0.0, 5.0),
            knot(80.0, 400.0, 10.0),
            knot(120.0, 1000.0, 250.0),
            knot(130.0, 5000.0, 250.0),
        ],
    ),
];

/// How a slider's track maps to the values of one input.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Slider {
    /// Position = value, on a track from `min` to `slider_max` in `step`s (stretched to
    /// `max` while a larger value is set).
    Linear,
    /// Whole positions from 0 to the last knot's, mapped by the knots.
    Knots {
        /// The knots, in increasing position and value.
        knots: &'static [Knot],
    },
}

impl Slider {
    /// The scale of `spec`'s slider.
    pub fn of(spec: &ParamSpec) -> Slider {
        match SCALES.iter().find(|(key, _)| *key == spec.key) {
            Some((_, knots)) => Slider::Knots { knots },
            None => Slider::Linear,
        }
    }

    /// The value at track `position`, within `spec`'s range (a position off the track is
    /// taken as its nearer end; NaN as the start).
    pub fn value(&self, spec: &ParamSpec, position: f64) -> f64 {
        let position = if position.is_nan() { 0.0 } else { position };
        match self {
            Slider::Linear => position.clamp(spec.min, spec.max),
            Slider::Knots { knots } => {
                let (first, last) = (knots[0], knots[knots.len() - 1]);
                let p = position.round().clamp(first.position, last.position);
                let Some(pair) = knots
                    .windows(2)
                    .find(|w| p <= w[1].position && w[1].position > w[0].position)
                else {
                    return last.value;
                };
                let (a, b) = (pair[0], pair[1]);
                let f = (p - a.position) / (b.position - a.position);
                let v = a.value + f * (b.value - a.value);
                ((v / a.step).round() * a.step).clamp(spec.min, spec.max)
            }
        }
    }

    /// The track position of `value` (whole for a knot scale).
    pub fn position(&self, spec: &ParamSpec, value: f64) -> f64 {
        let value = if value.is_nan() { spec.default } else { value };
        match self {
            Slider::Linear => value.clamp(spec.min, spec.max),
            Slider::Knots { knots } => {
                let (first, last) = (knots[0], knots[knots.len() - 1]);
                let v = value.clamp(first.value, last.value);
                let Some(pair) = knots
                    .windows(2)
                    .find(|w| v <= w[1].value && w[1].value > w[0].value)
                else {
                    return last.position;
                };
                let (a, b) = (pair[0], pair[1]);
                let f = (v - a.value) / (b.value - a.value);
                (a.position + f * (b.position - a.position)).round()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::float_cmp)] // exact: whole positions, knot values and rounded steps
    use super::*;
    use crate::model::{param, PARAMS};

    #[test]
    fn knot_scales_are_increasing_cover_the_range_and_step_at_least_once_per_position() {
        for (key, knots) in SCALES {
            let spec = param(key).expect("a known input");
            assert_eq!(knots[0].position, 0.0, "{key}");
            assert_eq!(knots[0].value, spec.min, "{key}");
            assert_eq!(knots[knots.len() - 1].value, spec.max, "{key}");
            for w in knots.windows(2) {
                assert!(
                    w[1].position > w[0].position && w[1].value > w[0].value,
                    "{key}"
                );
                let per_position = (w[1].value - w[0].value) / (w[1].position - w[0].position);
                assert!(
                    per_position >= w[0].step,
                    "{key}: a position is a step or more"
                );
            }
            // The default sits in the realistic band: in the first half of the track.
            let s = Slider::of(spec);
            let last = knots[knots.len() - 1].position;
            assert!(s.position(spec, spec.default) <= last * 0.5, "{key}");
        }
    }

    #[test]
    fn every_position_round_trips_and_every_step_moves_the_value() {
        for spec in PARAMS {
            let s = Slider::of(spec);
            let Slider::Knots { knots } = s else {
                assert_eq!(s.value(spec, 12.5), 12.5_f64.clamp(spec.min, spec.max));
                continue;
            };
            let last = knots[knots.len() - 1].position as i32;
            let mut previous = f64::NEG_INFINITY;
            for p in 0..=last {
                let v = s.value(spec, f64::from(p));
                assert!(v > previous, "{}: position {p} moves the value", spec.key);
                assert_eq!(s.position(spec, v), f64::from(p), "{} at {p}", spec.key);
                previous = v;
            }
            assert_eq!(s.value(spec, -5.0), spec.min);
            assert_eq!(s.value(spec, 1e9), spec.max);
            assert_eq!(s.value(spec, f64::NAN), spec.min);
            assert_eq!(s.position(spec, f64::INFINITY), f64::from(last));
        }
    }

    /// The revenue track near its $55B default, as a 390 px phone shows it (a track
    /// about 244 px wide for 200 positions): a 30 px drag is about $25B.
    #[test]
    fn revenue_moves_about_a_dollar_billion_per_phone_pixel_near_its_default() {
        let spec = param("revenue").expect("revenue");
        let s = Slider::of(spec);
        let per_px = 200.0 / 244.0;
        let from = s.position(spec, 55.0);
        let to = s.value(spec, from + 30.0 * per_px);
        assert!((to - 80.0).abs() <= 2.0, "55 + 30 px = {to}");
        assert_eq!(s.value(spec, s.position(spec, 55.0)), 55.0);
    }
}
