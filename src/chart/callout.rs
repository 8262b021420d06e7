//! A labelled bracket that makes a thin band findable at honest scale: the band is drawn
//! as thin as its money, and a bracket at least [`MIN_BRACKET`] CSS px tall marks it at
//! one year, with a label beside it placed off the lines.

use super::axes::{Band, Chart, Pixels};
use super::error::ChartError;
use super::frame::label_box;
use super::look::{font, fonts, Look};
use super::text::measure;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// The shortest bracket, CSS px.
pub(super) const MIN_BRACKET: f64 = 10.0;

/// Draws a bracket in `color` spanning money `lo..hi` at year `x` (just left of it), and
/// `label` on a background box to its left: level with the bracket, above or below it,
/// whichever covers fewest points of `bands`, joined to it by a short leader.
pub(super) fn callout<DB: DrawingBackend>(
    chart: &Chart<DB>,
    x: f64,
    (lo, hi): (f64, f64),
    label: &str,
    color: RGBColor,
    bands: &[Band],
    style: &Look,
) -> Result<(), ChartError>
where
    DB::ErrorType: 'static,
{
    let area = chart.plotting_area().strip_coord_spec();
    let (pw, ph) = area.dim_in_pixel();
    let (pw, ph) = (pw as i32, ph as i32);
    let base = chart.plotting_area().get_base_pixel();
    let at = |v: f64| {
        let (a, b) = chart.backend_coord(&(x, v));
        (a - base.0, b - base.1)
    };
    let ((bx, y_hi), (_, y_lo)) = (at(hi), at(lo));
    let (mut top, mut bottom) = (y_hi.min(y_lo), y_hi.max(y_lo));
    let min = style.px(MIN_BRACKET) as i32;
    if bottom - top < min {
        let mid = (top + bottom) / 2;
        (top, bottom) = (mid - min / 2, mid - min / 2 + min);
    }
    let (arm, gap) = (style.px(5.0) as i32, style.px(6.0) as i32);
    let bx = (bx - style.px(5.0) as i32).clamp(0, pw.max(0));
    let line = color.stroke_width(style.px(2.0));
    let bracket = vec![(bx + arm, top), (bx, top), (bx, bottom), (bx + arm, bottom)];
    area.draw(&PathElement::new(bracket, line))?;

    let ink = style.palette().ink;
    let ts = font(
        style,
        fonts(&area, style).text,
        &ink,
        HPos::Center,
        VPos::Center,
    );
    let (tw, th) = measure(&area, label, &ts);
    let pad = style.px(3.0) as i32;
    let (w, h) = (tw + 2 * pad, th + 2 * pad);
    let mid = (top + bottom) / 2;
    let left = bx - gap - w;
    let clamp = |(x, y): (i32, i32)| (x.clamp(0, (pw - w).max(0)), y.clamp(0, (ph - h).max(0)));
    let pixels = Pixels::of(chart, bands);
    let spots = [
        (left, mid - h / 2),
        (left, top - gap - h),
        (left, bottom + gap),
    ];
    let (lx, ly) = spots
        .into_iter()
        .map(clamp)
        .min_by_key(|&(sx, sy)| pixels.hits((sx, sy, w, h), pad))
        .unwrap_or((0, 0));
    let leader = vec![(bx, mid), (lx + w, (mid).clamp(ly, ly + h))];
    area.draw(&PathElement::new(leader, color.stroke_width(style.px(1.0))))?;
    label_box(
        &area,
        &[label.to_string()],
        (lx + w / 2, ly + h / 2),
        &ts,
        style,
    )?;
    let edge = color.stroke_width(style.px(1.0));
    area.draw(&Rectangle::new([(lx, ly), (lx + w, ly + h)], edge))?;
    Ok(())
}
