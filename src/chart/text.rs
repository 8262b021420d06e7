//! Measuring and wrapping text, the same way on every backend.

use super::frame::Area;
use plotters::prelude::*;
use std::cell::RefCell;
use std::collections::HashMap;

/// At most this many widths are remembered; then the memo starts afresh.
const MEMO_SIZE: usize = 4096;

thread_local! {
    /// Word widths already measured, by font and word. The page redraws four charts on
    /// every slider step, mostly with the same words, and the canvas backend measures each
    /// one in a DOM span, which is slow (about 45 ms a redraw without this).
    static WIDTHS: RefCell<HashMap<String, i32>> = RefCell::new(HashMap::new());
}

/// Width of `text` in pixels as the backend will draw it (the DOM measures it on a
/// canvas; natively a per-character estimate that matches the SVG rendering), and its
/// height, taken as the font size.
///
/// Measured word by word: the canvas backend measures in a DOM span, which wraps a string
/// wider than the viewport (and device pixels are wider than CSS pixels), so a whole long
/// title would come back too narrow and two lines tall.
pub(super) fn measure<DB: DrawingBackend>(
    area: &Area<DB>,
    text: &str,
    ts: &TextStyle,
) -> (i32, i32) {
    if !text.contains(' ') {
        return measure_word(area, text, ts);
    }
    let space = space_width(area, ts);
    let (mut w, mut h) = (-space, 0);
    for word in text.split(' ') {
        let (ww, wh) = measure_word(area, word, ts);
        w += ww + space;
        h = h.max(wh);
    }
    (w.max(0), h)
}

fn measure_word<DB: DrawingBackend>(area: &Area<DB>, word: &str, ts: &TextStyle) -> (i32, i32) {
    // The height is the font size: a DOM span's height includes the page's line height.
    let size = ts.font.get_size();
    let bold = matches!(ts.font.get_style(), FontStyle::Bold);
    let key = format!("{}|{bold}|{}|{word}", ts.font.get_name(), size.to_bits());
    let known = WIDTHS.with(|m| m.try_borrow().ok().and_then(|m| m.get(&key).copied()));
    let width = known.unwrap_or_else(|| {
        let width = match area.estimate_text_size(word, ts) {
            Ok((w, _)) if w > 0 || word.is_empty() => w as i32,
            _ => (size * 0.5 * word.chars().count() as f64) as i32,
        };
        WIDTHS.with(|m| {
            if let Ok(mut m) = m.try_borrow_mut() {
                if m.len() >= MEMO_SIZE {
                    m.clear();
                }
                m.insert(key, width);
            }
        });
        width
    });
    (width, size.round() as i32)
}

/// The width of a space between two words.
fn space_width<DB: DrawingBackend>(area: &Area<DB>, ts: &TextStyle) -> i32 {
    (measure_word(area, "n n", ts).0 - measure_word(area, "nn", ts).0).max(0)
}

/// `text` broken at spaces into lines no wider than `max_width` pixels (a single word
/// wider than that gets a line of its own).
pub(super) fn wrap<DB: DrawingBackend>(
    area: &Area<DB>,
    text: &str,
    ts: &TextStyle,
    max_width: i32,
) -> Vec<String> {
    let space = space_width(area, ts);
    let mut lines: Vec<String> = Vec::new();
    let (mut line, mut width) = (String::new(), 0);
    for word in text.split_whitespace() {
        let w = measure_word(area, word, ts).0;
        if line.is_empty() {
            (line, width) = (word.to_string(), w);
        } else if width + space + w <= max_width {
            line = format!("{line} {word}");
            width += space + w;
        } else {
            lines.push(std::mem::replace(&mut line, word.to_string()));
            width = w;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}
