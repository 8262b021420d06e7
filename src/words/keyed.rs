//! Tables with one text per key (an input, a preset, a figure, a column, a chart): a
//! struct with a field per key, so a key missing from a language is a compile error, and
//! `get(key)` to reach a field by the key the rest of the crate uses.

use serde::Serialize;

macro_rules! keyed {
    ($(#[$meta:meta])* $name:ident<$t:ty> { $($field:ident),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, Serialize)]
        pub struct $name {
            $( #[allow(missing_docs)] pub $field: $t, )*
        }

        impl $name {
            /// The keys, in the order of the fields (`-` in an id reads as `_`).
            pub const KEYS: &'static [&'static str] = &[$(stringify!($field)),*];

            /// The text of `key` (a preset id's `-` matches a field's `_`).
            pub fn get(&self, key: &str) -> Option<&$t> {
                let fields = [$( &self.$field ),*];
                Self::KEYS.iter().position(|field| same_key(key, field)).and_then(|i| fields.get(i).copied())
            }
        }
    };
}

/// Whether `key` names `field` (a preset id's `-` matches a field's `_`). One function for
/// every table's `get`: a comparison unrolled per field cost 9 KB of wasm.
fn same_key(key: &str, field: &str) -> bool {
    key.len() == field.len()
        && key
            .bytes()
            .zip(field.bytes())
            .all(|(a, b)| a == b || (a == b'-' && b == b'_'))
}

/// One input's texts.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct ParamWords {
    /// Short label for a slider.
    pub label: &'static str,
    /// Unit as shown beside it, e.g. `$B/yr`, `十亿美元/年`.
    pub unit: &'static str,
    /// One-line explanation.
    pub help: &'static str,
    /// Where the default comes from ("" where it is plain assumption of the horizon).
    pub source: &'static str,
}

/// An input's texts, for the language tables.
pub(super) const fn param(
    label: &'static str,
    unit: &'static str,
    help: &'static str,
    source: &'static str,
) -> ParamWords {
    ParamWords {
        label,
        unit,
        help,
        source,
    }
}

/// A preset's texts, for the language tables.
pub(super) const fn preset(name: &'static str, source: &'static str) -> PresetWords {
    PresetWords { name, source }
}

/// One preset's texts.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct PresetWords {
    /// Name in the preset menu.
    pub name: &'static str,
    /// Where its numbers come from, in a sentence or two.
    pub source: &'static str,
}

keyed! {
    /// The inputs' texts, by input key (the model's `PARAMS`).
    Params<ParamWords> {
        start, years, capex, capex_growth, history_growth, life, short_share,
        building_life, wacc, energy, opex, revenue, revenue_growth, margin, funding,
        funding_growth, vendor_share, compute_share, captive_share, capex_ratio, shock,
        spread,
    }
}

keyed! {
    /// The control groups' titles, by group id.
    Groups<&'static str> { buildout, costs, revenue, circular, checks, uncertainty }
}

keyed! {
    /// The presets' texts, by preset id.
    Presets<PresetWords> {
        consensus_2026, sequoia_2024, sequoia_2023, bain_2030, jpmorgan_2025, short_life,
        microsoft_pace, funding_squeeze,
    }
}

keyed! {
    /// The headline figures' labels, by summary key.
    Figures<&'static str> {
        required_revenue, revenue, gap, coverage, break_even_year, growth_needed,
        organic_share, round_trip_share, npv, npv_with_funding, irr, mirr, payback_year,
        payback_year_with_funding, terminal_value, shock_drop, p_break_even, p_payback,
        p_npv_positive,
    }
}

keyed! {
    /// The year table's column titles on the page.
    Columns<&'static str> {
        year, capex, installed_base, short_lived_base, long_lived_base, fleet_cost,
        required_revenue, revenue, gap, coverage, compute_from_funding, round_trip,
        cash_flow,
    }
}

keyed! {
    /// The CSV header, by column (the CLI's year keys), with units.
    CsvColumns<&'static str> {
        year, capex, installed_base, short_lived_base, long_lived_base, depreciation,
        capital_return, energy, opex, fleet_cost, required_revenue, revenue, gap, coverage,
        compute_from_customers, compute_from_funding, round_trip, cash_flow,
        cash_flow_with_funding, scenario,
    }
}

keyed! {
    /// One text per chart, by chart id.
    ChartTexts<&'static str> { gap, costs, circular, cash, tornado }
}
