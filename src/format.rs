//! Number formats, defined once for every place a reader sees a number: headline figures,
//! slider values, the year table, chart axes, notes and summaries, the no-JavaScript
//! fallback and the exports, in each language (DESIGN.md, "Languages and number
//! formats"). No wasm-bindgen, no plotters.

use crate::model::{ParamSpec, Summary};
use crate::words::{fill, Lang};

/// Formats billions of dollars for people: `$55B`, `$2.4B`, `$1.03T`, `-$5.24T`, `$0`,
/// `$1,083T`, `$1.3e17T` in English; in Chinese 亿 (10^8) and 万亿 (zh-Hans) or 兆
/// (zh-Hant, 10^12), to the same precision: `550亿美元`, `24亿美元`, `1.03万亿美元`.
/// Halves round away from zero.
///
/// ```text
/// |v| <  0.05          -> "$0"                     non-finite -> "n/a"
/// |v| <  9.95          -> 1 decimal, "B"           |v| < 999.995 -> 0 decimals, "B"
/// |v| <  999,995       -> v/1000 with 2 decimals, "T"
/// |v| <  999,999,500   -> whole trillions with thousands separators, "T"
/// beyond               -> trillions in powers of ten, 2 significant digits, "T"
/// Chinese: the same digits of billions times ten in 亿 (55 -> 550亿, 2.44 -> 24亿,
/// 975 -> 9,750亿); trillions as in English in 万亿 / 兆; then 美元.
/// ```
pub fn money(lang: Lang, billions: f64) -> String {
    match money_parts(lang, billions) {
        Some(Money { sign, number, unit }) if lang.is_chinese() => {
            format!("{sign}{number}{unit}美元")
        }
        Some(Money { sign, number, unit }) => format!("{sign}${number}{unit}"),
        None => lang.words().numbers.na.into(),
    }
}

/// Money as its parts: sign, digits and unit (`B`/`T`, or 亿/万亿/兆; "" for zero).
pub struct Money {
    /// "-" or "".
    pub sign: &'static str,
    /// The digits, with thousands separators.
    pub number: String,
    /// The unit after the digits.
    pub unit: &'static str,
}

/// [`money`] in parts; `None` when `billions` is not finite.
pub fn money_parts(lang: Lang, billions: f64) -> Option<Money> {
    if !billions.is_finite() {
        return None;
    }
    let (hundred_million, trillion) = match lang {
        Lang::En => ("B", "T"),
        Lang::ZhHans => ("亿", "万亿"),
        Lang::ZhHant => ("億", "兆"),
    };
    let a = billions.abs();
    let sign = if billions < 0.0 && a >= 0.05 { "-" } else { "" };
    let (number, unit) = if a >= 999.995 {
        (trillions(a, 1), trillion)
    } else if a >= 9.95 && lang.is_chinese() {
        (grouped(a.round() as i64 * 10), hundred_million)
    } else if a >= 9.95 {
        ((a.round() as i64).to_string(), hundred_million)
    } else if a >= 0.05 {
        let tenths = (a * 10.0).round() as i64;
        if lang.is_chinese() {
            (tenths.to_string(), hundred_million)
        } else {
            (format!("{}.{}", tenths / 10, tenths % 10), hundred_million)
        }
    } else {
        ("0".to_string(), "")
    };
    Some(Money { sign, number, unit })
}

/// A whole number with thousands separators: 9750 -> "9,750".
fn grouped(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    if n < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A positive number of billions (at least 999.995) in trillions: 2 decimals under a
/// thousand trillion, whole with thousands separators under a million, else `M.Me{exp}`
/// with `decimals` in the mantissa.
pub fn trillions(billions: f64, decimals: usize) -> String {
    let t = billions / 1000.0;
    if t < 999.995 {
        // Rounded in integers (formatting a float to a precision is slow in wasm), from
        // the billions, which hold hundredths of a trillion exactly where people type them.
        let hundredths = (billions / 10.0).round() as i64;
        format!("{}.{:02}", hundredths / 100, hundredths % 100)
    } else if t.round() < 1e6 {
        grouped(t.round() as i64)
    } else {
        format!("{t:.decimals$e}")
    }
}

/// A fraction as a percentage: one decimal under 10% where it is not zero, else whole.
/// `None` and non-finite values read "n/a" (in the language). Halves round away from zero.
///
/// ```text
/// 0.05339 -> "5.3%"    0.05 -> "5%"    0.62777 -> "63%"    -0.47607 -> "-48%"
/// ```
pub fn percent(lang: Lang, fraction: Option<f64>) -> String {
    let Some(pct) = fraction.map(|f| f * 100.0).filter(|p| p.is_finite()) else {
        return lang.words().numbers.na.into();
    };
    let sign = if pct < 0.0 { "-" } else { "" };
    let tenths = (pct.abs() * 10.0).round();
    if tenths >= 1e15 {
        return format!("{sign}{:.1e}%", pct.abs());
    }
    let tenths = tenths as i64;
    if tenths == 0 {
        "0%".into()
    } else if tenths < 100 && tenths % 10 != 0 {
        format!("{sign}{}.{}%", tenths / 10, tenths % 10)
    } else {
        format!("{sign}{}%", (pct.abs().round()) as i64)
    }
}

/// A year as a figure shows it ("2032", "2032年"), or "not by LAST" when it is not within
/// the horizon.
pub fn year(lang: Lang, year: Option<i32>, last_year: i32) -> String {
    let n = &lang.words().numbers;
    match year {
        Some(y) => fill(n.year, &[("year", &y.to_string())]),
        None => fill(n.not_by, &[("year", &last_year.to_string())]),
    }
}

/// A plain number as typed: whole numbers without decimals, others to 4 places at most.
pub fn plain(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        return format!("{}", value as i64);
    }
    let rounded = (value * 1e4).round() / 1e4;
    format!("{rounded}")
}

/// An input value with its unit, as a slider announces it and the sources table shows a
/// default: "$500B per year", "15% a year", "50%", "5 years", "2026".
pub fn input_value(lang: Lang, spec: &ParamSpec, value: f64) -> String {
    let n = &lang.words().numbers;
    let text = plain(value);
    match spec.unit {
        "$B/yr" => fill(n.money_per_year, &[("money", &money(lang, value))]),
        "%/yr" => fill(n.percent_per_year, &[("value", &text)]),
        "%" => format!("{text}%"),
        "years" if text == "1" => n.one_year.into(),
        "years" => fill(n.years, &[("n", &text)]),
        _ => text,
    }
}

/// Every summary output as the page shows it, by key, in the order of the summary: each
/// key named once, with its format (money, percent or year).
pub fn summary_texts(lang: Lang, summary: &Summary, last_year: i32) -> Vec<(&'static str, String)> {
    let s = summary;
    let year = |y| year(lang, y, last_year);
    let money = |v| money(lang, v);
    let percent = |v| percent(lang, v);
    vec![
        ("required_revenue", money(s.required_revenue)),
        ("revenue", money(s.revenue)),
        ("gap", money(s.gap)),
        ("coverage", percent(s.coverage)),
        ("break_even_year", year(s.break_even_year)),
        ("growth_needed", percent(s.growth_needed)),
        ("sequoia_required", money(s.sequoia_required)),
        ("ratio_required", money(s.ratio_required)),
        ("perpetuity_required", money(s.perpetuity_required)),
        ("npv", money(s.npv)),
        ("npv_with_funding", money(s.npv_with_funding)),
        ("irr", percent(s.irr)),
        ("mirr", percent(s.mirr)),
        ("terminal_value", money(s.terminal_value)),
        ("payback_year", year(s.payback_year)),
        (
            "payback_year_with_funding",
            year(s.payback_year_with_funding),
        ),
        ("organic_share", percent(s.organic_share)),
        ("round_trip_share", percent(s.round_trip_share)),
        ("shock_drop", percent(s.shock_drop)),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{evaluate, param, Inputs};

    #[test]
    fn money_reads_like_a_headline() {
        assert_eq!(money(Lang::En, 55.0), "$55B");
        assert_eq!(money(Lang::En, 1030.234), "$1.03T");
        assert_eq!(money(Lang::En, -5242.136), "-$5.24T");
        assert_eq!(money(Lang::En, 2.44), "$2.4B");
        assert_eq!(money(Lang::En, 999.0), "$999B");
        assert_eq!(money(Lang::En, 999.999), "$1.00T");
        assert_eq!(money(Lang::En, 0.0), "$0");
        assert_eq!(money(Lang::En, -0.01), "$0");
        assert_eq!(money(Lang::En, 106.5), "$107B");
        assert_eq!(money(Lang::En, 9.94), "$9.9B");
        assert_eq!(money(Lang::En, 9.96), "$10B");
        assert_eq!(money(Lang::En, 0.05), "$0.1B");
        assert_eq!(money(Lang::En, 1005.0), "$1.01T");
        assert_eq!(money(Lang::En, 12_345.6), "$12.35T");
        assert_eq!(money(Lang::En, f64::NAN), "n/a");
    }

    #[test]
    fn chinese_money_is_in_yi_and_wan_yi() {
        // DESIGN.md's table.
        for (v, hans, hant) in [
            (55.0, "550亿美元", "550億美元"),
            (975.0, "9,750亿美元", "9,750億美元"),
            (1030.234, "1.03万亿美元", "1.03兆美元"),
            (0.5, "5亿美元", "5億美元"),
            (-5242.136, "-5.24万亿美元", "-5.24兆美元"),
            (2.44, "24亿美元", "24億美元"),
            (0.0, "0美元", "0美元"),
            (-0.01, "0美元", "0美元"),
            (1_082_570.0, "1,083万亿美元", "1,083兆美元"),
        ] {
            assert_eq!(money(Lang::ZhHans, v), hans);
            assert_eq!(money(Lang::ZhHant, v), hant);
        }
        assert_ne!(money(Lang::ZhHans, f64::NAN), "n/a");
        assert_eq!(year(Lang::ZhHans, Some(2035), 2035), "2035年");
    }

    #[test]
    fn money_stays_readable_at_any_size() {
        assert_eq!(money(Lang::En, 125_309.0), "$125.31T");
        assert_eq!(money(Lang::En, 999_990.0), "$999.99T");
        assert_eq!(money(Lang::En, 999_996.0), "$1,000T");
        assert_eq!(money(Lang::En, 1_082_570.0), "$1,083T");
        assert_eq!(money(Lang::En, -1_082_570.0), "-$1,083T");
        assert_eq!(money(Lang::En, 123_456_789.0), "$123,457T");
        assert_eq!(money(Lang::En, 999_999_000.0), "$999,999T");
        assert_eq!(money(Lang::En, 999_999_600.0), "$1.0e6T");
        assert_eq!(money(Lang::En, 125_309_465_256_390_944_000.0), "$1.3e17T");
        assert_eq!(money(Lang::En, -1.5e22), "-$1.5e19T");
        assert_eq!(money(Lang::En, f64::MAX), "$1.8e305T");
        assert_eq!(money(Lang::En, f64::INFINITY), "n/a");
        for v in [1e3, 1e5, 1e7, 1e9, 1e12, 1e20, 1e300] {
            assert!(money(Lang::En, v).len() <= 10, "{}", money(Lang::En, v));
        }
    }

    #[test]
    fn percentages_follow_one_rule() {
        assert_eq!(percent(Lang::En, Some(0.05339)), "5.3%");
        assert_eq!(percent(Lang::En, Some(0.05)), "5%");
        assert_eq!(percent(Lang::En, Some(0.62777)), "63%");
        assert_eq!(percent(Lang::En, Some(-0.47607)), "-48%");
        assert_eq!(percent(Lang::En, Some(-0.005)), "-0.5%");
        assert_eq!(percent(Lang::En, Some(0.0004)), "0%");
        assert_eq!(percent(Lang::En, None), "n/a");
        assert_eq!(percent(Lang::En, Some(f64::NAN)), "n/a");
        assert_eq!(percent(Lang::En, Some(1e300)), "1.0e302%");
    }

    #[test]
    fn inputs_read_with_their_units() {
        let spec = |k| param(k).expect("known key");
        assert_eq!(
            input_value(Lang::En, spec("capex"), 500.0),
            "$500B per year"
        );
        assert_eq!(
            input_value(Lang::En, spec("capex_growth"), 15.0),
            "15% a year"
        );
        assert_eq!(input_value(Lang::En, spec("wacc"), 7.5), "7.5% a year");
        assert_eq!(input_value(Lang::En, spec("margin"), 50.0), "50%");
        assert_eq!(input_value(Lang::En, spec("life"), 1.0), "1 year");
        assert_eq!(input_value(Lang::En, spec("years"), 10.0), "10 years");
        assert_eq!(input_value(Lang::En, spec("start"), 2026.0), "2026");
        assert_eq!(plain(1.0 / 3.0), "0.3333");
    }

    #[test]
    fn summary_values_are_formatted_by_kind() {
        let p = evaluate(&Inputs::default()).expect("defaults are valid");
        let texts = summary_texts(Lang::En, &p.summary, 2035);
        let text = |key: &str| {
            texts
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, t)| t.as_str())
        };
        // Every output of the summary is shown, once (the sign-change count is not a figure).
        let json = serde_json::to_value(&p.summary).expect("the summary serialises");
        let keys: Vec<&String> = json.as_object().expect("an object").keys().collect();
        for key in keys
            .iter()
            .filter(|k| k.as_str() != "cash_flow_sign_changes")
        {
            assert_eq!(texts.iter().filter(|(k, _)| k == key).count(), 1, "{key}");
        }
        assert_eq!(texts.len(), keys.len() - 1);
        assert_eq!(text("gap"), Some("$872B"));
        assert_eq!(text("break_even_year"), Some("not by 2035"));
        assert_eq!(text("irr"), Some("-27%"));
    }
}
