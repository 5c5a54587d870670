//! The recognizer tables and the boundary's offset contract, compiled to wasm.
//! Run by `wasm-pack test --node --test wasm` and `wasm-pack test --headless --chrome --test wasm`.
#![cfg(target_arch = "wasm32")]

mod cases;

use cases::{CASES, QUOTES};
use js_sys::JsString;
use skimlight::{Category, Scanner};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

#[wasm_bindgen_test]
fn case_table_in_wasm() {
    let scanner = Scanner::new();
    for case in CASES {
        let scan = scanner.scan(case.text);
        let got: Vec<(&str, &str)> = scan.annotations.iter().map(|a| (a.category.name(), &case.text[a.start..a.end])).collect();
        for (cat, span) in case.expect {
            assert!(got.contains(&(*cat, *span)), "{}: missing {cat} {span:?}", case.why);
        }
        for (cat, span) in case.reject {
            assert!(!got.contains(&(*cat, *span)), "{}: unwanted {cat} {span:?}", case.why);
        }
    }
}

#[wasm_bindgen_test]
fn quote_table_in_wasm() {
    let scanner = Scanner::new();
    for case in QUOTES {
        let scan = scanner.scan(case.text);
        let speakers: Vec<Option<String>> = scan.annotations.iter().filter(|a| a.category == Category::Quote)
            .map(|a| a.link.and_then(|l| scan.quotes[l].speaker.clone())).collect();
        let want: Vec<Option<String>> = case.quotes.iter().map(|q| q.1.map(str::to_string)).collect();
        assert_eq!(speakers, want, "{}", case.why);
    }
}

/// Build a JS string from UTF-16 units (lone surrogates allowed).
fn js_string(units: &[u16]) -> JsString {
    JsString::from_char_code(units)
}

#[wasm_bindgen_test]
fn boundary_offsets_index_the_original_js_string() {
    // a lone high surrogate, a lone low surrogate, an emoji, a euro sign and curly quotes
    let mut units: Vec<u16> = vec![0xD800, b' ' as u16];
    units.extend("\u{201C}We will win,\u{201D} said Sergei Lavrov \u{1F600} in Geneva, paying \u{20AC}5 million. ".encode_utf16());
    units.push(0xDC00);
    units.extend(" NATO".encode_utf16());
    let js = js_string(&units);
    // the same conversion wasm-bindgen applies to a `&str` argument (TextEncoder: one U+FFFD per lone surrogate)
    let text: String = JsValue::from(js.clone()).as_string().expect("a string");
    assert_eq!(text.encode_utf16().count(), units.len(), "lone surrogates keep their UTF-16 length");
    let scanner = skimlight::wasm::Scanner::new();
    let result = scanner.scan(&js.clone().into(), JsValue::NULL).map_err(JsValue::from).expect("scan");
    let spans = result.spans().to_vec();
    assert!(spans.len() >= 4 * 5, "found too little: {spans:?}");
    let mut seen = Vec::new();
    for s in spans.chunks(4) {
        let piece = String::from(js.slice(s[0], s[1]));
        seen.push(piece);
    }
    for want in ["Sergei Lavrov", "Geneva", "\u{20AC}5 million", "NATO"] {
        assert!(seen.iter().any(|p| p == want), "{want:?} not at its JS offsets: {seen:?}");
    }
    assert!(seen.iter().any(|p| p.starts_with('\u{201C}') && p.ends_with('\u{201D}')), "quote span: {seen:?}");
}

#[wasm_bindgen_test]
fn bad_options_are_js_errors_not_panics() {
    let scanner = skimlight::wasm::Scanner::new();
    let opts = js_sys::Object::new();
    js_sys::Reflect::set(&opts, &"publishd".into(), &"2012-03-12".into()).unwrap();
    assert!(scanner.scan(&"text".into(), opts.into()).is_err());
    let opts = js_sys::Object::new();
    js_sys::Reflect::set(&opts, &"published".into(), &"yesterday".into()).unwrap();
    assert!(scanner.scan(&"text".into(), opts.into()).is_err());
    assert!(scanner.scan(&"text".into(), JsValue::from(5)).is_err());
    assert!(scanner.scan(&"".into(), JsValue::UNDEFINED).is_ok());
    // not a string: a clear error, not "[object Object]" scanned
    assert!(scanner.scan(&JsValue::from(5), JsValue::NULL).is_err());
    assert!(scanner.scan(&JsValue::UNDEFINED, JsValue::NULL).is_err());
}
