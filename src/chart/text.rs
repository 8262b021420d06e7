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
/// measured), other characters in a list sorted by character (a binary search finds one
/// in ten steps; a `HashMap` cost 1.5 KB of the gzipped page).
struct Advances {
    family: String,
    bold: bool,
    ascii: [f64; 128],
    other: Vec<(char, f64)>,
}

impl Advances {
    fn get(&self, c: char) -> Option<f64> {
        match self.ascii.get(c as usize) {
            Some(w) if w.is_nan() => None,
            Some(w) => Some(*w),
            None => self
                .other
                .binary_search_by_key(&c, |(k, _)| *k)
                .ok()
                .and_then(|i| self.other.get(i))
                .map(|(_, w)| *w),
        }
    }

    fn set(&mut self, c: char, w: f64) {
        if let Some(slot) = self.ascii.get_mut(c as usize) {
            *slot = w;
        } else {
            if self.other.len() >= MEMO_SIZE {
                self.other.clear();
            }
            match self.other.binary_search_by_key(&c, |(k, _)| *k) {
                Ok(i) => self.other[i].1 = w,
                Err(i) => self.other.insert(i, (c, w)),
            }
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
                    other: Vec::new(),
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
        let spaced = format!("n{}", " n".repeat(COPIES));
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

/// One piece of text that is never broken across lines: a word of Latin text, or one
/// Chinese character with the punctuation that must stay with it, or a number with its
/// Chinese unit ("550亿美元").
#[derive(Debug, Clone, PartialEq)]
struct Unit {
    text: String,
    /// Whether a space separates it from the unit before.
    space_before: bool,
}

/// Whether `c` is a CJK ideograph, kana, or full-width form: text that breaks between
/// any two characters, without spaces.
fn is_cjk(c: char) -> bool {
    matches!(c, '\u{2E80}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{FE30}'..='\u{FE4F}'
        | '\u{FF00}'..='\u{FFEF}')
}

/// Punctuation that never starts a line.
fn is_closing(c: char) -> bool {
    "，。、；：）」』！？％…,.;:)!?%".contains(c)
}

/// Punctuation that never ends a line.
fn is_opening(c: char) -> bool {
    "（「『(".contains(c)
}

/// Chinese characters that belong to the number before them.
fn is_number_unit(c: char) -> bool {
    "亿億万萬兆美元年".contains(c)
}

/// `text` cut into the [`Unit`]s a line may break between.
fn units(text: &str) -> Vec<Unit> {
    let mut out: Vec<Unit> = Vec::new();
    let mut cur = String::new();
    let mut cur_space = false;
    let mut space = false;
    let flush = |cur: &mut String, space_before: bool, out: &mut Vec<Unit>| {
        if !cur.is_empty() {
            out.push(Unit {
                text: std::mem::take(cur),
                space_before,
            });
        }
    };
    for c in text.chars() {
        if c.is_whitespace() {
            flush(&mut cur, cur_space, &mut out);
            space = true;
            continue;
        }
        if cur.is_empty() {
            // Closing punctuation and a number's unit stay on the line before.
            let sticks = is_closing(c)
                || (is_number_unit(c)
                    && out.last().is_some_and(|u| {
                        u.text
                            .chars()
                            .last()
                            .is_some_and(|l| l.is_ascii_digit() || is_number_unit(l))
                    }));
            if sticks && !space {
                if let Some(last) = out.last_mut() {
                    last.text.push(c);
                    continue;
                }
            }
            cur_space = space;
            space = false;
            cur.push(c);
        } else if is_closing(c)
            || (is_number_unit(c)
                && cur.ends_with(|l: char| l.is_ascii_digit() || is_number_unit(l)))
        {
            cur.push(c);
        } else if !cur.chars().all(is_opening)
            && (is_cjk(c) || cur.chars().last().is_some_and(is_cjk))
        {
            // A break between Chinese and anything else (no space there in Chinese).
            flush(&mut cur, cur_space, &mut out);
            cur_space = false;
            cur.push(c);
        } else {
            cur.push(c);
        }
        if is_cjk(c) && !is_opening(c) && !is_number_unit(c) {
            flush(&mut cur, cur_space, &mut out);
        }
    }
    flush(&mut cur, cur_space, &mut out);
    out
}

/// The pieces of `text` that are never broken: its longest one is the narrowest a box
/// holding `text` may be.
pub(super) fn words_of(text: &str) -> Vec<String> {
    units(text).into_iter().map(|u| u.text).collect()
}

/// `unit` as it is when it fits in `max` pixels or is not a link; else (a link in a
/// footer, say) in pieces that fit, broken after `&`, `#`, `/`, `?` or `=` where it can
/// be, else between characters.
fn split_long<DB: DrawingBackend>(
    area: &Area<DB>,
    unit: Unit,
    ts: &TextStyle,
    max: f64,
) -> Vec<Unit> {
    // Only a link or path is broken; a word or a figure ("550亿美元") keeps its line.
    if width(area, &unit.text, ts) <= max || !unit.text.contains(['&', '#', '/', '?', '=']) {
        return vec![unit];
    }
    // Segments ending after a break character, each split into characters if too wide.
    let mut segments: Vec<String> = vec![String::new()];
    for c in unit.text.chars() {
        if let Some(last) = segments.last_mut() {
            last.push(c);
        }
        if "&#/?=".contains(c) {
            segments.push(String::new());
        }
    }
    let pieces = segments
        .into_iter()
        .filter(|s| !s.is_empty())
        .flat_map(|s| {
            if width(area, &s, ts) <= max {
                vec![s]
            } else {
                s.chars().map(String::from).collect()
            }
        });
    // Packed greedily into lines; only the first keeps the unit's space before it.
    let mut out: Vec<Unit> = Vec::new();
    for piece in pieces {
        match out.last_mut() {
            Some(last) if width(area, &format!("{}{piece}", last.text), ts) <= max => {
                last.text.push_str(&piece);
            }
            _ => out.push(Unit {
                space_before: out.is_empty() && unit.space_before,
                text: piece,
            }),
        }
    }
    out
}

/// `text` broken into lines no wider than `max_width` pixels: at spaces, and between
/// Chinese characters (never before closing punctuation or between a number and its
/// unit). A single piece wider than that gets a line of its own.
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
    for unit in units(text)
        .into_iter()
        .flat_map(|u| split_long(area, u, ts, max))
    {
        let w = width(area, &unit.text, ts);
        let gap = if unit.space_before { space } else { 0.0 };
        if line.is_empty() {
            (line, used) = (unit.text, w);
        } else if used + gap + w <= max {
            if unit.space_before {
                line.push(' ');
            }
            line.push_str(&unit.text);
            used += gap + w;
        } else {
            lines.push(std::mem::replace(&mut line, unit.text));
            used = w;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests;
