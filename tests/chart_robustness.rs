//! The charts under stress: odd scales, tiny areas, any valid inputs at any size (a
//! property test), huge numbers, and text sizes on the page's chart sizes.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use roi_gap::chart::{self, ChartError, ChartId, Style};
use roi_gap::model::{evaluate, Inputs, PARAMS};

#[test]
fn odd_scales_still_draw_finite_charts() {
    let inputs = Inputs::default();
    for scale in [0.0, -1.0, f64::NAN, f64::INFINITY, 0.5, 3.0, 100.0] {
        let style = Style {
            dark: false,
            scale,
            ..Style::default()
        };
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
            chart::svg(chart, &inputs, &projection, None, &style, (10, 10)),
            Err(ChartError::TooSmall {
                width: 10,
                height: 10
            })
        );
        for size in [(40, 40), (120, 60), (60, 400), (2000, 1200)] {
            let svg = chart::svg(chart, &inputs, &projection, None, &style, size)
                .unwrap_or_else(|e| panic!("{} {size:?}: {e}", chart.id()));
            assert!(!svg.contains("NaN"), "{} {size:?}", chart.id());
            texts(&svg, chart.id());
        }
    }
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
        let style = Style {
            dark,
            scale,
            ..Style::default()
        };
        for chart in ChartId::ALL {
            let svg = render(chart, &inputs, (width, height), style);
            proptest::prop_assert!(!svg.contains("NaN") && !svg.contains("inf"), "{}", chart.id());
            texts(&svg, chart.id());
        }
    }
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
