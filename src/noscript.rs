//! The page's static fallback: the default scenario's headline figures as text and its
//! four charts as inline SVG, rendered at build time. It shows where the interactive part
//! cannot run: no JavaScript, a script that fails to load or start, no WebAssembly, a
//! module the engine cannot run. Native only: built into the page by the CLI.

use crate::chart::{self, ChartId, Style};
use crate::model::{evaluate, InputError, Inputs};
use crate::page::{self, Section, FIGURES};
use crate::words::{fill, Lang};

/// Chart size in the fallback; the SVG scales down to the page width.
const SIZE: (u32, u32) = (800, 460);

/// The static block for the default scenario in every language, shown by the page's CSS
/// only where needed (`.no-js` or `.static` on `<html>`). Each language is a `<details>`
/// the reader opens; English is open, and where scripts run but the calculator cannot,
/// the page opens the reader's language instead.
///
/// ```text
/// <section class="noscript" data-static>
///   3 x <details lang=L data-static-lang=L> summary, note, sentence, figures,
///        5 x (<figure> svg + caption) </details>
/// </section>
/// ```
///
/// # Errors
/// Never for the defaults; a chart that fails to draw is left out with a note.
pub fn html() -> Result<String, InputError> {
    let mut out = String::from("<section class=\"noscript\" data-static>\n");
    for lang in Lang::ALL {
        out.push_str(&language_block(lang)?);
    }
    out.push_str("</section>\n");
    Ok(out)
}

/// One language's block: the note, the sentence, the headline figures and the charts.
fn language_block(lang: Lang) -> Result<String, InputError> {
    let words = lang.words();
    let inputs = Inputs::default();
    let p = evaluate(&inputs)?;
    let tag = lang.tag();
    let open = if lang == Lang::En { " open" } else { "" };
    let mut out = format!(
        "<details lang=\"{tag}\" data-static-lang=\"{tag}\"{open}><summary>{}</summary>\n",
        escape(words.fallback.heading)
    );
    let f = &words.fallback;
    // The reason is the page's to fill in (in `[data-static-reason]`) in English only:
    // what the engine reports is English.
    let reason = if lang == Lang::En {
        format!("<span data-static-reason>{}</span>", escape(f.reason))
    } else {
        escape(f.reason)
    };
    out.push_str(&format!(
        "<p data-static-note><strong>{}</strong> ({reason}). <span data-static-shown>{}</span></p>\n",
        escape(f.cannot_run),
        escape(f.shown)
    ));
    let first_year = p.years.first().map_or(0, |y| y.year).to_string();
    out.push_str(&format!(
        "<p class=\"sentence\">{}</p>\n<ul class=\"noscript-figures\">\n",
        escape(&page::headline(&inputs, &p, lang))
    ));
    let texts = page::figure_texts(&p, lang);
    for figure in FIGURES {
        let value = texts.iter().find(|(k, _)| *k == figure.key).map(|(_, v)| v);
        let label = words.figures.get(figure.key).copied().unwrap_or_default();
        if let (Section::Headline, Some(value)) = (figure.section, value) {
            let when = if figure.when {
                format!(" {}", fill(words.numbers.in_year, &[("year", &first_year)]))
            } else {
                String::new()
            };
            out.push_str(&format!(
                "<li>{}{}: <strong>{}</strong></li>\n",
                escape(label),
                escape(&when),
                escape(value)
            ));
        }
    }
    out.push_str("</ul>\n");
    let style = Style {
        lang,
        ..Style::default()
    };
    for id in ChartId::ALL {
        let caption = escape(&chart::describe(id, &inputs, &p, lang));
        match chart::svg(id, &inputs, &p, None, &style, SIZE) {
            Ok(svg) => out.push_str(&format!(
                "<figure class=\"chart\">{}<figcaption>{caption}</figcaption></figure>\n",
                compact(&svg).replacen("<svg ", "<svg role=\"img\" ", 1)
            )),
            Err(e) => out.push_str(&format!(
                "<p>{}: {}</p>\n",
                chart::title(id, lang),
                escape(&e.to_string())
            )),
        }
    }
    out.push_str("</details>\n");
    Ok(out)
}

/// The chart's SVG with what it repeats on every element said once: its font family (one
/// per chart) on the root `<svg>`, whose texts inherit it, and none of SVG's defaults
/// (`opacity="1"`, `stroke="none"`, `stroke-width="1"`, `text-anchor="start"`), and none of
/// the line breaks and trailing spaces plotters puts around elements, texts and points
/// (SVG drops them: a text's leading and trailing white space is not drawn). The family
/// of a Chinese chart is 150 characters on each of its 60-odd texts: together 54 KB of the
/// 15 charts, 4 KB of the gzipped page; the defaults 0.1 KB; the line breaks 22 bytes.
/// Drawn the same.
///
/// ```text
/// <svg ...><text font-family="F" ...>  ->  <svg font-family="F" ...><text ...>
/// <text ...>\nF\n</text>\n<polyline points="1,2 3,4 "/>  ->  <text ...>F</text><polyline points="1,2 3,4"/>
/// ```
fn compact(svg: &str) -> String {
    const FAMILY: &str = " font-family=\"";
    // SVG's defaults, which plotters writes out: full opacity, no stroke, a 1 px stroke,
    // text from its start; then the white space around elements and texts, and in points.
    let mut out = svg
        .replace(" opacity=\"1\"", "")
        .replace(" stroke=\"none\"", "")
        .replace(" stroke-width=\"1\"", "")
        .replace(" text-anchor=\"start\"", "")
        .replace(">\n", ">")
        .replace("\n<", "<")
        .replace(" \"/>", "\"/>");
    let Some(start) = out.find(FAMILY).map(|at| at + FAMILY.len()) else {
        return out;
    };
    let Some(family) = out[start..]
        .find('"')
        .map(|end| out[start..start + end].to_string())
    else {
        return out;
    };
    let attribute = format!("{FAMILY}{family}\"");
    out = out.replace(&attribute, "");
    out.replacen("<svg ", &format!("<svg{attribute} "), 1)
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
        assert_eq!(html.matches("<svg role=\"img\"").count(), 15);
        assert!(html.contains("<details lang=\"zh-Hans\""));
        assert_eq!(html.matches("data-static-reason").count(), 1);
        assert!(!html.contains("NaN"));
        // Each chart names its font family once, on its root.
        assert_eq!(html.matches("font-family=").count(), 15);
        for default in [
            "opacity=\"1\"",
            "stroke=\"none\"",
            "stroke-width=\"1\"",
            "text-anchor=\"start\"",
        ] {
            assert!(!html.contains(default), "{default}");
        }
    }

    #[test]
    fn a_compact_chart_names_its_family_once_and_keeps_the_rest() {
        let svg = "<svg width=\"8\"><text x=\"1\" font-family=\"a, 'b'\" opacity=\"1\">t</text>\
                   <text font-family=\"a, 'b'\" opacity=\"0.5\">u</text></svg>";
        assert_eq!(
            super::compact(svg),
            "<svg font-family=\"a, 'b'\" width=\"8\"><text x=\"1\">t</text>\
             <text opacity=\"0.5\">u</text></svg>"
        );
        assert_eq!(super::compact("<svg></svg>"), "<svg></svg>");
        assert_eq!(
            super::compact(
                "<svg>\n<text x=\"1\">\n$0\n</text>\n<polyline points=\"1,2 3,4 \"/>\n</svg>"
            ),
            "<svg><text x=\"1\">$0</text><polyline points=\"1,2 3,4\"/></svg>"
        );
    }
}
