//! The footer of an exported chart: the scenario in words, its source, link and date.

use crate::format;
use crate::model::{Inputs, PARAMS};
use crate::words::{fill, Lang};

/// The footer of an exported chart, in `lang`: the scenario's inputs that differ from the
/// defaults, in words ("AI capex $650B per year · Chip and server life 3 years"), then
/// the source with `link` and `date`.
pub fn export_footer(inputs: &Inputs, lang: Lang, link: &str, date: &str) -> Vec<String> {
    let words = lang.words();
    let defaults = Inputs::default();
    let changed: Vec<String> = PARAMS
        .iter()
        .filter_map(|spec| {
            let value = inputs.get(spec.key)?;
            if defaults.get(spec.key) == Some(value) {
                return None;
            }
            let label = words.params.get(spec.key)?.label;
            Some(format!(
                "{label} {}",
                format::input_value(lang, spec, value)
            ))
        })
        .collect();
    let scenario = if changed.is_empty() {
        words.page.export_default.to_string()
    } else {
        changed.join(" · ")
    };
    let source = fill(words.page.export_source, &[("link", link), ("date", date)]);
    vec![scenario, source]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_export_says_its_scenario_link_and_date() {
        let inputs = crate::scenario::parse("v=2&capex=650&life=3")
            .scenario
            .inputs;
        let lines = export_footer(
            &inputs,
            Lang::En,
            "https://x/#v=2&capex=650&life=3",
            "2026-11-22",
        );
        assert_eq!(
            lines[0],
            "AI capex $650B per year · Chip and server life 3 years"
        );
        assert!(
            lines[1].contains("https://x/#v=2&capex=650&life=3")
                && lines[1].ends_with("2026-11-22")
        );
        let plain = export_footer(&Inputs::default(), Lang::ZhHans, "l", "d");
        assert_eq!(plain[0], Lang::ZhHans.words().page.export_default);
    }
}
