//! The four charts rendered as SVG for many scenarios, sizes and both themes: every one
//! is well-formed, finite, titled, labelled and legended; the marks that depend on the
//! numbers (break-even, payback, money ticks, the round trip) show up where they should.
#![cfg(not(target_arch = "wasm32"))]

use roi_gap::chart::{self, describe, ChartError, ChartId, Style};
use roi_gap::model::{evaluate, Inputs, PARAMS};
use roi_gap::scenario::parse;

const WIDE: (u32, u32) = (800, 450);
/// A 320 x 220 CSS px phone chart at devicePixelRatio 2.
const PHONE: (u32, u32) = (640, 440);

fn scenarios() -> Vec<(String, Inputs)> {
    let mut list: Vec<(String, Inputs)> = [
        "",
        "capex=0",
        "years=1",
        "revenue=0&funding=0",
        "revenue_growth=100",
        "years=30&capex_growth=-50&revenue_growth=-50",
    ]
    .iter()
    .map(|s| (s.to_string(), parse(s).scenario.inputs))
    .collect();
    for (name, pick) in [("every input at max", true), ("every input at min", false)] {
        let mut inputs = Inputs::default();
        for p in PARAMS {
            if let Some(v) = inputs.get_mut(p.key) {
                *v = if pick { p.max } else { p.min };
            }
        }
        list.push((name.to_string(), inputs));
    }
    list
}

fn render(chart: ChartId, inputs: &Inputs, size: (u32, u32), style: Style) -> String {
    let projection = evaluate(inputs).unwrap_or_else(|e| panic!("{e}"));
    chart::svg(chart, inputs, &projection, &style, size)
        .unwrap_or_else(|e| panic!("{} at {size:?}: {e}", chart.id()))
}

/// The text content of every element, unescaped, after checking that the tags balance.
fn texts(svg: &str, context: &str) -> Vec<String> {
    assert!(
        svg.starts_with("<svg"),
        "{context}: does not start with <svg"
    );
    assert!(
        svg.trim_end().ends_with("</svg>"),
        "{context}: does not end with </svg>"
    );
    let mut open: Vec<String> = Vec::new();
    let mut out = Vec::new();
    let mut rest = svg;
    while let Some(start) = rest.find('<') {
        let content = rest[..start].trim();
        if !content.is_empty() {
            assert!(
                !open.is_empty(),
                "{context}: text outside the root: {content}"
            );
            let unescaped = content
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&");
            out.push(unescaped);
        }
        let end = rest[start..]
            .find('>')
            .unwrap_or_else(|| panic!("{context}: unclosed <"));
        let tag = &rest[start + 1..start + end];
        if let Some(name) = tag.strip_prefix('/') {
            let top = open.pop();
            assert_eq!(
                top.as_deref(),
                Some(name.trim()),
                "{context}: unbalanced tags"
            );
        } else if !tag.ends_with('/') {
            let name = tag.split_whitespace().next().unwrap_or("");
            open.push(name.to_string());
        }
        rest = &rest[start + end + 1..];
    }
    assert!(open.is_empty(), "{context}: unclosed {open:?}");
    out
}

fn legend(chart: ChartId) -> &'static [&'static str] {
    match chart {
        ChartId::Gap => &["revenue needed", "revenue earned", "gap"],
        ChartId::Costs => &[
            "depreciation",
            "return on capital",
            "energy",
            "other opex",
            "paid by customers",
            "+ paid by investors",
            "round trip",
        ],
        ChartId::Circular => &[
            "customers' money",
            "investors' money",
            "round trip: vendors' money coming back",
        ],
        ChartId::Cash => &["customers' money only", "plus investor-funded compute"],
    }
}

#[test]
fn every_chart_renders_well_formed_finite_titled_and_legended() {
    let phone = Style {
        dark: false,
        scale: 2.0,
    };
    let dark = Style {
        dark: true,
        scale: 1.0,
    };
    for (name, inputs) in scenarios() {
        for chart in ChartId::ALL {
            for (size, style) in [(WIDE, Style::default()), (PHONE, phone), ((900, 420), dark)] {
                let context = format!("{} / {name} / {size:?} / {style:?}", chart.id());
                let svg = render(chart, &inputs, size, style);
                assert!(!svg.contains("NaN") && !svg.contains("inf"), "{context}");
                let all = texts(&svg, &context);
                let joined = all.join(" ");
                assert!(
                    joined.contains(chart.title()),
                    "{context}: no title in {joined}"
                );
                for label in legend(chart) {
                    assert!(
                        all.iter().any(|t| t == label),
                        "{context}: no legend {label}"
                    );
                }
                if chart != ChartId::Circular {
                    assert!(
                        all.iter().any(|t| t.starts_with('$')),
                        "{context}: no $ ticks"
                    );
                }
            }
        }
    }
}

fn texts_of(chart: ChartId, scenario: &str, style: Style) -> Vec<String> {
    let svg = render(chart, &parse(scenario).scenario.inputs, WIDE, style);
    texts(&svg, scenario)
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
fn odd_scales_still_draw_finite_charts() {
    let inputs = Inputs::default();
    for scale in [0.0, -1.0, f64::NAN, f64::INFINITY, 0.5, 3.0, 100.0] {
        let style = Style { dark: false, scale };
        for chart in ChartId::ALL {
            let svg = render(chart, &inputs, (400, 300), style);
            assert!(
                !svg.contains("NaN") && !svg.contains("inf"),
                "{} {scale}",
                chart.id()
            );
            texts(&svg, chart.id());
        }
    }
}

#[test]
fn tiny_areas_are_refused_and_small_ones_drawn() {
    let inputs = Inputs::default();
    let projection = evaluate(&inputs).unwrap_or_else(|e| panic!("{e}"));
    for chart in ChartId::ALL {
        let style = Style::default();
        assert_eq!(
            chart::svg(chart, &inputs, &projection, &style, (10, 10)),
            Err(ChartError::TooSmall {
                width: 10,
                height: 10
            })
        );
        for size in [(40, 40), (120, 60), (60, 400), (2000, 1200)] {
            let svg = chart::svg(chart, &inputs, &projection, &style, size)
                .unwrap_or_else(|e| panic!("{} {size:?}: {e}", chart.id()));
            assert!(!svg.contains("NaN"), "{} {size:?}", chart.id());
            texts(&svg, chart.id());
        }
    }
}

#[test]
fn descriptions_follow_the_numbers() {
    for (name, inputs) in scenarios() {
        let projection = evaluate(&inputs).unwrap_or_else(|e| panic!("{e}"));
        for chart in ChartId::ALL {
            let text = describe(chart, &inputs, &projection);
            eprintln!("{} / {name}: {text}", chart.id());
            assert!(!text.contains("NaN") && !text.contains("n/a"), "{text}");
            assert!(text.len() > 40 && text.ends_with('.'), "{text}");
        }
    }
    let inputs = parse("revenue_growth=100").scenario.inputs;
    let projection = evaluate(&inputs).unwrap_or_else(|e| panic!("{e}"));
    let gap = describe(ChartId::Gap, &inputs, &projection);
    assert!(gap.contains("catches up in 2032"), "{gap}");
}

/// Any valid inputs (each within its range, whole where it must be).
fn any_inputs() -> impl proptest::strategy::Strategy<Value = Inputs> {
    use proptest::prelude::*;
    let fractions = proptest::collection::vec(0.0f64..=1.0, PARAMS.len());
    let edges = proptest::collection::vec(
        prop_oneof![Just(0.0), Just(1.0), 0.0f64..=1.0],
        PARAMS.len(),
    );
    prop_oneof![fractions, edges].prop_map(|fs| {
        let mut inputs = Inputs::default();
        for (p, f) in PARAMS.iter().zip(fs) {
            if let Some(v) = inputs.get_mut(p.key) {
                let x = p.min + (p.max - p.min) * f;
                *v = if p.whole { x.round() } else { x };
            }
        }
        inputs
    })
}

proptest::proptest! {
    #![proptest_config(proptest::test_runner::Config::with_cases(48))]

    #[test]
    fn no_valid_scenario_breaks_a_chart(
        inputs in any_inputs(),
        width in 40u32..1400,
        height in 40u32..900,
        scale in 0.5f64..4.0,
        dark in proptest::bool::ANY,
    ) {
        let style = Style { dark, scale };
        for chart in ChartId::ALL {
            let svg = render(chart, &inputs, (width, height), style);
            proptest::prop_assert!(!svg.contains("NaN") && !svg.contains("inf"), "{}", chart.id());
            texts(&svg, chart.id());
        }
    }
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
fn huge_numbers_tick_as_readable_money() {
    let t = texts_of(
        ChartId::Gap,
        "revenue_growth=300&years=30",
        Style::default(),
    );
    let ticks: Vec<&String> = t
        .iter()
        .filter(|s| s.starts_with('$') && !s.contains(' '))
        .collect();
    assert!(ticks.len() >= 3, "{t:?}");
    for tick in ticks {
        assert!(
            tick.len() <= 9 && tick.ends_with('T') || tick == "$0",
            "{tick}"
        );
        assert!(!tick.contains("e19") && !tick.ends_with("eB"), "{tick}");
    }
}

/// The `font-size` of every `<text>` element, with whether it is bold.
fn font_sizes(svg: &str) -> Vec<(f64, bool)> {
    svg.split("<text")
        .skip(1)
        .filter_map(|el| {
            let tag = el.split('>').next()?;
            let size = tag.split("font-size=\"").nth(1)?.split('"').next()?;
            Some((size.parse().ok()?, tag.contains("font-weight=\"bold\"")))
        })
        .collect()
}

#[test]
fn text_is_at_least_12_px_and_titles_13_5_on_the_page_sizes() {
    // The page's charts: 402 x 264 on a desktop, 356 x 223 at 800 px, 324 x 275 on a phone.
    for size in [(402, 264), (356, 223), (324, 275)] {
        for chart in [ChartId::Gap, ChartId::Costs, ChartId::Cash] {
            let svg = render(chart, &Inputs::default(), size, Style::default());
            let sizes = font_sizes(&svg);
            assert!(sizes.len() > 5, "{} {size:?}", chart.id());
            for (px, bold) in sizes {
                let least = if bold { 13.49 } else { 11.99 };
                assert!(px >= least, "{} {size:?}: {px} px", chart.id());
            }
        }
    }
}
