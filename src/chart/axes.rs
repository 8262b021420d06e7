//! What the three x/y charts share: year and money ticks, the plot with its axes, and
//! notes placed where they cover no data.

use super::error::ChartError;
use super::look::Look;
use super::look::{font, fonts};
use super::style::Area;
use super::text::measure;

use super::ticks::{money_ticks, tick_money, year_ticks, Axis};
pub(super) use super::ticks::{year_axis, ys};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// A series' vertical extent by x, `(x, low, high)`, for keeping notes off it (a line has
/// low == high, a filled area its bottom and top).
pub(super) type Band = Vec<(f64, f64, f64)>;

/// A plot with years across and money up.
pub(super) type Chart<'a, DB> = ChartContext<'a, DB, Cartesian2d<Axis, Axis>>;

/// Builds the plot for years `first..=last` and money `lo..hi` in `area` and draws its
/// axes, labels and horizontal grid.
pub(super) fn cartesian<'a, DB: DrawingBackend>(
    area: &'a Area<DB>,
    (first, last): (i32, i32),
    (lo, hi): (f64, f64),
    y_desc: &str,
    style: &Look,
) -> Result<Chart<'a, DB>, ChartError>
where
    DB::ErrorType: 'static,
{
    let p = style.palette();
    let size = fonts(area, style).text;
    let ts = font(style, size, &p.muted, HPos::Center, VPos::Center);
    let (w, h) = area.dim_in_pixel();
    let pad = style.px(8.0) as i32;
    let tick = style.px(4.0) as i32;
    let text_h = measure(area, "0", &ts).1;
    // "year" under the year ticks only where there is height to spare.
    let x_desc = f64::from(h) / style.scale >= 240.0;
    let x_area = text_h
        + tick * 2
        + if x_desc {
            text_h + style.px(6.0) as i32
        } else {
            2
        };
    let plot_h = h as i32 - x_area - pad - pad / 2;

    let (y0, y1, y_ticks) = money_ticks(
        lo,
        hi,
        (plot_h * 2 / (text_h * 5).max(1)).clamp(2, 8) as usize,
    );
    let label_w = y_ticks
        .iter()
        .map(|v| measure(area, &tick_money(style.lang, *v), &ts).0)
        .max()
        .unwrap_or(0);
    // On a tiny chart the labels get at most about half of each side.
    let (w, h) = (w as i32, h as i32);
    let x_area = x_area.min(h * 2 / 5);
    let y_area = (label_w + tick * 2 + text_h + style.px(8.0) as i32).min(w * 2 / 5);
    let pad = pad.min(h / 10).min(w / 10);
    let year_w = measure(area, "2026", &ts).0;
    let right = (year_w / 2 + style.px(2.0) as i32).max(pad).min(w / 10);
    let plot_w = w - y_area - right - pad / 2;
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
        .margin_bottom(pad / 2)
        .x_label_area_size(x_area)
        .y_label_area_size(y_area)
        .build_cartesian_2d(Axis::new(x0, x1, x_ticks), Axis::new(y0, y1, y_ticks))?;
    let year_label = |x: &f64| format!("{}", x.round() as i64);
    let money_label = |y: &f64| tick_money(style.lang, *y);
    let mut mesh = chart.configure_mesh();
    mesh.disable_x_mesh()
        .bold_line_style(p.grid.stroke_width(style.px(1.0)))
        .light_line_style(TRANSPARENT)
        .axis_style(p.muted.stroke_width(style.px(1.0)))
        .set_all_tick_mark_size(tick)
        .x_label_formatter(&year_label)
        .y_label_formatter(&money_label)
        .label_style(ts.clone())
        .axis_desc_style(ts)
        .y_desc(y_desc);
    if x_desc {
        mesh.x_desc(style.words().charts.year_axis);
    }
    mesh.draw()?;
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
    style: &Look,
) -> Result<(), ChartError>
where
    DB::ErrorType: 'static,
{
    let area = chart.plotting_area().strip_coord_spec();
    let size = fonts(&area, style).text;
    let ts = font(
        style,
        size,
        &style.palette().ink,
        HPos::Center,
        VPos::Center,
    );
    let (pw, ph) = area.dim_in_pixel();
    let (pw, ph) = (pw as i32, ph as i32);
    let sizes: Vec<(i32, i32)> = lines.iter().map(|l| measure(&area, l, &ts)).collect();
    let inset = style.px(4.0) as i32;
    let bw = sizes.iter().map(|s| s.0).max().unwrap_or(0) + 2 * inset;
    let bh = sizes.iter().map(|s| s.1).sum::<i32>() + 2 * inset;
    let clamp = |(x, y): (i32, i32)| (x.clamp(0, (pw - bw).max(0)), y.clamp(0, (ph - bh).max(0)));
    let pixels = Pixels::of(chart, bands);
    let (bx, by) = spots
        .iter()
        .map(|s| clamp(*s))
        .min_by_key(|s| pixels.hits((s.0, s.1, bw, bh), inset))
        .unwrap_or((0, 0));
    super::frame::label_box(&area, lines, (bx + bw / 2, by + bh / 2), &ts, style)
}

/// Spots for [`note`]: top left, top right, top middle, bottom right, bottom left (the
/// far ones are pulled back inside by `note`).
pub(super) fn corners<DB: DrawingBackend>(chart: &Chart<DB>, style: &Look) -> Vec<(i32, i32)> {
    let (pw, ph) = chart.plotting_area().dim_in_pixel();
    let (pw, ph) = (pw as i32, ph as i32);
    let m = style.px(6.0) as i32;
    let big = pw.max(ph) * 2;
    vec![(m, m), (big, m), (pw / 3, m), (big, big), (m, big)]
}

/// `bands` in pixels of the plotting area: per band, `(x, top, bottom)` at each point.
pub(super) struct Pixels(Vec<Vec<(f64, f64, f64)>>);

impl Pixels {
    /// `bands` of `chart` in pixels (the axes are linear, so the segments stay straight).
    pub(super) fn of<DB: DrawingBackend>(chart: &Chart<DB>, bands: &[Band]) -> Pixels {
        let base = chart.plotting_area().get_base_pixel();
        let px = |v: (f64, f64)| {
            let (a, b) = chart.backend_coord(&v);
            (f64::from(a - base.0), f64::from(b - base.1))
        };
        let band = |band: &Band| {
            band.iter()
                .map(|&(x, lo, hi)| {
                    let ((sx, a), (_, b)) = (px((x, hi)), px((x, lo)));
                    (sx, a.min(b), a.max(b))
                })
                .collect()
        };
        Pixels(bands.iter().map(band).collect())
    }

    /// How many sampled points of the bands, widened by `pad`, fall in the box
    /// `(x, y, w, h)`; only segments that reach the box are sampled.
    pub(super) fn hits(&self, (x, y, w, h): (i32, i32, i32, i32), pad: i32) -> usize {
        let pad = f64::from(pad);
        let (left, right) = (f64::from(x) - pad, f64::from(x + w) + pad);
        let (top_edge, bottom_edge) = (f64::from(y) - pad, f64::from(y + h) + pad);
        let mut count = 0;
        for band in &self.0 {
            for pair in band.windows(2) {
                let ((xa, ta, ba), (xb, tb, bb)) = (pair[0], pair[1]);
                if xa.max(xb) < left || xa.min(xb) > right {
                    continue;
                }
                if ta.min(tb) > bottom_edge || ba.max(bb) < top_edge {
                    continue;
                }
                for i in 0..=16 {
                    let t = f64::from(i) / 16.0;
                    let sx = xa + (xb - xa) * t;
                    let (top, bottom) = (ta + (tb - ta) * t, ba + (bb - ba) * t);
                    if sx >= left && sx <= right && top <= bottom_edge && bottom >= top_edge {
                        count += 1;
                    }
                }
            }
        }
        count
    }
}

/// A thin dashed vertical line at year `x` with `label` beside it, off the `bands`.
pub(super) fn marker<DB: DrawingBackend>(
    chart: &mut Chart<DB>,
    x: f64,
    label: &str,
    bands: &[Band],
    style: &Look,
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
    let ts = font(
        style,
        fonts(&area, style).text,
        &p.ink,
        HPos::Left,
        VPos::Top,
    );
    let (tw, th) = measure(&area, label, &ts);
    let (g, ph) = (style.px(5.0) as i32, ph as i32);
    let (left, low) = (lx - g - tw - style.px(8.0) as i32, ph - th - g * 3);
    let spots = [(lx + g, g), (left, g), (lx + g, low), (left, low)];
    note(chart, &[label.to_string()], &spots, bands, style)
}
