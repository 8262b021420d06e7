//! The figures' changes against a comparison scenario, formatted as the figures are.

use crate::format::{money, percent};
use crate::model::Summary;
use crate::words::{fill, Lang};

/// Each headline and returns figure's change from `base` to `now`, as the figures show
/// it: money signed (`+$120B`, `-$40B`, `+1,200亿美元`), shares and rates in percentage
/// points (`+5 pts`, `-0.5 pts`), years signed (`+2 yr`). A figure that did not change
/// (to its shown precision), or that either side lacks, has no entry.
///
/// ```text
/// money:   money(now - base) with "+" when positive; none when it reads "$0"
/// percent: percent(now - base) as points, "+" when positive; none under 0.05 points
/// year:    now - base in whole years; none when 0
/// ```
pub fn delta_texts(lang: Lang, now: &Summary, base: &Summary) -> Vec<(&'static str, String)> {
    let n = &lang.words().numbers;
    let signed = |text: String, positive: bool| {
        if positive {
            format!("+{text}")
        } else {
            text
        }
    };
    let money_delta = |a: f64, b: f64| {
        let d = a - b;
        (d.is_finite() && d.abs() >= 0.05).then(|| signed(money(lang, d), d > 0.0))
    };
    let points = |a: Option<f64>, b: Option<f64>| {
        let d = (a? - b?) * 100.0;
        if !d.is_finite() || d.abs() < 0.05 {
            return None;
        }
        // The figures' own rounding ("5.3", "48"), in points.
        let shown = percent(lang, Some(d / 100.0));
        let value = signed(shown.trim_end_matches('%').to_string(), d > 0.0);
        Some(fill(n.points, &[("value", &value)]))
    };
    let years = |a: Option<i32>, b: Option<i32>| {
        let d = a? - b?;
        (d != 0).then(|| fill(n.year_shift, &[("value", &signed(d.to_string(), d > 0))]))
    };
    let (s, b) = (now, base);
    [
        (
            "required_revenue",
            money_delta(s.required_revenue, b.required_revenue),
        ),
        ("revenue", money_delta(s.revenue, b.revenue)),
        ("gap", money_delta(s.gap, b.gap)),
        ("coverage", points(s.coverage, b.coverage)),
        (
            "break_even_year",
            years(s.break_even_year, b.break_even_year),
        ),
        ("growth_needed", points(s.growth_needed, b.growth_needed)),
        ("organic_share", points(s.organic_share, b.organic_share)),
        (
            "round_trip_share",
            points(s.round_trip_share, b.round_trip_share),
        ),
        ("npv", money_delta(s.npv, b.npv)),
        (
            "npv_with_funding",
            money_delta(s.npv_with_funding, b.npv_with_funding),
        ),
        ("irr", points(s.irr, b.irr)),
        ("mirr", points(s.mirr, b.mirr)),
        ("payback_year", years(s.payback_year, b.payback_year)),
        (
            "payback_year_with_funding",
            years(s.payback_year_with_funding, b.payback_year_with_funding),
        ),
        (
            "terminal_value",
            money_delta(s.terminal_value, b.terminal_value),
        ),
        ("shock_drop", points(s.shock_drop, b.shock_drop)),
    ]
    .into_iter()
    .filter_map(|(key, text)| Some((key, text?)))
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deltas_are_signed_in_each_language_and_absent_when_nothing_changed() {
        use crate::model::{evaluate, Inputs};
        let base = evaluate(&Inputs::default()).expect("defaults").summary;
        let more = Inputs {
            revenue: 175.0,
            ..Inputs::default()
        };
        let now = evaluate(&more).expect("valid").summary;
        assert!(delta_texts(Lang::En, &base, &base).is_empty());
        let d: std::collections::HashMap<_, _> =
            delta_texts(Lang::En, &now, &base).into_iter().collect();
        // First-year revenue 55 -> 175: +$120B, within the money format's rounding.
        assert_eq!(d["revenue"], "+$120B");
        assert!(d["gap"].starts_with("-$"), "{}", d["gap"]);
        assert!(d["coverage"].ends_with(" pts") && d["coverage"].starts_with('+'));
        assert!(!d.contains_key("required_revenue"), "costs did not change");
        let zh: std::collections::HashMap<_, _> =
            delta_texts(Lang::ZhHans, &now, &base).into_iter().collect();
        assert_eq!(zh["revenue"], "+1,200亿美元");
        assert!(zh["coverage"].ends_with("个百分点"));
    }
}
