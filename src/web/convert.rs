//! Conversions at the boundary, shared by its free functions and the calculator: values to
//! JS; inputs, views, chart ids and language tags from JS.
//!
//! Inputs and views are read by hand, not by serde: serde-wasm-bindgen's deserializer
//! and the derived visitors were 4 KB of the gzipped page for these two objects.

use crate::chart::{self, ChartId};
use crate::model::Inputs;
use crate::scenario::{self, View, VIEW_KEYS};
use crate::words::Lang;
use js_sys::{Array, Object, Reflect};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Serialises for JS: `None` becomes `null` (as in the CLI's JSON), not `undefined`;
/// maps become plain objects.
pub(super) fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    let serializer = serde_wasm_bindgen::Serializer::new()
        .serialize_missing_as_null(true)
        .serialize_maps_as_objects(true);
    Ok(value.serialize(&serializer)?)
}

pub(super) fn chart_id(id: &str) -> Result<ChartId, JsError> {
    ChartId::from_id(id).ok_or_else(|| JsError::from(chart::ChartError::UnknownChart(id.into())))
}

/// The place of chart `id` in [`ChartId::ALL`] (the calculator keeps a plot and a pick
/// per chart).
pub(super) fn chart_index(id: &str) -> Result<usize, JsError> {
    let chart = chart_id(id)?;
    Ok(ChartId::ALL.iter().position(|c| *c == chart).unwrap_or(0))
}

/// The language of tag `tag` (`en`, `zh-Hans`, `zh-Hant` or an alias); English for any
/// other.
pub(super) fn lang(tag: &str) -> Lang {
    Lang::from_tag(tag).unwrap_or(Lang::En)
}

/// An inputs object from JS (`{capex: 500, ...}`): a missing key takes its default; an
/// unknown key, or a value that is not a number, is an error. (The model validates the
/// values.) Its own keys are read, not inherited ones; serde-wasm-bindgen read the
/// fields' names, inherited or not, and ignored other keys.
pub(super) fn inputs(value: &JsValue) -> Result<Inputs, JsError> {
    if !value.is_object() {
        return Err(JsError::new("the inputs are not an object"));
    }
    let mut inputs = Inputs::default();
    for key in Object::keys(value.unchecked_ref::<Object>()).iter() {
        let key = key.as_string().unwrap_or_default();
        let field = Inputs::field(&key)
            .ok_or_else(|| JsError::new(&format!("no input is called \"{key}\"")))?;
        let number = Reflect::get(value, &JsValue::from_str(&key))
            .ok()
            .and_then(|v| v.as_f64())
            .ok_or_else(|| JsError::new(&format!("input \"{key}\" is not a number")))?;
        *field(&mut inputs) = number;
    }
    Ok(inputs)
}

/// A view object from JS (`{embed, theme, lang, show, charts, compare}`, as
/// `parseScenario` gives it; `null`, or a key missing or `null`, is unset). Each key set
/// is read as the scenario text reads it, so a view passes the same checks either way:
/// a value the text would note as wrong is an error.
pub(super) fn view(value: &JsValue) -> Result<View, JsError> {
    if value.is_null() || value.is_undefined() {
        return Ok(View::default());
    }
    if !value.is_object() {
        return Err(JsError::new("the view is not an object"));
    }
    let mut text = String::from("v=2");
    for key in VIEW_KEYS {
        let item = Reflect::get(value, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED);
        let wrong = || JsError::new(&format!("view key \"{key}\" is not valid"));
        // A bool (embed), a text (theme, lang, compare) or a list of texts (show, charts).
        let raw = if item.is_null() || item.is_undefined() {
            continue;
        } else if let Some(on) = item.as_bool() {
            String::from(if on { "1" } else { "0" })
        } else if Array::is_array(&item) {
            let items: Option<Vec<String>> =
                Array::from(&item).iter().map(|v| v.as_string()).collect();
            items.ok_or_else(wrong)?.join(",")
        } else {
            item.as_string().ok_or_else(wrong)?
        };
        // Ids, tags and lists of them only: nothing the text would read as another key.
        if !raw
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"_-,".contains(&b))
        {
            return Err(wrong());
        }
        text.push_str(&format!("&{key}={raw}"));
    }
    let parsed = scenario::parse(&text);
    match parsed.notices.first() {
        Some(notice) => Err(JsError::new(&notice.message)),
        None => Ok(parsed.scenario.view),
    }
}
