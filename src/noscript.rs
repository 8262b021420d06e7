//! The page's static fallback: the default scenario's headline figures as text and its
//! four charts as inline SVG, rendered at build time. It shows where the interactive part
//! cannot run: no JavaScript, a script that fails to load or start, no WebAssembly, a
//! module the engine cannot run. Native only: built into the page by the CLI.

use crate::chart::{self, ChartId, Style};
use crate::model::{evaluate, InputError, Inputs};
use crate::page::{self, Section, FIGURES};

/// Chart size in the fallback; the SVG scales down to the page width.
const SIZE: (u32, u32) = (800, 460);

/// The fallback's one line: why the interactive part is not there. The page replaces the
/// reason (in `[data-static-reason]`) with what it found, e.g. "this browser has no
/// WebAssembly".
const NOTE: (&str, &str, &str) = (
    "The interactive part of this calculator cannot run in this browser",
    "it needs JavaScript and WebAssembly",
    "Here are the default scenario's numbers and charts.",
);

/// The static block for the default scenario, shown by the page's CSS only where needed
/// (`.no-js` or `.static` on `<html>`).
///
/// ```text
/// <section class="noscript" data-static> note, sentence, figures, 4 x (<figure> svg + caption) </section>
/// ```
///
/// # Errors
/// Never for the defaults; a chart that fails to draw is left out with a note.
pub fn html() -> Result<String, InputError> {
    let inputs = Inputs::default();
    let p = evaluate(&inputs)?;
    let mut out = String::from("<section class=\"noscript\" data-static>\n");
    let (claim, reason, rest) = NOTE;
    out.push_str(&format!(
        "<p data-static-note><strong>{claim}</strong> (<span data-static-reason>{reason}</span>). \
         {rest}</p>\n"
    ));
    let first_year = p.years.first().map_or(0, |y| y.year);
    out.push_str(&format!(
        "<p class=\"sentence\">{}</p>\n<ul class=\"noscript-figures\">\n",
        escape(&page::headline(&inputs, &p))
    ));
    let texts = page::figure_texts(&p);
    for figure in FIGURES {
        let value = texts.iter().find(|(k, _)| *k == figure.key).map(|(_, v)| v);
        if let (Section::Headline, Some(value)) = (figure.section, value) {
            let when = if figure.when {
                format!(" in {first_year}")
            } else {
                String::new()
            };
            out.push_str(&format!(
                "<li>{}{when}: <strong>{}</strong></li>\n",
                escape(figure.label),
                escape(value)
            ));
        }
    }
    out.push_str("</ul>\n");
    for id in ChartId::ALL {
        let caption = escape(&chart::describe(id, &inputs, &p));
        match chart::svg(id, &inputs, &p, None, &Style::default(), SIZE) {
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
    out.push_str("</section>\n");
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
        assert!(html.starts_with("<section class=\"noscript\" data-static>"));
        assert!(html.contains("Revenue needed in 2026: <strong>$927B</strong>"));
        assert!(html.contains("$927B"));
        assert!(html.contains("5.9% of the way"));
        assert_eq!(html.matches("<svg role=\"img\"").count(), 5);
        assert!(!html.contains("NaN"));
    }
}
