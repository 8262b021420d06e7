//! The CLI speaks `--lang` (else the scenario's `lang=`, else English): eval's notices,
//! csv's header, svg's chart text, and the texts of presets and params.

use std::process::Command;

fn run(args: &[&str]) -> (String, String, bool) {
    let out = Command::new(env!("CARGO_BIN_EXE_roi-gap"))
        .args(args)
        .output()
        .expect("the CLI runs");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.success(),
    )
}

fn has_han(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

#[test]
fn eval_notices_follow_lang() {
    let (en, _, ok) = run(&["eval", "v=2&capex=-5"]);
    assert!(ok && en.contains("is outside 0 to 5000"), "{en}");
    let (zh, _, ok) = run(&["eval", "v=2&capex=-5", "--lang", "zh-Hant"]);
    assert!(ok && zh.contains("capex = -5") && has_han(&zh), "{zh}");
    // The scenario's own lang= speaks when --lang is not given; --lang wins over it.
    let (own, _, _) = run(&["eval", "v=2&capex=-5&lang=zh-CN"]);
    assert!(has_han(&own), "{own}");
    let (forced, _, _) = run(&["--lang", "en", "eval", "v=2&capex=-5&lang=zh-CN"]);
    assert!(forced.contains("is outside"), "{forced}");
}

#[test]
fn csv_svg_presets_and_params_follow_lang() {
    let (csv, _, ok) = run(&["csv", "v=2", "--lang", "zh-Hans"]);
    let header = csv.lines().next().unwrap_or_default();
    assert!(
        ok && has_han(header) && header.contains("十亿美元"),
        "{header}"
    );
    let (svg, _, ok) = run(&["svg", "gap", "v=2", "--lang", "zh-TW"]);
    assert!(ok && has_han(&svg) && svg.contains("兆") && svg.contains("PingFang TC"));
    let (presets, _, ok) = run(&["presets", "--lang", "zh-Hant"]);
    assert!(ok && has_han(&presets) && presets.contains("\"id\": \"sequoia-2024\""));
    let (params, _, ok) = run(&["params", "--lang", "zh-Hans"]);
    assert!(ok && has_han(&params) && params.contains("\"key\": \"capex\""));
}

#[test]
fn an_unknown_language_is_a_usage_error() {
    let (_, err, ok) = run(&["eval", "", "--lang", "fr"]);
    assert!(
        !ok && err.contains("--lang takes en, zh-Hans or zh-Hant"),
        "{err}"
    );
}
