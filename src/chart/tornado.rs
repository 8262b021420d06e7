//! The `tornado` chart: NPV with each uncertain input at the low and at the high end of
//! its range, the others at the scenario's values (DESIGN.md, "Uncertainty and
//! sensitivity"), largest swing on top, around the scenario's NPV. Exact: the model runs
//! twice per input, so the chart follows every input event like the others.
//!
//! Drawn with plotters' ChartBuilder (a money axis across and one category per input up,
//! on the charts' own `Axis`); the input names are the y-axis tick labels.

use super::error::ChartError;
use super::frame::{self, Key};
use super::look::{self, font, fonts, Look};
use super::pick::{Pick, Plot};
use super::style::Area;
use super::text::measure;
use super::ticks::{money_ticks, tick_money, Axis};
use crate::model::uncertainty::TornadoBar;
use crate::model::{tornado, Inputs, Projection};
use crate::scenario::ChartId;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// At most this many inputs are shown.
const BARS: usize = 8;
/// Fill opacity of the bars.
const BAR_ALPHA: f64 = 0.85;

pub(super) fn draw<DB: DrawingBackend>(
    root: &Area<DB>,
    inputs: &Inputs,
    projection: &Projection,
    pick: Option<Pick>,
    style: &Look,
) -> Result<Plot, ChartError>
where
    DB::ErrorType: 'static,
{
    let p = style.palette();
    let alpha = look::alpha(style, BAR_ALPHA);
    let words = style.words();
    let w = &words.charts;
    let legend = [
        (Key::Area(p.revenue, alpha), w.low_end.to_string()),
        (Key::Area(p.required, alpha), w.high_end.to_string()),
    ];
    let title = super::style::title(ChartId::Tornado, style.lang);
    let area = frame::frame(root, title, &legend, style)?;
    let base = projection.summary.npv;
    let all = tornado(inputs).map_err(|e| ChartError::Backend(e.to_string()))?;
    let swing = |b: &TornadoBar| (b.npv_high - b.npv_low).abs();

    let size = fonts(&area, style).text;
    let ts = font(style, size, &p.muted, HPos::Center, VPos::Center);
    let (w, h) = area.dim_in_pixel();
    let (w, h) = (w as i32, h as i32);
    let pad = style.px(8.0) as i32;
    let text_h = measure(&area, "0", &ts).1;
    // As many rows as the height holds without their names overlapping, at most BARS.
    let rows = ((h - text_h * 2 - pad * 3) / (text_h * 13 / 10).max(1)).clamp(1, BARS as i32);
    let bars: Vec<&TornadoBar> = all
        .iter()
        .filter(|b| swing(b) > 0.0)
        .take(rows as usize)
        .collect();
    if bars.is_empty() {
        // No ranges (spread 0): the frame and one line saying so, no empty axes.
        let ts = font(style, size, &p.ink, HPos::Center, VPos::Center);
        area.draw_text(words.charts.no_ranges, &ts, (w / 2, h / 2))?;
        return Ok(Plot::default());
    }
    let names: Vec<String> = bars
        .iter()
        .map(|b| {
            fit(
                &area,
                words.params.get(b.key).map_or(b.key, |s| s.label),
                &ts,
                w * 2 / 5,
            )
        })
        .collect();
    let name_w = names
        .iter()
        .map(|n| measure(&area, n, &ts).0)
        .max()
        .unwrap_or(0);
    let (lo, hi) = bars.iter().fold((base, base), |(lo, hi), b| {
        (
            lo.min(b.npv_low).min(b.npv_high),
            hi.max(b.npv_low).max(b.npv_high),
        )
    });
    let plot_w = w - name_w - 3 * pad;
    let (x0, x1, x_ticks) =
        money_ticks(lo, hi, (plot_w / (text_h * 5).max(1)).clamp(2, 6) as usize);
    let n = bars.len().max(1);
    let y_ticks: Vec<f64> = (0..bars.len()).map(|k| k as f64 + 0.5).collect();
    let mut chart = ChartBuilder::on(&area)
        .margin_top(pad / 2)
        .margin_right(pad * 2)
        .margin_left(pad / 2)
        .margin_bottom(pad / 2)
        .x_label_area_size((text_h * 2 + pad * 2).min(h * 2 / 5))
        .y_label_area_size((name_w + pad * 2).min(w * 2 / 5 + pad))
        .build_cartesian_2d(
            Axis::new(x0, x1, x_ticks),
            Axis::new(0.0, n as f64, y_ticks),
        )?;
    // Largest swing on top: bar i sits at n - 1 - i.
    let name_at = |y: &f64| {
        let row = (n as f64 - y - 0.5).round();
        names.get(row as usize).cloned().unwrap_or_default()
    };
    chart
        .configure_mesh()
        .disable_y_mesh()
        .bold_line_style(p.grid.stroke_width(style.px(1.0)))
        .light_line_style(TRANSPARENT)
        .axis_style(p.muted.stroke_width(style.px(1.0)))
        .set_all_tick_mark_size(style.px(4.0) as i32)
        .x_label_formatter(&|x| tick_money(style.lang, *x))
        .y_label_formatter(&name_at)
        .label_style(ts.clone())
        .axis_desc_style(ts)
        .x_desc(words.charts.npv_axis)
        .draw()?;

    let low_fill = p.revenue.mix(alpha).filled();
    let high_fill = p.required.mix(alpha).filled();
    chart.draw_series(bars.iter().enumerate().flat_map(|(i, b)| {
        let y = (n - 1 - i) as f64;
        let low = Rectangle::new([(base, y + 0.18), (b.npv_low, y + 0.82)], low_fill);
        let high = Rectangle::new([(base, y + 0.18), (b.npv_high, y + 0.82)], high_fill);
        // Both ends can fall on the same side of the NPV: the longer bar first, so that
        // the shorter one shows on top of it.
        if (b.npv_low - base).abs() >= (b.npv_high - base).abs() {
            [low, high]
        } else {
            [high, low]
        }
    }))?;
    chart.draw_series(std::iter::once(PathElement::new(
        vec![(base, 0.0), (base, n as f64)],
        p.ink.stroke_width(style.px(1.5)),
    )))?;
    if let Some(Pick::Bar(i)) = pick.filter(|pick| matches!(pick, Pick::Bar(i) if *i < n)) {
        // The row the reader points at, outlined across the plot.
        let y = (n - 1 - i) as f64;
        let x = chart.x_range();
        let outline = p.ink.stroke_width(style.px(1.5));
        chart.draw_series(std::iter::once(Rectangle::new(
            [(x.start, y + 0.06), (x.end, y + 0.94)],
            outline,
        )))?;
    }
    Ok(Plot::bars(chart.as_coord_spec(), n))
}

/// `text`, shortened with an ellipsis to at most `max` pixels wide.
fn fit<DB: DrawingBackend>(area: &Area<DB>, text: &str, ts: &TextStyle, max: i32) -> String {
    if measure(area, text, ts).0 <= max {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    for keep in (1..chars.len()).rev() {
        let short: String = chars[..keep]
            .iter()
            .collect::<String>()
            .trim_end()
            .to_string()
            + "…";
        if measure(area, &short, ts).0 <= max {
            return short;
        }
    }
    "…".into()
}
