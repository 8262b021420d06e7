//! What the three x/y charts share: year and money ticks, the plot with its axes, and
//! notes placed where they cover no data.

use super::frame::{font, measure, Area};
use super::{money, ChartError, Style};
use plotters::coord::ranged1d::{DefaultFormatting, KeyPointHint, Ranged};
use plotters::prelude::*;
use std::ops::Range;
use plotters::style::text_anchor::{HPos, VPos};

/// A plot with years across and money up.
pub(super) type Chart<'a, DB> = ChartContext<'a, DB, Cartesian2d<Axis, Axis>>;

/// A linear axis from `from` to `to` (`to > from`) with exactly the given ticks.
#[derive(Debug, Clone)]
pub(super) struct Axis {
    from: f64,
    to: f64,
    ticks: Vec<f64>,
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

/// A series' vertical extent by x, `(x, low, high)`, for keeping notes off it (a line has
/// low == high, a filled area its bottom and top).
pub(super) type Band = Vec<(f64, f64, f64)>;

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

/// `values` matched to [`xs`]: the single value repeated for one year.
pub(super) fn ys(values: &[f64]) -> Vec<f64> {
    match values {
        [only] => vec![*only, *only],
        _ => values.to_vec(),
    }
}

/// A money tick label: [`money`] without trailing zero decimals ("$1.50T" reads "$1.5T"),
/// in powers of ten beyond a thousand trillion.
pub(super) fn tick_money(v: f64) -> String {
    if v.abs() >= 1e6 {
        let sign = if v < 0.0 { "-" } else { "" };
        return format!("{sign}${:.1e}B", v.abs());
    }
    let s = money(v);
    match s.strip_suffix('T') {
        Some(num) if num.contains('.') => {
            format!("{}T", num.trim_end_matches('0').trim_end_matches('.'))
        }
        _ => s,
    }
}

/// A "nice" step (1, 2, 2.5 or 5 times a power of ten) at least `raw`.
fn nice_step(raw: f64) -> f64 {
    let raw = if raw.is_finite() && raw > 0.0 { raw } else { 1.0 };
    let unit = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * unit)
        .find(|s| *s >= raw * 0.999)
        .unwrap_or(10.0 * unit)
}

/// An axis from about `lo` to `hi` (widened to at least $1B and to include 0) rounded out
/// to a nice step, with at most `max_ticks` + 1 ticks: `(from, to, ticks)`.
pub(super) fn money_ticks(lo: f64, hi: f64, max_ticks: usize) -> (f64, f64, Vec<f64>) {
    let finite = |v: f64| if v.is_finite() { v } else { 0.0 };
    let (mut lo, mut hi) = (finite(lo).min(0.0), finite(hi).max(0.0));
    if hi - lo < 1.0 {
        hi = lo + 1.0;
    }
    let step = nice_step((hi - lo) / max_ticks.max(1) as f64);
    lo = (lo / step).floor() * step;
    hi = (hi / step).ceil() * step;
    let count = (((hi - lo) / step).round() as usize).min(40);
    let ticks = (0..=count).map(|i| lo + step * i as f64).collect();
    (lo, hi, ticks)
}

/// Year ticks from `first` to `last`: every year, or every 2nd, 5th or 10th, so that at
/// most `max_ticks` fit.
fn year_ticks(first: i32, last: i32, max_ticks: i32) -> Vec<f64> {
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

/// Builds the plot for years `first..=last` and money `lo..hi` in `area` and draws its
/// axes, labels and horizontal grid.
pub(super) fn cartesian<'a, DB: DrawingBackend>(
    area: &'a Area<DB>,
    (first, last): (i32, i32),
    (lo, hi): (f64, f64),
    y_desc: &str,
    style: &Style,
) -> Result<Chart<'a, DB>, ChartError>
where
    DB::ErrorType: 'static,
{
    let p = style.palette();
    let size = super::frame::fonts(area, style).text;
    let ts = font(style, size, &p.muted, HPos::Center, VPos::Center);
    let (w, h) = area.dim_in_pixel();
    let pad = style.px(8.0) as i32;
    let tick = style.px(4.0) as i32;
    let text_h = measure(area, "0", &ts).1;
    let x_area = text_h * 2 + tick * 2 + style.px(6.0) as i32;
    let plot_h = h as i32 - x_area - pad;
    let (y0, y1, y_ticks) = money_ticks(lo, hi, (plot_h / (text_h * 3).max(1)).clamp(2, 8) as usize);
    let label_w = y_ticks
        .iter()
        .map(|v| measure(area, &tick_money(*v), &ts).0)
        .max()
        .unwrap_or(0);
    let y_area = label_w + tick * 2 + text_h + style.px(8.0) as i32;
    let year_w = measure(area, "2026", &ts).0;
    let right = (year_w / 2 + style.px(2.0) as i32).max(pad);
    let plot_w = w as i32 - y_area - right - pad / 2;
    let x_ticks = year_ticks(first, last, plot_w / (year_w * 2).max(1));
    let (x0, x1) = if last > first {
        (f64::from(first), f64::from(last))
    } else {
        (f64::from(first) - 0.5, f64::from(last) + 0.5)
    };

    let mut chart = ChartBuilder::on(area)
        .margin_top(pad)
        .margin_right(right)
        .margin_left(pad / 2)
        .x_label_area_size(x_area)
        .y_label_area_size(y_area)
        .build_cartesian_2d(
            Axis { from: x0, to: x1, ticks: x_ticks },
            Axis { from: y0, to: y1, ticks: y_ticks },
        )?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .bold_line_style(p.grid.stroke_width(style.px(1.0)))
        .light_line_style(TRANSPARENT)
        .axis_style(p.muted.stroke_width(style.px(1.0)))
        .set_all_tick_mark_size(tick)
        .x_label_formatter(&|x| format!("{}", x.round() as i64))
        .y_label_formatter(&|y| tick_money(*y))
        .label_style(ts.clone())
        .axis_desc_style(ts)
        .x_desc("year")
        .y_desc(y_desc)
        .draw()?;
    Ok(chart)
}

/// Draws `lines` of text on a background box at the first of `spots` (the box's top-left
/// corner, in pixels inside the plotting area; kept inside it) that covers none of
/// `bands`, or else at the one covering least.
pub(super) fn note<DB: DrawingBackend>(
    chart: &Chart<DB>,
    lines: &[String],
    spots: &[(i32, i32)],
    bands: &[Band],
    style: &Style,
) -> Result<(), ChartError>
where
    DB::ErrorType: 'static,
{
    let area = chart.plotting_area().strip_coord_spec();
    let size = super::frame::fonts(&area, style).text;
    let ts = font(style, size, &style.palette().ink, HPos::Center, VPos::Center);
    let (pw, ph) = area.dim_in_pixel();
    let (pw, ph) = (pw as i32, ph as i32);
    let sizes: Vec<(i32, i32)> = lines.iter().map(|l| measure(&area, l, &ts)).collect();
    let inset = style.px(4.0) as i32;
    let bw = sizes.iter().map(|s| s.0).max().unwrap_or(0) + 2 * inset;
    let bh = sizes.iter().map(|s| s.1).sum::<i32>() + 2 * inset;
    let clamp = |(x, y): (i32, i32)| {
        (
            x.clamp(0, (pw - bw).max(0)),
            y.clamp(0, (ph - bh).max(0)),
        )
    };
    let (bx, by) = spots
        .iter()
        .map(|s| clamp(*s))
        .min_by_key(|s| hits(chart, bands, (s.0, s.1, bw, bh), inset))
        .unwrap_or((0, 0));
    super::frame::label_box(&area, lines, (bx + bw / 2, by + bh / 2), &ts, style)
}

/// Spots for [`note`]: top left, top right, top middle, bottom right, bottom left (the
/// far ones are pulled back inside by `note`).
pub(super) fn corners<DB: DrawingBackend>(chart: &Chart<DB>, style: &Style) -> Vec<(i32, i32)> {
    let (pw, ph) = chart.plotting_area().dim_in_pixel();
    let (pw, ph) = (pw as i32, ph as i32);
    let m = style.px(6.0) as i32;
    let big = pw.max(ph) * 2;
    vec![(m, m), (big, m), (pw / 3, m), (big, big), (m, big)]
}

/// How many sampled points of `bands` fall in the box `(x, y, w, h)` of the plotting area.
fn hits<DB: DrawingBackend>(
    chart: &Chart<DB>,
    bands: &[Band],
    (x, y, w, h): (i32, i32, i32, i32),
    pad: i32,
) -> usize {
    let base = chart.plotting_area().get_base_pixel();
    let px = |v: (f64, f64)| {
        let (a, b) = chart.backend_coord(&v);
        (a - base.0, b - base.1)
    };
    let mut count = 0;
    for band in bands {
        for pair in band.windows(2) {
            let ((xa, la, ha), (xb, lb, hb)) = (pair[0], pair[1]);
            for i in 0..=16 {
                let t = f64::from(i) / 16.0;
                let xv = xa + (xb - xa) * t;
                let (sx, top) = px((xv, ha + (hb - ha) * t));
                let (_, bottom) = px((xv, la + (lb - la) * t));
                let (top, bottom) = (top.min(bottom) - pad, top.max(bottom) + pad);
                if sx >= x - pad && sx <= x + w + pad && top <= y + h && bottom >= y {
                    count += 1;
                }
            }
        }
    }
    count
}

/// A thin dashed vertical line at year `x` with `label` beside it, off the `bands`.
pub(super) fn marker<DB: DrawingBackend>(
    chart: &mut Chart<DB>,
    x: f64,
    label: &str,
    bands: &[Band],
    style: &Style,
) -> Result<(), ChartError>
where
    DB::ErrorType: 'static,
{
    let p = style.palette();
    let y = chart.y_range();
    let line = p.ink.stroke_width(style.px(1.0));
    let (dash, gap) = (style.px(4.0), style.px(3.0));
    chart.draw_series(DashedLineSeries::new(
        vec![(x, y.start), (x, y.end)],
        dash,
        gap,
        line,
    ))?;
    let base = chart.plotting_area().get_base_pixel();
    let lx = chart.backend_coord(&(x, y.end)).0 - base.0;
    let (_, ph) = chart.plotting_area().dim_in_pixel();
    let area = chart.plotting_area().strip_coord_spec();
    let ts = font(style, super::frame::fonts(&area, style).text, &p.ink, HPos::Left, VPos::Top);
    let (tw, th) = measure(&area, label, &ts);
    let (g, ph) = (style.px(5.0) as i32, ph as i32);
    let (left, low) = (lx - g - tw - style.px(8.0) as i32, ph - th - g * 3);
    let spots = [(lx + g, g), (left, g), (lx + g, low), (left, low)];
    note(chart, &[label.to_string()], &spots, bands, style)
}
