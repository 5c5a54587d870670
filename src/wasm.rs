//! The JavaScript boundary: the only module that touches wasm-bindgen and js-sys.
//!
//! Offsets crossing this boundary are **UTF-16 code units** of the JavaScript string.
//! wasm-bindgen encodes a JS string into UTF-8 with `TextEncoder`, which replaces each lone
//! surrogate (one UTF-16 unit) with U+FFFD (also one UTF-16 unit), so UTF-16 offsets computed
//! on the Rust side index the ORIGINAL JavaScript string, lone surrogates included
//! (tested in tests/wasm.rs and in the browser tests).
//!
//! The many spans travel as one flat `Uint32Array` (`[start, end, category, link] * n`);
//! the few structured details (entities, quotes, values) go through serde-wasm-bindgen.
//! Misuse (a bad options object) becomes a JavaScript error, never a panic.

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use crate::model::Category;
use crate::text::OffsetMap;

const KNOWN_OPTIONS: &[&str] = &["published"];

/// "No link" in the flat span array.
pub const NO_LINK: u32 = u32::MAX;

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct JsOptions {
    /// ISO date of publication ("2012-03-20" or a full timestamp).
    published: Option<String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsEntity<'a> {
    category: &'static str,
    name: &'a str,
    mentions: usize,
    role: Option<&'a str>,
    quotes: usize,
    /// "female" or "male", an estimate (null when there is none)
    gender: Option<&'static str>,
    /// "pronoun", "title" or "first name": what the estimate rests on
    gender_basis: Option<&'static str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsQuote<'a> {
    speaker: Option<&'a str>,
    speaker_entity: Option<usize>,
    speaker_start: Option<usize>,
    speaker_end: Option<usize>,
    role: Option<&'a str>,
}

#[wasm_bindgen]
extern "C" {
    /// The platform's UTF-8 encoder (every browser, worker and Node has one).
    type TextEncoder;
    #[wasm_bindgen(constructor)]
    fn new() -> TextEncoder;
    #[wasm_bindgen(method)]
    fn encode(this: &TextEncoder, text: &js_sys::JsString) -> js_sys::Uint8Array;
}

/// The scanner, built once: `new Scanner()` parses the lexicons and compiles the patterns.
#[wasm_bindgen]
pub struct Scanner {
    inner: crate::Scanner,
    encoder: TextEncoder,
}

/// The result of one scan, read by the shim.
#[wasm_bindgen]
pub struct ScanResult {
    spans: Vec<u32>,
    scan: crate::Scan,
    map: OffsetMap,
}

#[wasm_bindgen]
impl Scanner {
    #[wasm_bindgen(constructor)]
    pub fn new() -> Scanner {
        Scanner { inner: crate::Scanner::new(), encoder: TextEncoder::new() }
    }

    /// Scan `text`. `options` may be undefined, null or `{published: "YYYY-MM-DD"}`.
    ///
    /// The text comes in as UTF-8 from the platform's `TextEncoder` (which, like wasm-bindgen's
    /// own conversion of a `&str`, writes one U+FFFD for each lone surrogate) copied into a
    /// buffer of its exact length: wasm-bindgen's `&str` conversion reserves three bytes per
    /// UTF-16 unit as soon as one is not ASCII, 30 MB of linear memory for a 10 MB text, which
    /// memory never gives back.
    pub fn scan(&self, #[wasm_bindgen(unchecked_param_type = "string")] text: &JsValue, options: JsValue) -> Result<ScanResult, JsError> {
        let Some(text) = text.dyn_ref::<js_sys::JsString>() else {
            return Err(JsError::new("skimlight: the text to scan must be a string"));
        };
        let bytes = self.encoder.encode(text);
        let mut buf = vec![0u8; bytes.length() as usize];
        bytes.copy_to(&mut buf);
        let text = String::from_utf8(buf).map_err(|_| JsError::new("skimlight: TextEncoder wrote invalid UTF-8"))?;
        let opts: JsOptions = if options.is_undefined() || options.is_null() {
            JsOptions::default()
        } else {
            // serde-wasm-bindgen reads only the fields it knows: name a misspelt option here
            let Some(obj) = options.dyn_ref::<js_sys::Object>() else {
                return Err(JsError::new("skimlight: options must be an object"));
            };
            for key in js_sys::Object::keys(obj).iter() {
                let k = key.as_string().unwrap_or_default();
                if !KNOWN_OPTIONS.contains(&k.as_str()) {
                    return Err(JsError::new(&format!("skimlight: unknown scan option {k:?} (known: {})", KNOWN_OPTIONS.join(", "))));
                }
            }
            serde_wasm_bindgen::from_value(options).map_err(|e| JsError::new(&format!("skimlight: bad options: {e}")))?
        };
        let mut o = crate::Options::default();
        if let Some(p) = opts.published.as_deref() {
            o.published = Some(crate::parse_iso_date(p)
                .ok_or_else(|| JsError::new(&format!("skimlight: bad published date {p:?}; want YYYY-MM-DD")))?);
        }
        // (the offsets' map first: the text then goes to the scanner, which folds it in place)
        let map = OffsetMap::new(&text);
        let scan = self.inner.scan_owned(text, &o);
        let mut spans = Vec::with_capacity(scan.annotations.len() * 4);
        for a in &scan.annotations {
            spans.push(map.utf16(a.start) as u32);
            spans.push(map.utf16(a.end) as u32);
            spans.push(a.category.index());
            spans.push(a.link.map_or(NO_LINK, |l| l as u32));
        }
        Ok(ScanResult { spans, scan, map })
    }
}

impl Default for Scanner {
    fn default() -> Self {
        Self::new()
    }
}

#[wasm_bindgen]
impl ScanResult {
    /// `[start, end, category, link] * n` in UTF-16 units; link is an index into
    /// `entities()` (names) or `quotes()` (quotes), or 0xFFFFFFFF.
    pub fn spans(&self) -> js_sys::Uint32Array {
        js_sys::Uint32Array::from(&self.spans[..])
    }

    #[wasm_bindgen(getter)]
    pub fn length(&self) -> usize {
        self.scan.annotations.len()
    }

    /// The sentence each figure stands in: `[start, end] * n` in UTF-16 units, in span order;
    /// both 0xFFFFFFFF for a name or a quote.
    pub fn sentences(&self) -> js_sys::Uint32Array {
        let mut v = Vec::with_capacity(self.scan.annotations.len() * 2);
        for a in &self.scan.annotations {
            if a.category.is_entity() || a.category == Category::Quote {
                v.extend([NO_LINK, NO_LINK]);
            } else {
                let (s, e) = self.scan.sentence_of(a.start, a.end);
                v.extend([self.map.utf16(s) as u32, self.map.utf16(e) as u32]);
            }
        }
        js_sys::Uint32Array::from(&v[..])
    }

    /// The linked entities: `[{category, name, mentions, role, quotes, gender, genderBasis}]`
    /// (the gender an estimate, or null).
    pub fn entities(&self) -> Result<JsValue, JsError> {
        let v: Vec<JsEntity> = self.scan.entities.iter().map(|e| JsEntity {
            category: e.category.name(),
            name: &e.name,
            mentions: e.mentions,
            role: e.role.as_deref(),
            quotes: e.quotes,
            gender: e.gender.map(|g| g.gender.name()),
            gender_basis: e.gender.map(|g| g.basis.name()),
        }).collect();
        to_js(&v)
    }

    /// The quotes: `[{speaker, speakerEntity, speakerStart, speakerEnd, role}]`, UTF-16 offsets.
    pub fn quotes(&self) -> Result<JsValue, JsError> {
        let v: Vec<JsQuote> = self.scan.quotes.iter().map(|q| JsQuote {
            speaker: q.speaker.as_deref(),
            speaker_entity: q.speaker_entity,
            speaker_start: q.speaker_span.map(|s| self.map.utf16(s.0)),
            speaker_end: q.speaker_span.map(|s| self.map.utf16(s.1)),
            role: q.role.as_deref(),
        }).collect();
        to_js(&v)
    }

    /// The normalized value of each annotation (null where it has none), in span order.
    pub fn values(&self) -> Result<JsValue, JsError> {
        let v: Vec<Option<&str>> = self.scan.annotations.iter().map(|a| a.value.as_deref()).collect();
        to_js(&v)
    }

    /// The tooltip text of annotation `i` ("Person · Sergei Lavrov · 2 mentions").
    pub fn describe(&self, i: usize) -> String {
        self.scan.describe(i)
    }
}

fn to_js<T: Serialize>(v: &T) -> Result<JsValue, JsError> {
    v.serialize(&serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true))
        .map_err(|e| JsError::new(&e.to_string()))
}

/// The category names, indexed by the category number in `spans()`.
#[wasm_bindgen]
pub fn categories() -> Vec<String> {
    Category::ALL.iter().map(|c| c.name().to_string()).collect()
}

