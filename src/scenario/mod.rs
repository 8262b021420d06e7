//! The scenario text (DESIGN.md, "The scenario text"): `key=value` pairs joined by `&`,
//! used by the URL fragment, the CLI and saved scenarios.
//!
//! Parsing never fails: every problem becomes a [`Notice`](crate::scenario::Notice) and a
//! default, clamped or rounded value, so NaN and infinities never reach the model.

mod decimal;
mod notice;
mod presets;
mod text;
mod view;

pub use notice::{in_lang, Notice, NoticeKind, MAX_NOTICES};
use presets::preset_v1;
pub use presets::{preset, Preset, PRESETS};

use notice::Notices;
pub use view::{ChartId, Theme, View, VIEW_KEYS};

use view::parse_view;

use crate::model::{Inputs, PARAMS};
use serde::{Deserialize, Serialize};

/// The current format version, written as `v=2`. A text without `v`, or with `v=1`, is a
/// version 1 text (DESIGN.md, "Version 1 links keep their meaning").
pub const VERSION: u32 = 2;

/// A parsed scenario: model inputs and view options.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Scenario {
    /// The model's inputs.
    pub inputs: Inputs,
    /// The page's view options.
    pub view: View,
}

/// The result of [`parse`]: always a usable scenario, and what was wrong with the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Parsed {
    /// The scenario.
    pub scenario: Scenario,
    /// Problems found, at most [`MAX_NOTICES`] + 1.
    pub notices: Vec<Notice>,
}

/// Parses scenario text; never fails.
///
/// ```text
/// text  = ["#" | "?"] pair ("&" pair)*      pair = key "=" value   (percent-decoded)
/// order = defaults, then preset=ID, then every other key in order (the last repeat wins)
/// value = clamp(round_if_whole(number), min, max), or the default when not a finite number
/// v1    = no v, or v=1: short_share = 100 unless the text sets it (all capex at `life`,
///         as v1 computed); a non-empty v1 text yields an `upgraded` notice
/// ```
pub fn parse(input: &str) -> Parsed {
    let mut notes = Notices::default();
    let pairs = text::pairs(input);
    let mut inputs = Inputs::default();
    let version = version_of(&pairs, &mut notes);
    if version == 1 {
        inputs.short_share = 100.0;
        if !pairs.is_empty() {
            notes.push("v", NoticeKind::Upgraded, &[]);
        }
    }
    if let Some((_, id)) = pairs.iter().rev().find(|(k, _)| k == "preset") {
        // A version 1 text's preset means the values that preset had then.
        let values = if version == 1 {
            preset_v1(id)
        } else {
            preset(id).map(|p| p.values)
        };
        match values {
            Some(values) => apply_values(&mut inputs, values),
            None => notes.push(
                "preset",
                NoticeKind::UnknownPreset,
                &[("value", text::shorten(id))],
            ),
        }
    }
    let mut view = View::default();
    let mut seen: Vec<&str> = Vec::new();
    let mut repeated: Vec<&str> = Vec::new();
    for (key, value) in &pairs {
        let key = key.as_str();
        if key == "preset" {
            continue;
        }
        let is_view = VIEW_KEYS.contains(&key);
        let known = key == "v" || is_view || crate::model::param(key).is_some();
        if known && seen.contains(&key) {
            if !repeated.contains(&key) {
                repeated.push(key);
                notes.push(key, NoticeKind::Repeated, &[]);
            }
        } else if known {
            seen.push(key);
        }
        match key {
            "v" => {}
            _ if is_view => parse_view(key, value, &mut view, &mut notes),
            _ => match inputs.get_mut(key) {
                Some(slot) => parse_input(key, value, slot, &mut notes),
                None => notes.push(key, NoticeKind::UnknownKey, &[]),
            },
        }
    }
    Parsed {
        scenario: Scenario { inputs, view },
        notices: notes.finish(),
    }
}

/// Parses the scenario of a page's address: an address with no scenario at all (no
/// fragment) opens the calculator on today's defaults; any other text is [`parse`]d, so a
/// link made by an earlier version keeps its meaning.
///
/// An address whose fragment names no setting at all (`#how`, a link to a section) is a
/// bare address too.
pub fn parse_link(text: &str) -> Parsed {
    let known = |key: &str| {
        matches!(key, "v" | "preset")
            || VIEW_KEYS.contains(&key)
            || crate::model::param(key).is_some()
    };
    if text::pairs(text).iter().any(|(key, _)| known(key)) {
        parse(text)
    } else {
        parse(&format!("v={VERSION}"))
    }
}

/// What `eval` prints and the page receives: the projection and the parse notices.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evaluation {
    /// Headline outputs.
    pub summary: crate::model::Summary,
    /// The year table.
    pub years: Vec<crate::model::YearRow>,
    /// What was wrong with the scenario text.
    pub notices: Vec<Notice>,
}

/// Parses `text` and evaluates the model on it.
///
/// ```text
/// evaluate(text) = model::evaluate(parse(text).inputs), with parse(text).notices
/// ```
///
/// # Errors
/// Only if the parsed inputs fail validation, which parsing is built to prevent.
pub fn evaluate(text: &str) -> Result<Evaluation, crate::model::InputError> {
    let parsed = parse(text);
    let projection = crate::model::evaluate(&parsed.scenario.inputs)?;
    Ok(Evaluation {
        summary: projection.summary,
        years: projection.years,
        notices: parsed.notices,
    })
}

/// A short tag of the scenario's inputs for file names: "default", or the first four
/// inputs that differ from the defaults, e.g. "capex-650_life-3". View keys are left out.
pub fn file_tag(inputs: &Inputs) -> String {
    let written = write(&Scenario {
        inputs: *inputs,
        view: View::default(),
    });
    let mut pairs = written
        .split('&')
        .filter(|pair| !pair.is_empty() && !pair.starts_with("v="))
        .take(4);
    let first = pairs.next().unwrap_or_default().to_string();
    // Joined by hand: `[&str]::join` was a second copy of join's code in the wasm.
    let tag: String = pairs
        .fold(first, |tag, pair| tag + "_" + pair)
        .replace('=', "-")
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'))
        .collect();
    if tag.is_empty() {
        "default".into()
    } else {
        tag
    }
}

/// Sets the preset's values on top of `inputs`.
pub fn apply_preset(inputs: &mut Inputs, p: &Preset) {
    apply_values(inputs, p.values);
}

fn apply_values(inputs: &mut Inputs, values: &[(&str, f64)]) {
    for (key, value) in values {
        if let Some(slot) = inputs.get_mut(key) {
            *slot = *value;
        }
    }
}

/// The preset whose values are exactly `inputs`, if any: `preferred` when it matches
/// (presets can coincide, and the one the reader chose is the one to show), else the
/// first in menu order.
pub fn matching_preset(inputs: &Inputs, preferred: Option<&str>) -> Option<&'static Preset> {
    let matches = |p: &&Preset| {
        let mut with = Inputs::default();
        apply_preset(&mut with, p);
        with == *inputs
    };
    PRESETS
        .iter()
        .filter(|p| Some(p.id) == preferred)
        .find(matches)
        .or_else(|| PRESETS.iter().find(matches))
}

/// The text's format version: 1 without `v` or with `v=1`, else 2 (with a notice when `v`
/// is neither 1 nor 2).
fn version_of(pairs: &[(String, String)], notes: &mut Notices) -> u32 {
    match pairs
        .iter()
        .rev()
        .find(|(k, _)| k == "v")
        .map(|(_, v)| v.trim())
    {
        None | Some("1") => 1,
        Some("2") => 2,
        Some(other) => {
            notes.push(
                "v",
                NoticeKind::Version,
                &[
                    ("value", text::shorten(other)),
                    ("version", VERSION.to_string()),
                ],
            );
            VERSION
        }
    }
}

fn parse_input(key: &str, raw: &str, slot: &mut f64, notes: &mut Notices) {
    let Some(spec) = crate::model::param(key) else {
        return;
    };
    let shown = text::shorten(raw);
    let value = match decimal::parse(raw.trim()) {
        None => {
            let values = [("value", shown), ("used", format!("{}", *slot))];
            return notes.push(key, NoticeKind::NotANumber, &values);
        }
        Some(v) if !v.is_finite() => {
            let values = [("value", shown), ("used", format!("{}", *slot))];
            return notes.push(key, NoticeKind::NotFinite, &values);
        }
        Some(v) => v + 0.0, // turns -0 into 0
    };
    let mut used = value;
    if spec.whole && used.fract() != 0.0 {
        used = used.round();
        let values = [("value", shown.clone()), ("used", format!("{used}"))];
        notes.push(key, NoticeKind::Rounded, &values);
    }
    if used < spec.min || used > spec.max {
        used = used.clamp(spec.min, spec.max);
        let values = [
            ("value", shown),
            ("min", format!("{}", spec.min)),
            ("max", format!("{}", spec.max)),
            ("used", format!("{used}")),
        ];
        notes.push(key, NoticeKind::Clamped, &values);
    }
    *slot = used;
}

/// Writes scenario text: `v=2`, then only the inputs that differ from the defaults (in
/// [`PARAMS`] order), then the view keys that are set. The default scenario writes `v=2`
/// (an empty text is a version 1 text).
///
/// ```text
/// parse(write(s)).scenario == s      for every s that parse returns
/// ```
pub fn write(scenario: &Scenario) -> String {
    let defaults = Inputs::default();
    let mut pairs: Vec<String> = Vec::new();
    for p in PARAMS {
        let (Some(value), Some(default)) = (scenario.inputs.get(p.key), defaults.get(p.key)) else {
            continue;
        };
        if value.to_bits() != default.to_bits() {
            pairs.push(format!("{}={}", p.key, value));
        }
    }
    let view = &scenario.view;
    if view.embed {
        pairs.push("embed=1".into());
    }
    if let Some(theme) = view.theme {
        pairs.push(format!("theme={}", theme.id()));
    }
    if let Some(lang) = view.lang {
        pairs.push(format!("lang={}", lang.tag()));
    }
    if let Some(show) = &view.show {
        pairs.push(format!("show={}", show.join(",")));
    }
    if let Some(charts) = &view.charts {
        pairs.push(format!("charts={}", charts.join(",")));
    }
    if let Some(compare) = &view.compare {
        pairs.push(format!("compare={compare}"));
    }
    if pairs.is_empty() {
        return format!("v={VERSION}");
    }
    format!("v={VERSION}&{}", pairs.join("&"))
}

#[cfg(test)]
mod tests;
