//! Named scenarios from published analyses, each with its source shown to users.

use serde::Serialize;

/// A named scenario: the defaults with some inputs changed.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Preset {
    /// Id used in the scenario text (`preset=ID`). Never renamed: old links use it.
    pub id: &'static str,
    /// Name shown in the preset menu.
    pub name: &'static str,
    /// Where the numbers come from, in a sentence.
    pub source: &'static str,
    /// Link to the source; empty where the preset is an assumption with no single source.
    pub link: &'static str,
    /// The inputs that differ from the defaults, as `(key, value)`.
    pub values: &'static [(&'static str, f64)],
}

/// Every preset, in menu order. The first is the defaults.
pub const PRESETS: &[Preset] = &[
    Preset {
        id: "consensus-2026",
        name: "2026 consensus",
        source: "The defaults: ~$500B of AI data-centre capex a year, ~$55B of AI revenue, \
                 >$50B a year of energy, as reported across 2025-26 coverage of the build-out.",
        link: "",
        values: &[],
    },
    Preset {
        id: "sequoia-2024",
        name: "Sequoia, June 2024",
        source: "David Cahn, \"AI's $600B Question\" (Sequoia Capital, June 2024): \
                 GPU run-rate doubled for the data centre and again for a 50% margin.",
        link: "https://www.sequoiacap.com/article/ais-600b-question/",
        values: &[("start", 2024.0), ("capex", 300.0)],
    },
    Preset {
        id: "sequoia-2023",
        name: "Sequoia, September 2023",
        source: "David Cahn, \"AI's $200B Question\" (Sequoia Capital, September 2023).",
        link: "https://www.sequoiacap.com/article/follow-the-gpus-perspective/",
        values: &[("start", 2023.0), ("capex", 100.0)],
    },
    Preset {
        id: "bain-2030",
        name: "Bain, 2030",
        source: "Bain & Company, Technology Report 2025: by 2030, about $500B of yearly \
                 capex needs about $2T of yearly revenue at a sustainable capex-to-revenue \
                 ratio, and even with AI's savings the world falls about $800B short of it \
                 (so about $1.2T of revenue, the preset's first year).",
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
        name: "JPMorgan, Nov 2025",
        source: "JPMorgan (November 2025): a 10% return on the AI build-out through 2030 \
                 needs about $650B of annual revenue in perpetuity. Capex from $650B in 2025, \
                 growing 20% a year, invests about $6.45T over 2025-2030.",
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
        name: "Short chip life",
        source: "Critics of hyperscalers' 5-6 year depreciation argue that AI accelerators \
                 are economically obsolete in 2-3 years.",
        link: "",
        values: &[("life", 3.0)],
    },
    Preset {
        id: "microsoft-pace",
        name: "Microsoft's pace, to 2030",
        source: "Microsoft's quarterly capex, mostly AI, grew about 66% year on year \
                 (earnings of January 2026). Kept up for five years, 2026-2030, that takes \
                 industry capex from $500B to about $3.8T a year.",
        link: "https://www.microsoft.com/en-us/investor",
        values: &[("years", 5.0), ("capex_growth", 66.0)],
    },
    Preset {
        id: "funding-squeeze",
        name: "Funding squeeze",
        source: "A stress test: investor money for AI companies halves at once, to $100B \
                 a year, and halves again every year after.",
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
            assert!(!p.source.is_empty());
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
