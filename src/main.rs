//! The native CLI over the same model and charts as the page.

use roi_gap::model::{evaluate, PARAMS};
use roi_gap::scenario::{self, PRESETS};
use std::process::ExitCode;

const USAGE: &str = "\
roi-gap: the ROI gap and circular spending of the AI build-out

Usage:
  roi-gap eval 'SCENARIO'   the summary, year table and notices as one JSON object
  roi-gap csv 'SCENARIO'    the year table as CSV (notices on stderr)
  roi-gap presets           the presets, with their sources, as JSON
  roi-gap params            the inputs, with units, defaults and ranges, as JSON
  roi-gap help              this text

SCENARIO is key=value pairs joined by &, e.g. 'capex=650&life=3' (\"\" is the defaults).";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let text = args.get(1).map(String::as_str).unwrap_or("");
    match args.first().map(String::as_str) {
        Some("eval") => eval(text),
        Some("csv") => csv(text),
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
