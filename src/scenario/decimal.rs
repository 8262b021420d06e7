//! Decimal text to `f64`, read as `str::parse::<f64>` reads it, without core's parser.
//!
//! Core's parser (Eisel-Lemire with a big-decimal fallback) carries a 10 KB table of
//! powers of five; with its code it was 12 KB of the gzipped page (BENCHMARKS.md, sixth
//! round). The scenario text's numbers are short and few, so a smaller, slower reader
//! does, with the same result bit for bit:
//!
//! ```text
//! text  = sign? ( "inf" | "infinity" | "nan" | digits )     (inf and nan in any case)
//! value = M * 10^e      M: the significant digits (the first 800, then a 1 if more follow)
//!
//! fast  M < 2^53, |e| <= 22: M and 10^e are exact doubles, one rounding (Clinger)
//! else  from an estimate in doubles, step to the neighbouring double while M * 10^e lies
//!       beyond the midpoint between the two, compared exactly in big integers; a tie
//!       goes to the even mantissa
//! ```
//!
//! (800 digits, as core keeps 768: a midpoint between doubles has at most 768
//! significant digits, so a trailing 1 for the dropped digits rounds as they would.)

use std::cmp::Ordering;

/// Reads `text` as `str::parse::<f64>` does (the same grammar, the same value bit for
/// bit), or `None` when it is not a number.
pub fn parse(text: &str) -> Option<f64> {
    let (negative, rest) = signed(text);
    let magnitude = if ["inf", "infinity"]
        .iter()
        .any(|w| rest.eq_ignore_ascii_case(w))
    {
        f64::INFINITY
    } else if rest.eq_ignore_ascii_case("nan") {
        f64::NAN
    } else {
        let decimal = Decimal::read(rest)?;
        decimal.value()
    };
    Some(if negative { -magnitude } else { magnitude })
}

/// `M * 10^e`: `digits` are M's significant digits (no leading or trailing zeros), and
/// `sticky` says nonzero digits after the 800th were dropped.
struct Decimal {
    digits: Vec<u8>,
    e: i64,
    sticky: bool,
}

/// At most this many significant digits are kept (see the module's note).
const KEPT_DIGITS: usize = 800;

impl Decimal {
    /// Reads `digits ('.' digits)? (('e' | 'E') sign? digits)?`, with at least one digit
    /// in the mantissa, and nothing after it.
    fn read(text: &str) -> Option<Decimal> {
        let bytes = text.as_bytes();
        let mut d = Decimal {
            digits: Vec::new(),
            e: 0,
            sticky: false,
        };
        let (mut seen, mut point, mut i) = (false, false, 0);
        while let Some(&b) = bytes.get(i) {
            i += 1;
            match b {
                b'0'..=b'9' => {
                    seen = true;
                    d.e -= i64::from(point);
                    let digit = b - b'0';
                    if d.digits.is_empty() && digit == 0 {
                        continue; // a leading zero
                    }
                    if d.digits.len() < KEPT_DIGITS {
                        d.digits.push(digit);
                    } else {
                        d.sticky |= digit > 0;
                        d.e += 1;
                    }
                }
                b'.' if !point => point = true,
                _ => {
                    i -= 1;
                    break;
                }
            }
        }
        if !seen {
            return None;
        }
        // (Not when digits were dropped: the 1 that stands for them goes after the 800th.)
        while !d.sticky && d.digits.last() == Some(&0) {
            d.digits.pop();
            d.e += 1;
        }
        if let Some(b'e' | b'E') = bytes.get(i) {
            d.e = d.e.saturating_add(exponent(&text[i + 1..])?);
        } else if i != bytes.len() {
            return None;
        }
        Some(d)
    }

    /// The double nearest `M * 10^e`, ties to even.
    fn value(&self) -> f64 {
        let length = self.digits.len() as i64;
        if self.digits.is_empty() || length + self.e < -324 {
            return 0.0; // below 1e-324: under half the least double
        }
        if length + self.e > 310 {
            return f64::INFINITY; // at least 1e310
        }
        // The first 19 digits (10^19 < 2^64) and their power of ten.
        let first = &self.digits[..self.digits.len().min(19)];
        let m = first.iter().fold(0u64, |m, &d| m * 10 + u64::from(d));
        let e = self.e + length - first.len() as i64;
        let mut x = estimate(m, e);
        if m < 1 << 53 && first.len() == self.digits.len() && !self.sticky && e.abs() <= 22 {
            return x;
        }
        // M, built once: each comparison multiplies a copy.
        let whole = Big::from_digits(&self.digits, self.sticky);
        // The estimate is a few units in the last place off; step to the nearest: up while
        // M * 10^e lies above the midpoint with the double above, down while it lies below
        // the midpoint with the double below.
        'step: for _ in 0..64 {
            let up = x.is_finite().then(|| f64::from_bits(x.to_bits() + 1));
            let down = (x > 0.0).then(|| f64::from_bits(x.to_bits() - 1));
            for (next, beyond) in [(up, Ordering::Greater), (down, Ordering::Less)] {
                let Some(next) = next else { continue };
                let (low, high) = if beyond == Ordering::Greater {
                    (x, next)
                } else {
                    (next, x)
                };
                match self.against_midpoint(&whole, low, high) {
                    Ordering::Equal => return even(low, high),
                    side if side == beyond => {
                        x = next;
                        continue 'step;
                    }
                    _ => {}
                }
            }
            break;
        }
        x
    }

    /// `M * 10^e` against the midpoint of two adjacent doubles (`high` may be infinity,
    /// read as 2^1024), exactly:
    ///
    /// ```text
    /// low = a * 2^k, high = b * 2^k   (k the smaller exponent)
    /// M * 10^e  <=>  (a + b) * 2^(k - 1)
    /// M * 10^max(e,0) * 2^max(1-k,0)  <=>  (a + b) * 10^max(-e,0) * 2^max(k-1,0)
    /// ```
    fn against_midpoint(&self, whole: &Big, low: f64, high: f64) -> Ordering {
        let ((a, ka), (b, kb)) = (parts(low), parts(high));
        let k = ka.min(kb);
        let sum = (u128::from(a) << (ka - k)) + (u128::from(b) << (kb - k));
        let mut left = Big(whole.0.clone());
        let e = self.e - i64::from(self.sticky);
        left.times_ten_to(e.max(0));
        left.times_two_to(1 - k);
        let mut right = Big::from_u128(sum);
        right.times_ten_to(-e);
        right.times_two_to(k - 1);
        left.cmp(&right)
    }
}

/// `m * 10^e` in doubles: exact for `m < 2^53` and `|e| <= 22`, a few units in the last
/// place off otherwise (at most 16 roundings for the `e` [`Decimal::value`] passes).
fn estimate(m: u64, e: i64) -> f64 {
    let mut x = m as f64;
    let mut e = e;
    while e > 22 {
        x *= 1e22;
        e -= 22;
    }
    while e < -22 {
        x /= 1e22;
        e += 22;
    }
    let power = POWERS_OF_TEN[e.unsigned_abs() as usize];
    if e >= 0 {
        x * power
    } else {
        x / power
    }
}

/// A natural number in base 2^32, least significant limb first, for the exact
/// comparisons (up to about 2^3800: 10^1124 times 2^75, or 2^54 times 2^1100).
struct Big(Vec<u32>);

impl Big {
    fn from_u128(x: u128) -> Big {
        let mut n = Big((0..4).map(|i| (x >> (32 * i)) as u32).collect());
        n.trim();
        n
    }

    /// The digits' number, times ten plus one when `sticky`.
    fn from_digits(digits: &[u8], sticky: bool) -> Big {
        let mut n = Big(Vec::new());
        for &d in digits {
            n.mul_add(10, u32::from(d));
        }
        if sticky {
            n.mul_add(10, 1);
        }
        n
    }

    fn mul_add(&mut self, factor: u32, add: u32) {
        let mut carry = u64::from(add);
        for limb in &mut self.0 {
            let v = u64::from(*limb) * u64::from(factor) + carry;
            *limb = v as u32;
            carry = v >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
    }

    /// Times 10^n (nothing for `n <= 0`).
    fn times_ten_to(&mut self, mut n: i64) {
        while n > 0 {
            let k = n.min(9);
            self.mul_add(10u32.pow(k as u32), 0);
            n -= k;
        }
    }

    /// Times 2^n (nothing for `n <= 0`).
    fn times_two_to(&mut self, n: i64) {
        if n <= 0 || self.0.is_empty() {
            return;
        }
        self.mul_add(1 << (n % 32), 0);
        let limbs = (n / 32) as usize;
        self.0.splice(0..0, std::iter::repeat(0).take(limbs));
    }

    fn trim(&mut self) {
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
    }

    fn cmp(&self, other: &Big) -> Ordering {
        self.0
            .len()
            .cmp(&other.0.len())
            .then_with(|| self.0.iter().rev().cmp(other.0.iter().rev()))
    }
}

/// The exponent after `e`: `sign? digits`, its digits read while it is under 0x10000, as
/// core reads them (far beyond any double's range, and the same value for any text).
fn exponent(text: &str) -> Option<i64> {
    let (negative, digits) = signed(text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let value = digits.bytes().fold(0i64, |n, b| {
        if n < 0x10000 {
            n * 10 + i64::from(b - b'0')
        } else {
            n
        }
    });
    Some(if negative { -value } else { value })
}

/// Whether `text` starts with a minus, and the text after its sign (`-` or `+`), if any.
fn signed(text: &str) -> (bool, &str) {
    match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    }
}

/// A nonnegative double as `mantissa * 2^exponent`, the mantissa an integer (infinity
/// as 2^1024, the double after the greatest).
fn parts(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | 1 << 52, biased - 1075)
    }
}

/// Of two adjacent doubles, the one with an even mantissa (ties to even; infinity counts
/// as even, as IEEE 754 rounds a tie above the greatest double to infinity).
fn even(a: f64, b: f64) -> f64 {
    if a.to_bits() & 1 == 0 {
        a
    } else {
        b
    }
}

/// 10^0 ..= 10^22: every one an exact double.
const POWERS_OF_TEN: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

#[cfg(test)]
mod tests;
