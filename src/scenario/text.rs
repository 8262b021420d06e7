//! Low-level text handling for the scenario format: splitting, percent-decoding,
//! shortening values for messages.

/// Longest value or key quoted back in a notice, in characters.
const SHOWN_CHARS: usize = 32;

/// Splits `input` into percent-decoded, trimmed `(key, value)` pairs. A leading `#` or
/// `?` is skipped, empty pairs are dropped, and a pair without `=` has the value "".
pub fn pairs(input: &str) -> Vec<(String, String)> {
    let body = input
        .trim()
        .strip_prefix('#')
        .or_else(|| input.trim().strip_prefix('?'))
        .unwrap_or(input.trim());
    body.split('&')
        .filter(|pair| !pair.trim().is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (
                percent_decode(key).trim().to_string(),
                percent_decode(value).trim().to_string(),
            )
        })
        .collect()
}

/// Decodes `%XX` escapes; a `%` not followed by two hex digits is kept as it is.
/// Invalid UTF-8 becomes U+FFFD.
pub fn percent_decode(s: &str) -> String {
    if !s.contains('%') {
        return s.to_string();
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes.get(i + 1..i + 3).and_then(|h| {
            std::str::from_utf8(h)
                .ok()
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        });
        match (bytes[i], hex) {
            (b'%', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `s` cut to at most 32 characters (with "…"), control characters replaced by "?".
pub fn shorten(s: &str) -> String {
    let mut out: String = s
        .chars()
        .take(SHOWN_CHARS)
        .map(|c| if c.is_control() { '?' } else { c })
        .collect();
    if s.chars().nth(SHOWN_CHARS).is_some() {
        out.push('…');
    }
    out
}

/// Whether `s` looks like a BCP 47 language tag: 2-3 letters, then `-` and 2-8
/// letters or digits, at most twice.
pub fn is_language_tag(s: &str) -> bool {
    let mut parts = s.split('-');
    let lang_ok = parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphabetic()));
    let rest: Vec<&str> = parts.collect();
    lang_ok
        && rest.len() <= 2
        && rest
            .iter()
            .all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_and_decodes() {
        assert_eq!(
            pairs("#capex=650&&life=3&embed& x = 1 "),
            vec![
                ("capex".into(), "650".into()),
                ("life".into(), "3".into()),
                ("embed".into(), "".into()),
                ("x".into(), "1".into()),
            ]
        );
        assert_eq!(pairs("?show=capex%2Cenergy")[0].1, "capex,energy");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz%4"), "%zz%4");
        assert_eq!(percent_decode("%FF"), "\u{FFFD}");
    }

    #[test]
    fn shortens_long_and_control_text() {
        assert_eq!(shorten("a\u{0}b"), "a?b");
        assert_eq!(shorten(&"x".repeat(40)).chars().count(), 33);
        assert_eq!(shorten(&"x".repeat(32)), "x".repeat(32));
    }

    #[test]
    fn language_tags() {
        assert!(is_language_tag("en"));
        assert!(is_language_tag("en-GB"));
        assert!(!is_language_tag("<script>"));
        assert!(!is_language_tag(""));
    }
}
