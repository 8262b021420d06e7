//! Named scenarios from published analyses; their names and sources are in
//! [`crate::words`], by id.

use serde::Serialize;

/// A named scenario: the defaults with some inputs changed.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Preset {
    /// Id used in the scenario text (`preset=ID`). Never renamed: old links use it.
    pub id: &'static str,
    /// Link to the source; empty where the preset is an assumption with no single source.
    pub link: &'static str,
    /// The inputs that differ from the defaults, as `(key, value)`.
    pub values: &'static [(&'static str, f64)],
}

/// Every preset, in menu order. The first is the defaults.
pub const PRESETS: &[Preset] = &[
    Preset {
        id: "consensus-2026",
        link: "",
        values: &[],
    },
    Preset {
        id: "sequoia-2024",
        link: "https://www.sequoiacap.com/article/ais-600b-question/",
        values: &[("start", 2024.0), ("capex", 300.0)],
    },
    Preset {
        id: "sequoia-2023",
        link: "https://www.sequoiacap.com/article/follow-the-gpus-perspective/",
        values: &[("start", 2023.0), ("capex", 100.0)],
    },
    Preset {
        id: "bain-2030",
        link: "https://www.bain.com/insights/topics/technology-report/",
        values: &[
            ("start", 2030.0),
            ("capex", 500.0),
            ("revenue", 1200.0),
            ("capex_ratio", 25.0),
        ],
    },
    Preset {
        id: "jpmorgan-2025",
        link: "",
        values: &[
            ("start", 2025.0),
            ("years", 6.0),
            ("capex", 650.0),
            ("capex_growth", 20.0),
        ],
    },
    Preset {
        id: "short-life",
        link: "",
        values: &[("life", 3.0)],
    },
    Preset {
        id: "microsoft-pace",
        link: "https://www.microsoft.com/en-us/investor",
        values: &[("years", 5.0), ("capex_growth", 66.0)],
    },
    Preset {
        id: "funding-squeeze",
        link: "",
        values: &[("funding", 100.0), ("funding_growth", -50.0)],
    },
];

/// The presets as version 1 had them, by id: what `preset=ID` means in a version 1 text.
const PRESETS_V1: &[(&str, &[(&str, f64)])] = &[
    ("consensus-2026", &[]),
    ("sequoia-2024", &[("capex", 300.0)]),
    ("sequoia-2023", &[("capex", 100.0)]),
    ("bain-2030", &[("capex", 500.0), ("capex_ratio", 25.0)]),
    ("short-life", &[("life", 3.0)]),
    ("microsoft-pace", &[("capex_growth", 66.0)]),
    ("funding-squeeze", &[("funding_growth", -50.0)]),
];

/// The values preset `id` had in version 1, for version 1 texts.
pub(super) fn preset_v1(id: &str) -> Option<&'static [(&'static str, f64)]> {
    PRESETS_V1
        .iter()
        .find(|(key, _)| *key == id)
        .map(|(_, values)| *values)
}

/// The preset with id `id`.
pub fn preset(id: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|p| p.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{evaluate, param, Inputs};

    #[test]
    fn every_preset_value_is_a_known_in_range_key() {
        for p in PRESETS {
            let mut inputs = Inputs::default();
            for (key, value) in p.values {
                let spec = param(key).unwrap_or_else(|| panic!("{}: {key}", p.id));
                assert!(spec.min <= *value && *value <= spec.max, "{}: {key}", p.id);
                if let Some(slot) = inputs.get_mut(key) {
                    *slot = *value;
                }
            }
            assert_eq!(inputs.validate(), Ok(()), "{}", p.id);
            for lang in crate::words::Lang::ALL {
                let words = lang.words().presets.get(p.id);
                assert!(words.is_some_and(|w| !w.source.is_empty()), "{}", p.id);
            }
        }
    }

    /// The preset's inputs, as `preset=ID` means them.
    fn inputs_of(p: &Preset) -> Inputs {
        let mut inputs = Inputs::default();
        crate::scenario::apply_preset(&mut inputs, p);
        inputs
    }

    #[test]
    fn no_preset_drives_capex_past_5000_within_its_horizon() {
        for p in PRESETS {
            let projection = evaluate(&inputs_of(p)).expect("presets are valid");
            let peak = projection.years.iter().map(|y| y.capex).fold(0.0, f64::max);
            assert!(peak <= 5000.0, "{}: capex reaches {peak}", p.id);
        }
    }

    #[test]
    // The same inputs give bit-identical figures: equality is what is tested.
    #[allow(clippy::float_cmp)]
    fn each_preset_differs_from_the_defaults_in_a_figure_on_the_page() {
        let defaults = evaluate(&Inputs::default())
            .expect("defaults are valid")
            .summary;
        for p in PRESETS.iter().skip(1) {
            let s = evaluate(&inputs_of(p)).expect("presets are valid").summary;
            let same = s.required_revenue == defaults.required_revenue
                && s.revenue == defaults.revenue
                && s.gap == defaults.gap
                && s.break_even_year == defaults.break_even_year
                && s.round_trip_share == defaults.round_trip_share
                && s.npv == defaults.npv
                && s.npv_with_funding == defaults.npv_with_funding
                && s.perpetuity_required == defaults.perpetuity_required;
            assert!(!same, "{} equals the defaults in every figure", p.id);
        }
    }

    #[test]
    fn jpmorgan_preset_reproduces_its_650_billion_within_3_percent() {
        let p = preset("jpmorgan-2025").expect("the JPMorgan preset");
        let s = evaluate(&inputs_of(p)).expect("presets are valid").summary;
        let invested: f64 = s.perpetuity_required / 0.10;
        assert!((invested - 6450.0).abs() < 10.0, "invested {invested}");
        assert!(
            (s.perpetuity_required - 650.0).abs() <= 0.03 * 650.0,
            "perpetuity_required {}",
            s.perpetuity_required
        );
    }
}
