//! Every language has every message (the typed tables make a missing one a compile error),
//! with the same placeholders as English, and the Chinese ones are in Chinese.

use super::*;
use serde_json::Value;

/// Every text of `lang` with its path, e.g. `("params.capex.label", "AI capex")`.
fn leaves(lang: Lang) -> Vec<(String, String)> {
    fn walk(prefix: &str, value: &Value, out: &mut Vec<(String, String)>) {
        match value {
            Value::String(s) => out.push((prefix.to_string(), s.clone())),
            Value::Object(map) => {
                for (k, v) in map {
                    walk(&format!("{prefix}.{k}"), v, out);
                }
            }
            other => panic!("{prefix} is not text: {other}"),
        }
    }
    let mut out = Vec::new();
    let value = serde_json::to_value(lang.words()).expect("texts serialise");
    walk("", &value, &mut out);
    out
}

/// The `{placeholders}` of a template, sorted.
fn placeholders(text: &str) -> Vec<String> {
    let mut out: Vec<String> = text
        .split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name.to_string()))
        .collect();
    out.sort();
    out
}

#[test]
fn every_language_has_every_text_with_the_same_placeholders() {
    let english = leaves(Lang::En);
    for lang in [Lang::ZhHans, Lang::ZhHant] {
        let texts = leaves(lang);
        assert_eq!(texts.len(), english.len());
        for ((path, en), (other_path, text)) in english.iter().zip(&texts) {
            assert_eq!(path, other_path);
            assert_eq!(
                placeholders(en),
                placeholders(text),
                "{} {path}: {text}",
                lang.tag()
            );
            assert!(
                !text.trim().is_empty() || en.trim().is_empty(),
                "{} {path} is empty",
                lang.tag()
            );
        }
    }
}

/// Latin words a Chinese text may keep: names, abbreviations, units, link syntax, markup.
const KEPT: &[&str] = &[
    "AI",
    "GPU",
    "GPUs",
    "CPU",
    "CPUs",
    "NPV",
    "IRR",
    "MIRR",
    "ROI",
    "Gap",
    "GW",
    "CSV",
    "PNG",
    "SVG",
    "Sequoia",
    "Capital",
    "Bain",
    "Company",
    "Technology",
    "Report",
    "JPMorgan",
    "Microsoft",
    "OpenAI",
    "Nvidia",
    "Amazon",
    "Google",
    "Anthropic",
    "David",
    "Cahn",
    "CB",
    "Insights",
    "BestBrokers",
    "FY26",
    "Q1",
    "Q2",
    "Q3",
    "Ctrl",
    "crf",
    "iframe",
    "index",
    "html",
    "embed",
    "js",
    "code",
    "strong",
    "em",
    "a",
    "href",
    "rel",
    "noopener",
    "https",
    "www",
    "sequoiacap",
    "com",
    "article",
    "ais",
    "600b",
    "question",
    "bain",
    "insights",
    "topics",
    "technology",
    "report",
    "short_share",
    "light",
    "dark",
    "auto",
    "en",
    "zh",
    "Hans",
    "Hant",
    "Question",
    "AI's",
    "JavaScript",
    "WebAssembly",
    "s",
    "C",
    "S",
    "B",
    "L",
    "r",
    "t",
    "n",
    "e",
    "g",
];

/// The Latin words of `text` that a Chinese text should not have.
fn english_words(text: &str) -> Vec<String> {
    let mut bare = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        bare.push_str(&rest[..open]);
        rest = rest[open..].split_once('}').map_or("", |(_, after)| after);
    }
    bare.push_str(rest);
    bare.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '\''))
        .filter(|w| w.chars().any(|c| c.is_ascii_alphabetic()))
        .filter(|w| !KEPT.contains(w))
        .map(str::to_string)
        .collect()
}

#[test]
fn chinese_texts_are_in_chinese() {
    for lang in [Lang::ZhHans, Lang::ZhHant] {
        let mut problems = Vec::new();
        for (path, text) in leaves(lang) {
            let words = english_words(&text);
            if !words.is_empty() {
                problems.push(format!("{path}: {words:?}"));
            }
        }
        assert!(
            problems.is_empty(),
            "{} has English left:\n{}",
            lang.tag(),
            problems.join("\n")
        );
    }
}

#[test]
fn simplified_and_traditional_are_each_their_own() {
    let (hans, hant) = (leaves(Lang::ZhHans), leaves(Lang::ZhHant));
    // Characters that exist only in one script: a text in the other must not use them.
    for (path, text) in &hans {
        assert!(
            !text.contains(['億', '業', '資', '們', '這', '來', '幣']),
            "zh-Hans {path}: {text}"
        );
    }
    for (path, text) in &hant {
        assert!(
            !text.contains(['亿', '业', '资', '们', '这', '来', '币']),
            "zh-Hant {path}: {text}"
        );
    }
}

#[test]
fn tags_and_aliases_pick_a_language() {
    for (tag, lang) in [
        ("en", Some(Lang::En)),
        ("en-GB", Some(Lang::En)),
        ("zh", Some(Lang::ZhHans)),
        ("zh-CN", Some(Lang::ZhHans)),
        ("zh-SG", Some(Lang::ZhHans)),
        ("zh-Hans", Some(Lang::ZhHans)),
        ("zh-hans-hk", Some(Lang::ZhHans)),
        ("zh-TW", Some(Lang::ZhHant)),
        ("zh-HK", Some(Lang::ZhHant)),
        ("zh_MO", Some(Lang::ZhHant)),
        ("zh-Hant", Some(Lang::ZhHant)),
        ("zh-Hant-CN", Some(Lang::ZhHant)),
        ("fr", None),
        ("", None),
    ] {
        assert_eq!(Lang::from_tag(tag), lang, "{tag}");
    }
    assert_eq!(Lang::from_browser(["fr-FR", "zh-TW", "en"]), Lang::ZhHant);
    assert_eq!(Lang::from_browser(["fr-FR"]), Lang::En);
    for lang in Lang::ALL {
        assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
    }
}

#[test]
fn templates_are_filled_by_name() {
    assert_eq!(
        fill(
            "In {year} AI needs {need}.",
            &[("year", "2026"), ("need", "$1.03T")]
        ),
        "In 2026 AI needs $1.03T."
    );
    assert_eq!(fill("{a}{b}", &[("b", "x")]), "{a}x");
    assert_eq!(fill("open { end", &[]), "open { end");
}

#[test]
fn keyed_tables_follow_the_crate_s_keys() {
    let params: Vec<&str> = crate::model::PARAMS.iter().map(|p| p.key).collect();
    assert_eq!(Params::KEYS, params.as_slice());
    let presets: Vec<String> = crate::scenario::PRESETS
        .iter()
        .map(|p| p.id.replace('-', "_"))
        .collect();
    assert_eq!(Presets::KEYS, presets.as_slice());
    let figures: Vec<&str> = crate::page::FIGURES.iter().map(|f| f.key).collect();
    assert_eq!(Figures::KEYS, figures.as_slice());
    let charts: Vec<&str> = crate::scenario::ChartId::ALL
        .iter()
        .map(|c| c.id())
        .collect();
    assert_eq!(ChartTexts::KEYS, charts.as_slice());
    assert!(Lang::En.words().presets.get("consensus-2026").is_some());
    assert!(Lang::En.words().params.get("nope").is_none());
}
