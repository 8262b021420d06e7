//! The headline sentence and the phone's summary bar: the page's plain-language reading
//! of the numbers, shared with the no-JavaScript fallback.

use crate::format::{money, percent};
use crate::model::{Inputs, Projection, Summary};

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
pub fn headline(inputs: &Inputs, projection: &Projection) -> String {
    let s = &projection.summary;
    let (Some(first), Some(last)) = (projection.years.first(), projection.years.last()) else {
        return String::new();
    };
    let mut parts = Vec::new();
    match s.coverage {
        None => parts.push(format!(
            "With these assumptions the fleet costs nothing to run, so it needs no revenue; \
             AI makes {}.",
            money(s.revenue)
        )),
        Some(coverage) => {
            let along = if coverage >= 1.0 {
                "more than enough".to_string()
            } else {
                format!("{} of the way", percent(Some(coverage)))
            };
            parts.push(format!(
                "To earn {} on the build-out, AI needs {} a year of revenue in {}; it makes {}: \
                 {along}.",
                percent(Some(inputs.wacc / 100.0)),
                money(s.required_revenue),
                first.year,
                money(s.revenue),
            ));
        }
    }
    let covered_at_end = last.revenue >= last.required_revenue;
    if s.coverage.is_some() && s.break_even_year == Some(first.year) {
        parts.push(if covered_at_end {
            format!("Revenue keeps covering it to {}.", last.year)
        } else {
            format!("But revenue falls behind by {}.", last.year)
        });
    } else if let Some(year) = s.break_even_year {
        let again = if covered_at_end {
            String::new()
        } else {
            format!(", then falls behind again by {}", last.year)
        };
        parts.push(format!(
            "At {} growth a year, revenue catches up in {year}{again}.",
            percent(Some(inputs.revenue_growth / 100.0))
        ));
    } else if let Some(growth) = s.growth_needed {
        parts.push(format!(
            "To catch up by {}, revenue would have to grow {} a year.",
            last.year,
            percent(Some(growth))
        ));
    }
    if let Some(share) = s.round_trip_share {
        parts.push(format!(
            "Of the money paying for AI compute, {} is the vendors' own investment coming back.",
            percent(Some(share))
        ));
    }
    parts.join(" ")
}

/// The phone-width summary bar that stays in view while the reader moves sliders:
/// "Needs $1.03T · earns $55B (5.3%)".
pub fn ticker(projection: &Projection) -> String {
    let s = &projection.summary;
    let covers = s
        .coverage
        .map(|c| format!(" ({})", percent(Some(c))))
        .unwrap_or_default();
    format!(
        "Needs {} · earns {}{covers}",
        money(s.required_revenue),
        money(s.revenue)
    )
}

/// Why the IRR is missing, in words, with the MIRR that stands in; "" when it is shown.
///
/// ```text
/// 0 sign changes   no rate makes the NPV zero
/// 1 sign change    the one root lies outside -99% .. 1,000% a year
/// n > 1 changes    the NPV can be zero at several rates, or none: no one return
/// ```
pub fn irr_note(summary: &Summary) -> String {
    if summary.irr.is_some() {
        return String::new();
    }
    let why = match summary.cash_flow_sign_changes {
        0 => {
            "No IRR: the cash flows never change sign, so no rate makes their NPV zero.".to_string()
        }
        1 => "No IRR: the rate that makes the NPV zero lies outside -99% to 1,000% a year."
            .to_string(),
        n => format!(
            "No single IRR: the cash flows change sign {n} times, so their NPV can be zero \
             at several rates, or at none, and no one rate is the return."
        ),
    };
    match summary.mirr {
        Some(m) => format!(
            "{why} The MIRR, which finances and reinvests at the required return, is {}.",
            percent(Some(m))
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
        (headline(&inputs, &p), ticker(&p))
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

    #[test]
    fn a_missing_irr_is_explained() {
        let summary = |text: &str| {
            let inputs = parse(text).scenario.inputs;
            evaluate(&inputs).expect("parsed inputs are valid").summary
        };
        assert_eq!(irr_note(&summary("v=2")), "");
        let two = irr_note(&summary("v=2&revenue=2000&revenue_growth=-30"));
        assert!(
            two.starts_with("No single IRR: the cash flows change sign 2 times"),
            "{two}"
        );
        assert!(two.ends_with("is -2.6%."), "{two}");
        let none = irr_note(&summary("v=2&capex=0&energy=0&opex=0"));
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
