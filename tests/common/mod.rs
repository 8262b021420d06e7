//! Helpers shared by the chart tests: scenarios, SVG rendering and text extraction.
#![allow(dead_code)] // each test file uses some of them

use roi_gap::chart::{self, ChartId, Style};
use roi_gap::model::{evaluate, Inputs, PARAMS};
use roi_gap::scenario::parse;
use roi_gap::words::Lang;

pub const WIDE: (u32, u32) = (800, 450);
/// A 320 x 220 CSS px phone chart at devicePixelRatio 2.
pub const PHONE: (u32, u32) = (640, 440);

pub fn scenarios() -> Vec<(String, Inputs)> {
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

pub fn render(chart: ChartId, inputs: &Inputs, size: (u32, u32), style: Style) -> String {
    let projection = evaluate(inputs).unwrap_or_else(|e| panic!("{e}"));
    chart::svg(chart, inputs, &projection, None, &style, size)
        .unwrap_or_else(|e| panic!("{} at {size:?}: {e}", chart.id()))
}

/// The text content of every element, unescaped, after checking that the tags balance.
pub fn texts(svg: &str, context: &str) -> Vec<String> {
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

/// The legend labels of `chart` in `lang`.
pub fn legend(chart: ChartId, lang: Lang) -> Vec<&'static str> {
    let w = &lang.words().charts;
    match chart {
        ChartId::Gap => vec![w.required, w.earned, w.gap],
        ChartId::Costs => vec![
            w.depreciation,
            w.capital_return,
            w.energy,
            w.opex,
            w.paid_by_customers,
            w.paid_by_investors,
            w.round_trip,
        ],
        ChartId::Circular => vec![w.customers_money, w.investors_money, w.round_trip_flow],
        ChartId::Cash => vec![w.customers_only, w.with_funding],
        ChartId::Tornado => vec![w.low_end, w.high_end],
    }
}

pub fn texts_of(chart: ChartId, scenario: &str, style: Style) -> Vec<String> {
    let svg = render(chart, &parse(scenario).scenario.inputs, WIDE, style);
    texts(&svg, scenario)
}
