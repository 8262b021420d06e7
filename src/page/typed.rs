//! Values typed into a number box: read by the scenario text's own rules, with the message
//! shown under the box when the model had to change them.

use crate::format;
use crate::model::ParamSpec;
use crate::scenario::NoticeKind;
use crate::words::{fill, Lang};
use serde::Serialize;

/// A value typed into the number box of an input: the value the model uses (`None` when
/// the text is not a finite number: the input keeps its value), and the message to show
/// under the box ("" when the text was used as typed).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Typed {
    /// The value to use, or `None`.
    pub value: Option<f64>,
    /// The message, or "".
    pub message: String,
}

/// Reads `text` typed into the number box of `spec` by the scenario text's own rules,
/// with the message in `lang`.
pub fn read_typed(spec: &ParamSpec, text: &str, lang: Lang) -> Typed {
    let escaped = text.replace('%', "%25").replace('&', "%26");
    let version = crate::scenario::VERSION;
    let parsed = crate::scenario::parse(&format!("v={version}&{}={escaped}", spec.key));
    let used = parsed.scenario.inputs.get(spec.key).unwrap_or(spec.default);
    let kind = parsed.notices.last().map(|n| n.kind);
    match kind {
        None => Typed {
            value: Some(used),
            message: String::new(),
        },
        Some(NoticeKind::NotANumber | NoticeKind::NotFinite) => Typed {
            value: None,
            message: field_message(spec, None, used, lang),
        },
        Some(kind) => Typed {
            value: Some(used),
            message: field_message(spec, Some(kind), used, lang),
        },
    }
}

/// The message under a control when the model had to change a typed value (`kind` as
/// the parser names it; `None` when the text was not a number at all).
pub fn field_message(spec: &ParamSpec, kind: Option<NoticeKind>, used: f64, lang: Lang) -> String {
    let words = lang.words();
    let unit = match words.params.get(spec.key) {
        Some(p) if spec.unit != "year" => format!(" {}", p.unit),
        _ => String::new(),
    };
    let (min, max) = (format::plain(spec.min), format::plain(spec.max));
    let used = format::plain(used);
    let values = [
        ("min", min.as_str()),
        ("max", max.as_str()),
        ("unit", unit.as_str()),
        ("used", used.as_str()),
    ];
    let n = &words.notices;
    match kind {
        Some(NoticeKind::Rounded) => fill(n.typed_rounded, &values),
        Some(NoticeKind::Clamped) => fill(n.typed_clamped, &values),
        _ => fill(n.typed_not_a_number, &values),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::param;

    fn read_typed_en(spec: &ParamSpec, text: &str) -> Typed {
        read_typed(spec, text, Lang::En)
    }

    #[test]
    fn typed_values_are_read_as_links_are() {
        let life = param("life").expect("known key");
        assert_eq!(read_typed_en(life, "4").value, Some(4.0));
        assert_eq!(read_typed_en(life, "4").message, "");
        assert_eq!(read_typed_en(life, "3.6").value, Some(4.0));
        assert_eq!(read_typed_en(life, "99").value, Some(10.0));
        assert_eq!(read_typed_en(life, "abc").value, None);
        assert_eq!(read_typed_en(life, "1&capex=9").value, None);
        assert_eq!(read_typed_en(life, "NaN").value, None);
        assert_eq!(
            read_typed_en(life, "abc").message,
            "Enter a number from 1 to 10 years."
        );
    }

    #[test]
    fn field_messages_say_what_was_used() {
        let life = param("life").expect("known key");
        assert_eq!(
            field_message(life, Some(NoticeKind::Rounded), 4.0, Lang::En),
            "Whole numbers only: using 4."
        );
        let capex = param("capex").expect("known key");
        assert_eq!(
            field_message(capex, Some(NoticeKind::Clamped), 5000.0, Lang::En),
            "From 0 to 5000 $B/yr: using 5000."
        );
        assert_eq!(
            field_message(capex, None, 500.0, Lang::En),
            "Enter a number from 0 to 5000 $B/yr."
        );
    }
}
