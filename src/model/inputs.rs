//! The model's inputs: their keys, units, defaults and ranges (DESIGN.md, "Inputs"),
//! and validation at construction.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The group a parameter is shown in on the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    /// Horizon and the build-out itself.
    Buildout,
    /// What the installed base costs to run and finance.
    Costs,
    /// What end customers pay.
    Revenue,
    /// Investor money and how much of it comes back to the vendors.
    Circular,
    /// Published rules of thumb and the funding-shock test.
    Checks,
    /// How wide the uncertainty ranges are.
    Uncertainty,
}

/// One model input as the scenario text, the CLI and the page see it.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct ParamSpec {
    /// The key in the scenario text, e.g. `capex`.
    pub key: &'static str,
    /// The unit of the scenario text's value: `$B/yr`, `%/yr`, `%`, `years` or `year`
    /// (its words, label, help and source are in [`crate::words`], by key).
    pub unit: &'static str,
    /// Default value, in the unit above.
    pub default: f64,
    /// Lowest accepted value.
    pub min: f64,
    /// Highest accepted value.
    pub max: f64,
    /// Top of the slider's track, where realistic values end (at most `max`). The number
    /// box takes the whole range, and the page stretches the slider to `max` when a value
    /// beyond this is set.
    pub slider_max: f64,
    /// Slider step.
    pub step: f64,
    /// Whether only whole numbers are meaningful (`start`, `years`, `life`).
    pub whole: bool,
    /// Page group.
    pub group: Group,
}

macro_rules! inputs {
    ($( $field:ident : $unit:literal, $default:literal, $min:literal, $max:literal,
        $slider_max:literal, $step:literal, $whole:literal, $group:ident, $doc:literal; )*) => {
        /// Every model input, in the units of the scenario text: money in $B/yr, rates and
        /// shares in percent, `start`, `years` and `life` whole numbers.
        ///
        /// Build one with [`Inputs::default`] or field by field, then call
        /// [`Inputs::validate`] (the model's [`crate::model::evaluate`] does so).
        #[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
        #[serde(default, deny_unknown_fields)]
        pub struct Inputs {
            $( #[doc = $doc] pub $field: f64, )*
        }

        impl Default for Inputs {
            fn default() -> Self {
                Inputs { $( $field: $default, )* }
            }
        }

        /// The specification of every input, in the order the page shows them.
        pub const PARAMS: &[ParamSpec] = &[
            $( ParamSpec { key: stringify!($field), unit: $unit, default: $default, min: $min, max: $max,
                slider_max: $slider_max, step: $step,
                whole: $whole, group: Group::$group }, )*
        ];

        impl Inputs {
            /// The value of the input named `key`, or `None` for an unknown key.
            pub fn get(&self, key: &str) -> Option<f64> {
                match key {
                    $( stringify!($field) => Some(self.$field), )*
                    _ => None,
                }
            }

            /// A mutable reference to the input named `key`, or `None` for an unknown key.
            pub fn get_mut(&mut self, key: &str) -> Option<&mut f64> {
                Self::field(key).map(|field| field(self))
            }

            /// The accessor of the input named `key`, or `None` for an unknown key: found
            /// once by name, then called without comparing names (the draws of
            /// [`crate::model::simulate`] set inputs 20,000 times a run).
            pub fn field(key: &str) -> Option<fn(&mut Inputs) -> &mut f64> {
                match key {
                    $( stringify!($field) => Some(|inputs: &mut Inputs| &mut inputs.$field), )*
                    _ => None,
                }
            }
        }
    };
}

inputs! {
    start: "year", 2026.0, 2000.0, 2100.0, 2100.0, 1.0, true, Buildout,
        "Calendar year of the first modelled year.";
    years: "years", 10.0, 1.0, 30.0, 30.0, 1.0, true, Buildout,
        "How many years the projection runs.";
    capex: "$B/yr", 500.0, 0.0, 5000.0, 3000.0, 5.0, false, Buildout,
        "AI data-centre capex in the first year: chips, buildings, networking.";
    capex_growth: "%/yr", 15.0, -50.0, 200.0, 100.0, 1.0, false, Buildout,
        "Yearly change of capex from the first year on.";
    history_growth: "%/yr", 30.0, 0.0, 200.0, 100.0, 1.0, false, Buildout,
        "Yearly growth of capex before the first year; sets the installed base.";
    life: "years", 5.0, 1.0, 10.0, 10.0, 1.0, true, Costs,
        "Useful life of chips, servers and networking: their depreciation period.";
    short_share: "%", 65.0, 0.0, 100.0, 100.0, 1.0, false, Costs,
        "Share of capex in short-lived assets (chips, servers, networking); the rest is buildings, power and cooling.";
    building_life: "years", 20.0, 5.0, 40.0, 40.0, 1.0, true, Costs,
        "Useful life of buildings, power and cooling: their depreciation period.";
    wacc: "%/yr", 10.0, 0.0, 30.0, 30.0, 0.5, false, Costs,
        "Return the capital must earn (hurdle rate).";
    energy: "$B/yr", 50.0, 0.0, 1000.0, 400.0, 1.0, false, Costs,
        "Energy cost of the installed base in the first year; scales with it.";
    opex: "%/yr", 3.0, 0.0, 50.0, 50.0, 0.5, false, Costs,
        "Staff, maintenance and network per year, as % of the installed base.";
    revenue: "$B/yr", 55.0, 0.0, 10000.0, 2000.0, 1.0, false, Revenue,
        "AI revenue from paying customers in the first year.";
    revenue_growth: "%/yr", 40.0, -50.0, 300.0, 150.0, 1.0, false, Revenue,
        "Yearly growth of that revenue.";
    margin: "%", 50.0, 0.0, 95.0, 95.0, 1.0, false, Revenue,
        "Share of AI companies' revenue NOT spent on compute.";
    funding: "$B/yr", 200.0, 0.0, 5000.0, 1000.0, 5.0, false, Circular,
        "Investor money raised by AI companies per year.";
    funding_growth: "%/yr", 0.0, -100.0, 200.0, 100.0, 1.0, false, Circular,
        "Yearly change of that funding.";
    vendor_share: "%", 30.0, 0.0, 100.0, 100.0, 1.0, false, Circular,
        "Share of that funding invested by cloud and chip vendors themselves.";
    compute_share: "%", 60.0, 0.0, 100.0, 100.0, 1.0, false, Circular,
        "Share of investor money AI companies spend on compute.";
    captive_share: "%", 80.0, 0.0, 100.0, 100.0, 1.0, false, Circular,
        "Share of vendor-invested compute spend that returns to that same vendor.";
    capex_ratio: "%", 25.0, 1.0, 100.0, 100.0, 1.0, false, Checks,
        "Sustainable capex-to-revenue ratio, for Bain's cross-check.";
    shock: "%", 50.0, 0.0, 100.0, 100.0, 1.0, false, Checks,
        "Size of a funding squeeze to test.";
    spread: "%", 100.0, 0.0, 300.0, 300.0, 5.0, false, Uncertainty,
        "Width of every uncertainty range, in % of its default width; 0 turns the ranges off.";
}

/// The specification of the input named `key`.
pub fn param(key: &str) -> Option<&'static ParamSpec> {
    PARAMS.iter().find(|p| p.key == key)
}

/// Why a set of [`Inputs`] was rejected.
#[derive(Debug, Clone, PartialEq)]
pub enum InputError {
    /// The value is NaN or infinite. Such values never reach the model.
    NotFinite {
        /// The input's key.
        key: &'static str,
    },
    /// The value lies outside the input's documented range.
    OutOfRange {
        /// The input's key.
        key: &'static str,
        /// The rejected value.
        value: f64,
        /// Lowest accepted value.
        min: f64,
        /// Highest accepted value.
        max: f64,
    },
    /// `start`, `years`, `life` or `building_life` is not a whole number.
    NotWhole {
        /// The input's key.
        key: &'static str,
        /// The rejected value.
        value: f64,
    },
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::NotFinite { key } => write!(f, "{key} must be a finite number"),
            InputError::OutOfRange {
                key,
                value,
                min,
                max,
            } => write!(f, "{key} = {value} is outside {min} to {max}"),
            InputError::NotWhole { key, value } => {
                write!(f, "{key} = {value} must be a whole number")
            }
        }
    }
}

impl std::error::Error for InputError {}

impl Inputs {
    /// Checks every input: finite, within its range, whole where it must be.
    ///
    /// # Errors
    /// The first failing input, as an [`InputError`].
    pub fn validate(&self) -> Result<(), InputError> {
        for p in PARAMS {
            let value = self.get(p.key).unwrap_or(f64::NAN);
            if !value.is_finite() {
                return Err(InputError::NotFinite { key: p.key });
            }
            if value < p.min || value > p.max {
                return Err(InputError::OutOfRange {
                    key: p.key,
                    value,
                    min: p.min,
                    max: p.max,
                });
            }
            if p.whole && value.fract() != 0.0 {
                return Err(InputError::NotWhole { key: p.key, value });
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_valid_and_within_their_ranges() {
        assert_eq!(Inputs::default().validate(), Ok(()));
        for p in PARAMS {
            assert!(p.min <= p.default && p.default <= p.max, "{}", p.key);
            assert!(
                p.default <= p.slider_max && p.slider_max <= p.max,
                "{}",
                p.key
            );
            assert_eq!(Inputs::default().get(p.key), Some(p.default));
        }
        assert_eq!(PARAMS.len(), 22);
    }

    #[test]
    fn validation_names_the_bad_input() {
        let mut i = Inputs {
            capex: f64::NAN,
            ..Inputs::default()
        };
        assert_eq!(i.validate(), Err(InputError::NotFinite { key: "capex" }));
        i.capex = -1.0;
        assert!(matches!(
            i.validate(),
            Err(InputError::OutOfRange { key: "capex", .. })
        ));
        i.capex = 500.0;
        i.life = 2.5;
        assert_eq!(
            i.validate(),
            Err(InputError::NotWhole {
                key: "life",
                value: 2.5
            })
        );
    }
}
