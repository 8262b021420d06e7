//! The notices that parsing yields: what was wrong with a scenario text, for users.

use super::text;
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
    /// A sentence for users, e.g. "capex = -5 is below 0; using 0."
    pub message: String,
}

/// Notices as they are found: at most [`MAX_NOTICES`], then a count.
#[derive(Default)]
pub(super) struct Notices {
    list: Vec<Notice>,
    dropped: usize,
}

impl Notices {
    pub(super) fn push(&mut self, key: &str, kind: NoticeKind, message: String) {
        if self.list.len() < MAX_NOTICES {
            self.list.push(Notice {
                key: text::shorten(key),
                kind,
                message,
            });
        } else {
            self.dropped += 1;
        }
    }

    pub(super) fn finish(mut self) -> Vec<Notice> {
        if self.dropped > 0 {
            self.list.push(Notice {
                key: String::new(),
                kind: NoticeKind::More,
                message: format!("{} more problems were ignored.", self.dropped),
            });
        }
        self.list
    }
}
