//! The native CLI over the same model and charts as the page (see main.rs).

use roi_gap::chart::{self, ChartId, Style};
use roi_gap::model::evaluate;
use roi_gap::page;
use roi_gap::scenario::{self, Parsed};
use roi_gap::words::Lang;
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
  roi-gap preview FILE      the link preview image (the default gap chart, 1200x630 PNG)
  roi-gap presets           the presets, with their sources, as JSON
  roi-gap params            the inputs, with units, defaults and ranges, as JSON
  roi-gap help              this text

Options:
  --lang LANG               the language of notices, CSV headers, chart text and the texts
                            of presets and params: en, zh-Hans or zh-Hant (aliases such as
                            zh-CN and zh-TW too); default: the scenario's lang=, else en

SCENARIO is key=value pairs joined by &, e.g. 'capex=650&life=3' (\"\" is the defaults).";

/// Runs the CLI on the process arguments.
pub fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let lang = match args.iter().position(|a| a == "--lang") {
        Some(at) => {
            let tag = args.get(at + 1).cloned().unwrap_or_default();
            args.drain(at..(at + 2).min(args.len()));
            match Lang::from_tag(&tag) {
                Some(lang) => Some(lang),
                None => return usage_error("--lang takes en, zh-Hans or zh-Hant"),
            }
        }
        None => None,
    };
    let text = args.get(1).map(String::as_str).unwrap_or("");
    match args.first().map(String::as_str) {
        Some("eval") => eval(text, lang),
        Some("csv") => csv(text, lang),
        Some("uncertainty") => uncertainty(&args[1..], lang),
        Some("svg") => svg(&args[1..], lang),
        Some("noscript") => match roi_gap::noscript::html() {
            Ok(html) => {
                print!("{html}");
                ExitCode::SUCCESS
            }
            Err(e) => fail(&e.to_string()),
        },
        Some("preview") => match roi_gap::preview::png(ChartId::Gap, lang.unwrap_or(Lang::En)) {
            Ok(bytes) => match std::fs::write(text, bytes) {
                Ok(()) if !text.is_empty() => ExitCode::SUCCESS,
                _ => usage_error("preview takes the file to write, e.g. dist/preview.png"),
            },
            Err(e) => fail(&e),
        },
        Some("presets") => print_json(&page::facts(lang.unwrap_or(Lang::En)).presets),
        Some("params") => print_json(&page::facts(lang.unwrap_or(Lang::En)).params),
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

/// `text` parsed, with the language to speak: `--lang`, else the text's `lang=`, else
/// English; its notices are in that language.
fn parse(text: &str, lang: Option<Lang>) -> (Parsed, Lang) {
    let mut parsed = scenario::parse(text);
    let lang = lang.or(parsed.scenario.view.lang).unwrap_or(Lang::En);
    parsed.notices = scenario::in_lang(&parsed.notices, lang);
    (parsed, lang)
}

fn eval(text: &str, lang: Option<Lang>) -> ExitCode {
    match scenario::evaluate(text) {
        Ok(mut evaluation) => {
            let lang = lang
                .or(scenario::parse(text).scenario.view.lang)
                .unwrap_or(Lang::En);
            evaluation.notices = scenario::in_lang(&evaluation.notices, lang);
            print_json(&evaluation)
        }
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

fn uncertainty(args: &[String], lang: Option<Lang>) -> ExitCode {
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
    let (parsed, _) = parse(text, lang);
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

fn csv(text: &str, lang: Option<Lang>) -> ExitCode {
    let (parsed, lang) = parse(text, lang);
    for n in &parsed.notices {
        eprintln!("notice: {}", n.message);
    }
    match evaluate(&parsed.scenario.inputs) {
        Ok(projection) => {
            print!("{}", roi_gap::export::csv(&projection, lang));
            ExitCode::SUCCESS
        }
        Err(e) => fail(&e.to_string()),
    }
}

fn svg(args: &[String], lang: Option<Lang>) -> ExitCode {
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
    let (parsed, lang) = parse(positional.get(1).copied().unwrap_or(""), lang);
    style.lang = lang;
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
