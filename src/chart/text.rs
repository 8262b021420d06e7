//! Measuring and wrapping text, the same way on every backend.
//!
//! Widths are summed from per-character advances that the backend measures once per
//! font family and character, at a reference size, and then scales. The page's canvas
//! backend measures text by adding a span to the DOM and forcing a layout (about 0.2 ms
//! each); measuring every new word, such as a money figure that changes on every slider
//! step, cost a layout per number per redraw. Characters are few, so after the first
//! draw nothing is measured again. Kerning is ignored (at most a pixel or two a word).

use super::frame::Area;
use plotters::prelude::*;
use std::cell::RefCell;
use std::collections::HashMap;

/// Font size at which characters are measured, in pixels: large, so that the backend's
/// whole-pixel widths are precise once scaled down.
const REF_SIZE: f64 = 100.0;
/// How many copies of a character are measured together (a DOM span's width is a whole
/// number of pixels).
const COPIES: usize = 4;
/// Bold text is measured as regular (the DOM measure ignores the weight) and widened.
const BOLD: f64 = 1.08;
/// At most this many other than ASCII characters per family are remembered; then that
/// memo starts afresh.
const MEMO_SIZE: usize = 1024;

/// Advances at [`REF_SIZE`] of one font family: ASCII in a table (NaN until measured),
/// other characters in a map.
struct Advances {
    family: String,
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
    /// Advances by font family (the charts use one or two).
    static ADVANCES: RefCell<Vec<Advances>> = const { RefCell::new(Vec::new()) };
}

/// The known advance of `c` in `family` at [`REF_SIZE`].
fn known(family: &str, text: &str) -> Option<f64> {
    ADVANCES.with(|m| {
        let m = m.try_borrow().ok()?;
        let table = m.iter().find(|a| a.family == family)?;
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
    let family = ts.font.get_name();
    let size = ts.font.get_size();
    let bold = if matches!(ts.font.get_style(), FontStyle::Bold) {
        BOLD
    } else {
        1.0
    };
    let at_ref =
        known(family, text).unwrap_or_else(|| text.chars().map(|c| advance(area, ts, c)).sum());
    at_ref * size / REF_SIZE * bold
}

/// The advance of `c` at [`REF_SIZE`], measured through the backend the first time.
fn advance<DB: DrawingBackend>(area: &Area<DB>, ts: &TextStyle, c: char) -> f64 {
    let family = ts.font.get_name();
    let mut buf = [0; 4];
    if let Some(w) = known(family, c.encode_utf8(&mut buf)) {
        return w;
    }
    let reference: TextStyle = ts.font.resize(REF_SIZE).style(FontStyle::Normal).into();
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
    let w = match measured {
        Some(w) if w.is_finite() && w > 0.0 => w,
        _ => REF_SIZE * 0.5,
    };
    ADVANCES.with(|m| {
        if let Ok(mut m) = m.try_borrow_mut() {
            if let Some(table) = m.iter_mut().find(|a| a.family == family) {
                table.set(c, w);
            } else {
                let mut table = Advances {
                    family: family.to_string(),
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
