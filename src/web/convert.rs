//! Conversions at the boundary, shared by its free functions and the calculator: values to
//! JS, chart ids and language tags from JS.

use crate::chart::{self, ChartId};
use crate::words::Lang;
use serde::Serialize;
use wasm_bindgen::prelude::*;

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
