//! Discounting helpers: capital recovery factor, NPV, IRR, payback.

/// Below this rate the capital recovery factor is taken as `1/life` (no cancellation).
const ZERO_RATE: f64 = 1e-9;

/// Capital recovery factor: the yearly payment, per unit of capital, that repays the
/// capital and earns `rate` on it over `life` years.
///
/// ```text
/// crf(rate, life) = rate / (1 - (1 + rate)^-life)
/// crf(0, life)    = 1 / life
/// ```
///
/// `rate` is a fraction (0.10 is 10%); `life` is at least 1.
pub fn crf(rate: f64, life: f64) -> f64 {
    if rate.abs() < ZERO_RATE {
        1.0 / life
    } else {
        rate / (1.0 - (1.0 + rate).powf(-life))
    }
}

/// Net present value of yearly cash flows, the first one undiscounted.
///
/// ```text
/// npv(r, cf) = sum_t cf[t] / (1 + r)^t,   t = 0 .. n-1
/// ```
pub fn npv(rate: f64, flows: &[f64]) -> f64 {
    let factor = 1.0 / (1.0 + rate);
    let mut discount = 1.0;
    let mut total = 0.0;
    for cf in flows {
        total += cf * discount;
        discount *= factor;
    }
    total
}

/// Lowest rate the IRR search considers.
pub const IRR_MIN: f64 = -0.99;
/// Highest rate the IRR search considers.
pub const IRR_MAX: f64 = 10.0;

/// Internal rate of return: the lowest rate in (-0.99, 10) at which the NPV is 0.
///
/// ```text
/// irr(cf) = min { r in (-0.99, 10) : npv(r, cf) = 0 }
/// ```
///
/// The interval is scanned on a grid even in `ln(1 + r)` (so both the deep-loss and the
/// high-return ends are resolved), and the first sign change is refined by bisection to
/// about 1e-12. `None` when the NPV does not change sign in the interval (for example,
/// all flows have the same sign) or a flow is not finite.
pub fn irr(flows: &[f64]) -> Option<f64> {
    if flows.iter().any(|f| !f.is_finite()) {
        return None;
    }
    const STEPS: usize = 400;
    let lo_log = (1.0 + IRR_MIN).ln();
    let hi_log = (1.0 + IRR_MAX).ln();
    // The open interval's ends, nudged inside it, are the first and last grid points.
    let inside = 1e-9;
    let rate_at = |i: usize| {
        let log = lo_log + (hi_log - lo_log) * i as f64 / STEPS as f64;
        (log.exp() - 1.0).clamp(IRR_MIN + inside, IRR_MAX - inside)
    };
    let mut prev_rate = rate_at(0);
    let mut prev_npv = npv(prev_rate, flows);
    if prev_npv == 0.0 {
        return Some(prev_rate);
    }
    for i in 1..=STEPS {
        let rate = rate_at(i);
        let value = npv(rate, flows);
        if value == 0.0 {
            return Some(rate);
        }
        if (value > 0.0) != (prev_npv > 0.0) {
            return Some(bisect(flows, prev_rate, rate, prev_npv));
        }
        prev_rate = rate;
        prev_npv = value;
    }
    None
}

fn bisect(flows: &[f64], mut lo: f64, mut hi: f64, lo_npv: f64) -> f64 {
    let lo_positive = lo_npv > 0.0;
    for _ in 0..100 {
        let mid = 0.5 * (lo + hi);
        if hi - lo < 1e-13 {
            break;
        }
        if (npv(mid, flows) > 0.0) == lo_positive {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    0.5 * (lo + hi)
}

/// Index of the first year from which the running sum of `flows` stays at least 0 through
/// the last year; `None` when it ends below 0 (v2: a crossing that falls back is no payback).
///
/// ```text
/// running(t) = sum_{s=0}^{t} cf[s]
/// payback    = min { t : running(u) >= 0 for every u in t .. n-1 }
/// ```
pub fn payback_index(flows: &[f64]) -> Option<usize> {
    let mut running = 0.0;
    let mut from = None;
    for (t, cf) in flows.iter().enumerate() {
        running += cf;
        if running >= 0.0 {
            from.get_or_insert(t);
        } else {
            from = None;
        }
    }
    from
}

/// How often the non-zero flows change sign (zeros skipped). With exactly one change the
/// NPV has exactly one root (Descartes' rule of signs), so the IRR is unique.
pub fn sign_changes(flows: &[f64]) -> u32 {
    let mut changes = 0;
    let mut last: Option<bool> = None;
    for &cf in flows.iter().filter(|cf| **cf != 0.0) {
        let positive = cf > 0.0;
        if last.is_some_and(|was| was != positive) {
            changes += 1;
        }
        last = Some(positive);
    }
    changes
}

/// Modified internal rate of return, financing and reinvesting at `rate`, as
/// numpy-financial's `mirr` and spreadsheets' MIRR.
///
/// ```text
/// mirr = (FV at rate of the positive flows / PV at rate of the negative flows)^(1/(n-1)) - 1
///      = (|npv(rate, positives)| / |npv(rate, negatives)|)^(1/(n-1)) * (1 + rate) - 1
/// ```
///
/// `None` when there are no positive or no negative flows, or fewer than two flows.
pub fn mirr(rate: f64, flows: &[f64]) -> Option<f64> {
    let n = flows.len();
    if n < 2 || flows.iter().any(|f| !f.is_finite()) {
        return None;
    }
    let positives: Vec<f64> = flows.iter().map(|&f| f.max(0.0)).collect();
    let negatives: Vec<f64> = flows.iter().map(|&f| f.min(0.0)).collect();
    let gains = npv(rate, &positives).abs();
    let costs = npv(rate, &negatives).abs();
    if gains == 0.0 || costs == 0.0 {
        return None;
    }
    let value = (gains / costs).powf(1.0 / (n - 1) as f64) * (1.0 + rate) - 1.0;
    value.is_finite().then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOL: f64 = 1e-6;

    #[test]
    fn crf_matches_design_cross_checks() {
        // DESIGN.md: crf(10%, 6) = 0.229607; crf(10%, 5) = 0.263797; crf(10%, 3) = 0.402115.
        assert!((crf(0.10, 6.0) - 0.229607).abs() < TOL);
        assert!((crf(0.10, 5.0) - 0.263797).abs() < TOL);
        assert!((crf(0.10, 3.0) - 0.402115).abs() < TOL);
        assert!((crf(0.0, 4.0) - 0.25).abs() < 1e-15);
    }

    #[test]
    fn npv_discounts_from_year_zero() {
        assert!((npv(0.10, &[-100.0, 110.0])).abs() < 1e-12);
        assert!((npv(0.0, &[1.0, 2.0, 3.0]) - 6.0).abs() < 1e-12);
    }

    #[test]
    fn irr_finds_the_root_or_none() {
        let r = irr(&[-100.0, 110.0]).unwrap_or(f64::NAN);
        assert!((r - 0.10).abs() < 1e-9, "{r}");
        let r = irr(&[-100.0, 50.0]).unwrap_or(f64::NAN);
        assert!((r + 0.5).abs() < 1e-9, "{r}");
        assert_eq!(irr(&[1.0, 2.0]), None);
        assert_eq!(irr(&[-1.0, -2.0]), None);
        assert_eq!(irr(&[f64::NAN, 2.0]), None);
    }

    #[test]
    fn payback_is_where_the_running_sum_stays_non_negative() {
        assert_eq!(payback_index(&[-10.0, 5.0, 5.0, 1.0]), Some(2));
        assert_eq!(payback_index(&[-10.0, 5.0]), None);
        assert_eq!(payback_index(&[0.0]), Some(0));
        // Crosses in year 0, falls behind in year 2, ends below: no payback.
        assert_eq!(payback_index(&[5.0, -1.0, -10.0]), None);
        // Crosses, falls back, crosses again for good: the second crossing.
        assert_eq!(payback_index(&[5.0, -10.0, 6.0, 1.0]), Some(2));
    }

    #[test]
    fn sign_changes_skip_zeros() {
        assert_eq!(sign_changes(&[-1.0, 0.0, 2.0]), 1);
        assert_eq!(sign_changes(&[1.0, -1.0, 0.0, 1.0]), 2);
        assert_eq!(sign_changes(&[0.0, 0.0]), 0);
        assert_eq!(sign_changes(&[-1.0, -2.0]), 0);
    }

    #[test]
    fn mirr_matches_numpy_financial() {
        // mirr([-100, 50, 60, 70], 10%) by hand: the gains' FV is 50*1.21 + 60*1.1 + 70 =
        // 196.5, the costs' PV 100, so (196.5/100)^(1/3) - 1 = 0.25264.
        let v = mirr(0.10, &[-100.0, 50.0, 60.0, 70.0]).expect("gains and costs");
        assert!((v - (1.965f64.powf(1.0 / 3.0) - 1.0)).abs() < 1e-12, "{v}");
        assert_eq!(mirr(0.10, &[1.0, 2.0]), None);
        assert_eq!(mirr(0.10, &[-1.0, -2.0]), None);
        assert_eq!(mirr(0.10, &[-1.0]), None);
    }
}
