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
        values: &[("capex", 300.0)],
    },
    Preset {
        id: "sequoia-2023",
        name: "Sequoia, September 2023",
        source: "David Cahn, \"AI's $200B Question\" (Sequoia Capital, September 2023).",
        link: "https://www.sequoiacap.com/article/follow-the-gpus-perspective/",
        values: &[("capex", 100.0)],
    },
    Preset {
        id: "bain-2030",
        name: "Bain 2030",
        source: "Bain & Company, Technology Report 2025: $500B of yearly capex needs \
                 $2T of yearly revenue at a sustainable capex-to-revenue ratio.",
        link: "https://www.bain.com/insights/topics/technology-report/",
        values: &[("capex", 500.0), ("capex_ratio", 25.0)],
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
        name: "Microsoft's pace",
        source: "Microsoft's quarterly capex, mostly AI, grew about 66% year on year \
                 (earnings of January 2026).",
        link: "https://www.microsoft.com/en-us/investor",
        values: &[("capex_growth", 66.0)],
    },
    Preset {
        id: "funding-squeeze",
        name: "Funding squeeze",
        source: "A stress test: investor money for AI companies halves every year.",
        link: "",
        values: &[("funding_growth", -50.0)],
    },
];

/// The preset with id `id`.
pub fn preset(id: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|p| p.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{param, Inputs};

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
}
