//! Measuring and wrapping text, the same way on every backend.
//!
//! Widths are summed from per-character advances that the backend measures once per
//! font family, weight and character, at a reference size, and then scales. plotters'
//! canvas backend measures text by adding a span to the DOM and forcing a layout (about
//! 0.2 ms each), and even a canvas `measureText` crosses into JS: measuring every new
//! word, such as a money figure that changes on every slider step, cost a measurement
//! per word per redraw. Characters are few, so after the first draw nothing is measured
//! again. Kerning is ignored (at most a pixel or two a word).

use super::style::Area;
use plotters::prelude::*;
use std::cell::RefCell;
use std::collections::HashMap;

/// Font size at which characters are measured, in pixels: large, so that the backend's
/// whole-pixel widths are precise once scaled down.
const REF_SIZE: f64 = 100.0;
/// How many copies of a character are measured together (a DOM span's width is a whole
/// number of pixels).
const COPIES: usize = 4;
/// Bold text, where the backend measures it as regular (plotters' DOM measure and its
/// native estimate ignore the weight), is widened by this.
const BOLD: f64 = 1.08;
/// At most this many other than ASCII characters per family are remembered; then that
/// memo starts afresh.
const MEMO_SIZE: usize = 1024;

/// Advances at [`REF_SIZE`] of one font family and weight: ASCII in a table (NaN until
/// measured), other characters in a map.
struct Advances {
    family: String,
    bold: bool,
    ascii: [f64; 128],
    other: HashMap<char, f64>,
}

impl Advances {
    fn get(&self, c: char) -> Option<f64> {
        match self.ascii.get(c as usize) {
            Some(w) if w.is_nan() => None,
            Some(w) => Some(*w),
            None => self.other.get(&c).copied(),
        }
    }

    fn set(&mut self, c: char, w: f64) {
        if let Some(slot) = self.ascii.get_mut(c as usize) {
            *slot = w;
        } else {
            if self.other.len() >= MEMO_SIZE {
                self.other.clear();
            }
            self.other.insert(c, w);
        }
    }
}

thread_local! {
    /// Advances by font family and weight (the charts use one family, two weights).
    static ADVANCES: RefCell<Vec<Advances>> = const { RefCell::new(Vec::new()) };
}

/// The known width of `text` in `family`, bold or not, at [`REF_SIZE`].
fn known(family: &str, bold: bool, text: &str) -> Option<f64> {
    ADVANCES.with(|m| {
        let m = m.try_borrow().ok()?;
        let table = m.iter().find(|a| a.family == family && a.bold == bold)?;
        text.chars().map(|c| table.get(c)).sum::<Option<f64>>()
    })
}

/// Width of `text` in pixels as the backend will draw it, and its height, taken as the
/// font size.
pub(super) fn measure<DB: DrawingBackend>(
    area: &Area<DB>,
    text: &str,
    ts: &TextStyle,
) -> (i32, i32) {
    let size = ts.font.get_size();
    (width(area, text, ts).round() as i32, size.round() as i32)
}

/// Width of `text` in pixels, unrounded.
fn width<DB: DrawingBackend>(area: &Area<DB>, text: &str, ts: &TextStyle) -> f64 {
    let (family, bold) = (ts.font.get_name(), is_bold(ts));
    let at_ref = known(family, bold, text)
        .unwrap_or_else(|| text.chars().map(|c| advance(area, ts, c)).sum());
    at_ref * ts.font.get_size() / REF_SIZE
}

fn is_bold(ts: &TextStyle) -> bool {
    matches!(ts.font.get_style(), FontStyle::Bold)
}

/// The advance of `c` at [`REF_SIZE`], measured through the backend the first time.
fn advance<DB: DrawingBackend>(area: &Area<DB>, ts: &TextStyle, c: char) -> f64 {
    let (family, bold) = (ts.font.get_name(), is_bold(ts));
    let mut buf = [0; 4];
    if let Some(w) = known(family, bold, c.encode_utf8(&mut buf)) {
        return w;
    }
    let mut w = measure_char(area, ts, c);
    if bold {
        let regular: TextStyle = ts.font.style(FontStyle::Normal).into();
        let plain = advance(area, &regular, c);
        if (w - plain).abs() < 1e-9 {
            w = plain * BOLD;
        }
    }
    ADVANCES.with(|m| {
        if let Ok(mut m) = m.try_borrow_mut() {
            if let Some(table) = m.iter_mut().find(|a| a.family == family && a.bold == bold) {
                table.set(c, w);
            } else {
                let mut table = Advances {
                    family: family.to_string(),
                    bold,
                    ascii: [f64::NAN; 128],
                    other: HashMap::new(),
                };
                table.set(c, w);
                m.push(table);
            }
        }
    });
    w
}

/// The advance of `c` at [`REF_SIZE`] in the font of `ts`, as the backend measures it.
fn measure_char<DB: DrawingBackend>(area: &Area<DB>, ts: &TextStyle, c: char) -> f64 {
    let reference: TextStyle = ts.font.resize(REF_SIZE).into();
    let backend = |s: &str| match area.estimate_text_size(s, &reference) {
        Ok((w, _)) => Some(f64::from(w)),
        Err(_) => None,
    };
    // A DOM span collapses runs of spaces: a space is measured between letters.
    let measured = if c.is_whitespace() {
        let spaced = ["n"; COPIES + 1].join(" ");
        backend(&spaced)
            .zip(backend(&"n".repeat(COPIES + 1)))
            .map(|(a, b)| (a - b) / COPIES as f64)
    } else {
        backend(&c.to_string().repeat(COPIES)).map(|w| w / COPIES as f64)
    };
    match measured {
        Some(w) if w.is_finite() && w > 0.0 => w,
        _ => REF_SIZE * 0.5,
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
    let space = width(area, " ", ts);
    let max = f64::from(max_width);
    let mut lines: Vec<String> = Vec::new();
    let (mut line, mut used) = (String::new(), 0.0);
    for word in text.split_whitespace() {
        let w = width(area, word, ts);
        if line.is_empty() {
            (line, used) = (word.to_string(), w);
        } else if used + space + w <= max {
            line.push(' ');
            line.push_str(word);
            used += space + w;
        } else {
            lines.push(std::mem::replace(&mut line, word.to_string()));
            used = w;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_area(f: impl FnOnce(&Area<SVGBackend>)) {
        let mut out = String::new();
        let root = SVGBackend::with_string(&mut out, (400, 300)).into_drawing_area();
        f(&root);
    }

    #[test]
    fn widths_add_up_by_character_and_scale_with_size() {
        with_area(|area| {
            let ts: TextStyle = ("sans-serif", 12.0).into_font().into();
            let w = |s: &str| width(area, s, &ts);
            assert!((w("$515B") - (w("$5") + w("15B"))).abs() < 1e-9);
            assert!((w("a b") - (w("a") + w(" ") + w("b"))).abs() < 1e-9);
            let big: TextStyle = ("sans-serif", 24.0).into_font().into();
            assert!((width(area, "$515B", &big) - 2.0 * w("$515B")).abs() < 1e-9);
            assert_eq!(measure(area, "", &ts), (0, 12));
            assert!(w("é€") > 0.0);
        });
    }

    #[test]
    fn bold_is_wider_even_where_the_backend_ignores_the_weight() {
        with_area(|area| {
            let plain: TextStyle = ("sans-serif", 12.0).into_font().into();
            let bold: TextStyle = ("sans-serif", 12.0, FontStyle::Bold).into_font().into();
            let (p, b) = (
                width(area, "Revenue", &plain),
                width(area, "Revenue", &bold),
            );
            assert!((b / p - BOLD).abs() < 1e-9, "{p} {b}");
        });
    }

    #[test]
    fn wrap_breaks_at_spaces_within_the_width() {
        with_area(|area| {
            let ts: TextStyle = ("sans-serif", 12.0).into_font().into();
            let max = measure(area, "Not spent on", &ts).0;
            let lines = wrap(area, "Not spent on compute", &ts, max);
            assert_eq!(lines, vec!["Not spent on", "compute"]);
            assert_eq!(wrap(area, "  ", &ts, 10), Vec::<String>::new());
        });
    }
}
