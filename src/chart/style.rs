//! Colours, sizes and number formats shared by the charts.

use plotters::style::RGBColor;

/// How to draw: theme and pixel density.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    /// Dark background, light ink.
    pub dark: bool,
    /// Device pixels per CSS pixel: font sizes and line widths are multiplied by it, so a
    /// canvas sized to its CSS box times `devicePixelRatio` stays sharp. 1.0 for SVG.
    pub scale: f64,
}

impl Default for Style {
    fn default() -> Self {
        Style {
            dark: false,
            scale: 1.0,
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

/// Formats billions of dollars for people: `$55B`, `$2.4B`, `$1.03T`, `-$5.24T`, `$0`,
/// `$1,083T`, `$1.3e17T`. Halves round away from zero.
///
/// ```text
/// |v| <  0.05          -> "$0"                     non-finite -> "n/a"
/// |v| <  9.95          -> 1 decimal, "B"           |v| < 999.995 -> 0 decimals, "B"
/// |v| <  999,995       -> v/1000 with 2 decimals, "T"
/// |v| <  999,999,500   -> whole trillions with thousands separators, "T"
/// beyond               -> trillions in powers of ten, 2 significant digits, "T"
/// ```
pub fn money(billions: f64) -> String {
    if !billions.is_finite() {
        return "n/a".into();
    }
    let sign = if billions < 0.0 { "-" } else { "" };
    let a = billions.abs();
    if a >= 999.995 {
        format!("{sign}${}T", trillions(a, 1))
    } else if a >= 9.95 {
        format!("{sign}${}B", a.round() as i64)
    } else if a >= 0.05 {
        let tenths = (a * 10.0).round() as i64;
        format!("{sign}${}.{}B", tenths / 10, tenths % 10)
    } else {
        "$0".into()
    }
}

/// A positive number of billions (at least 999.995) in trillions: 2 decimals under a
/// thousand trillion, whole with thousands separators under a million, else `M.Me{exp}`
/// with `decimals` in the mantissa.
pub(super) fn trillions(billions: f64, decimals: usize) -> String {
    let t = billions / 1000.0;
    if t < 999.995 {
        // Rounded in integers (formatting a float to a precision is slow in wasm), from
        // the billions, which hold hundredths of a trillion exactly where people type them.
        let hundredths = (billions / 10.0).round() as i64;
        format!("{}.{:02}", hundredths / 100, hundredths % 100)
    } else if t.round() < 1e6 {
        let digits = (t.round() as i64).to_string();
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        out
    } else {
        format!("{t:.decimals$e}")
    }
}

#[cfg(test)]
mod tests {
    use super::money;

    #[test]
    fn money_reads_like_a_headline() {
        assert_eq!(money(55.0), "$55B");
        assert_eq!(money(1030.234), "$1.03T");
        assert_eq!(money(-5242.136), "-$5.24T");
        assert_eq!(money(2.44), "$2.4B");
        assert_eq!(money(999.0), "$999B");
        assert_eq!(money(999.999), "$1.00T");
        assert_eq!(money(0.0), "$0");
        assert_eq!(money(-0.01), "$0");
        assert_eq!(money(106.5), "$107B");
        assert_eq!(money(9.94), "$9.9B");
        assert_eq!(money(9.96), "$10B");
        assert_eq!(money(0.05), "$0.1B");
        assert_eq!(money(1005.0), "$1.01T");
        assert_eq!(money(12_345.6), "$12.35T");
        assert_eq!(money(f64::NAN), "n/a");
    }

    #[test]
    fn money_stays_readable_at_any_size() {
        assert_eq!(money(125_309.0), "$125.31T");
        assert_eq!(money(999_990.0), "$999.99T");
        assert_eq!(money(999_996.0), "$1,000T");
        assert_eq!(money(1_082_570.0), "$1,083T");
        assert_eq!(money(-1_082_570.0), "-$1,083T");
        assert_eq!(money(123_456_789.0), "$123,457T");
        assert_eq!(money(999_999_000.0), "$999,999T");
        assert_eq!(money(999_999_600.0), "$1.0e6T");
        assert_eq!(money(125_309_465_256_390_944_000.0), "$1.3e17T");
        assert_eq!(money(-1.5e22), "-$1.5e19T");
        assert_eq!(money(f64::MAX), "$1.8e305T");
        assert_eq!(money(f64::INFINITY), "n/a");
        for v in [1e3, 1e5, 1e7, 1e9, 1e12, 1e20, 1e300] {
            assert!(money(v).len() <= 10, "{}", money(v));
        }
    }
}
