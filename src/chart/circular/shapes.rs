//! Shapes for the flow diagram: boxes with centred rows of text (and a gauge), S-shaped
//! bands ending in arrowheads, the round trip's return band.

use crate::chart::error::ChartError;
use crate::chart::look::Look;
use crate::chart::style::Area;
use crate::chart::text::{measure, wrap};
use plotters::prelude::*;

/// A point in pixels.
pub(super) type Point = (f64, f64);

/// A box: left, top, width, height in pixels.
#[derive(Debug, Clone, Copy)]
pub(super) struct Node(pub f64, pub f64, pub f64, pub f64);

impl Node {
    pub(super) fn right(self) -> f64 {
        self.0 + self.2
    }
    pub(super) fn bottom(self) -> f64 {
        self.1 + self.3
    }
    pub(super) fn mid_x(self) -> f64 {
        self.0 + self.2 / 2.0
    }
    pub(super) fn mid_y(self) -> f64 {
        self.1 + self.3 / 2.0
    }
}

/// Segments of a band's S-curve: smooth at these sizes, and few canvas calls.
const STEPS: usize = 8;

/// A band `t` pixels thick from `(x0, a)` (its top edge) to an arrowhead `head` long whose
/// tip is at `x1`, the band's top edge there at `b`; eased into an S on the way.
pub(super) fn flow((x0, a): Point, (x1, b): Point, t: f64, head: f64) -> Vec<Point> {
    if t <= 0.0 {
        return Vec::new();
    }
    let end = (x1 - head).max(x0);
    let ease = |s: f64| s * s * (3.0 - 2.0 * s);
    let top: Vec<Point> = (0..=STEPS)
        .map(|i| i as f64 / STEPS as f64)
        .map(|s| (x0 + (end - x0) * s, a + (b - a) * ease(s)))
        .collect();
    let bottom = top.iter().rev().map(|(x, y)| (*x, y + t));
    let tip = [(x1, b + t / 2.0)];
    top.iter().copied().chain(tip).chain(bottom).collect()
}

/// A straight band `t` thick from `x0` leftwards to an arrowhead `head` long with its tip
/// at `x1` (< `x0`), top edge at `y`; the arrowhead sticks out a little on each side.
pub(super) fn back(x0: f64, x1: f64, y: f64, t: f64, head: f64) -> Vec<Point> {
    if t <= 0.0 || x0 <= x1 {
        return Vec::new();
    }
    let base = (x1 + head).min(x0);
    let e = head * 0.4;
    vec![
        (x0, y),
        (base, y),
        (base, y - e),
        (x1, y + t / 2.0),
        (base, y + t + e),
        (base, y + t),
        (x0, y + t),
    ]
}

/// Fills each polygon of at least three points with its colour at `alpha`.
pub(super) fn fill<DB: DrawingBackend>(
    area: &Area<DB>,
    shapes: &[(Vec<Point>, RGBColor)],
    alpha: f64,
) -> Result<(), ChartError>
where
    DB::ErrorType: 'static,
{
    for (points, color) in shapes.iter().filter(|(points, _)| points.len() >= 3) {
        let points: Vec<(i32, i32)> = points
            .iter()
            .map(|(x, y)| (x.round() as i32, y.round() as i32))
            .collect();
        area.draw(&Polygon::new(points, color.mix(alpha).filled()))?;
    }
    Ok(())
}

/// The text of a box: `name` wrapped to `width` pixels, then `value`.
pub(super) fn box_lines<DB: DrawingBackend>(
    area: &Area<DB>,
    name: &str,
    value: String,
    width: f64,
    text: &TextStyle,
) -> Vec<String> {
    let mut lines = wrap(area, name, text, width as i32);
    lines.push(value);
    lines
}

/// Height in pixels of one line of `text`.
pub(super) fn line_height<DB: DrawingBackend>(area: &Area<DB>, text: &TextStyle) -> f64 {
    f64::from(measure(area, "Ag", text).1) * 1.15
}

/// One row of a box.
pub(super) enum Row<'a> {
    /// A line of text in a style.
    Text(&'a str, &'a TextStyle<'a>),
    /// A bar `height` px tall across the box: `fill` of it filled, `outline` of it
    /// outlined (each 0 to 1).
    Gauge {
        fill: f64,
        outline: f64,
        height: f64,
    },
}

/// Draws `node` as a box holding `rows` centred, each text row `line_h` tall.
pub(super) fn draw_box<DB: DrawingBackend>(
    area: &Area<DB>,
    node: Node,
    rows: &[Row],
    line_h: f64,
    style: &Look,
) -> Result<(), ChartError>
where
    DB::ErrorType: 'static,
{
    let p = style.palette();
    let px = |(x, y): Point| (x.round() as i32, y.round() as i32);
    // No fill: the bands stop at the boxes' edges, and the background is already there.
    let corners = [px((node.0, node.1)), px((node.right(), node.bottom()))];
    let edge = p.muted.stroke_width(style.px(1.0));
    area.draw(&Rectangle::new(corners, edge))?;
    let tall = |row: &Row| match row {
        Row::Text(..) => line_h,
        Row::Gauge { height, .. } => *height,
    };
    let mut y = node.mid_y() - rows.iter().map(tall).sum::<f64>() / 2.0;
    let inner = f64::from(style.px(6.0));
    for row in rows {
        match row {
            Row::Text(line, ts) => {
                let at = px((node.mid_x(), y + line_h / 2.0));
                area.draw(&Text::new(line.to_string(), at, (*ts).clone()))?;
            }
            Row::Gauge {
                fill,
                outline,
                height,
            } => {
                let (x0, width) = (node.0 + inner, node.2 - 2.0 * inner);
                let bar = |f: f64| {
                    [
                        px((x0, y + height * 0.2)),
                        px((x0 + width * f, y + height * 0.8)),
                    ]
                };
                area.draw(&Rectangle::new(bar(*fill), p.muted.mix(0.6).filled()))?;
                area.draw(&Rectangle::new(
                    bar(*outline),
                    p.ink.stroke_width(style.px(1.0)),
                ))?;
            }
        }
        y += tall(row);
    }
    Ok(())
}
