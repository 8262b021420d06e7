//! wasm-bindgen tests, run in headless Chromium by `./build.sh test`.
#![cfg(target_arch = "wasm32")]
// Test code: a failed unwrap is a failed test (clippy does not see #[wasm_bindgen_test] as a test).
#![allow(clippy::unwrap_used)]

use roi_gap::web;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn get(obj: &JsValue, path: &[&str]) -> JsValue {
    path.iter().fold(obj.clone(), |o, k| {
        js_sys::Reflect::get(&o, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED)
    })
}

/// A plain object with `pairs` as its keys and values.
fn object(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = js_sys::Object::new();
    for (key, value) in pairs {
        js_sys::Reflect::set(&o, &JsValue::from_str(key), value).unwrap();
    }
    o.into()
}

#[wasm_bindgen_test]
fn evaluates_the_worked_example_in_the_browser() {
    // An empty text is a version 1 text: v1's worked example, through the page's path.
    let parsed = web::parse_scenario("", "en")
        .map_err(JsValue::from)
        .unwrap();
    let mut calculator = web::Calculator::new().map_err(JsValue::from).unwrap();
    let update = calculator
        .update(get(&parsed, &["scenario", "inputs"]), None)
        .map_err(JsValue::from)
        .unwrap();
    let required = get(&update, &["summary", "required_revenue"])
        .as_f64()
        .unwrap();
    assert!((required - 1030.234).abs() < 0.0005, "{required}");
    let years = js_sys::Array::from(&calculator.year_table().map_err(JsValue::from).unwrap());
    assert_eq!(years.length(), 10);
    // Nulls cross the boundary as null, not NaN.
    assert!(get(&update, &["summary", "break_even_year"]).is_null());
}

#[wasm_bindgen_test]
fn bad_text_gives_notices_not_errors() {
    let p = web::parse_scenario("#v=2&capex=NaN&zz=1", "en")
        .map_err(JsValue::from)
        .unwrap();
    let notices = js_sys::Array::from(&get(&p, &["notices"]));
    assert_eq!(notices.length(), 2);
    assert_eq!(
        get(&p, &["scenario", "inputs", "capex"]).as_f64(),
        Some(500.0)
    );
}

#[wasm_bindgen_test]
fn invalid_inputs_object_is_an_error_not_a_panic() {
    let mut calculator = web::Calculator::new().map_err(JsValue::from).unwrap();
    for wrong in [
        object(&[("capex", f64::NAN.into())]),
        object(&[("capex", "lots".into())]),
        JsValue::from(5.0),
        JsValue::NULL,
    ] {
        assert!(calculator.update(wrong.clone(), None).is_err(), "{wrong:?}");
    }
}

#[wasm_bindgen_test]
fn a_scenario_object_writes_the_text_it_was_read_from() {
    use roi_gap::scenario;
    let preset = scenario::PRESETS[1].id;
    let text = format!(
        "v=2&capex=650.5&wacc=7.25&life=4&embed=1&theme=dark&lang=zh-Hant&show=energy,capex\
         &charts=cash,gap&compare={preset}"
    );
    let parsed = web::parse_scenario(&text, "en")
        .map_err(JsValue::from)
        .unwrap();
    let parsed_object = get(&parsed, &["scenario"]);
    let written = web::write_scenario(parsed_object.clone())
        .map_err(JsValue::from)
        .unwrap();
    assert_eq!(written, scenario::write(&scenario::parse(&text).scenario));
    assert!(
        written.contains("capex=650.5") && written.contains("theme=dark"),
        "{written}"
    );
    // No view at all, or every key unset, writes the inputs alone.
    let inputs = get(&parsed_object, &["inputs"]);
    let written = web::write_scenario(object(&[("inputs", inputs.clone())]))
        .map_err(JsValue::from)
        .unwrap();
    assert!(
        written.starts_with("v=2&capex=650.5") && !written.contains("theme"),
        "{written}"
    );
    let same = web::write_scenario(object(&[("inputs", inputs), ("view", object(&[]))]))
        .map_err(JsValue::from)
        .unwrap();
    assert_eq!(same, written);
}

#[wasm_bindgen_test]
fn a_wrong_scenario_object_is_an_error_not_a_panic() {
    let scenario = |view: &[(&str, JsValue)], input: (&str, JsValue)| {
        web::write_scenario(object(&[
            ("inputs", object(&[input])),
            ("view", object(view)),
        ]))
    };
    let capex = ("capex", JsValue::from(600.0));
    assert!(scenario(&[("theme", "dark".into())], capex.clone()).is_ok());
    for view in [
        vec![("theme", JsValue::from("purple"))],
        vec![("theme", JsValue::from("dark&capex=5"))],
        vec![(
            "charts",
            js_sys::Array::of2(&"gap".into(), &"pie".into()).into(),
        )],
        vec![("compare", JsValue::from("no-such-preset"))],
        vec![("lang", JsValue::from(42.0))],
        vec![("embed", JsValue::from(0.0))],
        vec![("show", js_sys::Array::of2(&1.0.into(), &2.0.into()).into())],
        vec![("charts", object(&[]))],
    ] {
        assert!(scenario(&view, capex.clone()).is_err(), "{view:?}");
    }
    for input in [
        ("zz", JsValue::from(1.0)),
        ("capex", JsValue::from("600")),
        ("capex", JsValue::from(-5.0)),
    ] {
        assert!(scenario(&[], input.clone()).is_err(), "{input:?}");
    }
    // A view that is not an object; no inputs at all are the defaults.
    assert!(web::write_scenario(object(&[("view", "dark".into())])).is_err());
    assert_eq!(
        web::write_scenario(object(&[("view", object(&[]))]))
            .map_err(JsValue::from)
            .unwrap(),
        "v=2"
    );
}

fn canvas(width: u32, height: u32) -> web_sys::HtmlCanvasElement {
    use wasm_bindgen::JsCast;
    let document = web_sys::window().unwrap().document().unwrap();
    let canvas: web_sys::HtmlCanvasElement = document
        .create_element("canvas")
        .unwrap()
        .dyn_into()
        .unwrap();
    canvas.set_width(width);
    canvas.set_height(height);
    canvas
}

#[wasm_bindgen_test]
fn calculator_draws_every_chart_into_a_real_canvas() {
    let mut calc = web::Calculator::new().map_err(JsValue::from).unwrap();
    for chart in ["gap", "costs", "circular", "cash"] {
        let c = canvas(640, 400);
        calc.draw(c.clone(), chart, false, 1.0)
            .map_err(JsValue::from)
            .unwrap();
        let before = c.to_data_url().unwrap();
        assert!(before.len() > 5000, "{chart}: canvas looks empty");
        // A different scenario draws different pixels.
        let inputs = object(&[("capex", 1500.0.into()), ("revenue", 300.0.into())]);
        calc.update(inputs, None).map_err(JsValue::from).unwrap();
        calc.draw(c.clone(), chart, true, 2.0)
            .map_err(JsValue::from)
            .unwrap();
        assert_ne!(c.to_data_url().unwrap(), before, "{chart}");
        calc = web::Calculator::new().map_err(JsValue::from).unwrap();
    }
}

#[wasm_bindgen_test]
fn calculator_rejects_bad_charts_and_keeps_its_scenario() {
    let mut calc = web::Calculator::new().map_err(JsValue::from).unwrap();
    assert!(calc.draw(canvas(640, 400), "pie", false, 1.0).is_err());
    assert!(calc.draw(canvas(10, 10), "gap", false, 1.0).is_err());
    assert!(calc.update(object(&[("life", 2.5.into())]), None).is_err());
    // The failed update left the defaults in place.
    let csv = calc.csv("https://example.test/#");
    assert!(csv.lines().nth(1).unwrap().starts_with("2026,500.000,"));
    let svg = calc
        .svg("gap", false, 800, 450, "", "")
        .map_err(JsValue::from)
        .unwrap();
    assert!(svg.starts_with("<svg"));
    assert!(calc
        .describe("gap")
        .map_err(JsValue::from)
        .unwrap()
        .contains("$927B"));
}

#[wasm_bindgen_test]
fn update_returns_the_figures_as_text_and_year_table_gives_the_table() {
    let mut calc = web::Calculator::new().map_err(JsValue::from).unwrap();
    let update = calc
        .update(object(&[("years", 12.0.into())]), None)
        .map_err(JsValue::from)
        .unwrap();
    let required = get(&update, &["summary", "required_revenue"])
        .as_f64()
        .unwrap();
    // The v2 defaults (DESIGN.md, v2 worked example): 927.122 in the first year.
    assert!((required - 927.122).abs() < 0.0005);
    assert_eq!(get(&update, &["first", "year"]).as_f64(), Some(2026.0));
    assert_eq!(get(&update, &["last", "year"]).as_f64(), Some(2037.0));
    assert!(get(&update, &["years"]).is_undefined());
    assert_eq!(
        get(&update, &["figures", "required_revenue"]).as_string(),
        Some("$927B".into())
    );
    assert_eq!(
        get(&update, &["figures", "break_even_year"]).as_string(),
        Some("not by 2037".into())
    );
    assert_eq!(get(&update, &["preset"]).as_string(), None);
    assert!(get(&update, &["sentence"])
        .as_string()
        .unwrap()
        .starts_with("To earn 10%"));
    let years = js_sys::Array::from(&calc.year_table().map_err(JsValue::from).unwrap());
    assert_eq!(years.length(), 12);
    let first = js_sys::Array::from(&years.get(0));
    assert_eq!(first.get(0).as_string(), Some("2026".into()));
}

#[wasm_bindgen_test]
fn a_bare_address_opens_on_todays_defaults_and_presets_come_from_rust() {
    let p = web::parse_link("", "en").map_err(JsValue::from).unwrap();
    assert_eq!(
        get(&p, &["scenario", "inputs", "short_share"]).as_f64(),
        Some(65.0)
    );
    let p = web::parse_link("#capex=650", "en")
        .map_err(JsValue::from)
        .unwrap();
    assert_eq!(
        get(&p, &["scenario", "inputs", "short_share"]).as_f64(),
        Some(100.0)
    );
    assert_eq!(js_sys::Array::from(&get(&p, &["notices"])).length(), 1);
    let inputs = web::preset_inputs("jpmorgan-2025")
        .map_err(JsValue::from)
        .unwrap();
    assert_eq!(get(&inputs, &["capex"]).as_f64(), Some(650.0));
    assert_eq!(get(&inputs, &["short_share"]).as_f64(), Some(65.0));
    assert!(web::preset_inputs("nope").is_err());
}

#[wasm_bindgen_test]
fn the_calculator_speaks_the_language_it_is_given() {
    let mut calc = web::Calculator::new().map_err(JsValue::from).unwrap();
    calc.set_language("zh-TW");
    let update = calc
        .update(object(&[]), None)
        .map_err(JsValue::from)
        .unwrap();
    assert_eq!(
        get(&update, &["figures", "revenue"]).as_string().unwrap(),
        "550億美元"
    );
    assert!(calc.csv("https://example.test/#").starts_with("年份,"));
    let svg = calc
        .svg("gap", false, 360, 260, "https://x/#v=2", "2026-11-22")
        .map_err(JsValue::from)
        .unwrap();
    assert!(
        svg.contains("PingFang TC"),
        "the chart asks for Traditional fonts"
    );
    let facts = web::facts("zh-Hans").map_err(JsValue::from).unwrap();
    assert_eq!(get(&facts, &["lang"]).as_string().unwrap(), "zh-Hans");
    let title = get(&facts, &["page", "assumptions"]).as_string().unwrap();
    assert!(
        title
            .chars()
            .all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
        "{title}"
    );
    assert_eq!(
        web::browser_language(vec!["fr".into(), "zh-HK".into()]),
        "zh-Hant"
    );
    let parsed = web::parse_link("#v=2&capex=-5", "zh-Hans")
        .map_err(JsValue::from)
        .unwrap();
    let notice = get(&parsed, &["notices"]);
    let first = js_sys::Array::from(&notice).get(0);
    let message = get(&first, &["message"]).as_string().unwrap();
    assert!(message.contains("capex = -5"), "{message}");
    assert!(
        message
            .chars()
            .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
        "{message}"
    );
}
