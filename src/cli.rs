//! The native CLI over the same model and charts as the page (see main.rs).

use roi_gap::chart::{self, ChartId, Style};
use roi_gap::model::{evaluate, PARAMS};
use roi_gap::scenario::{self, PRESETS};
use std::process::ExitCode;

const USAGE: &str = "\
roi-gap: the ROI gap and circular spending of the AI build-out

Usage:
  roi-gap eval 'SCENARIO'   the summary, year table and notices as one JSON object
  roi-gap csv 'SCENARIO'    the year table as CSV (notices on stderr)
  roi-gap uncertainty 'SCENARIO' [--draws N]
                            probabilities, percentile bands per year and the tornado as
                            JSON (N draws, default 10,000)
  roi-gap svg CHART 'SCENARIO' [--dark] [--size WxH] [--scale S]
                            a chart as SVG (WxH pixels, default 800x450; S pixels per
                            CSS pixel, default 1); CHART: gap, costs, circular, cash,
                            tornado (the CLI's gap and cash charts draw no ranges)
  roi-gap noscript          the page's no-JavaScript fallback (default scenario) as HTML
  roi-gap presets           the presets, with their sources, as JSON
  roi-gap params            the inputs, with units, defaults and ranges, as JSON
  roi-gap help              this text

SCENARIO is key=value pairs joined by &, e.g. 'capex=650&life=3' (\"\" is the defaults).";

/// Runs the CLI on the process arguments.
pub fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let text = args.get(1).map(String::as_str).unwrap_or("");
    match args.first().map(String::as_str) {
        Some("eval") => eval(text),
        Some("csv") => csv(text),
        Some("uncertainty") => uncertainty(&args[1..]),
        Some("svg") => svg(&args[1..]),
        Some("noscript") => match roi_gap::noscript::html() {
            Ok(html) => {
                print!("{html}");
                ExitCode::SUCCESS
            }
            Err(e) => fail(&e.to_string()),
        },
        Some("presets") => print_json(&PRESETS),
        Some("params") => print_json(&PARAMS),
        Some("help" | "-h" | "--help") => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn eval(text: &str) -> ExitCode {
    match scenario::evaluate(text) {
        Ok(evaluation) => print_json(&evaluation),
        Err(e) => fail(&e.to_string()),
    }
}

/// What `uncertainty` prints: the run and the parse notices.
#[derive(serde::Serialize)]
struct UncertaintyOut {
    #[serde(flatten)]
    run: roi_gap::model::Uncertainty,
    tornado: Vec<roi_gap::model::uncertainty::TornadoBar>,
    notices: Vec<scenario::Notice>,
}

fn uncertainty(args: &[String]) -> ExitCode {
    let text = args.first().map(String::as_str).unwrap_or("");
    let mut draws = 10_000;
    let mut rest = args.iter().skip(1);
    while let Some(flag) = rest.next() {
        match (flag.as_str(), rest.next().map(|v| v.parse::<usize>())) {
            ("--draws", Some(Ok(n))) if (1..=1_000_000).contains(&n) => draws = n,
            ("--draws", _) => return usage_error("--draws takes a whole number from 1 to 1000000"),
            _ => return usage_error(&format!("unknown option {flag}")),
        }
    }
    let parsed = scenario::parse(text);
    let inputs = &parsed.scenario.inputs;
    match (
        roi_gap::model::simulate(inputs, draws),
        roi_gap::model::tornado(inputs),
    ) {
        (Ok(run), Ok(tornado)) => print_json(&UncertaintyOut {
            run,
            tornado,
            notices: parsed.notices,
        }),
        (Err(e), _) | (_, Err(e)) => fail(&e.to_string()),
    }
}

fn csv(text: &str) -> ExitCode {
    let parsed = scenario::parse(text);
    for n in &parsed.notices {
        eprintln!("notice: {}", n.message);
    }
    match evaluate(&parsed.scenario.inputs) {
        Ok(projection) => {
            print!("{}", roi_gap::export::csv(&projection));
            ExitCode::SUCCESS
        }
        Err(e) => fail(&e.to_string()),
    }
}

fn svg(args: &[String]) -> ExitCode {
    let mut style = Style::default();
    let mut size = (800, 450);
    let mut positional = Vec::new();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--dark" => style.dark = true,
            "--size" => match rest.next().and_then(|s| parse_size(s)) {
                Some(s) => size = s,
                None => return usage_error("--size takes WIDTHxHEIGHT, e.g. 320x220"),
            },
            "--scale" => match rest.next().and_then(|s| s.parse::<f64>().ok()) {
                Some(s) if s.is_finite() && s > 0.0 => style.scale = s,
                _ => return usage_error("--scale takes a positive number, e.g. 2"),
            },
            _ => positional.push(arg.as_str()),
        }
    }
    let Some(id) = positional.first() else {
        return usage_error("svg needs a CHART: gap, costs, circular, cash or tornado");
    };
    let Some(which) = ChartId::from_id(id) else {
        let ids: Vec<&str> = ChartId::ALL.iter().map(|c| c.id()).collect();
        return usage_error(&format!(
            "unknown chart \"{id}\"; expected one of: {}",
            ids.join(", ")
        ));
    };
    let parsed = scenario::parse(positional.get(1).copied().unwrap_or(""));
    for n in &parsed.notices {
        eprintln!("notice: {}", n.message);
    }
    let inputs = parsed.scenario.inputs;
    let result = evaluate(&inputs)
        .map_err(|e| e.to_string())
        .and_then(|projection| {
            chart::svg(which, &inputs, &projection, None, &style, size).map_err(|e| e.to_string())
        });
    match result {
        Ok(svg) => {
            println!("{svg}");
            ExitCode::SUCCESS
        }
        Err(e) => fail(&e),
    }
}

/// `WIDTHxHEIGHT` in pixels, each 1..=10000.
fn parse_size(text: &str) -> Option<(u32, u32)> {
    let (w, h) = text.split_once('x')?;
    let (w, h) = (w.trim().parse().ok()?, h.trim().parse().ok()?);
    ((1..=10_000).contains(&w) && (1..=10_000).contains(&h)).then_some((w, h))
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("error: {message}\n\n{USAGE}");
    ExitCode::from(2)
}

fn print_json<T: serde::Serialize + ?Sized>(value: &T) -> ExitCode {
    match serde_json::to_string_pretty(value) {
        Ok(s) => {
            println!("{s}");
            ExitCode::SUCCESS
        }
        Err(e) => fail(&e.to_string()),
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::FAILURE
}
