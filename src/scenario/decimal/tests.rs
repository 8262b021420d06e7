// The reader against `str::parse::<f64>`: the grammar's edges, the writer's numbers, and
// random decimal text.
#![allow(clippy::float_cmp)]

use super::parse;
use rand::{RngExt, SeedableRng};
use rand_pcg::Pcg64Mcg;

/// The reader and `str::parse` agree on `text`: both say it is not a number, or both read
/// the same double, bit for bit (any NaN for NaN).
fn agree(text: &str) {
    let want = text.parse::<f64>().ok();
    let got = parse(text);
    match (got, want) {
        (Some(g), Some(w)) => assert!(
            g.to_bits() == w.to_bits() || (g.is_nan() && w.is_nan()),
            "{text:?}: {g:e} against {w:e}"
        ),
        (g, w) => assert_eq!(g.is_some(), w.is_some(), "{text:?}: {g:?} against {w:?}"),
    }
}

/// `x` reads back as itself from the text the scenario writer writes for it (`{}`).
fn reads_back(x: f64) {
    let text = format!("{x}");
    assert_eq!(parse(&text).map(f64::to_bits), Some(x.to_bits()), "{text}");
}

/// A random decimal digit from `least` to 9, as a character.
fn digit(rng: &mut Pcg64Mcg, least: u8) -> char {
    char::from(b'0' + rng.random_range(least..10))
}

#[test]
fn the_grammar_is_that_of_str_parse() {
    for text in [
        "0",
        "-0",
        "+0",
        "00",
        "007",
        "5",
        "-5",
        "+5",
        "5.",
        ".5",
        "-.5",
        "+.5",
        "0.05",
        "1e5",
        "1E5",
        "1e+5",
        "1e-5",
        "1.5e-3",
        "-1.5E+3",
        "1e",
        "1e+",
        "1e-",
        "e5",
        ".e5",
        ".",
        "-",
        "+",
        "",
        "+-5",
        "--5",
        "1.2.3",
        "1..2",
        "1,5",
        "1_000",
        "0x10",
        " 5",
        "5 ",
        "inf",
        "-inf",
        "+inf",
        "INF",
        "Infinity",
        "-infinity",
        "infinit",
        "infinityy",
        "nan",
        "NaN",
        "-nan",
        "+NAN",
        "nann",
        "1e400",
        "-1e400",
        "1e-400",
        "4.9e-324",
        "2.5e-324",
        "1.7976931348623157e308",
        "1.7976931348623159e308",
        "1e99999999999999999999",
        "1e-99999999999999999999",
        "0e99999",
        "00000000000000000000001",
        "0.000000000000000000000000000001",
        "123456789012345678901234567890",
        "9007199254740993",
        "9007199254740992.5",
        "0.30000000000000004",
        "2100",
        "5000.0000001",
        "４",
        "5٫0",
        "1e5x",
        "x1e5",
    ] {
        agree(text);
    }
}

#[test]
fn every_double_the_writer_writes_reads_back_exactly() {
    let mut rng = Pcg64Mcg::seed_from_u64(1);
    for _ in 0..200_000 {
        // Magnitudes 1e-5 ..= 1e22, spread over their exponents, every mantissa bit random.
        let exponent: f64 = rng.random_range(-5.0..22.0);
        let x = 10f64.powf(exponent)
            * rng.random_range(1.0..10.0)
            * if rng.random() { 1.0 } else { -1.0 };
        let x = f64::from_bits(x.to_bits() ^ (rng.random::<u64>() & 0xff));
        reads_back(x);
    }
    // Any double at all, subnormals and the greatest among them.
    for _ in 0..200_000 {
        let x = f64::from_bits(rng.random::<u64>());
        if x.is_finite() {
            reads_back(x);
        }
    }
    // Slider-like values: whole, halves, tenths, and the sums that miss them by an ulp.
    for k in -100_000..100_000 {
        for x in [
            f64::from(k) * 0.1,
            f64::from(k) / 10.0,
            f64::from(k) * 0.5,
            0.1 * 3.0 + f64::from(k),
        ] {
            reads_back(x);
        }
    }
}

#[test]
fn random_decimal_text_reads_as_str_parse_reads_it() {
    let mut rng = Pcg64Mcg::seed_from_u64(2);
    for _ in 0..300_000 {
        // 1 to 40 digits, a point anywhere or none, an exponent or none: values from
        // far below the least double to far above the greatest.
        let digits: usize = rng.random_range(1..=40);
        let mut text: String = (0..digits).map(|_| digit(&mut rng, 0)).collect();
        if rng.random() {
            text.insert(rng.random_range(0..=digits), '.');
        }
        if rng.random() {
            text.push_str(&format!("e{}", rng.random_range(-360..330)));
        }
        agree(&text);
    }
}

#[test]
fn the_edges_of_the_doubles_read_as_str_parse_reads_them() {
    // Around the least subnormal, the least normal and the greatest double, their
    // midpoints written out in full, and a text of 1,000 digits (past the 800 kept).
    let midpoint_above_max = format!("17976931348623158079372897140530341507993413271003782693617377898044496829276475094664736{}", "0".repeat(220));
    let long = format!("0.{}", "3".repeat(1000));
    for x in [
        5e-324,
        1e-323,
        2.2250738585072014e-308,
        2.225073858507201e-308,
        f64::MAX,
    ] {
        agree(&format!("{x:e}"));
        agree(&format!("{x:.400e}"));
        agree(&format!("{:e}", x * 0.999_999_999_999_999_9));
    }
    for text in [
        "2.4703282292062327e-324",
        "2.4703282292062328e-324",
        "2.47032822920623272088e-324",
        &midpoint_above_max,
        &format!("{midpoint_above_max}1"),
        &long,
        &format!("{}e-1000", "9".repeat(900)),
        &format!("1{}e-1100", "0".repeat(799)),
        // Past the 800 digits kept, after zeros: the dropped digits still count.
        &format!("1{}1e-800", "0".repeat(799)),
        &format!("0.1{}1", "0".repeat(900)),
        &format!("2.5{}1", "0".repeat(1000)),
        &format!("{}5{}1", "1".repeat(790), "0".repeat(40)),
        // An exponent far past 0x10000 is read as core reads it.
        &format!("0.{}1e700000", "0".repeat(699_999)),
        "1e99999",
        "1e-99999",
    ] {
        agree(text);
    }
}

#[test]
fn texts_longer_than_the_digits_kept_read_as_str_parse_reads_them() {
    let mut rng = Pcg64Mcg::seed_from_u64(3);
    for _ in 0..1_000 {
        // A few digits, zeros to somewhere from the 700th to the 900th digit, a last
        // nonzero digit, maybe more zeros: the 800th falls before, in or after the zeros.
        let head: String = (0..rng.random_range(1..=17))
            .map(|_| digit(&mut rng, 1))
            .collect();
        let zeros = "0".repeat(rng.random_range(700..900) - head.len());
        let last = digit(&mut rng, 1);
        let tail = "0".repeat(rng.random_range(0..3) * 40);
        let mut text = format!("{head}{zeros}{last}{tail}");
        text.insert(rng.random_range(1..=head.len()), '.');
        text.push_str(&format!("e{}", rng.random_range(-300..300)));
        agree(&text);
    }
}
