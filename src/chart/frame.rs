//! Layout shared by the four charts: text sizes and measuring, the title and the legend.
//!
//! The legend is a strip of keys under the title, wrapped into as many rows as the width
//! needs, so it never covers data, even on a 320 px phone chart with seven entries.

use super::{ChartError, Style};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// A drawing area in pixel coordinates.
pub(super) type Area<DB> = DrawingArea<DB, Shift>;

/// `style` with a usable scale: finite and within 0.25..=8 (1 otherwise).
pub(super) fn sane(style: &Style) -> Style {
    let scale = if style.scale.is_finite() && style.scale >= 0.25 {
        style.scale.min(8.0)
    } else {
        1.0
    };
    Style { scale, ..*style }
}

/// A fill opacity of `light` on the light theme, stronger on the dark one (where a
/// faint colour over the dark background turns muddy).
pub(super) fn alpha(style: &Style, light: f64) -> f64 {
    if style.dark {
        (light * 1.3).min(1.0)
    } else {
        light
    }
}

/// Text sizes in CSS pixels: smaller on narrow charts.
#[derive(Debug, Clone, Copy)]
pub(super) struct Fonts {
    /// The title.
    pub title: f64,
    /// Tick labels, legend, notes, box text.
    pub text: f64,
}

/// Text sizes for a chart drawn into `area`.
pub(super) fn fonts<DB: DrawingBackend>(area: &Area<DB>, style: &Style) -> Fonts {
    let css_width = f64::from(area.dim_in_pixel().0) / style.scale;
    if css_width < 480.0 {
        Fonts {
            title: 12.5,
            text: 10.5,
        }
    } else {
        Fonts {
            title: 15.0,
            text: 12.0,
        }
    }
}

/// Plain text of `css_px` in `color`, anchored at its `h`, `v` corner.
pub(super) fn font(
    style: &Style,
    css_px: f64,
    color: &RGBColor,
    h: HPos,
    v: VPos,
) -> TextStyle<'static> {
    ("sans-serif", style.font(css_px))
        .into_font()
        .color(color)
        .pos(Pos::new(h, v))
}

/// Bold text, otherwise as [`font`].
pub(super) fn bold(
    style: &Style,
    css_px: f64,
    color: &RGBColor,
    h: HPos,
    v: VPos,
) -> TextStyle<'static> {
    ("sans-serif", style.font(css_px), FontStyle::Bold)
        .into_font()
        .color(color)
        .pos(Pos::new(h, v))
}

/// Width and height of `text` in pixels as the backend will draw it (the DOM measures it
/// on a canvas; natively a per-character estimate that matches the SVG rendering).
pub(super) fn measure<DB: DrawingBackend>(
    area: &Area<DB>,
    text: &str,
    ts: &TextStyle,
) -> (i32, i32) {
    let size = ts.font.get_size();
    let naive = (
        (size * 0.5 * text.chars().count() as f64) as i32,
        size as i32,
    );
    match area.estimate_text_size(text, ts) {
        Ok((w, h)) if w > 0 || text.is_empty() => (w as i32, (h as i32).max(naive.1 * 4 / 5)),
        _ => naive,
    }
}

/// `text` broken at spaces into lines no wider than `max_width` pixels (a single word
/// wider than that gets a line of its own).
pub(super) fn wrap<DB: DrawingBackend>(
    area: &Area<DB>,
    text: &str,
    ts: &TextStyle,
    max_width: i32,
) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if line.is_empty() || measure(area, &candidate, ts).0 <= max_width {
            line = candidate;
        } else {
            lines.push(std::mem::replace(&mut line, word.to_string()));
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// How a legend entry's key is drawn.
#[derive(Debug, Clone, Copy)]
pub(super) enum Key {
    /// A line of `width` CSS px.
    Line(RGBColor, f64),
    /// A filled square of the colour at `alpha`.
    Area(RGBColor, f64),
}

/// One legend entry.
pub(super) type Entry = (Key, String);

/// Draws `title` (wrapped) and the `legend` strip at the top of `root`; returns the area
/// left below them for the chart itself.
pub(super) fn frame<DB: DrawingBackend>(
    root: &Area<DB>,
    title: &str,
    legend: &[Entry],
    style: &Style,
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
    // Bold runs wider than the estimate (the canvas measures it as regular weight).
    for line in wrap(root, title, &ts, avail * 7 / 8) {
        root.draw(&Text::new(line.clone(), (pad, y), ts.clone()))?;
        y += (f64::from(measure(root, &line, &ts).1) * 1.2) as i32;
    }
    y += style.px(4.0) as i32;

    let ts = font(style, f.text, &p.ink, HPos::Left, VPos::Center);
    let narrow = f.text < 12.0;
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
    Ok(root.margin(top, 0, 0, 0))
}

fn draw_key<DB: DrawingBackend>(
    area: &Area<DB>,
    key: &Key,
    (x, y): (i32, i32),
    swatch: i32,
    style: &Style,
) -> Result<(), ChartError>
where
    DB::ErrorType: 'static,
{
    match *key {
        Key::Line(color, width) => {
            let line = color.stroke_width(style.px(width));
            area.draw(&PathElement::new(vec![(x, y), (x + swatch, y)], line))?;
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
    style: &Style,
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
