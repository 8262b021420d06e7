//! Every text a reader sees, once per language (DESIGN.md, "Languages and number
//! formats"): labels, help, sources, notices, sentences, chart text, the page's own words.
//!
//! The tables are plain typed structs, one `const` per language (`en.rs`, `zh_hans.rs`,
//! `zh_hant.rs`): a message missing from any language is a compile error, and the tests
//! below check that each template of every language has the same `{placeholders}` as the
//! English one. No crate: Fluent's runtime would add to the wasm every reader downloads,
//! and these texts need no plural rules beyond the few written out here ("1 year").
//! This module imports nothing from the crate: every layer may use it.

mod en;
mod keyed;
mod reading;
mod types;
mod zh_hans;
mod zh_hant;

pub use keyed::*;
pub use reading::Reading;
pub use types::*;

use serde::{Deserialize, Serialize};

/// A language the page is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// English.
    #[serde(rename = "en")]
    En,
    /// Simplified Chinese, as written in mainland China (亿, 万亿).
    #[serde(rename = "zh-Hans")]
    ZhHans,
    /// Traditional Chinese, as written in Taiwan (億, 兆).
    #[serde(rename = "zh-Hant")]
    ZhHant,
}

impl Lang {
    /// Every language, in the switcher's order.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::ZhHans, Lang::ZhHant];

    /// The BCP 47 tag written in links and `<html lang>`: `en`, `zh-Hans`, `zh-Hant`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhHans => "zh-Hans",
            Lang::ZhHant => "zh-Hant",
        }
    }

    /// The language a tag asks for, with its aliases, case-insensitively: `en` and any
    /// `en-*`; `zh`, `zh-CN`, `zh-SG`, `zh-Hans*` as Simplified; `zh-TW`, `zh-HK`,
    /// `zh-MO`, `zh-Hant*` as Traditional. `None` for any other language.
    ///
    /// ```text
    /// en, en-GB                          -> En
    /// zh, zh-CN, zh-SG, zh-Hans, zh-Hans-HK -> ZhHans
    /// zh-TW, zh-HK, zh-MO, zh-Hant, zh-Hant-CN -> ZhHant
    /// fr, de-CH, ""                      -> None
    /// ```
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let lower = tag.trim().replace('_', "-").to_ascii_lowercase();
        let mut parts = lower.split('-');
        match parts.next()? {
            "en" => Some(Lang::En),
            "zh" => {
                let rest: Vec<&str> = parts.collect();
                if rest.contains(&"hant") {
                    Some(Lang::ZhHant)
                } else if rest.contains(&"hans") {
                    Some(Lang::ZhHans)
                } else if rest.iter().any(|r| matches!(*r, "tw" | "hk" | "mo")) {
                    Some(Lang::ZhHant)
                } else {
                    Some(Lang::ZhHans)
                }
            }
            _ => None,
        }
    }

    /// The first of the browser's languages (`navigator.languages`, in order) that is
    /// translated; English when none is.
    pub fn from_browser<'a>(languages: impl IntoIterator<Item = &'a str>) -> Lang {
        languages
            .into_iter()
            .find_map(Lang::from_tag)
            .unwrap_or(Lang::En)
    }

    /// The language's name in itself, for the switcher.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::ZhHans => "简体中文",
            Lang::ZhHant => "繁體中文",
        }
    }

    /// Whether money is written in 亿 / 万亿 (or 億 / 兆) rather than B and T.
    pub fn is_chinese(self) -> bool {
        !matches!(self, Lang::En)
    }

    /// The canvas and SVG font list for chart text. Chinese: the system UI fonts, then the
    /// CJK fonts of phones and desktops in this language's script (so Chinese glyphs come
    /// from a font made for them, not from whatever the engine falls back to), then the
    /// generic family. Text is measured by the canvas in this same font list.
    pub fn font_family(self) -> &'static str {
        match self {
            // English charts hold no Chinese: the generic family, as before the languages.
            Lang::En => "sans-serif",
            Lang::ZhHans => {
                "system-ui, -apple-system, 'PingFang SC', 'Hiragino Sans GB', \
                 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', \
                 'WenQuanYi Micro Hei', sans-serif"
            }
            Lang::ZhHant => {
                "system-ui, -apple-system, 'PingFang TC', 'Hiragino Sans CNS', \
                 'Microsoft JhengHei', 'Noto Sans CJK TC', 'Noto Sans TC', \
                 'Source Han Sans TC', sans-serif"
            }
        }
    }

    /// Every text of this language.
    pub fn words(self) -> &'static Words {
        match self {
            Lang::En => &en::WORDS,
            Lang::ZhHans => &zh_hans::WORDS,
            Lang::ZhHant => &zh_hant::WORDS,
        }
    }
}

/// Fills `{name}` placeholders of `template` with `values`; a placeholder without a value
/// is left as it is (the tests make sure there are none).
///
/// ```text
/// fill("In {year} AI needs {need}.", &[("year", "2026"), ("need", "$1.03T")])
///   -> "In 2026 AI needs $1.03T."
/// ```
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match values.iter().find(|(k, _)| *k == name) {
                    Some((_, v)) => out.push_str(v),
                    None => out.push_str(&rest[open..open + close + 2]),
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests;
