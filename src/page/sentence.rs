//! The headline sentence and the phone's summary bar: the page's plain-language reading
//! of the numbers, shared with the no-JavaScript fallback.

use crate::format::{money, percent};
use crate::model::{Inputs, Projection, Summary};
use crate::words::{fill, Lang};

/// `template` filled with `values`.
fn say(template: &str, values: &[(&str, String)]) -> String {
    let refs: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
    fill(template, &refs)
}

/// The plain-language headline: what is needed, what is earned, how far along.
///
/// ```text
/// [fleet cost > 0]  "To earn WACC on the build-out, AI needs REQUIRED a year of revenue in
///                    FIRST; it makes REVENUE: COVERAGE of the way." (or "more than enough")
/// [fleet cost = 0]  "... the fleet costs nothing to run, so it needs no revenue; ..."
/// then one of: covered from the first year (and whether it stays covered), catches up in
/// BREAK_EVEN (and whether it falls behind again), or the growth needed to catch up;
/// then the round-trip share when anybody pays for compute.
/// ```
pub fn headline(inputs: &Inputs, projection: &Projection, lang: Lang) -> String {
    let words = lang.words();
    let w = &words.sentence;
    let (m, pct) = (|v| money(lang, v), |v| percent(lang, Some(v)));
    let s = &projection.summary;
    let (Some(first), Some(last)) = (projection.years.first(), projection.years.last()) else {
        return String::new();
    };
    let mut parts = Vec::new();
    match s.coverage {
        None => parts.push(say(w.free, &[("revenue", m(s.revenue))])),
        Some(coverage) => {
            let along = if coverage >= 1.0 {
                w.more_than_enough.to_string()
            } else {
                say(w.of_the_way, &[("coverage", pct(coverage))])
            };
            parts.push(say(
                w.needs,
                &[
                    ("wacc", pct(inputs.wacc / 100.0)),
                    ("required", m(s.required_revenue)),
                    ("year", first.year.to_string()),
                    ("revenue", m(s.revenue)),
                    ("along", along),
                ],
            ));
        }
    }
    let covered_at_end = last.revenue >= last.required_revenue;
    let last_year = ("year", last.year.to_string());
    if s.coverage.is_some() && s.break_even_year == Some(first.year) {
        parts.push(if covered_at_end {
            say(w.keeps_covering, &[last_year])
        } else {
            say(w.falls_behind, &[last_year])
        });
    } else if let Some(year) = s.break_even_year {
        let growth = ("growth", pct(inputs.revenue_growth / 100.0));
        let year = ("year", year.to_string());
        parts.push(if covered_at_end {
            say(w.catches_up, &[growth, year])
        } else {
            say(
                w.catches_up_then_behind,
                &[growth, year, ("last", last.year.to_string())],
            )
        });
    } else if let Some(growth) = s.growth_needed {
        parts.push(say(w.growth_needed, &[last_year, ("growth", pct(growth))]));
    }
    if let Some(share) = s.round_trip_share {
        parts.push(say(w.round_trip, &[("share", pct(share))]));
    }
    parts.join(words.numbers.sentence_gap)
}

/// The phone-width summary bar that stays in view while the reader moves sliders:
/// "Needs $1.03T · earns $55B (5.3%)".
pub fn ticker(projection: &Projection, lang: Lang) -> String {
    let w = &lang.words().sentence;
    let s = &projection.summary;
    let values = [
        ("required", money(lang, s.required_revenue)),
        ("revenue", money(lang, s.revenue)),
    ];
    match s.coverage {
        Some(c) => say(
            w.ticker_coverage,
            &[
                values[0].clone(),
                values[1].clone(),
                ("coverage", percent(lang, Some(c))),
            ],
        ),
        None => say(w.ticker, &values),
    }
}

/// Why the IRR is missing, in words, with the MIRR that stands in; "" when it is shown.
///
/// ```text
/// 0 sign changes   no rate makes the NPV zero
/// 1 sign change    the one root lies outside -99% .. 1,000% a year
/// n > 1 changes    the NPV can be zero at several rates, or none: no one return
/// ```
pub fn irr_note(summary: &Summary, lang: Lang) -> String {
    if summary.irr.is_some() {
        return String::new();
    }
    let w = &lang.words().sentence;
    let why = match summary.cash_flow_sign_changes {
        0 => w.irr_no_change.to_string(),
        1 => w.irr_outside.to_string(),
        n => say(w.irr_several, &[("n", n.to_string())]),
    };
    match summary.mirr {
        Some(m) => say(
            w.irr_mirr,
            &[("why", why), ("mirr", percent(lang, Some(m)))],
        ),
        None => why,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::evaluate;
    use crate::scenario::parse;

    fn both(text: &str) -> (String, String) {
        let inputs = parse(text).scenario.inputs;
        let p = evaluate(&inputs).expect("parsed inputs are valid");
        (headline(&inputs, &p, Lang::En), ticker(&p, Lang::En))
    }

    #[test]
    fn the_defaults_read_as_the_design_says() {
        let (sentence, ticker) = both("");
        assert_eq!(
            sentence,
            "To earn 10% on the build-out, AI needs $1.03T a year of revenue in 2026; it makes \
             $55B: 5.3% of the way. To catch up by 2035, revenue would have to grow 63% a \
             year. Of the money paying for AI compute, 20% is the vendors' own investment \
             coming back."
        );
        assert_eq!(ticker, "Needs $1.03T · earns $55B (5.3%)");
    }

    fn irr_note_en(summary: &Summary) -> String {
        irr_note(summary, Lang::En)
    }

    #[test]
    fn a_missing_irr_is_explained() {
        let summary = |text: &str| {
            let inputs = parse(text).scenario.inputs;
            evaluate(&inputs).expect("parsed inputs are valid").summary
        };
        assert_eq!(irr_note_en(&summary("v=2")), "");
        let two = irr_note_en(&summary("v=2&revenue=2000&revenue_growth=-30"));
        assert!(
            two.starts_with("No single IRR: the cash flows change sign 2 times"),
            "{two}"
        );
        assert!(two.ends_with("is -2.6%."), "{two}");
        let none = irr_note_en(&summary("v=2&capex=0&energy=0&opex=0"));
        assert!(
            none.starts_with("No IRR: the cash flows never change sign"),
            "{none}"
        );
    }

    #[test]
    fn each_ending_has_its_sentence() {
        assert!(both("revenue_growth=100")
            .0
            .contains("At 100% growth a year, revenue catches up in 2032."));
        assert!(both("revenue=5000&revenue_growth=-50")
            .0
            .contains("But revenue falls behind by 2035."));
        assert!(both("revenue=5000").0.contains("more than enough"));
        let free = both("capex=0&energy=0&opex=0").0;
        assert!(free.starts_with("With these assumptions the fleet costs nothing"));
    }
}
