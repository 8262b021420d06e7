//! Uncertainty and sensitivity (DESIGN.md, "Uncertainty and sensitivity"): Monte Carlo
//! draws of the uncertain inputs, the bands and probabilities they give, and the exact
//! tornado. Pure Rust: the draws come from a seeded generator, so the same scenario gives
//! the same answer, and each input takes one uniform per draw whatever its range, so the
//! bands move smoothly (without flicker) as a slider moves.

use super::finance::{crf, npv};
use super::inputs::{InputError, Inputs, ParamSpec, PARAMS};
use super::projection::evaluate;
use rand::SeedableRng;
use rand_distr::{Distribution, Triangular};
use rand_pcg::Pcg64Mcg;
use serde::Serialize;

/// An input's accessor ([`Inputs::field`]).
type Field = fn(&mut Inputs) -> &mut f64;

/// The generator's seed: fixed, so that a scenario's bands never change between runs.
const SEED: u64 = 0x5eed_2026;

/// How wide an input's range is, before `spread`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Width {
    /// `d = h`: points of the input's own unit (percentage points, years).
    Absolute(f64),
    /// `d = value * h`: a share of the scenario's value.
    Relative(f64),
}

/// Every uncertain input and its width `h` (DESIGN.md's table). `start`, `years`,
/// `capex_ratio`, `shock` and `spread` are not uncertain.
pub const WIDTHS: &[(&str, Width)] = &[
    ("capex", Width::Relative(0.20)),
    ("capex_growth", Width::Absolute(15.0)),
    ("history_growth", Width::Absolute(10.0)),
    ("life", Width::Absolute(1.5)),
    ("short_share", Width::Absolute(10.0)),
    ("building_life", Width::Absolute(5.0)),
    ("wacc", Width::Absolute(3.0)),
    ("energy", Width::Relative(0.30)),
    ("opex", Width::Absolute(1.5)),
    ("revenue", Width::Relative(0.15)),
    ("revenue_growth", Width::Absolute(20.0)),
    ("margin", Width::Absolute(15.0)),
    ("funding", Width::Relative(0.25)),
    ("funding_growth", Width::Absolute(20.0)),
    ("vendor_share", Width::Absolute(15.0)),
    ("compute_share", Width::Absolute(15.0)),
    ("captive_share", Width::Absolute(15.0)),
];

/// The range `[low, high]` an input is drawn from: its value -/+ `d`, clamped to the
/// input's range.
///
/// ```text
/// d = h * spread/100            (absolute width)
/// d = value * h * spread/100    (relative width)
/// low, high = max(min, value - d), min(max, value + d)
/// ```
pub fn range(spec: &ParamSpec, value: f64, width: Width, spread: f64) -> (f64, f64) {
    let d = match width {
        Width::Absolute(h) => h * spread / 100.0,
        Width::Relative(h) => value.abs() * h * spread / 100.0,
    };
    ((value - d).max(spec.min), (value + d).min(spec.max))
}

/// Five percentiles of one series in one year.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Percentiles {
    /// 5th percentile.
    pub p5: f64,
    /// 25th percentile.
    pub p25: f64,
    /// Median.
    pub p50: f64,
    /// 75th percentile.
    pub p75: f64,
    /// 95th percentile.
    pub p95: f64,
}

/// The bands of one year.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct YearBands {
    /// Calendar year.
    pub year: i32,
    /// Revenue needed.
    pub required_revenue: Percentiles,
    /// Customer revenue.
    pub revenue: Percentiles,
    /// Required minus customer revenue.
    pub gap: Percentiles,
    /// Running sum of the cash flows (no terminal value).
    pub cumulative_cash: Percentiles,
}

/// One bar of the tornado: NPV with `key` at the low and at the high end of its range.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TornadoBar {
    /// The input.
    pub key: &'static str,
    /// The low end of its range (whole inputs rounded).
    pub low: f64,
    /// The high end of its range (whole inputs rounded).
    pub high: f64,
    /// NPV with the input at `low`, the others at the scenario's values.
    pub npv_low: f64,
    /// NPV with the input at `high`.
    pub npv_high: f64,
}

/// What a run of draws gives.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Uncertainty {
    /// How many draws.
    pub draws: usize,
    /// Share of draws with a break-even year within the horizon.
    pub p_break_even: f64,
    /// Share of draws with NPV > 0.
    pub p_npv_positive: f64,
    /// Share of draws with a payback year.
    pub p_payback: f64,
    /// The bands, per year.
    pub years: Vec<YearBands>,
}

/// Runs `draws` draws of the uncertain inputs around `inputs` (at least 1): the bands and
/// the probabilities. The tornado, which needs no draws, is [`tornado`].
///
/// # Errors
/// [`InputError`] when `inputs` is not valid.
pub fn simulate(inputs: &Inputs, draws: usize) -> Result<Uncertainty, InputError> {
    inputs.validate()?;
    let draws = draws.max(1);
    let n = inputs.years as usize;
    let samplers = samplers(inputs);
    let mut rng = Pcg64Mcg::seed_from_u64(SEED);
    let mut kernel = Kernel::default();
    // series x year x draw, filled in place: no allocation per draw.
    let mut values = vec![0.0; SERIES * n * draws];
    let (mut break_even, mut positive, mut payback) = (0usize, 0usize, 0usize);
    let mut drawn = *inputs;
    for d in 0..draws {
        for (slot, field, sampler) in &samplers {
            let value = sampler.sample(&mut rng);
            *field(&mut drawn) = if slot.whole { value.round() } else { value };
        }
        let outcome = kernel.run(&drawn, |series, t, v| {
            values[(series * n + t) * draws + d] = v
        });
        break_even += usize::from(outcome.break_even);
        positive += usize::from(outcome.npv > 0.0);
        payback += usize::from(outcome.payback);
    }
    let share = |count: usize| count as f64 / draws as f64;
    let start = inputs.start as i32;
    let mut band = |series: usize, t: usize| {
        let slice = &mut values[(series * n + t) * draws..(series * n + t + 1) * draws];
        percentiles(slice)
    };
    let years = (0..n)
        .map(|t| YearBands {
            year: start + t as i32,
            required_revenue: band(REQUIRED, t),
            revenue: band(REVENUE, t),
            gap: band(GAP, t),
            cumulative_cash: band(CUMULATIVE, t),
        })
        .collect();
    Ok(Uncertainty {
        draws,
        p_break_even: share(break_even),
        p_npv_positive: share(positive),
        p_payback: share(payback),
        years,
    })
}

/// Each uncertain input's spec with its triangular distribution (mode at the scenario's
/// value, ends at its range).
fn samplers(inputs: &Inputs) -> Vec<(&'static ParamSpec, Field, Triangular<f64>)> {
    WIDTHS
        .iter()
        .filter_map(|(key, width)| {
            let spec = PARAMS.iter().find(|p| p.key == *key)?;
            let value = inputs.get(key)?;
            let (low, high) = range(spec, value, *width, inputs.spread);
            // low <= value <= high always holds for a valid input; a failure would only
            // mean a degenerate range, drawn as the value itself.
            let triangular = Triangular::new(low, high, value)
                .or_else(|_| Triangular::new(value, value, value))
                .ok()?;
            Some((spec, Inputs::field(key)?, triangular))
        })
        .collect()
}

/// The tornado: NPV at each uncertain input's low and high end, the others at the
/// scenario's values; largest `|npv_high - npv_low|` first. Exact, not sampled.
///
/// # Errors
/// [`InputError`] when `inputs` is not valid.
pub fn tornado(inputs: &Inputs) -> Result<Vec<TornadoBar>, InputError> {
    let mut bars = Vec::with_capacity(WIDTHS.len());
    for (key, width) in WIDTHS {
        let (Some(spec), Some(value)) = (PARAMS.iter().find(|p| p.key == *key), inputs.get(key))
        else {
            continue;
        };
        let (low, high) = range(spec, value, *width, inputs.spread);
        let (low, high) = if spec.whole {
            (low.round(), high.round())
        } else {
            (low, high)
        };
        let npv_at = |v: f64| -> Result<f64, InputError> {
            let mut changed = *inputs;
            if let Some(field) = changed.get_mut(key) {
                *field = v;
            }
            Ok(evaluate(&changed)?.summary.npv)
        };
        bars.push(TornadoBar {
            key,
            low,
            high,
            npv_low: npv_at(low)?,
            npv_high: npv_at(high)?,
        });
    }
    bars.sort_unstable_by(|a, b| {
        let swing = |bar: &TornadoBar| (bar.npv_high - bar.npv_low).abs();
        swing(b).total_cmp(&swing(a))
    });
    Ok(bars)
}

/// The 5th, 25th, 50th, 75th and 95th percentiles of `values` (reordered in place), by
/// linear interpolation between closest ranks (as numpy's default).
///
/// ```text
/// p(q) = v[floor(r)] + (r - floor(r)) * (v[floor(r)+1] - v[floor(r)]),  r = q * (n - 1)
/// ```
///
/// `v` is `values` sorted, but only the ten ranks the formula reads are found: by
/// selection from the highest quantile down, each in the part left of the one before, and
/// each `v[floor(r)+1]` as the least value right of `v[floor(r)]`. That is a third of a
/// sort's time for 2,000 draws, with the same values (a test checks it against a sort).
fn percentiles(values: &mut [f64]) -> Percentiles {
    const QUANTILES: [f64; 5] = [0.05, 0.25, 0.50, 0.75, 0.95];
    let mut p = [f64::NAN; 5];
    if let Some(last) = values.len().checked_sub(1) {
        // The rank found before, its value and the next one's: values[rank..] are sorted
        // at `rank` and at least every value left of it.
        let mut found: Option<(usize, f64, f64)> = None;
        for (q, out) in QUANTILES.iter().zip(&mut p).rev() {
            let r = q * last as f64;
            let i = r.floor() as usize;
            let (low, next) = match found {
                Some((rank, low, next)) if rank == i => (low, next),
                _ => {
                    let end = found.map_or(values.len(), |(rank, ..)| rank);
                    let (_, &mut low, right) =
                        values[..end].select_nth_unstable_by(i, f64::total_cmp);
                    let next = right
                        .iter()
                        .copied()
                        .min_by(f64::total_cmp)
                        .or_else(|| values.get(end).copied())
                        .unwrap_or(low);
                    (low, next)
                }
            };
            *out = low + (r - i as f64) * (next - low);
            found = Some((i, low, next));
        }
    }
    Percentiles {
        p5: p[0],
        p25: p[1],
        p50: p[2],
        p75: p[3],
        p95: p[4],
    }
}

const SERIES: usize = 4;
const REQUIRED: usize = 0;
const REVENUE: usize = 1;
const GAP: usize = 2;
const CUMULATIVE: usize = 3;

/// What one draw decides.
struct Outcome {
    break_even: bool,
    npv: f64,
    payback: bool,
}

/// The lean evaluation for many draws: only what the bands and probabilities need, with
/// buffers kept between draws. It computes what [`evaluate`] does (a test checks them
/// against each other), with capex and the bases built by running sums.
#[derive(Default)]
struct Kernel {
    capex: Vec<f64>,
    flows: Vec<f64>,
}

impl Kernel {
    /// Evaluates `i` (valid, whole inputs whole), handing each year's required revenue,
    /// revenue, gap and cumulative cash to `put(series, t, value)`.
    fn run(&mut self, i: &Inputs, mut put: impl FnMut(usize, usize, f64)) -> Outcome {
        let pct = |v: f64| v / 100.0;
        let (g, h, w, m, a) = (
            pct(i.capex_growth),
            pct(i.history_growth),
            pct(i.wacc),
            pct(i.margin),
            pct(i.short_share),
        );
        let (life, building_life) = (i.life as usize, i.building_life as usize);
        let n = i.years as usize;
        let past = life.max(building_life) - 1;
        // capex[past + t] = C(t), t = -past .. n-1
        self.capex.clear();
        self.capex.resize(past + n, 0.0);
        let mut c = i.capex;
        for t in 0..n {
            self.capex[past + t] = c;
            c *= 1.0 + g;
        }
        let mut c = i.capex;
        for k in 1..=past {
            c /= 1.0 + h;
            self.capex[past - k] = c;
        }
        let window = |capex: &[f64], t: usize, life: usize| -> f64 {
            capex[past + t + 1 - life..=past + t].iter().sum()
        };
        let (crf_short, crf_long) = (crf(w, i.life), crf(w, i.building_life));
        let short0 = a * window(&self.capex, 0, life);
        let mut short_sum = window(&self.capex, 0, life);
        let mut long_sum = window(&self.capex, 0, building_life);
        self.flows.clear();
        let (mut running, mut break_even) = (0.0, false);
        let mut revenue = i.revenue;
        for t in 0..n {
            if t > 0 {
                short_sum += self.capex[past + t] - self.capex[past + t - life];
                long_sum += self.capex[past + t] - self.capex[past + t - building_life];
            }
            let (short, long) = (a * short_sum, (1.0 - a) * long_sum);
            let energy = if short0 > 0.0 {
                i.energy * short / short0
            } else {
                0.0
            };
            let opex = pct(i.opex) * (short + long);
            let fleet = crf_short * short + crf_long * long + energy + opex;
            let required = fleet / (1.0 - m);
            let cash = revenue * (1.0 - m) - self.capex[past + t] - energy - opex;
            running += cash;
            break_even |= revenue >= required;
            put(REQUIRED, t, required);
            put(REVENUE, t, revenue);
            put(GAP, t, required - revenue);
            put(CUMULATIVE, t, running);
            self.flows.push(cash);
            revenue *= 1.0 + pct(i.revenue_growth);
        }
        // Payback: the running sum ends >= 0 (then some year starts a run that stays).
        let payback = running >= 0.0;
        let last = n - 1;
        let book_left = |share: f64, life: usize| -> f64 {
            (0..life.min(n))
                .map(|k| share * self.capex[past + last - k] * (life - 1 - k) as f64 / life as f64)
                .sum::<f64>()
        };
        let terminal = book_left(a, life) + book_left(1.0 - a, building_life);
        if let Some(end) = self.flows.last_mut() {
            *end += terminal;
        }
        Outcome {
            break_even,
            npv: npv(w, &self.flows),
            payback,
        }
    }
}

#[cfg(test)]
mod tests;
