//! The page's fallback for readers without JavaScript: the default scenario's headline
//! figures as text and its four charts as inline SVG, rendered at build time.

use crate::chart::{self, money, ChartId, Style};
use crate::model::{evaluate, InputError, Inputs};

/// Chart size in the fallback; the SVG scales down to the page width.
const SIZE: (u32, u32) = (800, 460);

/// The `<noscript>` block for the default scenario.
///
/// ```text
/// <noscript><section class="noscript"> sentence, figures, 4 x (<figure> svg + caption) </section></noscript>
/// ```
///
/// # Errors
/// Never for the defaults; a chart that fails to draw is left out with a note.
pub fn html() -> Result<String, InputError> {
    let inputs = Inputs::default();
    let p = evaluate(&inputs)?;
    let s = &p.summary;
    let pct = |v: Option<f64>| v.map_or("n/a".into(), |v| format!("{:.1}%", v * 100.0));
    let mut out = String::from("<noscript><section class=\"noscript\">\n");
    out.push_str(
        "<p><strong>This calculator needs JavaScript to move the assumptions.</strong> \
         Here are the default scenario's numbers and charts.</p>\n",
    );
    let first = p.years.first().map_or(0, |y| y.year);
    out.push_str(&format!(
        "<p class=\"sentence\">To earn {:.0}% on the build-out, AI needs {} a year of revenue in \
         {first}; it makes {}: {} of the way.</p>\n<ul class=\"noscript-figures\">\n",
        inputs.wacc,
        money(s.required_revenue),
        money(s.revenue),
        pct(s.coverage),
    ));
    for (label, value) in [
        ("Revenue needed", money(s.required_revenue)),
        ("AI revenue earned", money(s.revenue)),
        ("Gap", money(s.gap)),
        ("Sequoia's rule", money(s.sequoia_required)),
        ("Bain's ratio", money(s.ratio_required)),
        ("Vendors' own money coming back", pct(s.round_trip_share)),
    ] {
        out.push_str(&format!("<li>{label}: <strong>{value}</strong></li>\n"));
    }
    out.push_str("</ul>\n");
    for id in ChartId::ALL {
        let caption = escape(&chart::describe(id, &inputs, &p));
        match chart::svg(id, &inputs, &p, &Style::default(), SIZE) {
            Ok(svg) => out.push_str(&format!(
                "<figure class=\"chart\">{}<figcaption>{caption}</figcaption></figure>\n",
                svg.replacen("<svg ", "<svg role=\"img\" ", 1)
            )),
            Err(e) => out.push_str(&format!(
                "<p>{}: {}</p>\n",
                id.title(),
                escape(&e.to_string())
            )),
        }
    }
    out.push_str("</section></noscript>\n");
    Ok(out)
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    #[test]
    fn fallback_has_figures_and_four_charts() {
        let html = super::html().expect("defaults are valid");
        assert!(html.starts_with("<noscript>"));
        assert!(html.contains("$1.03T"));
        assert_eq!(html.matches("<svg role=\"img\"").count(), 4);
        assert!(!html.contains("NaN"));
    }
}
