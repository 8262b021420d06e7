//! Shapes for the flow diagram: boxes with centred text, S-shaped bands, arrowheads.

use crate::chart::frame::Area;
use crate::chart::look::Look;
use crate::chart::text::{measure, wrap};
use crate::chart::ChartError;
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

/// A band `t` pixels thick from `(x0, a)` (its top edge) to `(x1, b)`, eased into an S.
pub(super) fn flow((x0, a): Point, (x1, b): Point, t: f64) -> Vec<Point> {
    const STEPS: usize = 24;
    if t <= 0.0 {
        return Vec::new();
    }
    let ease = |s: f64| s * s * (3.0 - 2.0 * s);
    let top: Vec<Point> = (0..=STEPS)
        .map(|i| i as f64 / STEPS as f64)
        .map(|s| (x0 + (x1 - x0) * s, a + (b - a) * ease(s)))
        .collect();
    let bottom = top.iter().rev().map(|(x, y)| (*x, y + t));
    top.iter().copied().chain(bottom).collect()
}

/// An arrowhead `len` long with its tip at `tip`, pointing along the unit vector `dir`,
/// for a band `t` wide; its base sticks out `e` on each side.
pub(super) fn arrow(tip: Point, (dx, dy): Point, t: f64, len: f64, e: f64) -> Vec<Point> {
    if t <= 0.0 {
        return Vec::new();
    }
    let (bx, by) = (tip.0 - dx * len, tip.1 - dy * len);
    let half = t / 2.0 + e;
    vec![
        (bx - dy * half, by + dx * half),
        tip,
        (bx + dy * half, by - dx * half),
    ]
}

/// The rectangle from `(x, y)`, `w` x `h`, as a polygon (none when empty).
pub(super) fn rect(x: f64, y: f64, w: f64, h: f64) -> Vec<Point> {
    if w <= 0.0 || h <= 0.0 {
        return Vec::new();
    }
    vec![(x, y), (x + w, y), (x + w, y + h), (x, y + h)]
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

/// Draws `node` as a box holding `lines`, centred; the last line (the money) in `strong`.
pub(super) fn draw_box<DB: DrawingBackend>(
    area: &Area<DB>,
    node: Node,
    lines: &[String],
    (text, strong): (&TextStyle, &TextStyle),
    style: &Look,
) -> Result<(), ChartError>
where
    DB::ErrorType: 'static,
{
    let p = style.palette();
    let corners = [
        (node.0.round() as i32, node.1.round() as i32),
        (node.right().round() as i32, node.bottom().round() as i32),
    ];
    area.draw(&Rectangle::new(corners, p.background.filled()))?;
    area.draw(&Rectangle::new(
        corners,
        p.muted.stroke_width(style.px(1.0)),
    ))?;
    let line_h = line_height(area, text);
    let top = node.mid_y() - line_h * lines.len() as f64 / 2.0;
    for (i, line) in lines.iter().enumerate() {
        let ts = if i + 1 == lines.len() { strong } else { text };
        let at = (
            node.mid_x() as i32,
            (top + line_h * (i as f64 + 0.5)) as i32,
        );
        area.draw(&Text::new(line.clone(), at, ts.clone()))?;
    }
    Ok(())
}
