//! Native micro-benchmarks of the model and the chart code, with the std library only:
//! many timed batches, medians and 95th percentiles. `./build.sh bench` runs it.

use roi_gap::chart::{self, ChartId, Style};
use roi_gap::model::{evaluate, simulate, tornado, Inputs};
use roi_gap::scenario;
use std::hint::black_box;
use std::time::Instant;

/// Times `f` in `batches` batches of `per_batch` calls; returns (median, p95) in µs/call.
fn time<T>(batches: usize, per_batch: usize, mut f: impl FnMut() -> T) -> (f64, f64) {
    for _ in 0..per_batch * 5 {
        black_box(f());
    }
    let mut samples: Vec<f64> = (0..batches)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..per_batch {
                black_box(f());
            }
            start.elapsed().as_secs_f64() * 1e6 / per_batch as f64
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    let at = |q: f64| samples[((samples.len() - 1) as f64 * q) as usize];
    (at(0.5), at(0.95))
}

fn main() {
    let thirty = Inputs {
        years: 30.0,
        ..Inputs::default()
    };
    let Ok(projection) = evaluate(&thirty) else {
        eprintln!("the 30-year scenario is invalid");
        return;
    };
    let text = "capex=650&life=3&revenue_growth=60&years=30&theme=dark";
    let style = Style::default();
    println!("| what | median µs | p95 µs |");
    println!("|---|---|---|");
    let ten = Inputs::default();
    let rows: [(&str, (f64, f64)); 6] = [
        (
            "evaluate(), 30-year scenario",
            time(200, 200, || evaluate(black_box(&thirty))),
        ),
        (
            "parse + evaluate + write, 30 years",
            time(200, 100, || {
                let parsed = scenario::parse(black_box(text));
                let p = evaluate(&parsed.scenario.inputs);
                (p.is_ok(), scenario::write(&parsed.scenario))
            }),
        ),
        (
            "gap chart as SVG, 800x450 (native)",
            time(50, 10, || {
                chart::svg(ChartId::Gap, &thirty, &projection, None, &style, (800, 450))
            }),
        ),
        (
            "all five charts as SVG, 800x450 (native)",
            time(30, 5, || {
                ChartId::ALL.map(|c| chart::svg(c, &thirty, &projection, None, &style, (800, 450)))
            }),
        ),
        (
            "uncertainty: 2,000 draws x 10 years, bands and probabilities",
            time(30, 3, || simulate(black_box(&ten), 2000)),
        ),
        (
            "tornado alone (34 evaluations), 10 years",
            time(100, 20, || tornado(black_box(&ten))),
        ),
    ];
    for (name, (median, p95)) in &rows {
        println!("| {name} | {median:.2} | {p95:.2} |");
    }
    let (draws_us, _) = rows[4].1;
    println!(
        "\nUncertainty: about {:.0} ns per draw-year (2,000 draws x 10 years, sorting \
         included), {:.0} draws per second.",
        draws_us * 1000.0 / 20_000.0,
        2000.0 / (draws_us / 1e6)
    );
}
