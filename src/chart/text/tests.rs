// Text widths measured by character (bold wider), and lines wrapped within a width.

use super::*;

fn with_area(f: impl FnOnce(&Area<SVGBackend>)) {
    let mut out = String::new();
    let root = SVGBackend::with_string(&mut out, (400, 300)).into_drawing_area();
    f(&root);
}

#[test]
fn widths_add_up_by_character_and_scale_with_size() {
    with_area(|area| {
        let ts: TextStyle = ("sans-serif", 12.0).into_font().into();
        let w = |s: &str| width(area, s, &ts);
        assert!((w("$515B") - (w("$5") + w("15B"))).abs() < 1e-9);
        assert!((w("a b") - (w("a") + w(" ") + w("b"))).abs() < 1e-9);
        let big: TextStyle = ("sans-serif", 24.0).into_font().into();
        assert!((width(area, "$515B", &big) - 2.0 * w("$515B")).abs() < 1e-9);
        assert_eq!(measure(area, "", &ts), (0, 12));
        assert!(w("é€") > 0.0);
    });
}

#[test]
fn bold_is_wider_even_where_the_backend_ignores_the_weight() {
    with_area(|area| {
        let plain: TextStyle = ("sans-serif", 12.0).into_font().into();
        let bold: TextStyle = ("sans-serif", 12.0, FontStyle::Bold).into_font().into();
        let (p, b) = (
            width(area, "Revenue", &plain),
            width(area, "Revenue", &bold),
        );
        assert!((b / p - BOLD).abs() < 1e-9, "{p} {b}");
    });
}

#[test]
fn wrap_breaks_at_spaces_within_the_width() {
    with_area(|area| {
        let ts: TextStyle = ("sans-serif", 12.0).into_font().into();
        let max = measure(area, "Not spent on", &ts).0;
        let lines = wrap(area, "Not spent on compute", &ts, max);
        assert_eq!(lines, vec!["Not spent on", "compute"]);
        assert_eq!(wrap(area, "  ", &ts, 10), Vec::<String>::new());
        // Chinese breaks between characters, never before a comma or inside money.
        let three = measure(area, "寿命，", &ts).0 + 1;
        let lines = wrap(area, "芯片寿命，550亿美元", &ts, three);
        assert_eq!(lines, vec!["芯片寿", "命，", "550亿美元"]);
        assert_eq!(words_of("AI 公司（云）"), vec!["AI", "公", "司", "（云）"]);
        // A link wider than the line breaks after its separators.
        let link = "https://example.test/index.html#v=2&capex=650&life=3";
        let max = measure(area, "https://example.test/", &ts).0;
        let lines = wrap(area, &format!("at {link} today"), &ts, max);
        assert!(
            lines.iter().all(|l| measure(area, l, &ts).0 <= max),
            "{lines:?}"
        );
        assert_eq!(lines.concat().replace(' ', ""), format!("at{link}today"));
    });
}
