//! Axis scales and ticks for the x/y charts: years across, money up.

use crate::format::{money, money_parts, trillions, Money};
use crate::words::Lang;
use plotters::coord::ranged1d::{DefaultFormatting, KeyPointHint, Ranged};
use std::ops::Range;

/// A linear axis from `from` to `to` (`to > from`) with exactly the given ticks.
#[derive(Debug, Clone)]
pub(super) struct Axis {
    from: f64,
    to: f64,
    ticks: Vec<f64>,
}

impl Axis {
    /// An axis from `from` to `to` with `ticks`; a reversed or empty range is widened.
    pub(super) fn new(from: f64, to: f64, ticks: Vec<f64>) -> Axis {
        let to = if to > from { to } else { from + 1.0 };
        Axis { from, to, ticks }
    }
}

impl Ranged for Axis {
    type FormatOption = DefaultFormatting;
    type ValueType = f64;

    fn map(&self, value: &f64, limit: (i32, i32)) -> i32 {
        let f = (value - self.from) / (self.to - self.from);
        let px = f64::from(limit.0) + f * f64::from(limit.1 - limit.0);
        // Far outside the plot is as good as just outside it (and never NaN).
        if px.is_finite() {
            px.clamp(-1e6, 1e6).round() as i32
        } else {
            limit.0
        }
    }

    fn key_points<Hint: KeyPointHint>(&self, hint: Hint) -> Vec<f64> {
        if hint.weight().allow_light_points() {
            Vec::new()
        } else {
            self.ticks.clone()
        }
    }

    fn range(&self) -> Range<f64> {
        self.from..self.to
    }
}

/// Half the width a single year's data is spread over, so that a one-year projection
/// still draws as a short flat line or a bar.
const HALF_YEAR: f64 = 0.3;

/// The x positions of `years`: the calendar years, or for one year a short segment
/// around it.
pub(super) fn xs(years: &[i32]) -> Vec<f64> {
    match years {
        [only] => vec![f64::from(*only) - HALF_YEAR, f64::from(*only) + HALF_YEAR],
        _ => years.iter().map(|y| f64::from(*y)).collect(),
    }
}

/// The first and last of `rows` and the x positions of all their years ([`xs`]); `None`
/// when there are no rows.
pub(super) fn year_axis(
    rows: &[crate::model::YearRow],
) -> Option<(&crate::model::YearRow, &crate::model::YearRow, Vec<f64>)> {
    let (first, last) = (rows.first()?, rows.last()?);
    let years: Vec<i32> = rows.iter().map(|r| r.year).collect();
    Some((first, last, xs(&years)))
}

/// `values` matched to [`xs`]: the single value repeated for one year.
pub(super) fn ys(values: &[f64]) -> Vec<f64> {
    match values {
        [only] => vec![*only, *only],
        _ => values.to_vec(),
    }
}

/// A money tick label: [`money`] without trailing zero decimals ("$1.50T" reads "$1.5T",
/// "$1.50e16T" reads "$1.5e16T"), with up to 3 significant digits in powers of ten, so
/// that neighbouring ticks (multiples of 1, 2, 2.5 or 5) read differently. In Chinese
/// without 美元, which the axis names once: "1.5万亿", "500亿".
pub(super) fn tick_money(lang: Lang, v: f64) -> String {
    let Some(Money { sign, number, unit }) = money_parts(lang, v) else {
        return money(lang, v);
    };
    let dollar = if lang.is_chinese() { "" } else { "$" };
    let in_trillions = v.abs() >= 999.995;
    let number = if in_trillions && (v.abs() / 1000.0).round() >= 1e6 {
        let sci = trillions(v.abs(), 2);
        let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
        let mantissa = mantissa.trim_end_matches('0').trim_end_matches('.');
        format!("{mantissa}e{exp}")
    } else if in_trillions && number.contains('.') {
        number
            .trim_end_matches('0')
            .trim_end_matches('.')
            .to_string()
    } else {
        number
    };
    format!("{sign}{dollar}{number}{unit}")
}

/// A "nice" step (1, 2, 2.5 or 5 times a power of ten) at least `raw`.
fn nice_step(raw: f64) -> f64 {
    let raw = if raw.is_finite() && raw > 0.0 {
        raw
    } else {
        1.0
    };
    let unit = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * unit)
        .find(|s| *s >= raw * 0.999)
        .unwrap_or(10.0 * unit)
}

/// An axis from `lo` to `hi` (widened to include 0 and to span at least $1B) with ticks
/// at the multiples of a nice step inside it, at most `max_ticks` + 1 of them and at
/// least two: `(from, to, ticks)`.
pub(super) fn money_ticks(lo: f64, hi: f64, max_ticks: usize) -> (f64, f64, Vec<f64>) {
    let finite = |v: f64| if v.is_finite() { v } else { 0.0 };
    let (lo, mut hi) = (finite(lo).min(0.0), finite(hi).max(0.0));
    if hi - lo < 1.0 {
        hi = lo + 1.0;
    }
    let step = nice_step((hi - lo) / max_ticks.max(2) as f64);
    let first = (lo / step - 1e-9).ceil() as i64;
    let last = (hi / step + 1e-9).floor() as i64;
    let ticks = (first..=last.min(first + 40))
        .map(|i| i as f64 * step)
        .collect();
    (lo, hi, ticks)
}

/// Year ticks from `first` to `last`: every year, or every 2nd, 5th or 10th, so that at
/// most `max_ticks` fit.
pub(super) fn year_ticks(first: i32, last: i32, max_ticks: i32) -> Vec<f64> {
    let span = last - first + 1;
    let step = [1, 2, 5, 10, 20]
        .into_iter()
        .find(|s| span / s <= max_ticks.max(1))
        .unwrap_or(50);
    let ticks: Vec<f64> = (first..=last)
        .filter(|y| step == 1 || y.rem_euclid(step) == 0)
        .map(f64::from)
        .collect();
    if ticks.is_empty() {
        vec![f64::from(first)]
    } else {
        ticks
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_ticks_are_round_and_cover_the_data() {
        let (lo, hi, ticks) = money_ticks(0.0, 4850.0, 5);
        assert_eq!((lo, hi), (0.0, 4850.0));
        assert_eq!(ticks, vec![0.0, 1000.0, 2000.0, 3000.0, 4000.0]);
        let (lo, hi, ticks) = money_ticks(-11_100.0, 500.0, 6);
        assert_eq!((lo, hi), (-11_100.0, 500.0));
        assert_eq!(
            ticks,
            vec![-10_000.0, -8000.0, -6000.0, -4000.0, -2000.0, 0.0]
        );
        let (_, _, ticks) = money_ticks(0.0, 2320.0, 2);
        assert_eq!(ticks, vec![0.0, 2000.0]);
        let (lo, hi, ticks) = money_ticks(0.0, 0.0, 5);
        assert!(lo < hi && ticks.len() >= 2, "{lo} {hi} {ticks:?}");
        let (lo, hi, ticks) = money_ticks(0.0, 3.4e17, 8);
        assert!(hi >= 3.4e17 && lo == 0.0 && ticks.len() <= 41);
    }

    #[test]
    fn tick_labels_read_as_money() {
        assert_eq!(tick_money(Lang::En, 1000.0), "$1T");
        assert_eq!(tick_money(Lang::En, 1500.0), "$1.5T");
        assert_eq!(tick_money(Lang::En, 1030.0), "$1.03T");
        assert_eq!(tick_money(Lang::En, 500.0), "$500B");
        assert_eq!(tick_money(Lang::En, -2000.0), "-$2T");
        assert_eq!(tick_money(Lang::En, 0.0), "$0");
        assert_eq!(tick_money(Lang::En, 2.5e17), "$2.5e14T");
        assert_eq!(tick_money(Lang::En, 1e6), "$1,000T");
        assert_eq!(tick_money(Lang::En, 1.5e6), "$1,500T");
        assert_eq!(tick_money(Lang::En, 1.25e9), "$1.25e6T");
        assert_eq!(tick_money(Lang::En, 1.5e19), "$1.5e16T");
        assert_eq!(tick_money(Lang::En, -2e19), "-$2e16T");
        assert_eq!(tick_money(Lang::En, f64::NAN), "n/a");
        // Neighbouring ticks of every nice step read differently.
        for exp in 0..20 {
            let step = 2.5 * 10f64.powi(exp);
            let labels: Vec<String> = (0..8)
                .map(|i| tick_money(Lang::En, f64::from(i) * step))
                .collect();
            for pair in labels.windows(2) {
                assert_ne!(pair[0], pair[1], "{labels:?}");
            }
        }
    }

    #[test]
    fn year_ticks_thin_out_to_fit() {
        assert_eq!(year_ticks(2026, 2030, 10).len(), 5);
        assert_eq!(
            year_ticks(2026, 2035, 5),
            vec![2026.0, 2028.0, 2030.0, 2032.0, 2034.0]
        );
        assert_eq!(year_ticks(2026, 2055, 4), vec![2030.0, 2040.0, 2050.0]);
        assert_eq!(year_ticks(2026, 2026, 0), vec![2026.0]);
        assert_eq!(year_ticks(2001, 2001, 3), vec![2001.0]);
    }
}
