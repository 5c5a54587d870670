//! Browser-side test in Rust: build a DOM with web-sys, scan its text with the wasm scanner,
//! and check the offsets against the browser's own string indices.
//! Run by `wasm-pack test --headless --chrome --test web`.
#![cfg(target_arch = "wasm32")]

use js_sys::JsString;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn dom_text_offsets_match_browser_indices() {
    let document = web_sys::window().and_then(|w| w.document()).expect("a document");
    let div = document.create_element("div").expect("div");
    // curly quotes, a link inside the quote, an emoji, a non-breaking space
    div.set_inner_html(
        "<p>\u{201C}We will <a href=\"#x\">rebuild</a> the bridge by spring,\u{201D} said Mayor Anne Hidalgo \u{1F309} in Paris.</p>\
         <p>The city will spend \u{20AC}1.2\u{A0}billion, or 3% of its budget, on Monday\u{2019}s plan.</p>",
    );
    document.body().expect("body").append_child(&div).expect("append");
    let text = div.text_content().unwrap_or_default();
    let js = JsString::from(text.as_str());
    let scanner = skimlight::wasm::Scanner::new();
    let result = scanner.scan(&JsValue::from(text.as_str()), JsValue::NULL).map_err(JsValue::from).expect("scan");
    let spans = result.spans().to_vec();
    let pieces: Vec<(u32, String)> = spans.chunks(4).map(|s| (s[2], String::from(js.slice(s[0], s[1])))).collect();
    let names: Vec<String> = skimlight::wasm::categories();
    let has = |cat: &str, t: &str| pieces.iter().any(|(c, p)| names[*c as usize] == cat && p == t);
    assert!(has("person", "Anne Hidalgo"), "{pieces:?}");
    assert!(has("place", "Paris"), "{pieces:?}");
    assert!(has("percent", "3%"), "{pieces:?}");
    assert!(has("date", "Monday"), "{pieces:?}");
    assert!(pieces.iter().any(|(c, p)| names[*c as usize] == "money" && p.starts_with("\u{20AC}1.2")), "{pieces:?}");
    assert!(pieces.iter().any(|(c, p)| names[*c as usize] == "quote" && p.contains("rebuild")), "{pieces:?}");
    div.remove();
}
