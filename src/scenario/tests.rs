// Values here are parsed literals or range bounds: exact equality is the contract.
#![allow(clippy::float_cmp)]

use super::*;

/// `text` as a version 2 text (today's links), so that only its own problems are noticed.
fn v2(text: &str) -> String {
    format!("v=2&{}", text.trim_start_matches('#'))
}

fn kinds(text: &str) -> Vec<NoticeKind> {
    parse(&v2(text)).notices.iter().map(|n| n.kind).collect()
}

/// The default scenario as a version 1 text reads it: all capex in chips and servers.
fn v1_defaults() -> Scenario {
    let mut s = Scenario::default();
    s.inputs.short_share = 100.0;
    s
}

#[test]
fn empty_and_default_texts_give_the_defaults_with_no_notice() {
    for text in ["v=2", "#v=2", "?v=2", "v=2&&", " v=2 "] {
        let p = parse(text);
        assert_eq!(p.scenario, Scenario::default(), "{text:?}");
        assert!(p.notices.is_empty(), "{text:?}: {:?}", p.notices);
    }
    // An empty text is a version 1 text: v1's defaults, with nothing to notice.
    for text in ["", "#", "?", "&&", "   "] {
        let p = parse(text);
        assert_eq!(p.scenario, v1_defaults(), "{text:?}");
        assert!(p.notices.is_empty(), "{text:?}: {:?}", p.notices);
    }
    // A page opened with no scenario at all shows today's defaults.
    assert_eq!(parse_link("").scenario, Scenario::default());
    assert_eq!(parse_link("#").scenario, Scenario::default());
    assert_eq!(parse_link("#capex=650").scenario.inputs.short_share, 100.0);
    assert_eq!(write(&Scenario::default()), "v=2");
    assert_eq!(
        parse(&write(&Scenario::default())).scenario,
        Scenario::default()
    );
}

#[test]
fn version_1_texts_keep_their_meaning() {
    for text in ["v=1", "#v=1&capex=650&life=3", "capex=650&life=3"] {
        let p = parse(text);
        assert_eq!(p.scenario.inputs.short_share, 100.0, "{text}");
        assert_eq!(
            p.notices.iter().map(|n| n.kind).collect::<Vec<_>>(),
            vec![NoticeKind::Upgraded],
            "{text}"
        );
    }
    let p = parse("v=1&capex=650&life=3");
    assert_eq!(write(&p.scenario), "v=2&capex=650&life=3&short_share=100");
    // A v1 text that sets short_share keeps it.
    assert_eq!(parse("short_share=40").scenario.inputs.short_share, 40.0);
    // A version 1 text's preset means the values that preset had then.
    let p = parse("preset=microsoft-pace");
    assert_eq!(p.scenario.inputs.years, 10.0);
    assert_eq!(p.scenario.inputs.capex_growth, 66.0);
    assert_eq!(parse("preset=bain-2030").scenario.inputs.start, 2026.0);
    assert_eq!(parse(&v2("preset=bain-2030")).scenario.inputs.start, 2030.0);
    // A link to a section of the page names no setting: today's defaults, no notice.
    for text in ["#how", "#controls", "#"] {
        let p = parse_link(text);
        assert_eq!(p.scenario, Scenario::default(), "{text}");
        assert!(p.notices.is_empty(), "{text}");
    }
    assert_eq!(parse_link("#embed").scenario.inputs.short_share, 100.0);
    // An unknown version is read as today's, with a notice.
    let p = parse("v=3");
    assert_eq!(p.notices.len(), 1);
    assert_eq!(p.notices[0].kind, NoticeKind::Version);
    assert_eq!(parse("v=3").scenario.inputs.short_share, 65.0);
}

#[test]
fn values_are_read_and_written_back_in_param_order() {
    let p = parse(&v2("#life=3&capex=650&revenue_growth=60"));
    assert!(p.notices.is_empty());
    assert_eq!(p.scenario.inputs.capex, 650.0);
    assert_eq!(p.scenario.inputs.life, 3.0);
    assert_eq!(write(&p.scenario), "v=2&capex=650&life=3&revenue_growth=60");
}

#[test]
fn each_bad_input_yields_its_notice_and_a_usable_value() {
    let cases: &[(&str, NoticeKind, f64)] = &[
        ("capex=abc", NoticeKind::NotANumber, 500.0),
        ("capex=", NoticeKind::NotANumber, 500.0),
        ("capex=NaN", NoticeKind::NotFinite, 500.0),
        ("capex=inf", NoticeKind::NotFinite, 500.0),
        ("capex=-infinity", NoticeKind::NotFinite, 500.0),
        ("capex=1e999", NoticeKind::NotFinite, 500.0),
        ("capex=-5", NoticeKind::Clamped, 0.0),
        ("capex=1e12", NoticeKind::Clamped, 5000.0),
    ];
    for (text, kind, capex) in cases {
        let p = parse(&v2(text));
        assert_eq!(kinds(text), vec![*kind], "{text}");
        assert_eq!(p.scenario.inputs.capex, *capex, "{text}");
        assert!(p.notices[0].message.contains("capex"), "{text}");
    }
    let p = parse(&v2("life=2.6"));
    assert_eq!(kinds("life=2.6"), vec![NoticeKind::Rounded]);
    assert_eq!(p.scenario.inputs.life, 3.0);
    assert_eq!(kinds("building_life=12.5"), vec![NoticeKind::Rounded]);
    let p = parse(&v2("years=99.4"));
    assert_eq!(
        kinds("years=99.4"),
        vec![NoticeKind::Rounded, NoticeKind::Clamped]
    );
    assert_eq!(p.scenario.inputs.years, 30.0);
    assert_eq!(kinds("bogus=1"), vec![NoticeKind::UnknownKey]);
    assert_eq!(parse("v=x").notices[0].kind, NoticeKind::Version);
    assert_eq!(kinds("preset=nope"), vec![NoticeKind::UnknownPreset]);
    assert_eq!(kinds("capex=1&capex=2"), vec![NoticeKind::Repeated]);
    assert_eq!(kinds("capex=1&capex=2&capex=3"), vec![NoticeKind::Repeated]);
    assert_eq!(parse(&v2("capex=1&capex=2")).scenario.inputs.capex, 2.0);
    assert_eq!(kinds("theme=pink"), vec![NoticeKind::BadView]);
    assert_eq!(kinds("lang=<b>"), vec![NoticeKind::BadView]);
}

#[test]
fn negative_zero_is_written_as_the_default() {
    assert_eq!(write(&parse(&v2("funding_growth=-0")).scenario), "v=2");
}

#[test]
fn presets_apply_first_then_explicit_keys_win() {
    let p = parse(&v2("capex=700&preset=sequoia-2024"));
    assert_eq!(p.scenario.inputs.capex, 700.0);
    assert_eq!(p.scenario.inputs.start, 2024.0);
    let p = parse(&v2("preset=short-life&capex=100"));
    assert_eq!(p.scenario.inputs.life, 3.0);
    assert_eq!(p.scenario.inputs.capex, 100.0);
    // Written links spell out values, so they survive a change of the preset list.
    assert_eq!(write(&p.scenario), "v=2&capex=100&life=3");
    let seq = parse(&v2("preset=sequoia-2024")).scenario.inputs;
    assert_eq!(
        matching_preset(&seq, None).map(|p| p.id),
        Some("sequoia-2024")
    );
    let defaults = Inputs::default();
    assert_eq!(
        matching_preset(&defaults, None).map(|p| p.id),
        Some("consensus-2026")
    );
    // A chosen preset that no longer matches gives way to the one that does.
    assert_eq!(
        matching_preset(&defaults, Some("bain-2030")).map(|p| p.id),
        Some("consensus-2026")
    );
    assert_eq!(
        matching_preset(&seq, Some("bain-2030")).map(|p| p.id),
        Some("sequoia-2024")
    );
    assert_eq!(
        matching_preset(&parse(&v2("capex=1")).scenario.inputs, None).map(|p| p.id),
        None
    );
}

#[test]
fn file_tags_name_the_changed_inputs() {
    assert_eq!(file_tag(&Inputs::default()), "default");
    let p = parse(&v2("capex=650&life=3&embed=1&theme=dark"));
    assert_eq!(file_tag(&p.scenario.inputs), "capex-650_life-3");
    let p = parse(&v2("start=2030&years=5&capex=1.5&life=2&wacc=4"));
    assert_eq!(
        file_tag(&p.scenario.inputs),
        "start-2030_years-5_capex-1.5_life-2"
    );
}

#[test]
fn view_keys_parse_and_round_trip() {
    let text = "#embed&theme=dark&show=capex,energy,bogus,capex&charts=cash,gap";
    let p = parse(&v2(text));
    assert_eq!(kinds(text), vec![NoticeKind::BadView]);
    let v = &p.scenario.view;
    assert!(v.embed);
    assert_eq!(v.theme, Some(Theme::Dark));
    assert_eq!(
        v.show.as_deref(),
        Some(&["capex".into(), "energy".into()][..])
    );
    assert_eq!(
        v.charts.as_deref(),
        Some(&["cash".into(), "gap".into()][..])
    );
    let written = write(&p.scenario);
    assert_eq!(
        written,
        "v=2&embed=1&theme=dark&show=capex,energy&charts=cash,gap"
    );
    assert_eq!(parse(&written).scenario, p.scenario);
}

#[test]
fn compare_names_the_start_a_preset_or_nothing() {
    for value in ["start", "none", "sequoia-2024"] {
        let p = parse(&v2(&format!("compare={value}")));
        assert!(p.notices.is_empty(), "{value}");
        assert_eq!(p.scenario.view.compare.as_deref(), Some(value));
        assert_eq!(write(&p.scenario), format!("v=2&compare={value}"));
    }
    assert_eq!(kinds("compare=nope"), vec![NoticeKind::BadView]);
    assert_eq!(parse(&v2("compare=nope")).scenario.view.compare, None);
    assert_eq!(parse(&v2("capex=600")).scenario.view.compare, None);
}

#[test]
fn a_megabyte_of_garbage_is_parsed_with_capped_notices() {
    let junk = v2(&"zz=1&capex=x&".repeat(1 << 16));
    assert!(junk.len() > 800_000);
    let p = parse(&junk);
    assert_eq!(p.notices.len(), MAX_NOTICES + 1);
    assert_eq!(p.notices[MAX_NOTICES].kind, NoticeKind::More);
    assert_eq!(p.scenario, Scenario::default());
    let long_value = format!("v=2&capex={}", "9".repeat(1 << 20));
    let p = parse(&long_value);
    // A million nines overflows to infinity: ignored like any non-finite value.
    assert_eq!(p.notices[0].kind, NoticeKind::NotFinite);
    assert_eq!(p.scenario.inputs.capex, 500.0);
    assert!(p.notices[0].message.len() < 200);
}
