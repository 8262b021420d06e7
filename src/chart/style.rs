//! Colours and sizes shared by the charts, and the drawing area they draw into.

use crate::scenario::ChartId;
use crate::words::Lang;
use plotters::coord::Shift;
use plotters::prelude::DrawingArea;
use plotters::style::RGBColor;

/// A drawing area in pixel coordinates.
pub(super) type Area<DB> = DrawingArea<DB, Shift>;

/// How to draw: theme, pixel density and language.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    /// Dark background, light ink.
    pub dark: bool,
    /// Device pixels per CSS pixel: font sizes and line widths are multiplied by it, so a
    /// canvas sized to its CSS box times `devicePixelRatio` stays sharp. 1.0 for SVG.
    pub scale: f64,
    /// The language of the chart's text and numbers.
    pub lang: Lang,
}

impl Default for Style {
    fn default() -> Self {
        Style {
            dark: false,
            scale: 1.0,
            lang: Lang::En,
        }
    }
}

/// The colours of one theme. Series colours are Okabe-Ito, distinguishable with the
/// common colour-vision deficiencies; the dark theme lightens them for contrast.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette {
    /// Chart background (matches the page's card background).
    pub background: RGBColor,
    /// Titles, labels, axis text.
    pub ink: RGBColor,
    /// Secondary text and axes.
    pub muted: RGBColor,
    /// Grid lines.
    pub grid: RGBColor,
    /// Required revenue; the gap; losses.
    pub required: RGBColor,
    /// Customer revenue.
    pub revenue: RGBColor,
    /// Depreciation.
    pub depreciation: RGBColor,
    /// Return on capital.
    pub capital_return: RGBColor,
    /// Energy.
    pub energy: RGBColor,
    /// Other opex.
    pub opex: RGBColor,
    /// Compute paid by customers.
    pub customers: RGBColor,
    /// Compute paid by investor funding.
    pub funding: RGBColor,
    /// The round-trip part of the funding.
    pub round_trip: RGBColor,
}

const LIGHT: Palette = Palette {
    background: RGBColor(255, 255, 255),
    ink: RGBColor(26, 26, 26),
    muted: RGBColor(90, 90, 90),
    grid: RGBColor(226, 226, 226),
    required: RGBColor(213, 94, 0),
    revenue: RGBColor(0, 114, 178),
    depreciation: RGBColor(0, 114, 178),
    capital_return: RGBColor(86, 180, 233),
    energy: RGBColor(230, 159, 0),
    opex: RGBColor(204, 121, 167),
    customers: RGBColor(0, 158, 115),
    funding: RGBColor(120, 120, 120),
    round_trip: RGBColor(213, 94, 0),
};

const DARK: Palette = Palette {
    background: RGBColor(24, 27, 33),
    ink: RGBColor(232, 232, 232),
    muted: RGBColor(170, 170, 170),
    grid: RGBColor(58, 62, 70),
    required: RGBColor(255, 128, 64),
    revenue: RGBColor(86, 180, 233),
    depreciation: RGBColor(64, 156, 220),
    capital_return: RGBColor(150, 210, 245),
    energy: RGBColor(240, 190, 60),
    opex: RGBColor(225, 150, 195),
    customers: RGBColor(40, 200, 150),
    funding: RGBColor(160, 160, 160),
    round_trip: RGBColor(255, 128, 64),
};

impl Style {
    /// The palette of this style's theme.
    pub fn palette(&self) -> &'static Palette {
        if self.dark {
            &DARK
        } else {
            &LIGHT
        }
    }

    /// `css_px` CSS pixels in device pixels (at least 1).
    pub fn px(&self, css_px: f64) -> u32 {
        (css_px * self.scale).round().max(1.0) as u32
    }

    /// A font size of `css_px` CSS pixels, in device pixels.
    pub fn font(&self, css_px: f64) -> f64 {
        css_px * self.scale
    }
}

/// The title of `chart` in `lang`.
pub fn title(chart: ChartId, lang: Lang) -> &'static str {
    lang.words()
        .charts
        .titles
        .get(chart.id())
        .copied()
        .unwrap_or_default()
}
