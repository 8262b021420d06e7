//! The footer of an exported chart (PNG and SVG downloads): what scenario it shows, its
//! source, its link and the date, so that a chart pasted elsewhere still says what it
//! shows. The lines come from the page layer; here they are wrapped and drawn under the
//! chart, in the chart's own fonts, by plotters.

use super::error::ChartError;
use super::look::{font, Look};
use super::style::Area;
use super::text::{measure, wrap};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// Footer text size in CSS px.
const SIZE: f64 = 11.0;

/// `lines` wrapped to the width of `root`, with the height they take.
fn layout<DB: DrawingBackend>(
    root: &Area<DB>,
    lines: &[String],
    look: &Look,
) -> (Vec<String>, i32, TextStyle<'static>) {
    let p = look.palette();
    let ts = font(look, SIZE, &p.muted, HPos::Left, VPos::Top);
    let pad = look.px(8.0) as i32;
    let width = root.dim_in_pixel().0 as i32 - 2 * pad;
    let wrapped: Vec<String> = lines
        .iter()
        .flat_map(|line| wrap(root, line, &ts, width))
        .collect();
    let line_h = (f64::from(measure(root, "Ag", &ts).1) * 1.3) as i32;
    let height = if wrapped.is_empty() {
        0
    } else {
        line_h * wrapped.len() as i32 + 2 * pad
    };
    (wrapped, height, ts)
}

/// Splits `root` into the chart's area and the footer's, draws the footer (a rule, then
/// `lines`), and returns the chart's area. With no lines, `root` is the chart's.
pub(super) fn split<DB: DrawingBackend>(
    root: &Area<DB>,
    lines: &[String],
    look: &Look,
) -> Result<Area<DB>, ChartError>
where
    DB::ErrorType: 'static,
{
    let (wrapped, height, ts) = layout(root, lines, look);
    let total = root.dim_in_pixel().1 as i32;
    if height == 0 || height > total / 2 {
        return Ok(root.clone());
    }
    let (chart, foot) = root.split_vertically(total - height);
    let p = look.palette();
    let pad = look.px(8.0) as i32;
    let width = foot.dim_in_pixel().0 as i32;
    foot.draw(&PathElement::new(
        vec![(pad, 0), (width - pad, 0)],
        p.grid.stroke_width(look.px(1.0)),
    ))?;
    let line_h = (height - 2 * pad) / wrapped.len().max(1) as i32;
    for (i, line) in wrapped.into_iter().enumerate() {
        foot.draw(&Text::new(line, (pad, pad + line_h * i as i32), ts.clone()))?;
    }
    Ok(chart)
}
