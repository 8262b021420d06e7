//! The page's fallback for readers without JavaScript: the default scenario's headline
//! figures as text and its four charts as inline SVG, rendered at build time.

use crate::chart::{self, ChartId, Style};
use crate::model::{evaluate, InputError, Inputs};
use crate::page::{self, Section, FIGURES};

/// Chart size in the fallback; the SVG scales down to the page width.
const SIZE: (u32, u32) = (800, 460);

/// The fallback's first line where JavaScript is off. The page puts the same block in
/// view when the interactive part cannot run (no WebAssembly, a trap at start) and
/// replaces this line with one that says so.
pub const NO_SCRIPT_NOTE: &str = "This calculator needs JavaScript to move the assumptions. \
                                  Here are the default scenario's numbers and charts.";

/// The `<noscript>` block for the default scenario.
///
/// ```text
/// <noscript data-static><section class="noscript"> note, sentence, figures, 4 x (<figure> svg + caption) </section></noscript>
/// ```
///
/// # Errors
/// Never for the defaults; a chart that fails to draw is left out with a note.
pub fn html() -> Result<String, InputError> {
    let inputs = Inputs::default();
    let p = evaluate(&inputs)?;
    let mut out = String::from("<noscript data-static><section class=\"noscript\">\n");
    out.push_str(&format!(
        "<p data-static-note><strong>{NO_SCRIPT_NOTE}</strong></p>\n"
    ));
    out.push_str(&format!(
        "<p class=\"sentence\">{}</p>\n<ul class=\"noscript-figures\">\n",
        escape(&page::headline(&inputs, &p))
    ));
    let texts = page::figure_texts(&p);
    for figure in FIGURES {
        let value = texts.iter().find(|(k, _)| *k == figure.key).map(|(_, v)| v);
        if let (Section::Headline, Some(value)) = (figure.section, value) {
            out.push_str(&format!(
                "<li>{}: <strong>{}</strong></li>\n",
                escape(figure.label),
                escape(value)
            ));
        }
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
        assert!(html.starts_with("<noscript data-static>"));
        assert!(html.contains("$1.03T"));
        assert!(html.contains("5.3% of the way"));
        assert_eq!(html.matches("<svg role=\"img\"").count(), 4);
        assert!(!html.contains("NaN"));
    }
}
