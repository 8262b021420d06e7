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
    let rate_at = |i: usize| (lo_log + (hi_log - lo_log) * i as f64 / STEPS as f64).exp() - 1.0;
    let mut prev_rate = rate_at(1);
    let mut prev_npv = npv(prev_rate, flows);
    if prev_npv == 0.0 {
        return Some(prev_rate);
    }
    for i in 2..STEPS {
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

/// Index of the first year in which the running sum of `flows` is at least 0.
///
/// ```text
/// payback = min { t : sum_{s=0}^{t} cf[s] >= 0 }
/// ```
pub fn payback_index(flows: &[f64]) -> Option<usize> {
    let mut running = 0.0;
    flows.iter().position(|cf| {
        running += cf;
        running >= 0.0
    })
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
    fn payback_is_first_non_negative_running_sum() {
        assert_eq!(payback_index(&[-10.0, 5.0, 5.0, 1.0]), Some(2));
        assert_eq!(payback_index(&[-10.0, 5.0]), None);
        assert_eq!(payback_index(&[0.0]), Some(0));
    }
}
