//! The four charts rendered as SVG for many scenarios, sizes and both themes: every one
//! is well-formed, finite, titled, labelled and legended; the marks that depend on the
//! numbers (break-even, payback, money ticks, the round trip) show up where they should.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use roi_gap::chart::{self, describe, ChartId, Style};
use roi_gap::model::{evaluate, Inputs};
use roi_gap::scenario::parse;
use roi_gap::words::Lang;

#[test]
fn every_chart_renders_well_formed_finite_titled_and_legended() {
    let phone = Style {
        dark: false,
        scale: 2.0,
        ..Style::default()
    };
    let dark = Style {
        dark: true,
        scale: 1.0,
        ..Style::default()
    };
    let styles = |lang| {
        let with = |s: Style| Style { lang, ..s };
        [
            (WIDE, with(Style::default())),
            (PHONE, with(phone)),
            ((900, 420), with(dark)),
        ]
    };
    for (name, inputs) in scenarios() {
        for chart in ChartId::ALL {
            for (size, style) in Lang::ALL.into_iter().flat_map(styles) {
                let lang = style.lang;
                let context = format!("{} / {name} / {size:?} / {style:?}", chart.id());
                let svg = render(chart, &inputs, size, style);
                assert!(!svg.contains("NaN") && !svg.contains("inf"), "{context}");
                let all = texts(&svg, &context);
                let joined = all.join(" ");
                assert!(
                    joined.contains(chart::title(chart, lang))
                        || all
                            .concat()
                            .contains(&chart::title(chart, lang).replace(' ', "")),
                    "{context}: no title in {joined}"
                );
                for label in legend(chart, lang) {
                    assert!(
                        all.iter().any(|t| t == label),
                        "{context}: no legend {label}"
                    );
                }
                // The tornado without ranges (spread 0) says so instead of drawing axes.
                let no_ranges = chart == ChartId::Tornado && inputs.spread == 0.0;
                if no_ranges {
                    let says = lang.words().charts.no_ranges;
                    assert!(joined.contains(says), "{context}: {joined}");
                } else if chart != ChartId::Circular {
                    let money_tick = |t: &String| match lang {
                        Lang::En => t.starts_with('$'),
                        _ => t.ends_with(['亿', '億', '兆']) || t == "0",
                    };
                    assert!(all.iter().any(money_tick), "{context}: no money ticks");
                }
            }
        }
    }
}

#[test]
fn gap_marks_break_even_or_says_there_is_none() {
    let t = texts_of(ChartId::Gap, "revenue_growth=100", Style::default());
    assert!(t.iter().any(|s| s == "break-even 2032"), "{t:?}");
    let t = texts_of(ChartId::Gap, "", Style::default());
    assert!(t.iter().any(|s| s == "no break-even by 2035"), "{t:?}");
    // Money ticks: $0 at the bottom and trillions up the axis.
    assert!(t.iter().any(|s| s == "$0"), "{t:?}");
    assert!(
        t.iter().any(|s| s.starts_with('$') && s.ends_with('T')),
        "{t:?}"
    );
    assert!(
        t.iter().any(|s| s == "2026") && t.iter().any(|s| s == "2034"),
        "{t:?}"
    );
}

#[test]
fn cash_marks_payback_and_goes_negative() {
    let t = texts_of(ChartId::Cash, "revenue_growth=100", Style::default());
    assert!(t.iter().any(|s| s == "payback 2034"), "{t:?}");
    let t = texts_of(ChartId::Cash, "", Style::default());
    assert!(t.iter().any(|s| s == "no payback by 2035"), "{t:?}");
    assert!(t.iter().any(|s| s.starts_with("-$")), "{t:?}");
}

#[test]
fn circular_labels_the_flows_with_money() {
    for style in [
        Style::default(),
        Style {
            dark: true,
            scale: 2.0,
            ..Style::default()
        },
    ] {
        let t = texts_of(ChartId::Circular, "", style);
        // The boxes: who pays in, what the AI companies raise, where it goes.
        for label in ["$55B", "$140B", "$60B", "$255B", "$148B", "$108B"] {
            assert!(t.iter().any(|s| s == label), "{label} not in {t:?}");
        }
        // Each strand into the vendors' revenue, labelled with its own money: customers'
        // $28B, other investor money $91B, the round trip $29B (not "$120B" for two).
        for label in ["$28B", "$91B", "$29B", "round trip $29B"] {
            assert!(t.iter().any(|s| s == label), "{label} not in {t:?}");
        }
        assert!(!t.iter().any(|s| s.contains("$120B")), "{t:?}");
        // What is not spent on compute, and the fleet's yearly cost beside the revenue.
        let joined = t.join(" ");
        assert!(joined.contains("Not spent on compute"), "{joined}");
        assert!(joined.contains("the fleet costs $515B a year"), "{joined}");
        assert!(!joined.contains("(fleet costs"), "{joined}");
    }
    let t = texts_of(ChartId::Circular, "revenue=0&funding=0", Style::default());
    assert!(t.iter().any(|s| s == "round trip $0"), "{t:?}");
}

#[test]
fn circular_follows_capex_and_energy_through_the_fleet_cost() {
    // The page's slider test needs every chart to change with capex and energy.
    let base = render(
        ChartId::Circular,
        &Inputs::default(),
        (402, 264),
        Style::default(),
    );
    for scenario in ["capex=560", "energy=80"] {
        let inputs = parse(scenario).scenario.inputs;
        let svg = render(ChartId::Circular, &inputs, (402, 264), Style::default());
        assert_ne!(svg, base, "{scenario}");
    }
}

#[test]
fn the_dark_style_paints_the_dark_background() {
    let inputs = Inputs::default();
    let dark = Style {
        dark: true,
        scale: 1.0,
        ..Style::default()
    };
    for chart in ChartId::ALL {
        let svg = render(chart, &inputs, WIDE, dark);
        assert!(svg.contains("fill=\"#181B21\""), "{}", chart.id());
        assert!(!svg.contains("fill=\"#FFFFFF\""), "{}", chart.id());
        let light = render(chart, &inputs, WIDE, Style::default());
        assert!(light.contains("fill=\"#FFFFFF\"") && !light.contains("#181B21"));
    }
}

#[test]
fn descriptions_follow_the_numbers() {
    for (name, inputs) in scenarios() {
        let projection = evaluate(&inputs).unwrap_or_else(|e| panic!("{e}"));
        for chart in ChartId::ALL {
            let text = describe(chart, &inputs, &projection, Lang::En);
            eprintln!("{} / {name}: {text}", chart.id());
            assert!(!text.contains("NaN") && !text.contains("n/a"), "{text}");
            assert!(text.len() > 40 && text.ends_with('.'), "{text}");
        }
    }
    let inputs = parse("revenue_growth=100").scenario.inputs;
    let projection = evaluate(&inputs).unwrap_or_else(|e| panic!("{e}"));
    let gap = describe(ChartId::Gap, &inputs, &projection, Lang::En);
    assert!(gap.contains("catches up in 2032"), "{gap}");
}

/// The vertical extent, in pixels, of the tallest `<polyline>` stroked in `color`.
fn tallest_polyline(svg: &str, color: &str) -> f64 {
    svg.split("<polyline")
        .skip(1)
        .filter(|el| el.split('>').next().is_some_and(|tag| tag.contains(color)))
        .filter_map(|el| {
            let points = el.split("points=\"").nth(1)?.split('"').next()?;
            let ys: Vec<f64> = points
                .split_whitespace()
                .filter_map(|p| p.split(',').nth(1)?.parse().ok())
                .collect();
            let lo = ys.iter().copied().fold(f64::INFINITY, f64::min);
            let hi = ys.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            (hi >= lo).then_some(hi - lo)
        })
        .fold(0.0, f64::max)
}

#[test]
fn costs_brackets_and_labels_the_thin_round_trip() {
    // At default numbers the round trip is about 2 px thick on a 264 px chart: a bracket at
    // least 10 px tall in its colour marks it, and a label names it.
    for (scenario, label) in [
        ("", "round trip $29B"),
        ("funding_growth=20", "round trip $149B"),
    ] {
        let inputs = parse(scenario).scenario.inputs;
        for (size, style, color) in [
            ((402, 264), Style::default(), "#D55E00"),
            (WIDE, Style::default(), "#D55E00"),
            (
                (360, 240),
                Style {
                    dark: true,
                    scale: 1.0,
                    ..Style::default()
                },
                "#FF8040",
            ),
        ] {
            let svg = render(ChartId::Costs, &inputs, size, style);
            let t = texts(&svg, scenario);
            assert!(t.iter().any(|s| s == label), "{label} not in {t:?}");
            let tall = tallest_polyline(&svg, color);
            assert!(tall >= 10.0, "{scenario} {size:?}: bracket {tall} px");
        }
    }
}

#[test]
fn axis_descriptions_read_alike() {
    let t = texts_of(ChartId::Gap, "", Style::default());
    assert!(t.iter().any(|s| s == "$ per year"), "{t:?}");
    let t = texts_of(ChartId::Cash, "", Style::default());
    assert!(t.iter().any(|s| s == "$ cumulative"), "{t:?}");
}

#[test]
fn gap_and_cash_draw_their_uncertainty_ranges_when_given() {
    use roi_gap::model::simulate;
    let inputs = roi_gap::scenario::parse("v=2&revenue_growth=80")
        .scenario
        .inputs;
    let projection = evaluate(&inputs).expect("valid");
    let run = simulate(&inputs, 500).expect("valid");
    for chart in [ChartId::Gap, ChartId::Cash] {
        let style = Style::default();
        let without =
            roi_gap::chart::svg(chart, &inputs, &projection, None, &style, WIDE).expect("drawn");
        let with = roi_gap::chart::svg(chart, &inputs, &projection, Some(&run.years), &style, WIDE)
            .expect("drawn");
        assert!(!without.contains("50% and 90% ranges"), "{chart:?}");
        assert!(with.contains("50% and 90% ranges"), "{chart:?}");
        // Two ranges per series: more polygons than without.
        let polygons = |svg: &str| svg.matches("<polygon").count();
        assert!(polygons(&with) >= polygons(&without) + 2, "{chart:?}");
        // Bands of another horizon are not drawn.
        let other = roi_gap::scenario::parse("v=2&years=5").scenario.inputs;
        let stale = simulate(&other, 100).expect("valid");
        let mismatched = roi_gap::chart::svg(
            chart,
            &inputs,
            &projection,
            Some(&stale.years),
            &style,
            WIDE,
        )
        .expect("drawn");
        assert_eq!(mismatched, without, "{chart:?}");
    }
}
