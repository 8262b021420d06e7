//! The link preview image (Open Graph / Twitter card): a chart of the default scenario,
//! from the same chart code as the page, rasterised natively at build time (resvg; see
//! Cargo.toml). Native only.

use crate::chart::{self, ChartId, Style};
use crate::model::{evaluate, Inputs};
use crate::words::Lang;
use resvg::{tiny_skia, usvg};

/// The preview's size in pixels (the 1.91:1 card chat apps and social sites show).
pub const SIZE: (u32, u32) = (1200, 630);
/// Pixels per CSS pixel: the chart is laid out at 600x315 and drawn at twice that, so
/// its text is as large, against the card, as on a phone.
const SCALE: f32 = 2.0;

/// Fonts the charts may find on a Linux build machine, for the generic `sans-serif`.
const SANS: &[&str] = &[
    "DejaVu Sans",
    "Noto Sans",
    "Liberation Sans",
    "Noto Sans CJK SC",
];

/// `chart` of the default scenario in `lang` as PNG bytes.
///
/// # Errors
/// A message when the chart cannot be drawn, parsed or encoded.
pub fn png(chart: ChartId, lang: Lang) -> Result<Vec<u8>, String> {
    let inputs = Inputs::default();
    let projection = evaluate(&inputs).map_err(|e| e.to_string())?;
    let style = Style {
        lang,
        ..Style::default()
    };
    let css = (
        (SIZE.0 as f32 / SCALE) as u32,
        (SIZE.1 as f32 / SCALE) as u32,
    );
    let svg =
        chart::svg(chart, &inputs, &projection, None, &style, css).map_err(|e| e.to_string())?;
    let mut options = usvg::Options::default();
    let fonts = options.fontdb_mut();
    fonts.load_system_fonts();
    let available: Vec<String> = fonts
        .faces()
        .flat_map(|face| face.families.iter().map(|(name, _)| name.clone()))
        .collect();
    if let Some(family) = SANS.iter().find(|f| available.iter().any(|a| a == *f)) {
        fonts.set_sans_serif_family(*family);
    }
    let tree = usvg::Tree::from_str(&svg, &options).map_err(|e| e.to_string())?;
    let mut pixmap = tiny_skia::Pixmap::new(SIZE.0, SIZE.1).ok_or("no pixmap of that size")?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(SCALE, SCALE),
        &mut pixmap.as_mut(),
    );
    pixmap.encode_png().map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_preview_is_a_png_of_the_card_size_with_a_chart_on_it() {
        let bytes = png(ChartId::Gap, Lang::En).expect("the preview renders");
        assert_eq!(
            &bytes[..8],
            &[0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a]
        );
        let width = u32::from_be_bytes([bytes[16], bytes[17], bytes[18], bytes[19]]);
        let height = u32::from_be_bytes([bytes[20], bytes[21], bytes[22], bytes[23]]);
        assert_eq!((width, height), SIZE);
        // A drawn chart: far more than a blank card compresses to (a few KB), even on a
        // machine with no fonts for its text yet.
        assert!(bytes.len() > 8_000, "{} bytes", bytes.len());
    }
}
