//! How a chart is drawn: theme, pixel density, text sizes and fonts.

use super::style::Area;
use super::style::{Palette, Style};
use crate::format;
use crate::words::{Lang, Words};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// How a chart is drawn: the caller's [`Style`] with a usable scale, and `text`, a factor
/// on font sizes for backends that draw text smaller than asked (see [`SVG_TEXT`]).
#[derive(Debug, Clone, Copy)]
pub(super) struct Look {
    /// Dark theme.
    pub dark: bool,
    /// Device pixels per CSS pixel: finite, 0.25 to 8.
    pub scale: f64,
    /// Factor on font sizes.
    pub text: f64,
    /// The language of the text and numbers.
    pub lang: Lang,
}

/// plotters' SVG backend writes `font-size` as the size asked for divided by 1.24 (its
/// canvas backend draws the size as asked); asking 1.24 times larger evens that out.
pub(super) const SVG_TEXT: f64 = 1.24;

impl Look {
    /// `style` with its scale made usable (1 unless finite and at least 0.25; at most 8).
    pub(super) fn new(style: &Style, text: f64) -> Look {
        let scale = if style.scale.is_finite() && style.scale >= 0.25 {
            style.scale.min(8.0)
        } else {
            1.0
        };
        Look {
            dark: style.dark,
            scale,
            text,
            lang: style.lang,
        }
    }

    fn style(&self) -> Style {
        Style {
            dark: self.dark,
            scale: self.scale,
            lang: self.lang,
        }
    }

    /// The texts of the chart's language.
    pub(super) fn words(&self) -> &'static Words {
        self.lang.words()
    }

    /// Money in the chart's language.
    pub(super) fn money(&self, billions: f64) -> String {
        format::money(self.lang, billions)
    }

    /// The theme's colours.
    pub(super) fn palette(&self) -> &'static Palette {
        self.style().palette()
    }

    /// `css_px` CSS pixels in device pixels (at least 1), for lines and spacing.
    pub(super) fn px(&self, css_px: f64) -> u32 {
        self.style().px(css_px)
    }

    /// The font size to ask the backend for, for text `css_px` CSS pixels high.
    pub(super) fn font(&self, css_px: f64) -> f64 {
        self.style().font(css_px) * self.text
    }
}

/// A fill opacity of `light` on the light theme, stronger on the dark one (where a
/// faint colour over the dark background turns muddy).
pub(super) fn alpha(style: &Look, light: f64) -> f64 {
    if style.dark {
        (light * 1.3).min(1.0)
    } else {
        light
    }
}

/// Text sizes in CSS pixels, growing with the chart within limits: 12 px text on a phone
/// chart (up to 528 px wide), then a pixel more per 44 px of width, at most 15.5 px (a
/// chart of 680 px and more, on wide screens).
///
/// ```text
/// text  = clamp(width / 44, 12, 15.5)        title = text + 2.5 (1.5 under 480 px)
/// ```
#[derive(Debug, Clone, Copy)]
pub(super) struct Fonts {
    /// The title.
    pub title: f64,
    /// Tick labels, legend, notes, box text.
    pub text: f64,
}

/// Text sizes for a chart drawn into `area`.
pub(super) fn fonts<DB: DrawingBackend>(area: &Area<DB>, style: &Look) -> Fonts {
    let css_width = f64::from(area.dim_in_pixel().0) / style.scale;
    let text = (css_width / 44.0).clamp(12.0, 15.5);
    let title = text + if css_width < 480.0 { 1.5 } else { 2.5 };
    Fonts { title, text }
}

/// The language's font family for plotters. Built here, not by plotters' `From<&str>`,
/// which lowercases the name first and so brings core's Unicode case tables (5 KB of
/// the gzipped page) for a name that is always ours.
fn family(lang: Lang) -> FontFamily<'static> {
    match lang.font_family() {
        "sans-serif" => FontFamily::SansSerif,
        name => FontFamily::Name(name),
    }
}

/// Plain text of `css_px` in `color`, anchored at its `h`, `v` corner.
pub(super) fn font(
    style: &Look,
    css_px: f64,
    color: &RGBColor,
    h: HPos,
    v: VPos,
) -> TextStyle<'static> {
    (family(style.lang), style.font(css_px))
        .into_font()
        .color(color)
        .pos(Pos::new(h, v))
}

/// Bold text, otherwise as [`font`].
pub(super) fn bold(
    style: &Look,
    css_px: f64,
    color: &RGBColor,
    h: HPos,
    v: VPos,
) -> TextStyle<'static> {
    (family(style.lang), style.font(css_px), FontStyle::Bold)
        .into_font()
        .color(color)
        .pos(Pos::new(h, v))
}
