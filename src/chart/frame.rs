//! Layout shared by the four charts: the title and the legend, boxed labels, insets.
//!
//! The legend is a strip of keys under the title, wrapped into as many rows as the width
//! needs, so it never covers data, even on a 320 px phone chart with seven entries.

use super::error::ChartError;
use super::look::{bold, font, fonts, Look};
use super::style::Area;
use super::text::{measure, wrap};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// How a legend entry's key is drawn.
#[derive(Debug, Clone, Copy)]
pub(super) enum Key {
    /// A line of `width` CSS px.
    Line(RGBColor, f64),
    /// A filled square of the colour at `alpha`.
    Area(RGBColor, f64),
    /// A dashed line of `width` CSS px (a comparison).
    Dashed(RGBColor, f64),
}

/// One legend entry.
pub(super) type Entry = (Key, String);

/// Draws `title` (wrapped) and the `legend` strip at the top of `root`; returns the area
/// left below them for the chart itself.
pub(super) fn frame<DB: DrawingBackend>(
    root: &Area<DB>,
    title: &str,
    legend: &[Entry],
    style: &Look,
) -> Result<Area<DB>, ChartError>
where
    DB::ErrorType: 'static,
{
    let p = style.palette();
    let f = fonts(root, style);
    let (width, height) = root.dim_in_pixel();
    let pad = style.px(8.0) as i32;
    let avail = width as i32 - 2 * pad;
    let mut y = style.px(6.0) as i32;

    let ts = bold(style, f.title, &p.ink, HPos::Left, VPos::Top);
    for line in wrap(root, title, &ts, avail) {
        root.draw(&Text::new(line.clone(), (pad, y), ts.clone()))?;
        y += (f64::from(measure(root, &line, &ts).1) * 1.2) as i32;
    }
    y += style.px(4.0) as i32;

    let ts = font(style, f.text, &p.ink, HPos::Left, VPos::Center);
    let narrow = f.text < 12.5;
    let swatch = style.px(if narrow { 14.0 } else { 18.0 }) as i32;
    let gap = style.px(4.0) as i32;
    let spacing = style.px(if narrow { 9.0 } else { 14.0 }) as i32;
    let row = (style.font(f.text) * 1.35) as i32;
    let mut x = pad;
    if !legend.is_empty() {
        y += row / 2;
    }
    for (key, label) in legend {
        let w = swatch + gap + measure(root, label, &ts).0;
        if x > pad && x + w > pad + avail {
            x = pad;
            y += row;
        }
        draw_key(root, key, (x, y), swatch, style)?;
        root.draw(&Text::new(label.clone(), (x + swatch + gap, y), ts.clone()))?;
        x += w + spacing;
    }
    if !legend.is_empty() {
        y += row / 2 + style.px(4.0) as i32;
    }
    let top = y.clamp(0, (height as i32 / 2).max(0));
    Ok(inset(root, (top, 0, 0, 0)))
}

/// `area` less margins `(top, bottom, left, right)` in pixels, each pair shrunk if need be
/// to leave at least a pixel (a plotters margin wider than the area turns it inside out).
pub(super) fn inset<DB: DrawingBackend>(
    area: &Area<DB>,
    (top, bottom, left, right): (i32, i32, i32, i32),
) -> Area<DB> {
    let (w, h) = area.dim_in_pixel();
    let fit = |a: i32, b: i32, room: u32| {
        let (a, b) = (a.max(0), b.max(0));
        let room = i32::try_from(room).unwrap_or(i32::MAX);
        if a.saturating_add(b) < room {
            (a, b)
        } else {
            let half = (room - 1).max(0) / 2;
            (a.min(half), b.min(half))
        }
    };
    let ((top, bottom), (left, right)) = (fit(top, bottom, h), fit(left, right, w));
    area.margin(top, bottom, left, right)
}

fn draw_key<DB: DrawingBackend>(
    area: &Area<DB>,
    key: &Key,
    (x, y): (i32, i32),
    swatch: i32,
    style: &Look,
) -> Result<(), ChartError>
where
    DB::ErrorType: 'static,
{
    match *key {
        Key::Line(color, width) => {
            let line = color.stroke_width(style.px(width));
            area.draw(&PathElement::new(vec![(x, y), (x + swatch, y)], line))?;
        }
        Key::Dashed(color, width) => {
            let line = color.stroke_width(style.px(width));
            let dash = swatch * 2 / 5;
            for x0 in [x, x + swatch - dash] {
                area.draw(&PathElement::new(vec![(x0, y), (x0 + dash, y)], line))?;
            }
        }
        Key::Area(color, alpha) => {
            let half = style.px(5.0) as i32;
            let fill = color.mix(alpha).filled();
            let (x0, x1) = (x + swatch / 2 - half, x + swatch / 2 + half);
            area.draw(&Rectangle::new([(x0, y - half), (x1, y + half)], fill))?;
            let edge = color.stroke_width(style.px(1.0));
            area.draw(&Rectangle::new([(x0, y - half), (x1, y + half)], edge))?;
        }
    }
    Ok(())
}

/// Draws `lines` of text centred at `(cx, cy)` on a background box in `area`.
pub(super) fn label_box<DB: DrawingBackend>(
    area: &Area<DB>,
    lines: &[String],
    (cx, cy): (i32, i32),
    ts: &TextStyle,
    style: &Look,
) -> Result<(), ChartError>
where
    DB::ErrorType: 'static,
{
    let sizes: Vec<(i32, i32)> = lines.iter().map(|l| measure(area, l, ts)).collect();
    let line_h = sizes.iter().map(|s| s.1).max().unwrap_or(0);
    let w = sizes.iter().map(|s| s.0).max().unwrap_or(0);
    let h = line_h * lines.len() as i32;
    let pad = style.px(3.0) as i32;
    let (x0, y0) = (cx - w / 2 - pad, cy - h / 2 - pad);
    let bg = style.palette().background.mix(0.85).filled();
    area.draw(&Rectangle::new(
        [(x0, y0), (x0 + w + 2 * pad, y0 + h + 2 * pad)],
        bg,
    ))?;
    let centred = ts.pos(Pos::new(HPos::Center, VPos::Center));
    for (i, line) in lines.iter().enumerate() {
        let y = cy - h / 2 + line_h * i as i32 + line_h / 2;
        area.draw(&Text::new(line.clone(), (cx, y), centred.clone()))?;
    }
    Ok(())
}
