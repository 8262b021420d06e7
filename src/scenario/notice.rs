//! The notices that parsing yields: what was wrong with a scenario text, for users.

use super::text;
use crate::words::{fill, Lang};
use serde::Serialize;

/// At most this many notices are kept; one more says how many were left out.
pub const MAX_NOTICES: usize = 20;

/// What kind of problem a [`Notice`] reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NoticeKind {
    /// A key that is neither an input, `v`, `preset` nor a view key; ignored.
    UnknownKey,
    /// A value that is not a number; the key keeps its default.
    NotANumber,
    /// NaN or an infinity; the key keeps its default.
    NotFinite,
    /// A value outside the key's range; clamped to the range.
    Clamped,
    /// A fractional `start`, `years`, `life` or `building_life`; rounded.
    Rounded,
    /// A key given more than once; the last value is used.
    Repeated,
    /// `preset=` names no known preset; ignored.
    UnknownPreset,
    /// `v=` is neither 1 nor 2; the text is read as version 2.
    Version,
    /// A version 1 text (no `v`, or `v=1`): read with `short_share=100`, as v1 computed.
    Upgraded,
    /// A view key (`embed`, `theme`, `lang`, `show`, `charts`) with a bad value.
    BadView,
    /// More notices than [`MAX_NOTICES`]; the rest are counted here.
    More,
}

/// A problem found while parsing, with a message for users.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Notice {
    /// The key concerned ("" when none).
    pub key: String,
    /// The kind of problem.
    pub kind: NoticeKind,
    /// A sentence for users, in English until [`Notice::in_lang`] is asked for another
    /// language, e.g. "capex = -5 is outside 0 to 5000 $B/yr; using 0."
    pub message: String,
    /// The values the message quotes, by placeholder name.
    #[serde(skip)]
    values: Vec<(&'static str, String)>,
}

impl Notice {
    /// This notice with its message in `lang`.
    pub fn in_lang(&self, lang: Lang) -> Notice {
        Notice {
            message: message(lang, &self.key, self.kind, &self.values),
            ..self.clone()
        }
    }
}

/// Every notice of `notices` in `lang`.
pub fn in_lang(notices: &[Notice], lang: Lang) -> Vec<Notice> {
    notices.iter().map(|n| n.in_lang(lang)).collect()
}

/// The message of a notice in `lang`. For [`NoticeKind::BadView`], the value `what` names
/// which hint follows: `embed`, `theme`, `lang`, `name` or `names` (with `n`).
fn message(lang: Lang, key: &str, kind: NoticeKind, values: &[(&'static str, String)]) -> String {
    let words = lang.words();
    let n = &words.notices;
    let value = |name: &str| {
        values
            .iter()
            .find(|(k, _)| *k == name)
            .map_or("", |(_, v)| v.as_str())
    };
    let template = match kind {
        NoticeKind::UnknownKey => n.unknown_key,
        NoticeKind::NotANumber => n.not_a_number,
        NoticeKind::NotFinite => n.not_finite,
        NoticeKind::Clamped => n.clamped,
        NoticeKind::Rounded => n.rounded,
        NoticeKind::Repeated => n.repeated,
        NoticeKind::UnknownPreset => n.unknown_preset,
        NoticeKind::Version => n.version,
        NoticeKind::Upgraded => n.upgraded,
        NoticeKind::BadView => n.bad_view,
        NoticeKind::More => n.more,
    };
    let what = match value("what") {
        "embed" => n.embed_values.to_string(),
        "theme" => n.theme_values.to_string(),
        "lang" => n.lang_values.to_string(),
        "name" => n.unknown_name.to_string(),
        _ => fill(n.unknown_names, &[("n", value("n"))]),
    };
    let unit = words.params.get(key).map_or("", |p| p.unit);
    let mut all: Vec<(&str, &str)> = vec![("key", key), ("what", &what), ("unit", unit)];
    all.extend(
        values
            .iter()
            .filter(|(k, _)| *k != "what")
            .map(|(k, v)| (*k, v.as_str())),
    );
    fill(template, &all)
}

/// Notices as they are found: at most [`MAX_NOTICES`], then a count.
#[derive(Default)]
pub(super) struct Notices {
    list: Vec<Notice>,
    dropped: usize,
}

impl Notices {
    /// Notes a problem with `key`, whose message quotes `values` (by placeholder name).
    pub(super) fn push(&mut self, key: &str, kind: NoticeKind, values: &[(&'static str, String)]) {
        if self.list.len() < MAX_NOTICES {
            let key = text::shorten(key);
            self.list.push(Notice {
                message: message(Lang::En, &key, kind, values),
                key,
                kind,
                values: values.to_vec(),
            });
        } else {
            self.dropped += 1;
        }
    }

    pub(super) fn finish(mut self) -> Vec<Notice> {
        if self.dropped > 0 {
            let values = vec![("n", self.dropped.to_string())];
            self.list.push(Notice {
                key: String::new(),
                kind: NoticeKind::More,
                message: message(Lang::En, "", NoticeKind::More, &values),
                values,
            });
        }
        self.list
    }
}
